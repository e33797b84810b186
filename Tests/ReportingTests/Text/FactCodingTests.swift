import Foundation
import InspectionScheduling
import Staffing
import Testing

/// The facts are saved in `plan.json` and `staffing.json` and read back by `compare`: every kind must survive a
/// round trip, and its JSON names its kind.
@Suite struct FactCodingTests {
    static func roundTrip<T: Codable & Equatable>(_ value: T) throws -> (T, [String: Any]) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(value)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return (try JSONDecoder().decode(T.self, from: data), object)
    }

    @Test func planNotesRoundTrip() throws {
        for (note, _, _) in PlanNoteTextTests.cases {
            let (back, object) = try Self.roundTrip(note)
            #expect(back == note)
            #expect(object["kind"] as? String == note.kind.rawValue)
        }
        let (_, cuts) = try Self.roundTrip(PlanNote.placementCutsExhausted(rounds: 8))
        #expect(cuts.count == 2 && cuts["rounds"] as? Int == 8)
    }

    @Test func unmetItemsRoundTrip() throws {
        for (item, _, _) in UnmetTextTests.cases {
            let (back, object) = try Self.roundTrip(item)
            #expect(back == item)
            #expect(object["kind"] as? String == item.kind.rawValue && object["subject"] as? String == item.subject)
        }
        let (_, short) = try Self.roundTrip(UnmetTextTests.cases[0].0)
        #expect(short["required"] as? Int == 3 && short["planned"] as? Int == 2 && short["total"] as? Int == 4)
        #expect(short["kind"] as? String == "target-shortfall" && short["shortBy"] as? Double == 1)
    }

    @Test func findingsRoundTrip() throws {
        for (finding, _, _) in FindingTextTests.cases {
            let (back, object) = try Self.roundTrip(finding)
            #expect(back == finding)
            let fact = try #require(object["fact"] as? [String: Any])
            #expect(fact["kind"] as? String == finding.fact.kind.rawValue)
        }
    }
}
