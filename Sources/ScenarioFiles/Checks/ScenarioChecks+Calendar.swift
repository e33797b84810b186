import CivilCalendar
import ScenarioModel

/// Dates: unavailability, pins and the inspection settings.
extension ScenarioChecks {
    func checkSpan(_ key: String, _ row: CSVTable.Row, _ span: DateSpan) {
        if span.to < span.from {
            report(
                key, row, "to",
                t(
                    "`to` (\(span.to)) trước `from` (\(span.from)).",
                    "`to` (\(span.to)) is before `from` (\(span.from))."),
                t("Đổi chỗ hai ngày hoặc sửa ngày sai.", "Swap the two dates or fix the wrong one."))
        }
        for (column, date) in [("from", span.from), ("to", span.to)] where date.year != year {
            let (m, h) = outsideYear(date)
            report(key, row, column, m, h)
        }
    }

    func checkUnavailability() {
        let teams = Set(tables.teams.map(\.0.code))
        for (item, row) in tables.unavailability {
            if teamsOK && !teams.contains(item.team) {
                let (m, h) = unknownTeam(item.team)
                report("unavailability", row, "team", m, h)
            }
            checkSpan("unavailability", row, item.dates)
        }
    }

    func checkPins() {
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
                report(
                    "pins", row, "date",
                    t(
                        "Ngày \(pin.date) là ngày nghỉ (\(holiday.nameVI)).",
                        "\(pin.date) is a day off (\(holiday.nameEN))."),
                    t(
                        "Chọn ngày làm việc khác, hoặc nếu ngày đó đã đổi thành ngày làm việc thì thêm nó vào `inspection.holidays.remove`.",
                        "Pick another working day, or if that day was swapped into a working day add it to `inspection.holidays.remove`."
                    ))
            } else if pin.date.isWeekend && !workedWeekendDays.contains(pin.date) {
                report(
                    "pins", row, "date",
                    t("Ngày \(pin.date) là thứ Bảy hoặc Chủ nhật.", "\(pin.date) is a Saturday or Sunday."),
                    t("Chọn một ngày từ thứ Hai đến thứ Sáu.", "Pick a day from Monday to Friday."))
            }
            if let season = declaration.inspection.season, !season.contains(pin.date) {
                report(
                    "pins", row, "date",
                    t(
                        "Ngày \(pin.date) nằm ngoài mùa kiểm tra \(season).",
                        "\(pin.date) is outside the inspection season \(season)."),
                    t("Sửa ngày hoặc mở rộng `inspection.season`.", "Fix the date or widen `inspection.season`."))
            }
            if let unit, let team {
                if team.excludedUnits.contains(unit.code) {
                    report(
                        "pins", row, "team",
                        t(
                            "Đoàn `\(team.code)` không được kiểm tra `\(unit.code)` (excluded_units).",
                            "Team `\(team.code)` may not inspect `\(unit.code)` (excluded_units)."),
                        t("Giao cho đoàn khác.", "Assign another team."))
                }
                if let region = team.region, unit.region != region {
                    report(
                        "pins", row, "team",
                        t(
                            "Đoàn `\(team.code)` chỉ kiểm tra vùng `\(region)`.",
                            "Team `\(team.code)` only inspects region `\(region)`."),
                        t("Giao cho đoàn của vùng đơn vị.", "Assign a team of the unit's region."))
                }
                if unit.exclude {
                    report(
                        "pins", row, "unit",
                        t(
                            "Đơn vị `\(unit.code)` có `exclude` = yes nhưng lại được ghim.",
                            "Unit `\(unit.code)` has `exclude` = yes but is pinned."),
                        t("Bỏ `exclude` hoặc xóa dòng ghim.", "Clear `exclude` or delete the pin."))
                }
                for blackout in declaration.inspection.blackouts
                where blackout.covers(unit) && blackout.dates.contains(pin.date) {
                    report(
                        "pins", row, "date",
                        t(
                            "Ngày \(pin.date) nằm trong thời gian tạm dừng kiểm tra (\(blackout.reason)).",
                            "\(pin.date) falls in a blackout (\(blackout.reason))."),
                        t("Chọn ngày khác.", "Pick another date."))
                }
            }
            for item in busy[pin.team] ?? [] where item.dates.contains(pin.date) {
                report(
                    "pins", row, "date",
                    t(
                        "Đoàn `\(pin.team)` bận ngày \(pin.date) (\(item.reason)).",
                        "Team `\(pin.team)` is unavailable on \(pin.date) (\(item.reason))."),
                    t("Chọn ngày khác hoặc đoàn khác.", "Pick another date or team."))
            }
        }
    }

    func checkInspectionSettings() {
        let settings = declaration.inspection
        let kinds = knownKinds()
        func checkKinds(_ list: [UnitKind], _ origin: YAMLOrigin, _ field: String) {
            for kind in list where unitsOK && !kinds.contains(kind.rawValue) {
                let suggestion = EditDistance.suggestion(for: kind.rawValue, among: kinds)
                report(
                    origin, field, t("Không có đơn vị loại `\(kind)`.", "No unit has the kind `\(kind)`."),
                    suggestion.map { t("Có phải ý bạn là `\($0)`?", "Did you mean `\($0)`?") }
                        ?? t(
                            "Dùng một loại: \(kinds.joined(separator: ", ")).",
                            "Use a kind: \(kinds.joined(separator: ", ")).")
                )
            }
        }
        for (target, origin) in zip(settings.targets, declaration.targetOrigins) {
            checkKinds(target.kinds, origin, "inspection.targets.kinds")
        }
        for (kind, origin) in declaration.durationOrigins.sorted(by: { $0.key < $1.key })
        where unitsOK && !kinds.contains(kind.rawValue) {
            let suggestion = EditDistance.suggestion(for: kind.rawValue, among: kinds)
            report(
                origin, "inspection.duration_days.\(kind)",
                t("Không có đơn vị loại `\(kind)`.", "No unit has the kind `\(kind)`."),
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
}
