import CivilCalendar
import Foundation
import ScenarioModel
import Testing

@testable import ScenarioFiles

/// `cchc init`'s files layer: the unit list read and checked as the loader does, the season from "today", and a
/// started scenario that loads.
@Suite struct ScenarioStarterTests {
    /// A unit list as an office types it: `;`, a byte-order mark, Vietnamese headers and values, dd/mm/yyyy, the
    /// commune referenced by its name.
    static let officeCSV =
        "\u{FEFF}Mã;Tên đơn vị;Loại hình;Thuộc xã;Cụm;Ưu tiên;Năm kiểm tra gần nhất;Bắt buộc kiểm tra;Ngày sáp nhập\r\n"
        + "xa-an-phu;Xã An Phú;Xã;;Cụm 1;2;2023;Không;\r\n"
        + "tt-binh-minh;Thị trấn Bình Minh;Thị trấn;;Cụm 1;1;2024;Có;01/01/2020\r\n"
        + "mn-an-phu;Trường Mầm non An Phú;Trường Mầm non;Xã An Phú;Cụm 1;1;;Không;\r\n"
        + "yt-an-phu;Trạm y tế xã An Phú;Trạm y tế;Xã An Phú;Cụm 1;1;;Không;\r\n"

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-starter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func seasonRunsFromAprilOrTodayToNovemberAndMovesToNextYearInOctober() {
        let january = ScenarioStarter.season(today: CivilDate(year: 2026, month: 1, day: 15)!)
        #expect(january.year == 2026)
        #expect(january.season == DateSpan(from: CivilDate(iso: "2026-04-01")!, to: CivilDate(iso: "2026-11-30")!))
        let may = ScenarioStarter.season(today: CivilDate(year: 2026, month: 5, day: 20)!)
        #expect(may.season.from == CivilDate(iso: "2026-05-20")!)
        let october = ScenarioStarter.season(today: CivilDate(year: 2026, month: 10, day: 1)!)
        #expect(october.year == 2027 && october.season.from == CivilDate(iso: "2027-04-01")!)
    }

