import CivilCalendar
import ScenarioModel

/// The cross-file checks run after every file is decoded: uniqueness, references, dates and consistency.
///
/// Each check reports at the row (CSV) or the key (YAML) at fault, with a hint on how to fix it.
struct ScenarioChecks {
    let declaration: ScenarioDeclaration
    let tables: TableSet
    let holidays: [Holiday]
    let today: CivilDate
    let issues: IssueCollector
    private let unitCodes: Set<String>

    init(declaration: ScenarioDeclaration, tables: TableSet, holidays: [Holiday], today: CivilDate, issues: IssueCollector) {
        self.declaration = declaration
        self.tables = tables
        self.holidays = holidays
        self.today = today
        self.issues = issues
        unitCodes = Set(tables.units.map(\.0.code))
    }

    var year: Int { declaration.year }
    private var unitsOK: Bool { tables.usable.contains("units") }
    private var teamsOK: Bool { tables.usable.contains("teams") }

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

    private func report(_ key: String, _ row: CSVTable.Row, _ column: String, _ message: LocalizedText, _ hint: LocalizedText? = nil) {
        guard let reader = tables.readers[key] else { return }
        reader.report(row, column, message, hint)
    }

    private func report(_ origin: YAMLOrigin, _ field: String, _ message: LocalizedText, _ hint: LocalizedText? = nil) {
        issues.add(ScenarioIssue(file: origin.file, line: origin.line, column: origin.column, field: field, message: message, hint: hint))
    }

    private func unknownUnit(_ code: String) -> (LocalizedText, LocalizedText) {
        let suggestion = issues.isFull ? nil : EditDistance.suggestion(for: code, among: Array(unitCodes))
        return (t("Không có đơn vị mã `\(code)` trong units.csv.", "There is no unit with code `\(code)` in units.csv."),
                suggestion.map { t("Có phải ý bạn là `\($0)`? Dùng mã ở cột `code` của units.csv.", "Did you mean `\($0)`? Use a code from units.csv's `code` column.") }
                    ?? t("Dùng mã ở cột `code` của units.csv, hoặc thêm đơn vị đó.", "Use a code from units.csv's `code` column, or add the unit."))
    }

    private func unknownTeam(_ code: String) -> (LocalizedText, LocalizedText) {
        let codes = tables.teams.map(\.0.code)
        let suggestion = issues.isFull ? nil : EditDistance.suggestion(for: code, among: codes)
        return (t("Không có đoàn mã `\(code)` trong teams.csv.", "There is no team with code `\(code)` in teams.csv."),
                suggestion.map { t("Có phải ý bạn là `\($0)`?", "Did you mean `\($0)`?") }
                    ?? t("Dùng mã ở cột `code` của teams.csv.", "Use a code from teams.csv's `code` column."))
    }

    private func outsideYear(_ date: CivilDate) -> (LocalizedText, LocalizedText) {
        (t("Ngày \(date) nằm ngoài năm kế hoạch \(year).", "The date \(date) is outside the plan year \(year)."),
         t("Dùng ngày trong năm \(year), hoặc sửa `year` trong scenario.yaml.", "Use a date in \(year), or fix `year` in scenario.yaml."))
    }

    private func knownKinds() -> [String] {
        Array(Set(UnitKind.builtIn.map(\.rawValue)).union(tables.units.map(\.0.kind.rawValue))).sorted()
    }

    // MARK: checks

    private func checkDuplicates() {
        func duplicates<T>(_ key: String, _ rows: [(T, CSVTable.Row)], _ column: String, _ code: (T) -> String) {
            var first: [String: Int] = [:]
            for (value, row) in rows {
                let c = code(value)
                if let previous = first[c] {
                    report(key, row, column, t("Mã `\(c)` bị trùng (đã có ở dòng dữ liệu \(previous)).", "The code `\(c)` is a duplicate (already on row \(previous))."),
                           t("Mỗi mã chỉ dùng một lần; đổi mã hoặc xóa dòng trùng.", "Use each code once; change the code or delete the duplicate row."))
                } else {
                    first[c] = row.number
                }
            }
        }
        duplicates("units", tables.units, "code", \.code)
        duplicates("teams", tables.teams, "code", \.code)
        duplicates("staff", tables.staff, "id", \.id)
    }

