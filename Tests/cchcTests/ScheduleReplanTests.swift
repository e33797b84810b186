import Foundation
import Testing

/// The parts of `cchc schedule --json` a re-plan is checked on.
struct ReplanJSON: Decodable {
    struct Inspection: Decodable, Hashable {
        var date: String
        var dates: [String]
        var team: String
        var unit: String
        var days: Double
    }

    struct Moved: Decodable {
        var unit: String
        var previousTeam: String?
        var previousDate: String?
        var team: String?
        var date: String?
    }

    struct Unmet: Decodable {
        var kind: String
        var subject: String
        var team: String?
        var reason: String?
    }

    var status: String
    var inspections: [Inspection]
    var moved: [Moved]
    var unmet: [Unmet]
}

/// Re-planning mid-year through the binary, on a copy of the shipped scenario that changed after the first plan.
@Suite(.serialized) struct ScheduleReplanTests {
    static let limits = ["--mip-gap", "0.05", "--time-limit", "600"]
    static let from = "2022-09-01"

    func decode(_ text: String) throws -> ReplanJSON {
        try JSONDecoder().decode(ReplanJSON.self, from: Data(text.utf8))
    }

    /// The working days (Monday to Friday) of the ISO week holding `date`.
    func workWeek(of date: String) throws -> [String] {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        let formatter = DateFormatter()
        formatter.calendar = calendar
        formatter.timeZone = calendar.timeZone
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        let day = try #require(formatter.date(from: date))
        let monday = try #require(calendar.dateInterval(of: .weekOfYear, for: day)?.start)
        return try (0..<5).map { offset in
            formatter.string(from: try #require(calendar.date(byAdding: .day, value: offset, to: monday)))
        }
    }

    /// The first plan, then a team becomes unavailable for a week in which it had inspections after `--from`; the
    /// re-plan keeps the past exactly, moves exactly what it must, says so in `moved`, and uses none of those days.
    @Test func aNewUnavailabilityMovesTheAffectedInspectionsOnly() throws {
        let root = try Robustness.temporaryFolder("replan")
        defer { try? FileManager.default.removeItem(at: root) }
        let scenario = try Robustness.copy(Robustness.thachHa, into: root, as: "thach-ha-2022")
        let first = try runCCHC(
            ["schedule", scenario.path, "--json", "--out", root.appendingPathComponent("r1").path] + Self.limits)
        #expect(first.status == 0, "stderr: \(first.stderr)")
        let old = try decode(first.stdout)
        #expect(old.moved.isEmpty, "a first plan has no previous plan")

        // The team's first working week with inspections on or after --from becomes unavailable.
        let team = "T1"
        let firstLater = try #require(old.inspections.first { $0.team == team && $0.date >= Self.from })
        let week = try workWeek(of: firstLater.date)
        let affected = old.inspections.filter { $0.team == team && !Set($0.dates).isDisjoint(with: week) }
        #expect(affected.count >= 2, "the week should hold several inspections: \(affected)")
        let unavailability = scenario.appendingPathComponent("unavailability.csv")
        let text = try String(contentsOf: unavailability, encoding: .utf8)
        let row = "\(team),\(week[0]),\(week[4]),Họp đột xuất của Huyện ủy\n"
        try Data((text.hasSuffix("\n") ? text : text + "\n").appending(row).utf8).write(to: unavailability)

        let previous = root.appendingPathComponent("r1/inspection-calendar.csv").path
        let second = try runCCHC(
            [
                "schedule", scenario.path, "--json", "--out", root.appendingPathComponent("r2").path,
                "--previous", previous, "--from", Self.from,
            ] + Self.limits)
        #expect(second.status == 0, "stderr: \(second.stderr)")
        let new = try decode(second.stdout)

        // The past is kept exactly.
        let pastBefore = old.inspections.filter { $0.date < Self.from }
        #expect(!pastBefore.isEmpty)
        #expect(new.inspections.filter { $0.date < Self.from } == pastBefore)
        // Nothing of the team on the days it is now away.
        let clash = new.inspections.filter { $0.team == team && !Set($0.dates).isDisjoint(with: week) }
        #expect(clash.isEmpty, "planned on unavailable days: \(clash)")
        // Every affected inspection is reported as moved from its old team and date, to another team or date.
        let moved = Dictionary(new.moved.map { ($0.unit, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(!new.moved.isEmpty)
        for inspection in affected {
            let change = try #require(moved[inspection.unit], "\(inspection.unit) is missing from moved: \(new.moved)")
            #expect(change.previousTeam == team && change.previousDate == inspection.date)
            let now = new.inspections.first { $0.unit == inspection.unit }
            #expect(change.team == now?.team && change.date == now?.date, "moved agrees with the calendar")
            #expect(change.team != team || !week.contains(change.date ?? ""), "\(inspection.unit) still in the week")
        }
        // Only announced inspections from --from on are reported, and each report is a real change.
        let oldByUnit = Dictionary(old.inspections.map { ($0.unit, $0) }, uniquingKeysWith: { a, _ in a })
        let newByUnit = Dictionary(new.inspections.map { ($0.unit, $0) }, uniquingKeysWith: { a, _ in a })
        for change in new.moved {
            #expect((change.previousDate ?? change.date ?? "") >= Self.from, "\(change.unit) moved before --from")
            let was = oldByUnit[change.unit], now = newByUnit[change.unit]
            #expect(was?.team == change.previousTeam && was?.date == change.previousDate)
            #expect(was?.team != now?.team || was?.date != now?.date, "\(change.unit) did not change")
        }
        // And every change is reported.
        let unreported = new.inspections.filter { now in
            guard now.date >= Self.from, let was = oldByUnit[now.unit] else { return false }
            return (was.team != now.team || was.date != now.date) && moved[now.unit] == nil
        }
        #expect(unreported.isEmpty, "changed but not in moved: \(unreported)")
    }

    /// A previous calendar naming a unit or team the scenario does not have: the plan cannot keep those past
    /// inspections and says which and why (exit 3, `pin-conflict`). The conflicts are found before any solve; an
    /// infeasible plan spends its time limit on explanations, hence a shorter one than for the other tests.
    @Test func pastInspectionsOfUnknownUnitsOrTeamsAreReported() throws {
        let root = try Robustness.temporaryFolder("replan-unknown")
        defer { try? FileManager.default.removeItem(at: root) }
        let previous = root.appendingPathComponent("previous.csv")
        let rows = "date,team,unit,days\n2022-04-04,T1,no-such-unit,1\n2022-04-05,T9,thach-ngoc,1\n"
        try Data(rows.utf8).write(to: previous)
        let run = try runCCHC([
            "schedule", Robustness.thachHa.path, "--json", "--lang", "en",
            "--out", root.appendingPathComponent("r").path,
            "--previous", previous.path, "--from", Self.from, "--time-limit", "60",
        ])
        #expect(run.status == 3, "stderr: \(run.stderr)")
        let plan = try decode(run.stdout)
        #expect(plan.status == "infeasible")
        let conflicts = plan.unmet.filter { $0.kind == "pin-conflict" }
        #expect(conflicts.contains { $0.subject == "no-such-unit" && $0.reason == "unknown-unit" }, "\(conflicts)")
        #expect(
            conflicts.contains { $0.subject == "thach-ngoc" && $0.team == "T9" && $0.reason == "unknown-team" },
            "\(conflicts)")
    }

    @Test func aBadOrMissingPreviousCalendarIsADataError() throws {
        let root = try Robustness.temporaryFolder("replan-bad")
        defer { try? FileManager.default.removeItem(at: root) }
        let bad = root.appendingPathComponent("bad.csv")
        try Data("date,team,unit,days\n20/04/2022,T1,thach-khe,1\n".utf8).write(to: bad)
        let out = root.appendingPathComponent("r")
        let badRun = try runCCHC([
            "schedule", Robustness.thachHa.path, "--lang", "en", "--out", out.path,
            "--previous", bad.path, "--from", Self.from,
        ])
        #expect(badRun.status == 65, "stderr: \(badRun.stderr)")
        #expect(badRun.stderr.contains("\(bad.path):2:1:") && badRun.stderr.contains("2022-04-20"), "\(badRun.stderr)")
        let missing = root.appendingPathComponent("missing.csv").path
        let missingRun = try runCCHC([
            "schedule", Robustness.thachHa.path, "--lang", "en", "--out", out.path,
            "--previous", missing, "--from", Self.from,
        ])
        #expect(missingRun.status == 66, "stderr: \(missingRun.stderr)")
        #expect(missingRun.stderr.contains(missing))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("inspection-plan.md").path))
    }
}
