import CivilCalendar
import Foundation
import ScenarioModel

/// Decodes a merged scenario.yaml tree into a `ScenarioDeclaration`, reporting every problem found.
struct ScenarioYAMLDecoder {
    static let topKeys = [
        "name", "description", "year", "extends", "units", "teams", "unavailability", "pins", "staff",
        "inspection", "staffing", "document", "tracking",
    ]
    static let csvKeys = ["units", "teams", "unavailability", "pins", "staff"]
    static let inspectionKeys = [
        "targets", "duration_days", "rotation_years", "holidays", "season", "blackouts", "objective", "weekdays",
        "content",
    ]
    static let staffingKeys = [
        "rules", "positions", "as_of", "deadline", "hiring", "measures", "transfer_penalty_vnd",
        "protected", "allowed_transfers", "reduction_targets", "quota_decision", "fixed",
    ]

    let fields: YAMLFieldReader
    /// Resolves a CSV path declared in a folder; `nil` (with an issue) when it escapes that folder.
    let resolveFile: (_ path: String, _ origin: YAMLOrigin, _ key: String) -> URL?

    func decode(_ root: YAMLValue) -> ScenarioDeclaration {
        var d = ScenarioDeclaration()
        guard case .map = root else {
            fields.report(
                root.origin, "",
                t(
                    "scenario.yaml phải là một mục gồm các khóa (name, year, …).",
                    "scenario.yaml must be a mapping of keys (name, year, …)."),
                t("Xem mẫu trong Scenarios/README.md.", "See the example in Scenarios/README.md."))
            return d
        }
        guard let top = fields.map(root, "", allowed: Self.topKeys) else {
            fields.report(
                root.origin, "",
                t(
                    "scenario.yaml phải là một mục gồm các khóa (name, year, …).",
                    "scenario.yaml must be a mapping of keys (name, year, …)."))
            return d
        }
        let get = { (key: String) in top.last { $0.key == key }?.value }
        for pair in top { d.origins[pair.key] = pair.keyOrigin }
        if let name = fields.string(get("name"), "name"), !name.isEmpty {
            d.name = name
        } else {
            fields.report(
                root.origin, "name", t("Thiếu khóa `name`.", "The key `name` is missing."),
                t("Thêm `name: Tên kịch bản`.", "Add `name: Scenario name`."))
        }
        if let year = fields.integer(get("year"), "year") {
            if VietnameseHolidays.supportedYears.contains(year) {
                d.year = year
            } else {
                fields.report(
                    get("year")?.origin ?? root.origin, "year",
                    t("Năm \(year) ngoài phạm vi 1900–2100.", "The year \(year) is outside 1900–2100."),
                    t("Dùng năm từ 1900 đến 2100.", "Use a year from 1900 to 2100."))
            }
        } else if get("year") == nil {
            fields.report(
                root.origin, "year", t("Thiếu khóa `year`.", "The key `year` is missing."),
                t("Thêm `year: 2022`.", "Add `year: 2022`."))
        }
        for key in Self.csvKeys {
            if let value = get(key), let reference = tableReference(value, key, role: key) { d.files[key] = reference }
        }
        if let value = get("inspection") { decodeInspection(value, into: &d) }
        if let value = get("staffing") { decodeStaffing(value, into: &d) }
        if let value = get("document") { decodeDocument(value, into: &d) }
        if let value = get("tracking") { d.tracking = decodeTracking(value) }
        return d
    }

    private func decodeInspection(_ value: YAMLValue, into d: inout ScenarioDeclaration) {
        guard let pairs = fields.map(value, "inspection", allowed: Self.inspectionKeys) else { return }
        let get = { (key: String) in pairs.last { $0.key == key }?.value }
        var s = InspectionSettings()
        decodeTargets(get("targets"), into: &s, &d)
        decodeDurations(get("duration_days"), into: &s, &d)
        if let v = get("rotation_years"), let years = fields.integer(v, "inspection.rotation_years") {
            if years < 1 {
                fields.report(
                    v.origin, "inspection.rotation_years",
                    ScenarioFiles.t("`rotation_years` phải ít nhất là 1.", "`rotation_years` must be at least 1."))
            } else {
                s.rotationYears = years
            }
        }
        if let h = fields.map(get("holidays"), "inspection.holidays", allowed: ["builtin", "extra", "remove"]) {
            let hget = { (key: String) in h.last { $0.key == key }?.value }
            s.holidays.builtin = fields.bool(hget("builtin"), "inspection.holidays.builtin") ?? true
            let extra = fields.dates(hget("extra"), "inspection.holidays.extra")
            let remove = fields.dates(hget("remove"), "inspection.holidays.remove")
            s.holidays.extra = extra.map(\.0)
            s.holidays.remove = remove.map(\.0)
            for (date, origin) in extra + remove { d.holidayOrigins[date] = origin }
        }
        if let v = get("season"), let season = span(v, "inspection.season") {
            s.season = season
            d.origins["inspection.season"] = v.origin
        }
        decodeBlackouts(get("blackouts"), into: &s, &d)
        if let objective = decodeObjective(get("objective")) { s.objective = objective }
        s.weekdays = decodeWeekdays(get("weekdays"))
        s.content = decodeContent(get("content"))
        d.inspection = s
    }

