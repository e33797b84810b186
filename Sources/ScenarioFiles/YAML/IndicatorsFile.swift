import Foundation
import Tracking

/// Reads an indicators file (`indicators.yaml`): a list `indicators:` of entries with `id`, `name`, `target`,
/// `comparison` (`>=`, `<=`, `range` with `upper`), `level` (`district`, `commune`, `all`), `compute` (`ratio`,
/// `share-of-units`, `value`), `source`, and optionally `unit_target`, `self_plan` and `reconstructed`.
public enum IndicatorsFile {
    static let keys = [
        "id", "name", "target", "upper", "comparison", "level", "compute", "unit_target", "self_plan", "source",
        "reconstructed", "note",
    ]

    /// Reads the file's bytes; problems go to `issues`.
    static func decode(_ data: Data, file: String, folder: URL, issues: IssueCollector) -> [Indicator] {
        let text: String
        switch TextFileDecoder.decode(data, file: file) {
        case .success(let s): text = s
        case .failure(let issue):
            issues.add(issue)
            return []
        }
        guard let root = YAMLFileReader.read(text, file: file, folder: folder, issues: issues) else { return [] }
        let fields = YAMLFieldReader(issues: issues)
        guard let top = fields.map(root, "", allowed: ["indicators"]), let list = top.first?.value else {
            fields.report(
                root.origin, "indicators",
                t("Thiếu danh sách `indicators:`.", "The list `indicators:` is missing."),
                t(
                    "Viết `indicators:` rồi mỗi chỉ tiêu một mục `- id: …`.",
                    "Write `indicators:` then one `- id: …` each."))
            return []
        }
        var result: [Indicator] = []
        var seen = Set<String>()
        for (index, item) in fields.list(list, "indicators").enumerated() {
            guard let indicator = decodeOne(item, path: "indicators[\(index)]", fields: fields) else { continue }
            if !seen.insert(indicator.id).inserted {
                fields.report(
                    item.origin, "indicators[\(index)].id",
                    t("Mã chỉ tiêu `\(indicator.id)` bị trùng.", "The indicator id `\(indicator.id)` is repeated."),
                    t("Mỗi chỉ tiêu một mã riêng.", "Give each indicator its own id."))
                continue
            }
            result.append(indicator)
        }
        return result
    }

    static func decodeOne(_ item: YAMLValue, path: String, fields: YAMLFieldReader) -> Indicator? {
        guard let pairs = fields.map(item, path, allowed: keys) else { return nil }
        let get = { (key: String) in pairs.last { $0.key == key }?.value }
        var complete = true
        for key in ["id", "name", "target", "comparison", "level", "compute", "source"] where get(key) == nil {
            fields.report(item.origin, path + ".\(key)", t("Thiếu `\(key)`.", "`\(key)` is missing."))
            complete = false
        }
        let comparison = fields.parse(get("comparison"), path + ".comparison") {
            ValueParsing.choice(
                $0,
                [
                    (">=", IndicatorComparison.atLeast), ("≥", .atLeast), ("<=", .atMost), ("≤", .atMost),
                    ("range", .range),
                ])
        }
        let level = fields.parse(get("level"), path + ".level") {
            ValueParsing.choice($0, [("district", IndicatorLevel.district), ("commune", .commune), ("all", .all)])
        }
        let compute = fields.parse(get("compute"), path + ".compute") {
            ValueParsing.choice(
                $0, [("ratio", IndicatorCompute.ratio), ("share-of-units", .shareOfUnits), ("value", .value)])
        }
        let selfPlan = fields.parse(get("self_plan"), path + ".self_plan") {
            ValueParsing.choice($0, SelfPlanKind.allCases.map { ($0.rawValue, $0) })
        }
        let target = fields.number(get("target"), path + ".target")
        let upper = fields.number(get("upper"), path + ".upper")
        guard complete, let id = fields.string(get("id"), path + ".id"), let name = fields.string(get("name"), path),
            let source = fields.string(get("source"), path + ".source"), let target, let comparison, let level,
            let compute
        else { return nil }
        if compute != .value, !(0...1).contains(target) || upper.map({ !(0...1).contains($0) }) == true {
            fields.report(
                get("target")?.origin ?? item.origin, path + ".target",
                t(
                    "Chỉ tiêu tỷ lệ phải từ 0 đến 1 (đang là \(target)).",
                    "A share must be from 0 to 1 (it is \(target))."),
                t("Viết tỷ lệ dạng số thập phân: 99% là 0.99.", "Write the share as a fraction: 99% is 0.99."))
            return nil
        }
        if comparison == .range, (upper ?? -.infinity) < target {
            fields.report(
                get("upper")?.origin ?? item.origin, path + ".upper",
                t("Khoảng cần `upper` không nhỏ hơn `target`.", "A range needs an `upper` not below `target`."),
                t("Ví dụ `target: 10`, `upper: 15`.", "E.g. `target: 10`, `upper: 15`."))
            return nil
        }
        return Indicator(
            id: id, name: name, target: target, upper: upper, comparison: comparison, level: level, compute: compute,
            unitTarget: fields.number(get("unit_target"), path + ".unit_target") ?? 1, selfPlan: selfPlan,
            source: source, reconstructed: fields.bool(get("reconstructed"), path + ".reconstructed") ?? false)
    }
}
