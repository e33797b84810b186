import CivilCalendar
import Foundation
import ScenarioModel

/// A minimal reader of the shipped `Scenarios/thach-ha-2022` CSV files, so the staffing domain can be exercised on
/// real-size data without depending on `ScenarioFiles` (built in parallel). Settings mirror its `scenario.yaml`.
enum ThachHaFixture {
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scenarios/thach-ha-2022")
    }

    /// Splits one CSV line, honouring double quotes.
    static func fields(_ line: Substring) -> [String] {
        var out: [String] = []
        var current = ""
        var quoted = false
        var chars = line.makeIterator()
        while let c = chars.next() {
            if c == "\"" {
                quoted.toggle()
            } else if c == ",", !quoted {
                out.append(current); current = ""
            } else {
                current.append(c)
            }
        }
        out.append(current)
        return out
    }

    static func table(_ name: String) throws -> [[String: String]] {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline).filter { !$0.isEmpty }
        guard let header = lines.first.map(fields) else { return [] }
        return lines.dropFirst().map { line in
            Dictionary(zip(header, fields(line)).map { ($0, $1) }, uniquingKeysWith: { a, _ in a })
        }
    }

    static func load() throws -> Scenario {
        let units = try table("units.csv").map { r -> ScenarioModel.Unit in
            var unit = ScenarioModel.Unit(
                code: r["code"]!, name: r["name"]!, kind: UnitKind(rawValue: r["kind"]!),
                commune: r["commune"].flatMap { $0.isEmpty ? nil : $0 },
                region: r["region"].flatMap { $0.isEmpty ? nil : $0 },
                communeClass: r["class"].flatMap(CommuneClass.init(rawValue:)),
                population: r["population"].flatMap { Int($0) },
                areaKm2: r["area_km2"].flatMap { Double($0) }, mergedOn: r["merged_on"].flatMap { CivilDate(iso: $0) },
                schoolLevel: r["school_level"].flatMap(SchoolLevel.init(rawValue:)),
                classes: r["classes"].flatMap { Int($0) })
            unit.regularPolice = r["regular_police"].flatMap { $0.isEmpty ? nil : $0 == "yes" }
            return unit
        }
        let staff = try table("staff.csv").map { r in
            var member = StaffMember(
                id: r["id"]!, name: r["name"]!, unit: r["unit"]!, position: r["position"]!,
                category: StaffCategory(rawValue: r["category"]!)!, gender: Gender(rawValue: r["gender"]!)!,
                birthDate: CivilDate(iso: r["birth_date"]!)!, insuranceYears: Double(r["insurance_years"]!) ?? 0,
                salaryCoefficient: Double(r["salary_coefficient"]!) ?? 0,
                allowanceCoefficient: Double(r["allowance_coefficient"] ?? "") ?? 0,
                qualification: r["qualification"].flatMap(Qualification.init(rawValue:)),
                leaving: r["leaving"].flatMap { CivilDate(iso: $0) })
            member.volunteer = r["volunteer"].flatMap { $0.isEmpty ? nil : $0 == "yes" }
            member.rating = r["rating"].flatMap(QualityRating.init(rawValue:))
            return member
        }
        let positions = try table("positions.csv").map { r in
            PositionQuota(
                scope: (r["unit"] ?? "").isEmpty ? .kind(UnitKind(rawValue: r["kind"]!)) : .unit(r["unit"]!),
                position: r["position"]!, category: StaffCategory(rawValue: r["category"]!)!,
                approved: Int(r["approved"]!) ?? 0,
                qualification: r["qualification"].flatMap(Qualification.init(rawValue:)) ?? .none)
        }
        return Scenario(
            name: "thach-ha-2022", year: 2022, units: units, staff: staff, positions: positions,
            staffing: StaffingSettings(
                asOf: CivilDate(year: 2022, month: 1, day: 1), hiring: .replaceRetirees,
                measures: Set(ReductionMeasure.allCases),
                transferPenaltyVND: 20_000_000, protected: ["TH0462", "TH0589"], allowedTransfers: .sameRegion,
                reductionTargets: [
                    ReductionTarget(categories: [.cadre, .civilServant], fromYear: 2022, toYear: 2026, minCut: 0.05),
                    ReductionTarget(categories: [.publicEmployee], fromYear: 2022, toYear: 2026, minCut: 0.10),
                ]))
    }
}