    /// Decodes `inspection.targets`: each target's kinds, minimum share, scope and name.
    private func decodeTargets(
        _ value: YAMLValue?, into s: inout InspectionSettings, _ d: inout ScenarioDeclaration
    ) {
        for (index, item) in fields.list(value, "inspection.targets").enumerated() {
            let path = "inspection.targets[\(index)]"
            guard let t = fields.map(item, path, allowed: ["name", "kinds", "min_share", "scope", "max_share"]) else {
                continue
            }
            let tget = { (key: String) in t.last { $0.key == key }?.value }
            let kinds = fields.strings(tget("kinds"), path + ".kinds").map(ValueAliases.canonicalKind)
            if kinds.isEmpty {
                fields.report(
                    item.origin, path + ".kinds",
                    ScenarioFiles.t(
                        "Mục tiêu không có loại đơn vị nào (`kinds`).", "The target lists no unit kinds (`kinds`)."),
                    ScenarioFiles.t("Thêm `kinds: [commune, town]`.", "Add `kinds: [commune, town]`."))
            }
            var share = fields.number(tget("min_share"), path + ".min_share")
            if let v = share, !(0...1).contains(v) {
                fields.report(
                    tget("min_share")?.origin ?? item.origin, path + ".min_share",
                    ScenarioFiles.t(
                        "`min_share` phải từ 0 đến 1 (đang là \(v)).",
                        "`min_share` must be between 0 and 1 (it is \(v))."),
                    ScenarioFiles.t(
                        "Viết tỷ lệ dạng số thập phân: 30% là 0.3.", "Write the share as a fraction: 30% is 0.3."))
                share = nil
            } else if share == nil, tget("min_share") == nil {
                fields.report(
                    item.origin, path + ".min_share", ScenarioFiles.t("Thiếu `min_share`.", "`min_share` is missing."),
                    ScenarioFiles.t("Thêm `min_share: 0.3`.", "Add `min_share: 0.3`."))
            }
            let scope =
                fields.parse(tget("scope"), path + ".scope") {
                    ValueParsing.choice($0, [("all", TargetScope.all), ("region", .region)])
                } ?? .all
            let name = fields.string(tget("name"), path + ".name") ?? kinds.map(\.rawValue).joined(separator: ", ")
            let maxShare = fields.number(tget("max_share"), path + ".max_share")
            if let m = maxShare, !((share ?? 0)...1).contains(m) {
                fields.report(
                    tget("max_share")?.origin ?? item.origin, path + ".max_share",
                    ScenarioFiles.t(
                        "`max_share` phải từ `min_share` đến 1 (đang là \(m)).",
                        "`max_share` must be from `min_share` to 1 (it is \(m))."))
            }
            if let share, !kinds.isEmpty {
                s.targets.append(
                    InspectionTarget(name: name, kinds: kinds, minShare: share, scope: scope, maxShare: maxShare))
                d.targetOrigins.append(tget("kinds")?.origin ?? item.origin)
            }
        }
    }

    /// Decodes `inspection.duration_days`: the days an inspection of each unit kind takes.
    private func decodeDurations(
        _ value: YAMLValue?, into s: inout InspectionSettings, _ d: inout ScenarioDeclaration
    ) {
        if let durations = fields.map(
            value, "inspection.duration_days",
            allowed: [String](
                Set(UnitKind.builtIn.map(\.rawValue)).union(
                    { if case .map(let p, _)? = value { return p.map(\.key) } else { return [] } }())
            ))
        {
            for pair in durations {
                let path = "inspection.duration_days.\(pair.key)"
                guard let days = fields.number(pair.value, path) else { continue }
                let doubled = days * 2
                if days <= 0 || doubled != doubled.rounded() {
                    fields.report(
                        pair.value.origin, path,
                        ScenarioFiles.t(
                            "Số ngày phải là bội số dương của 0.5 (đang là \(days)).",
                            "The days must be a positive multiple of 0.5 (it is \(days))."),
                        ScenarioFiles.t("Dùng 0.5, 1, 1.5, 2, …", "Use 0.5, 1, 1.5, 2, …"))
                    continue
                }
                s.durationDays[ValueAliases.canonicalKind(pair.key)] = days
                d.durationOrigins[ValueAliases.canonicalKind(pair.key)] = pair.keyOrigin
            }
        }
    }

