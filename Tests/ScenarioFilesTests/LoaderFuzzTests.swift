import Foundation
import Testing

@testable import ScenarioFiles

/// SplitMix64: a small seeded generator so fuzz runs are reproducible.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A seeded random mutator over the basic fixture's CSV and YAML files: every mutant must either load or be
/// rejected with a located `ScenarioError` — never crash or hang. Set CCHC_FUZZ_ITERATIONS for longer runs.
@Suite struct LoaderFuzzTests {
    static let files = [
        "scenario.yaml", "units.csv", "teams.csv", "pins.csv", "staff.csv", "positions.csv", "unavailability.csv",
    ]
    static let tokens: [[UInt8]] = [
        Array("\"".utf8), Array(",".utf8), Array(";".utf8), Array("\n".utf8), Array("\r\n".utf8), Array(":".utf8),
        Array("- ".utf8), Array("[".utf8), Array("{".utf8), Array("&a ".utf8), Array("*a".utf8), Array("..".utf8),
        Array("-1".utf8), Array("nan".utf8), Array("1e999".utf8), Array("2022-02-30".utf8), Array("31/12/2022".utf8),
        [0xFF, 0xFE], [0xEF, 0xBB, 0xBF], [0x00], [0xC3], Array("Đ".utf8), Array("\t".utf8), Array("~".utf8),
    ]

    @Test func mutantsLoadOrFailCleanly() throws {
        let iterations = ProcessInfo.processInfo.environment["CCHC_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 150
        let env = ProcessInfo.processInfo.environment
        var rng = SplitMix64(seed: env["CCHC_FUZZ_SEED"].flatMap(UInt64.init) ?? 20_221_105)
        // Scripts/fuzz.sh: the mutant being loaded is kept here, so a crash leaves the input that caused it.
        let keep = env["CCHC_FUZZ_KEEP"].map { URL(fileURLWithPath: $0, isDirectory: true) }
        let scratch = try ScratchScenario()
        let originals = try Dictionary(
            uniqueKeysWithValues: Self.files.map {
                ($0, [UInt8](try Data(contentsOf: scratch.folder.appendingPathComponent($0))))
            })
        var rejected = 0
        for _ in 0..<iterations {
            let file = Self.files.randomElement(using: &rng) ?? "units.csv"
            var bytes = originals[file] ?? []
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                let at = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &rng)
                switch Int.random(in: 0..<4, using: &rng) {
                case 0: bytes.insert(contentsOf: Self.tokens.randomElement(using: &rng) ?? [], at: at)
                case 1: if !bytes.isEmpty { bytes.remove(at: at) }
                case 2: bytes = Array(bytes.prefix(at))
                default: if !bytes.isEmpty { bytes[at] = UInt8.random(in: 0...255, using: &rng) }
                }
            }
            try scratch.write(file, bytes: bytes)
            if let keep {
                try? FileManager.default.removeItem(at: keep)
                try FileManager.default.copyItem(at: scratch.folder, to: keep)
            }
            do {
                _ = try ScenarioLoader.load(folder: scratch.folder)
            } catch let error as ScenarioError {
                rejected += 1
                #expect(!error.issues.isEmpty)
                #expect(error.issues.allSatisfy { !$0.file.isEmpty && !$0.message.en.isEmpty })
            }
            try scratch.write(file, bytes: originals[file] ?? [])
        }
        #expect(rejected > iterations / 4)
    }
}