    private func checkUnits() {
        if unitsOK, tables.units.isEmpty, let reader = tables.readers["units"], reader.table.rows.isEmpty {
            issues.add(ScenarioIssue(
                file: reader.table.file, line: 1, message: t("units.csv không có đơn vị nào.", "units.csv holds no units."),
                hint: t("Thêm mỗi đơn vị một dòng dưới dòng tiêu đề.", "Add one row per unit under the header row.")))
        }
        let communeLevel = Set(tables.units.filter { $0.0.kind.isCommuneLevel }.map(\.0.code))
        for (unit, row) in tables.units {
            if let commune = unit.commune, commune != unit.code {
                if unitsOK && !unitCodes.contains(commune) {
                    let (m, h) = unknownUnit(commune)
                    report("units", row, "commune", m, h)
                } else if !communeLevel.contains(commune) {
                    report("units", row, "commune", t("`\(commune)` không phải đơn vị cấp xã (commune, town hoặc ward).",
                                                      "`\(commune)` is not a commune-level unit (commune, town or ward)."),
                           t("Ghi mã của xã/thị trấn nơi đơn vị đóng.", "Give the code of the commune or town the unit lies in."))
                }
            }
            if let last = unit.lastInspected, last > year || last < 1900 {
                report("units", row, "last_inspected", t("Năm kiểm tra gần nhất \(last) không hợp lệ (sau năm kế hoạch \(year) hoặc trước 1900).",
                                                         "The last inspection year \(last) is invalid (after the plan year \(year) or before 1900)."),
                       t("Ghi năm (4 chữ số) của lần kiểm tra gần nhất, hoặc để trống.", "Write the four-digit year of the last inspection, or leave it empty."))
            }
            if unit.mustInspect && unit.exclude {
                report("units", row, "exclude", t("Đơn vị vừa `must_inspect` vừa `exclude`.", "The unit is both `must_inspect` and `exclude`."),
                       t("Chọn một trong hai.", "Choose one of the two."))
            }
        }
        // A kind with no duration.
        var reported = Set<UnitKind>()
        for (unit, row) in tables.units where declaration.inspection.durationDays[unit.kind] == nil && !reported.contains(unit.kind) {
            reported.insert(unit.kind)
            let suggestion = EditDistance.suggestion(for: unit.kind.rawValue, among: UnitKind.builtIn.map(\.rawValue))
            report("units", row, "kind", t("Loại đơn vị `\(unit.kind)` không có thời lượng kiểm tra.", "The unit kind `\(unit.kind)` has no inspection duration."),
                   suggestion.map { t("Có phải ý bạn là `\($0)`? Nếu là loại mới, thêm `\(unit.kind): 1` vào `inspection.duration_days`.",
                                      "Did you mean `\($0)`? If it is a new kind, add `\(unit.kind): 1` under `inspection.duration_days`.") }
                       ?? t("Thêm `\(unit.kind): 1` vào `inspection.duration_days` trong scenario.yaml.",
                            "Add `\(unit.kind): 1` under `inspection.duration_days` in scenario.yaml."))
        }
    }

    private func checkTeams() {
        let regions = Set(tables.units.compactMap(\.0.region))
        for (team, row) in tables.teams {
            if unitsOK, let region = team.region, !regions.contains(region) {
                let suggestion = EditDistance.suggestion(for: region, among: Array(regions))
                report("teams", row, "region", t("Không có đơn vị nào thuộc vùng `\(region)`.", "No unit lies in the region `\(region)`."),
                       suggestion.map { t("Có phải ý bạn là `\($0)`?", "Did you mean `\($0)`?") }
                           ?? t("Dùng một giá trị ở cột `region` của units.csv, hoặc để trống.", "Use a value from units.csv's `region` column, or leave it empty."))
            }
            for code in team.excludedUnits.sorted() where unitsOK && !unitCodes.contains(code) {
                let (m, h) = unknownUnit(code)
                report("teams", row, "excluded_units", m, h)
            }
        }
    }

