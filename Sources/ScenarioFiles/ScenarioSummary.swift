import CivilCalendar
import Foundation
import Localization
import ScenarioModel

/// The figures `cchc validate` prints for a valid scenario.
public struct ScenarioSummary: Sendable {
    /// One team's capacity.
    public struct TeamCapacity: Hashable, Sendable {
        /// The team's code.
        public var code: String
        /// The team's name.
        public var name: String
        /// The most inspection days per week.
        public var daysPerWeek: Int
        /// Inspection days available over the period: working days (Monday–Friday, not a holiday, not in the
        /// team's unavailability), at most `daysPerWeek` in each ISO week.
        public var capacityDays: Int
    }

    /// The scenario's name.
    public var name: String
    /// The plan year.
    public var year: Int
    /// The period the capacity covers: the season, or the whole year.
    public var period: DateSpan
    /// Units by kind, in kind order.
    public var unitsByKind: [(kind: UnitKind, count: Int)]
    /// Teams, in file order.
    public var teams: [TeamCapacity]
    /// Staff by category, in category order (categories with nobody omitted).
    public var staffByCategory: [(category: StaffCategory, count: Int)]
    /// The days off in force.
    public var holidays: [Holiday]
    /// The number of working days (Monday–Friday, not a holiday) in the period.
    public var workingDays: Int
    /// The files read, as `(role, path)` with paths relative to the scenario folder's parent (e.g.
    /// `thach-ha-2022/units.csv`), so that `extends` chains are visible.
    public var files: [(role: String, path: String)]
    /// How each table file was read: encoding and separator, or workbook sheet; date style; decimal separator.
    public var conventions: [DetectedConventions]

    /// Summarises a loaded scenario.
    public init(_ loaded: LoadedScenario) {
        let scenario = loaded.scenario
        name = scenario.name
        year = scenario.year
        let yearSpan = DateSpan(
            from: CivilDate(year: scenario.year, month: 1, day: 1) ?? CivilDate(dayNumber: 0),
            to: CivilDate(year: scenario.year, month: 12, day: 31) ?? CivilDate(dayNumber: 0))
        period = scenario.inspection.season ?? yearSpan
        var kinds: [UnitKind: Int] = [:]
        for unit in scenario.units { kinds[unit.kind, default: 0] += 1 }
        unitsByKind = kinds.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        var categories: [StaffCategory: Int] = [:]
        for member in scenario.staff { categories[member.category, default: 0] += 1 }
        staffByCategory = categories.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        holidays = loaded.holidays
        let base = loaded.folder.deletingLastPathComponent().resolvingSymlinksInPath().path
        files = loaded.files.map { file in
            let prefix = base.hasSuffix("/") ? base : base + "/"
            return (file.role, file.path.hasPrefix(prefix) ? String(file.path.dropFirst(prefix.count)) : file.path)
        }
        conventions = loaded.detectedConventions
        let off = Set(loaded.holidays.map(\.date))
        let worked = Set(loaded.workedWeekendDays)
        let working = period.days.filter { (!$0.isWeekend || worked.contains($0)) && !off.contains($0) }
        workingDays = working.count
        teams = scenario.teams.map { team in
            let busy = scenario.unavailability.filter { $0.team == team.code }
            var perWeek: [Int: Int] = [:]
            for day in working where !busy.contains(where: { $0.dates.contains(day) }) {
                let week = day.isoWeek
                perWeek[week.year * 100 + week.week, default: 0] += 1
            }
            let capacity = perWeek.values.reduce(0) { $0 + min($1, team.daysPerWeek) }
            return TeamCapacity(code: team.code, name: team.name, daysPerWeek: team.daysPerWeek, capacityDays: capacity)
        }
    }

    /// The summary as plain text in Vietnamese (`vi`) or English (`en`).
    public func formatted(language: Language) -> String {
        let vi = language == .vi
        var lines: [String] = []
        lines.append(vi ? "Kịch bản hợp lệ: \(name) (năm \(year))" : "Scenario is valid: \(name) (year \(year))")
        lines.append("")
        lines.append(vi ? "Tệp đã đọc:" : "Files read:")
        for file in files { lines.append("  \(file.path) (\(file.role))") }
        if !conventions.isEmpty {
            lines.append("")
            lines.append(vi ? "Cách đọc các tệp bảng:" : "How the table files were read:")
            for item in conventions {
                let name = (item.file as NSString).lastPathComponent
                lines.append("  \(item.role) (\(name)): \(item.formatted(language: language))")
            }
        }
        lines.append("")
        lines.append(vi ? "Đơn vị theo loại:" : "Units by kind:")
        for (kind, count) in unitsByKind { lines.append("  \(Self.kindName(kind, language)): \(count)") }
        lines.append("")
        let periodText =
            vi
            ? "\(period.from.vietnameseDescription)–\(period.to.vietnameseDescription)" : "\(period.from)…\(period.to)"
        lines.append(
            vi
                ? "Đoàn kiểm tra và năng lực (ngày kiểm tra trong \(periodText), \(workingDays) ngày làm việc):"
                : "Teams and capacity (inspection days in \(periodText), \(workingDays) working days):")
        for team in teams {
            lines.append(
                vi
                    ? "  \(team.code) \(team.name): \(team.capacityDays) ngày (tối đa \(team.daysPerWeek) ngày/tuần)"
                    : "  \(team.code) \(team.name): \(team.capacityDays) days (at most \(team.daysPerWeek) days/week)")
        }
        lines.append("")
        lines.append(vi ? "Nhân sự theo loại:" : "Staff by category:")
        if staffByCategory.isEmpty { lines.append(vi ? "  (không có)" : "  (none)") }
        for (category, count) in staffByCategory {
            lines.append("  \(Self.categoryName(category, language)): \(count)")
        }
        lines.append("")
        lines.append(vi ? "Ngày nghỉ áp dụng (\(holidays.count)):" : "Days off in force (\(holidays.count)):")
        for holiday in holidays {
            let date = vi ? holiday.date.vietnameseDescription : holiday.date.description
            lines.append("  \(date)  \(holiday.name(language: language))")
        }
        return lines.joined(separator: "\n")
    }

    static func kindName(_ kind: UnitKind, _ language: Language) -> String {
        guard language == .vi else { return kind.rawValue }
        switch kind {
        case .commune: return "Xã (commune)"
        case .town: return "Thị trấn (town)"
        case .ward: return "Phường (ward)"
        case .school: return "Trường học (school)"
        case .centre: return "Trung tâm (centre)"
        case .healthStation: return "Trạm y tế (health-station)"
        default: return kind.rawValue
        }
    }

    static func categoryName(_ category: StaffCategory, _ language: Language) -> String {
        guard language == .vi else { return category.rawValue }
        switch category {
        case .cadre: return "Cán bộ"
        case .civilServant: return "Công chức"
        case .partTime: return "Người hoạt động không chuyên trách"
        case .publicEmployee: return "Viên chức"
        case .contract: return "Hợp đồng lao động"
        }
    }
}
