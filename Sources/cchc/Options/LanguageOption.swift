import ArgumentParser
import Localization

/// `--lang vi|en`: the language of printed output and reports. Vietnamese by default.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: "Output language: vi (Tiếng Việt, default) or en (English).")
    var language: Language = .standard
}

extension Language: ExpressibleByArgument {}