    private func checkSpan(_ key: String, _ row: CSVTable.Row, _ span: DateSpan) {
        if span.to < span.from {
            report(key, row, "to", t("`to` (\(span.to)) trước `from` (\(span.from)).", "`to` (\(span.to)) is before `from` (\(span.from))."),
                   t("Đổi chỗ hai ngày hoặc sửa ngày sai.", "Swap the two dates or fix the wrong one."))
        }
        for (column, date) in [("from", span.from), ("to", span.to)] where date.year != year {
            let (m, h) = outsideYear(date)
            report(key, row, column, m, h)
        }
    }

    private func checkUnavailability() {
        let teams = Set(tables.teams.map(\.0.code))
        for (item, row) in tables.unavailability {
            if teamsOK && !teams.contains(item.team) {
                let (m, h) = unknownTeam(item.team)
                report("unavailability", row, "team", m, h)
            }
            checkSpan("unavailability", row, item.dates)
        }
    }

    private func checkPins() {
        let units = Dictionary(tables.units.map { ($0.0.code, $0.0) }, uniquingKeysWith: { a, _ in a })
        let teams = Dictionary(tables.teams.map { ($0.0.code, $0.0) }, uniquingKeysWith: { a, _ in a })
        let holidayByDate = Dictionary(holidays.map { ($0.date, $0) }, uniquingKeysWith: { a, _ in a })
        let busy = Dictionary(grouping: tables.unavailability.map(\.0), by: \.team)
        for (pin, row) in tables.pins {
            let unit = units[pin.unit]
            let team = teams[pin.team]
            if unitsOK && unit == nil {
                let (m, h) = unknownUnit(pin.unit)
                report("pins", row, "unit", m, h)
            }
            if teamsOK && team == nil {
                let (m, h) = unknownTeam(pin.team)
                report("pins", row, "team", m, h)
            }
            if pin.date.year != year {
                let (m, h) = outsideYear(pin.date)
                report("pins", row, "date", m, h)
            }
            if let holiday = holidayByDate[pin.date] {
                report("pins", row, "date", t("Ngày \(pin.date) là ngày nghỉ (\(holiday.nameVI)).", "\(pin.date) is a day off (\(holiday.nameEN))."),
                       t("Chọn ngày làm việc khác, hoặc nếu ngày đó đã đổi thành ngày làm việc thì thêm nó vào `inspection.holidays.remove`.",
                         "Pick another working day, or if that day was swapped into a working day add it to `inspection.holidays.remove`."))
            } else if pin.date.isWeekend {
                report("pins", row, "date", t("Ngày \(pin.date) là thứ Bảy hoặc Chủ nhật.", "\(pin.date) is a Saturday or Sunday."),
                       t("Chọn một ngày từ thứ Hai đến thứ Sáu.", "Pick a day from Monday to Friday."))
            }
            if let season = declaration.inspection.season, !season.contains(pin.date) {
                report("pins", row, "date", t("Ngày \(pin.date) nằm ngoài mùa kiểm tra \(season).", "\(pin.date) is outside the inspection season \(season)."),
                       t("Sửa ngày hoặc mở rộng `inspection.season`.", "Fix the date or widen `inspection.season`."))
            }
            if let unit, let team {
                if team.excludedUnits.contains(unit.code) {
                    report("pins", row, "team", t("Đoàn `\(team.code)` không được kiểm tra `\(unit.code)` (excluded_units).",
                                                  "Team `\(team.code)` may not inspect `\(unit.code)` (excluded_units)."),
                           t("Giao cho đoàn khác.", "Assign another team."))
                }
                if let region = team.region, unit.region != region {
                    report("pins", row, "team", t("Đoàn `\(team.code)` chỉ kiểm tra vùng `\(region)`.", "Team `\(team.code)` only inspects region `\(region)`."),
                           t("Giao cho đoàn của vùng đơn vị.", "Assign a team of the unit's region."))
                }
                if unit.exclude {
                    report("pins", row, "unit", t("Đơn vị `\(unit.code)` có `exclude` = yes nhưng lại được ghim.", "Unit `\(unit.code)` has `exclude` = yes but is pinned."),
                           t("Bỏ `exclude` hoặc xóa dòng ghim.", "Clear `exclude` or delete the pin."))
                }
                for blackout in declaration.inspection.blackouts where blackout.covers(unit) && blackout.dates.contains(pin.date) {
                    report("pins", row, "date", t("Ngày \(pin.date) nằm trong thời gian tạm dừng kiểm tra (\(blackout.reason)).",
                                                  "\(pin.date) falls in a blackout (\(blackout.reason))."),
                           t("Chọn ngày khác.", "Pick another date."))
                }
            }
            for item in busy[pin.team] ?? [] where item.dates.contains(pin.date) {
                report("pins", row, "date", t("Đoàn `\(pin.team)` bận ngày \(pin.date) (\(item.reason)).", "Team `\(pin.team)` is unavailable on \(pin.date) (\(item.reason))."),
                       t("Chọn ngày khác hoặc đoàn khác.", "Pick another date or team."))
            }
        }
    }

