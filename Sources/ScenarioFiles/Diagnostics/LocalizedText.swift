import Localization

/// Shorthand for a two-language loader message.
func t(_ vi: String, _ en: String) -> LocalizedText { LocalizedText(vi: vi, en: en) }