    /// Decodes `inspection.blackouts`: date spans closed to some unit kinds or units.
    private func decodeBlackouts(
        _ value: YAMLValue?, into s: inout InspectionSettings, _ d: inout ScenarioDeclaration
    ) {
        for (index, item) in fields.list(value, "inspection.blackouts").enumerated() {
            let path = "inspection.blackouts[\(index)]"
            guard let b = fields.map(item, path, allowed: ["kinds", "units", "from", "to", "reason"]) else { continue }
            let bget = { (key: String) in b.last { $0.key == key }?.value }
            let kinds = fields.strings(bget("kinds"), path + ".kinds")
            let units = fields.strings(bget("units"), path + ".units")
            if kinds.isEmpty == units.isEmpty {
                fields.report(
                    item.origin, path,
                    ScenarioFiles.t(
                        "Cần đúng một trong `kinds` hoặc `units`.", "Exactly one of `kinds` or `units` is needed."),
                    ScenarioFiles.t(
                        "Ví dụ `kinds: [school]` hoặc `units: [X01, X02]`.",
                        "E.g. `kinds: [school]` or `units: [X01, X02]`."))
                continue
            }
            guard let dates = span(item, path) else { continue }
            let selector: Blackout.Selector =
                kinds.isEmpty
                ? .units(units) : .kinds(kinds.map(ValueAliases.canonicalKind))
            s.blackouts.append(
                Blackout(
                    selector: selector, dates: dates, reason: fields.string(bget("reason"), path + ".reason") ?? ""))
            d.blackoutOrigins.append(item.origin)
        }
    }

    /// Decodes `inspection.objective`: the solver's weights; `nil` when the section is absent or malformed.
    private func decodeObjective(_ value: YAMLValue?) -> ObjectiveWeights? {
        guard
            let o = fields.map(
                value, "inspection.objective", allowed: ["priority", "balance", "bundling", "mode", "reserve_share"])
        else {
            return nil
        }
        let oget = { (key: String) in o.last { $0.key == key }?.value }
        func weight(_ key: String, _ fallback: Double) -> Double {
            guard let v = oget(key), let w = fields.number(v, "inspection.objective.\(key)") else {
                return fallback
            }
            if w < 0 {
                fields.report(
                    v.origin, "inspection.objective.\(key)",
                    ScenarioFiles.t("Trọng số không được âm.", "A weight cannot be negative."),
                    ScenarioFiles.t("Dùng 0 để tắt thành phần này.", "Use 0 to switch the term off."))
                return fallback
            }
            return w
        }
        let defaults = ObjectiveWeights.default
        var weights = ObjectiveWeights(
            priority: weight("priority", defaults.priority), balance: weight("balance", defaults.balance),
            bundling: weight("bundling", defaults.bundling))
        decodeObjectiveMode(o, into: &weights)
        return weights
    }

    /// Reads `from`/`to` of a map; reports `to` before `from`.
    func span(_ value: YAMLValue, _ path: String) -> DateSpan? {
        let from = fields.date(value["from"], path + ".from")
        let to = fields.date(value["to"], path + ".to")
        for key in ["from", "to"] where value[key] == nil {
            fields.report(
                value.origin, path + ".\(key)", t("Thiếu `\(key)`.", "`\(key)` is missing."),
                t("Thêm `from: YYYY-MM-DD` và `to: YYYY-MM-DD`.", "Add `from: YYYY-MM-DD` and `to: YYYY-MM-DD`."))
        }
        guard let from, let to else { return nil }
        if to < from {
            fields.report(
                value["to"]?.origin ?? value.origin, path + ".to",
                t("`to` (\(to)) trước `from` (\(from)).", "`to` (\(to)) is before `from` (\(from))."),
                t("Đổi chỗ hai ngày hoặc sửa ngày sai.", "Swap the two dates or fix the wrong one."))
            return nil
        }
        return DateSpan(from: from, to: to)
    }
}