    private func checkStaff() {
        for (member, row) in tables.staff {
            if unitsOK && !unitCodes.contains(member.unit) {
                let (m, h) = unknownUnit(member.unit)
                report("staff", row, "unit", m, h)
            }
            if member.birthDate > today {
                report("staff", row, "birth_date", t("Ngày sinh \(member.birthDate) ở tương lai (sau \(today)).", "The birth date \(member.birthDate) is in the future (after \(today))."),
                       t("Sửa ngày sinh (YYYY-MM-DD).", "Fix the birth date (YYYY-MM-DD)."))
            } else if member.birthDate.year < today.year - 100 {
                report("staff", row, "birth_date", t("Ngày sinh \(member.birthDate) quá xa (trên 100 tuổi).", "The birth date \(member.birthDate) is implausibly early (over 100 years old)."),
                       t("Sửa ngày sinh (YYYY-MM-DD).", "Fix the birth date (YYYY-MM-DD)."))
            }
            if member.insuranceYears > 60 {
                report("staff", row, "insurance_years", t("Số năm đóng bảo hiểm \(member.insuranceYears) không hợp lý.", "\(member.insuranceYears) insurance years is implausible."),
                       t("Ghi số năm đóng BHXH bắt buộc tính đến 1/1 năm kế hoạch.", "Give the years of compulsory social insurance on 1 January of the plan year."))
            }
            if let leaving = member.leaving, leaving < member.birthDate {
                report("staff", row, "leaving", t("Ngày nghỉ trước ngày sinh.", "The leaving date is before the birth date."))
            }
        }
    }

    private func checkPositions() {
        let kinds = knownKinds()
        for (line, row) in tables.positions {
            switch line.scope {
            case .unit(let code) where unitsOK && !unitCodes.contains(code):
                let (m, h) = unknownUnit(code)
                report("positions", row, "unit", m, h)
            case .kind(let kind) where unitsOK && !kinds.contains(kind.rawValue):
                let suggestion = EditDistance.suggestion(for: kind.rawValue, among: kinds)
                report("positions", row, "kind", t("Không có đơn vị loại `\(kind)`.", "No unit has the kind `\(kind)`."),
                       suggestion.map { t("Có phải ý bạn là `\($0)`?", "Did you mean `\($0)`?") }
                           ?? t("Dùng một loại: \(kinds.joined(separator: ", ")).", "Use a kind: \(kinds.joined(separator: ", "))."))
            default: break
            }
        }
    }