    @Test func officeUnitListIsReadWithCommunesByNameAndDatesDayFirst() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("danh-sach.csv")
        try Data(Self.officeCSV.utf8).write(to: file)
        let list = try ScenarioStarter.readUnitList(file, sheet: nil, year: 2026)
        #expect(list.units.map(\.code) == ["xa-an-phu", "tt-binh-minh", "mn-an-phu", "yt-an-phu"])
        #expect(list.units.map(\.kind) == [.commune, .town, .school, .healthStation])
        #expect(list.units[2].commune == "xa-an-phu" && list.units[2].schoolLevel == .preschool)
        #expect(list.units[1].mergedOn == CivilDate(year: 2020, month: 1, day: 1) && list.units[1].mustInspect)
        #expect(list.conventions.delimiter == ";" && list.ownKinds.isEmpty)
    }

    @Test func badUnitListIsRefusedNamingTheFileRowAndColumn() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("danh-sach.csv")
        let text = Self.officeCSV + "xa-an-phu;Xã An Phú 2;Xã;;;1;;;\r\n" + "yt-2;Trạm y tế 2;Tram y te;;;1;;;\r\n"
        try Data(text.utf8).write(to: file)
        #expect(throws: ScenarioError.self) { try ScenarioStarter.readUnitList(file, sheet: nil, year: 2026) }
        do {
            _ = try ScenarioStarter.readUnitList(file, sheet: nil, year: 2026)
        } catch let error as ScenarioError {
            let duplicate = try #require(error.issues.first { $0.field == "Mã" })
            #expect(duplicate.row == 5 && duplicate.file.hasSuffix("danh-sach.csv"))
            let kind = try #require(error.issues.first { $0.field == "Loại hình" })
            #expect(kind.row == 6 && (kind.hint?.vi ?? "").lowercased().contains("trạm y tế"))
        }
    }

    @Test func startedScenarioLoadsWithTheDefaultsAndVietnameseComments() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let scenarioFolder = root.appendingPathComponent("kb")
        try FileManager.default.createDirectory(at: scenarioFolder, withIntermediateDirectories: true)
        let unitsFile = scenarioFolder.appendingPathComponent("don-vi.csv")
        try Data(Self.officeCSV.utf8).write(to: unitsFile)
        let list = try ScenarioStarter.readUnitList(unitsFile, sheet: nil, year: 2026)
        let today = CivilDate(year: 2026, month: 1, day: 15)!
        let scenario = ScenarioStarter.scenario(name: "Kế hoạch 2026", list: list, today: today)
        let files = ScenarioStarter.files(for: scenario, unitsFile: "don-vi.csv", sheet: nil)
        #expect(files.map(\.name) == ["scenario.yaml", "teams.csv"])
        for file in files { try Data(file.contents.utf8).write(to: scenarioFolder.appendingPathComponent(file.name)) }
        let yaml = files[0].contents
        #expect(yaml.hasPrefix(ScenarioStarter.marker))
        #expect(yaml.contains("  # Chỉ tiêu kiểm tra của kế hoạch") && yaml.contains("# Năm kế hoạch.\nyear: 2026"))
        #expect(files[1].contents.hasPrefix("\u{FEFF}Mã đoàn;Tên đoàn;Số ngày mỗi tuần;Thành viên"))
        let loaded = try ScenarioLoader.load(folder: scenarioFolder)
        #expect(loaded.year == 2026 && loaded.units == list.units)
        #expect(loaded.teams == [ScenarioStarter.defaultTeam])
        #expect(loaded.inspection.targets.map(\.minShare) == [0.5, 0.35])
        // The mode is written out, and its comment names the other modes and what they do.
        #expect(loaded.inspection.objective.mode == .coverage && yaml.contains("    mode: coverage\n"))
        #expect(yaml.contains("  # mode - cách xếp lịch: coverage") && yaml.contains("  # targets - đạt đủ chỉ tiêu"))
        #expect(yaml.contains("  # reserve - như coverage"))
        #expect(
            loaded.inspection.season == DateSpan(from: CivilDate(iso: "2026-04-01")!, to: CivilDate(iso: "2026-11-30")!)
        )
        // The list holds a school (Trường Mầm non): no inspection of schools in the summer holidays.
        #expect(
            loaded.inspection.blackouts.map(\.dates) == [
                DateSpan(from: CivilDate(iso: "2026-06-01")!, to: CivilDate(iso: "2026-08-31")!)
            ])
    }

    @Test func everyTemplateHeaderAndChoiceIsOneTheLoaderReads() throws {
        for table in InputTables.tables(year: 2026) {
            let lookup = ColumnAliases.lookup(role: table.role)
            for column in table.columns {
                #expect(lookup[ColumnAliases.normalised(column.header)] == column.canonical, "\(column.header)")
                for choice in column.choices {
                    let known: Bool
                    switch column.canonical {
                    case "kind": known = ValueAliases.kind(choice) != nil
                    case "must_inspect", "exclude": known = (try? ValueParsing.bool(choice).get()) != nil
                    case "class": known = (try? ValueParsing.choice(choice, ValueAliases.communeClasses).get()) != nil
                    case "school_level":
                        known = (try? ValueParsing.choice(choice, ValueAliases.schoolLevels).get()) != nil
                    case "category": known = (try? ValueParsing.choice(choice, ValueAliases.categories).get()) != nil
                    case "gender": known = (try? ValueParsing.choice(choice, ValueAliases.genders).get()) != nil
                    case "qualification":
                        known = (try? ValueParsing.choice(choice, ValueAliases.qualifications).get()) != nil
                    default: known = false
                    }
                    #expect(known, "\(table.role).\(column.canonical): \(choice)")
                }
            }
        }
    }
}
