import CivilCalendar
import Foundation
import Localization
import Tracking

/// A unit a tracking file may name: its code, its name and its level.
public struct TrackingUnit: Hashable, Sendable {
    /// The code.
    public var code: String
    /// The name (a workbook copy of the calendar names units by name).
    public var name: String
    /// `district` or `commune`.
    public var level: IndicatorLevel
    /// Whether inspections and own plans are tracked for it (every scenario unit; not the district itself).
    public var tracked: Bool

    /// Creates a unit.
    public init(code: String, name: String, level: IndicatorLevel, tracked: Bool = true) {
        self.code = code
        self.name = name
        self.level = level
        self.tracked = tracked
    }
}

/// What a tracking file holds, read and checked.
public enum TrackingFileContents: Sendable {
    /// A filled-in copy of the calendar: the planned inspections and the outcomes recorded in it.
    case calendar(plan: [PlannedVisit], events: [InspectionEvent])
    /// Records of the units' own plans.
    case selfPlans([SelfPlanEvent])
}

/// Reads the files imported while following the year (CSV or .xlsx, Vietnamese or English headers), checking every
/// row: a file with any problem is refused as a whole, each problem named by file and row (line:column or
/// sheet!cell).
public enum TrackingFileReader {
    /// The units and teams a file may name, and the year its dates must fall in.
    public struct Context: Sendable {
        /// The units.
        public var units: [TrackingUnit]
        /// The team codes and names.
        public var teams: [(code: String, name: String)]
        /// The plan year.
        public var year: Int
        /// Who imports and when.
        public var provenance: Provenance

        /// Creates a context.
        public init(
            units: [TrackingUnit], teams: [(code: String, name: String)], year: Int, provenance: Provenance
        ) {
            self.units = units
            self.teams = teams
            self.year = year
            self.provenance = provenance
        }
    }

    /// Reads a filled-in calendar copy or a file of the units' own plans (told apart by its columns).
    public static func readTrackingFile(
        _ data: Data, file: String, context: Context
    ) throws(ScenarioError) -> TrackingFileContents {
        let probeIssues = IssueCollector(limit: 50)
        let probe = TableFileReader.read(data, file: file, role: "tracking-self-plans", sheet: nil, issues: probeIssues)
        if let probe, probe.table.columnIndex("kind") != nil, probe.table.columnIndex("number") != nil {
            let rows = selfPlans(probe, context: context, issues: probeIssues)
            if !probeIssues.isEmpty { throw probeIssues.error() }
            return .selfPlans(rows)
        }
        let issues = IssueCollector(limit: 50)
        guard let reader = TableFileReader.read(data, file: file, role: "tracking-calendar", sheet: nil, issues: issues)
        else { throw issues.error() }
        let contents = calendar(reader, context: context, issues: issues)
        if !issues.isEmpty { throw issues.error() }
        return contents
    }

    /// Reads indicator values: `unit`, `indicator`, `period`, and `numerator` + `denominator` or `value`.
    public static func readIndicatorValues(
        _ data: Data, file: String, context: Context, indicators: [Indicator]
    ) throws(ScenarioError) -> [IndicatorValue] {
        let issues = IssueCollector(limit: 50)
        guard let reader = TableFileReader.read(data, file: file, role: "tracking-values", sheet: nil, issues: issues),
            reader.requireColumns(["unit", "indicator", "period"], orOneOf: ["numerator", "value"])
        else { throw issues.error() }
        let byID = Dictionary(indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var values: [IndicatorValue] = []
        for row in reader.table.rows {
            guard let unit = unit(reader, row, context: context, trackedOnly: false),
                let indicatorID = reader.required(row, "indicator"), let periodText = reader.required(row, "period")
            else { continue }
            guard let indicator = byID[indicatorID] else {
                let close = EditDistance.suggestion(for: indicatorID, among: indicators.map(\.id))
                reader.report(
                    row, "indicator",
                    t("Không có chỉ tiêu `\(indicatorID)`.", "There is no indicator `\(indicatorID)`."),
                    close.map { t("Có phải là `\($0)`?", "Did you mean `\($0)`?") }
                        ?? t("Dùng mã trong tệp chỉ tiêu.", "Use an id from the indicators file."))
                continue
            }
            guard let period = Period(periodText), period.year == context.year else {
                reader.report(
                    row, "period",
                    t(
                        "Kỳ `\(periodText)` không phải một quý của năm \(context.year).",
                        "The period `\(periodText)` is not a quarter of \(context.year)."),
                    t(
                        "Viết dạng \(context.year)-Q1 … \(context.year)-Q4.",
                        "Write \(context.year)-Q1 … \(context.year)-Q4."))
                continue
            }
            if let value = checkedValue(reader, row, indicator: indicator, unit: unit, period: period) {
                values.append(value)
            }
        }
        if !issues.isEmpty { throw issues.error() }
        return values
    }
}