    private func checkInspectionSettings() {
        let settings = declaration.inspection
        let kinds = knownKinds()
        func checkKinds(_ list: [UnitKind], _ origin: YAMLOrigin, _ field: String) {
            for kind in list where unitsOK && !kinds.contains(kind.rawValue) {
                let suggestion = EditDistance.suggestion(for: kind.rawValue, among: kinds)
                report(origin, field, t("Không có đơn vị loại `\(kind)`.", "No unit has the kind `\(kind)`."),
                       suggestion.map { t("Có phải ý bạn là `\($0)`?", "Did you mean `\($0)`?") }
                           ?? t("Dùng một loại: \(kinds.joined(separator: ", ")).", "Use a kind: \(kinds.joined(separator: ", ")).")
                )
            }
        }
        for (target, origin) in zip(settings.targets, declaration.targetOrigins) {
            checkKinds(target.kinds, origin, "inspection.targets.kinds")
        }
        for (kind, origin) in declaration.durationOrigins.sorted(by: { $0.key < $1.key }) where unitsOK && !kinds.contains(kind.rawValue) {
            let suggestion = EditDistance.suggestion(for: kind.rawValue, among: kinds)
            report(origin, "inspection.duration_days.\(kind)", t("Không có đơn vị loại `\(kind)`.", "No unit has the kind `\(kind)`."),
                   suggestion.map { t("Có phải ý bạn là `\($0)`?", "Did you mean `\($0)`?") })
        }
        for (blackout, origin) in zip(settings.blackouts, declaration.blackoutOrigins) {
            switch blackout.selector {
            case .kinds(let list): checkKinds(list, origin, "inspection.blackouts.kinds")
            case .units(let codes):
                for code in codes where unitsOK && !unitCodes.contains(code) {
                    let (m, h) = unknownUnit(code)
                    report(origin, "inspection.blackouts.units", m, h)
                }
            }
            for date in [blackout.dates.from, blackout.dates.to] where date.year != year {
                let (m, h) = outsideYear(date)
                report(origin, "inspection.blackouts", m, h)
            }
        }
        if let season = settings.season, let origin = declaration.origins["inspection.season"] {
            for date in [season.from, season.to] where date.year != year {
                let (m, h) = outsideYear(date)
                report(origin, "inspection.season", m, h)
            }
        }
        for date in settings.holidays.extra + settings.holidays.remove where date.year != year {
            if let origin = declaration.holidayOrigins[date] {
                let (m, h) = outsideYear(date)
                report(origin, "inspection.holidays", m, h)
            }
        }
    }

    private func checkStaffingSettings() {
        let settings = declaration.staffing
        let staffIDs = Set(tables.staff.map(\.0.id))
        if let origin = declaration.origins["staffing.protected"] {
            for id in settings.protected.sorted() where tables.usable.contains("staff") && !staffIDs.contains(id) {
                let suggestion = EditDistance.suggestion(for: id, among: Array(staffIDs))
                report(origin, "staffing.protected", t("Không có cán bộ mã `\(id)` trong staff.csv.", "There is no staff member with id `\(id)` in staff.csv."),
                       suggestion.map { t("Có phải ý bạn là `\($0)`?", "Did you mean `\($0)`?") }
                           ?? t("Dùng mã ở cột `id` của staff.csv.", "Use an id from staff.csv's `id` column."))
            }
        }
        if case .pairs(let pairs) = settings.allowedTransfers, let origin = declaration.origins["staffing.allowed_transfers"] {
            for code in pairs.flatMap({ [$0.from, $0.to] }) where unitsOK && !unitCodes.contains(code) {
                let (m, h) = unknownUnit(code)
                report(origin, "staffing.allowed_transfers", m, h)
            }
        }
    }
}
