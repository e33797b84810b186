import CivilCalendar
import Localization
import ScenarioModel

/// The cross-file checks run after every file is decoded: uniqueness, references, dates and consistency.
///
/// Each check reports at the row (CSV) or the key (YAML) at fault, with a hint on how to fix it.
struct ScenarioChecks {
    let declaration: ScenarioDeclaration
    let tables: TableSet
    let holidays: [Holiday]
    /// Weekend days worked in exchange for a swapped weekday (announced arrangement): a pin may fall on one.
    let workedWeekendDays: Set<CivilDate>
    let today: CivilDate
    let issues: IssueCollector
    let unitCodes: Set<String>

    init(
        declaration: ScenarioDeclaration, tables: TableSet, holidays: [Holiday], workedWeekendDays: [CivilDate] = [],
        today: CivilDate, issues: IssueCollector
    ) {
        self.declaration = declaration
        self.tables = tables
        self.holidays = holidays
        self.workedWeekendDays = Set(workedWeekendDays)
        self.today = today
        self.issues = issues
        unitCodes = Set(tables.units.map(\.0.code))
    }

    var year: Int { declaration.year }
    var unitsOK: Bool { tables.usable.contains("units") }
    var teamsOK: Bool { tables.usable.contains("teams") }

    func run() {
        checkDuplicates()
        checkUnits()
        checkTeams()
        checkUnavailability()
        checkPins()
        checkStaff()
        checkPositions()
        checkInspectionSettings()
        checkStaffingSettings()
    }

    // MARK: helpers

    func report(
        _ key: String, _ row: CSVTable.Row, _ column: String, _ message: LocalizedText, _ hint: LocalizedText? = nil
    ) {
        guard let reader = tables.readers[key] else { return }
        reader.report(row, column, message, hint)
    }

    func report(_ origin: YAMLOrigin, _ field: String, _ message: LocalizedText, _ hint: LocalizedText? = nil) {
        issues.add(
            ScenarioIssue(
                file: origin.file, line: origin.line, column: origin.column, field: field, message: message, hint: hint)
        )
    }

    func unknownUnit(_ code: String) -> (LocalizedText, LocalizedText) {
        let suggestion = issues.isFull ? nil : EditDistance.suggestion(for: code, among: Array(unitCodes))
        return (
            t("Không có đơn vị mã `\(code)` trong units.csv.", "There is no unit with code `\(code)` in units.csv."),
            suggestion.map {
                t(
                    "Có phải ý bạn là `\($0)`? Dùng mã ở cột `code` của units.csv.",
                    "Did you mean `\($0)`? Use a code from units.csv's `code` column.")
            }
                ?? t(
                    "Dùng mã ở cột `code` của units.csv, hoặc thêm đơn vị đó.",
                    "Use a code from units.csv's `code` column, or add the unit.")
        )
    }

    func unknownTeam(_ code: String) -> (LocalizedText, LocalizedText) {
        let codes = tables.teams.map(\.0.code)
        let suggestion = issues.isFull ? nil : EditDistance.suggestion(for: code, among: codes)
        return (
            t("Không có đoàn mã `\(code)` trong teams.csv.", "There is no team with code `\(code)` in teams.csv."),
            suggestion.map { t("Có phải ý bạn là `\($0)`?", "Did you mean `\($0)`?") }
                ?? t("Dùng mã ở cột `code` của teams.csv.", "Use a code from teams.csv's `code` column.")
        )
    }

    func outsideYear(_ date: CivilDate) -> (LocalizedText, LocalizedText) {
        (
            t("Ngày \(date) nằm ngoài năm kế hoạch \(year).", "The date \(date) is outside the plan year \(year)."),
            t(
                "Dùng ngày trong năm \(year), hoặc sửa `year` trong scenario.yaml.",
                "Use a date in \(year), or fix `year` in scenario.yaml.")
        )
    }

    func knownKinds() -> [String] {
        Array(Set(UnitKind.builtIn.map(\.rawValue)).union(tables.units.map(\.0.kind.rawValue))).sorted()
    }
}
