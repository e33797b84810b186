import CivilCalendar
import Foundation
import ScenarioModel

extension ScenarioYAMLDecoder {
    /// Decodes the `staffing:` section (its format: Scenarios/README.md, "staffing").
    func decodeStaffing(_ value: YAMLValue, into d: inout ScenarioDeclaration) {
        guard let pairs = fields.map(value, "staffing", allowed: Self.staffingKeys) else { return }
        let get = { (key: String) in pairs.last { $0.key == key }?.value }
        for pair in pairs { d.origins["staffing.\(pair.key)"] = pair.value.origin }
        var s = StaffingSettings()
        if let v = get("rules"), let rules = fields.string(v, "staffing.rules"), !rules.isEmpty {
            let lower = rules.lowercased()
            if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || rules.contains("/") {
                if let url = resolveFile(rules, v.origin, "staffing.rules") {
                    s.rules = .file(url.path)
                    d.files["staffing.rules"] = .init(key: "staffing.rules", url: url, origin: v.origin)
                }
            } else {
                s.rules = .builtIn(rules)
            }
        }
        if let v = get("positions"), let reference = tableReference(v, "staffing.positions", role: "positions") {
            d.files["positions"] = reference
        }
        s.asOf = fields.date(get("as_of"), "staffing.as_of")
        s.deadline = fields.date(get("deadline"), "staffing.deadline")
        if let hiring = fields.parse(
            get("hiring"), "staffing.hiring",
            { ValueParsing.choice($0, HiringPolicy.allCases.map { ($0.rawValue, $0) }) })
        {
            s.hiring = hiring
        }
        if let v = get("measures") {
            var measures = Set<ReductionMeasure>()
            for item in fields.list(v, "staffing.measures") {
                if let m = fields.parse(
                    item, "staffing.measures",
                    { ValueParsing.choice($0, ReductionMeasure.allCases.map { ($0.rawValue, $0) }) })
                {
                    measures.insert(m)
                }
            }
            s.measures = measures
        }
        if let v = get("transfer_penalty_vnd"), let penalty = fields.number(v, "staffing.transfer_penalty_vnd") {
            if penalty < 0 {
                fields.report(
                    v.origin, "staffing.transfer_penalty_vnd",
                    t("Mức phạt không được âm.", "The penalty cannot be negative."),
                    t("Dùng 0 hoặc một số VND dương.", "Use 0 or a positive amount in VND."))
            } else {
                s.transferPenaltyVND = penalty
            }
        }
        s.protected = Set(fields.strings(get("protected"), "staffing.protected"))
        s.fixed = Set(fields.strings(get("fixed"), "staffing.fixed"))
        if let v = get("quota_decision"), let text = fields.string(v, "staffing.quota_decision"), !text.isEmpty {
            s.quotaDecision = text
        }
        if let v = get("allowed_transfers"), let policy = decodeAllowedTransfers(v) { s.allowedTransfers = policy }
        for (index, item) in fields.list(get("reduction_targets"), "staffing.reduction_targets").enumerated() {
            if let target = decodeReductionTarget(item, path: "staffing.reduction_targets[\(index)]") {
                s.reductionTargets.append(target)
            }
        }
        d.staffing = s
    }

    /// Decodes `staffing.allowed_transfers`: a policy name or a list of unit pairs; `nil` for a bad policy name.
    private func decodeAllowedTransfers(_ v: YAMLValue) -> TransferPolicy? {
        switch v {
        case .scalar:
            return fields.parse(
                v, "staffing.allowed_transfers",
                {
                    ValueParsing.choice(
                        $0, [("same-region", TransferPolicy.sameRegion), ("any", TransferPolicy.any)])
                })
        default:
            var pairs: [UnitPair] = []
            for (index, item) in fields.list(v, "staffing.allowed_transfers").enumerated() {
                let path = "staffing.allowed_transfers[\(index)]"
                if case .list(let ends, _) = item, ends.count == 2, let a = fields.string(ends[0], path),
                    let b = fields.string(ends[1], path)
                {
                    pairs.append(UnitPair(from: a, to: b))
                } else if let m = fields.map(item, path, allowed: ["from", "to"]),
                    let a = fields.string(m.last(where: { $0.key == "from" })?.value, path + ".from"),
                    let b = fields.string(m.last(where: { $0.key == "to" })?.value, path + ".to")
                {
                    pairs.append(UnitPair(from: a, to: b))
                } else {
                    fields.report(
                        item.origin, path,
                        t("Mỗi cặp chuyển phải có `from` và `to`.", "Each transfer pair needs `from` and `to`."),
                        t(
                            "Viết `- {from: X01, to: X02}` hoặc `- [X01, X02]`.",
                            "Write `- {from: X01, to: X02}` or `- [X01, X02]`."))
                }
            }
            return .pairs(pairs)
        }
    }

    /// Decodes one `staffing.reduction_targets` item; `nil` (after reporting) when it is incomplete or wrong.
    private func decodeReductionTarget(_ item: YAMLValue, path: String) -> ReductionTarget? {
        guard let m = fields.map(item, path, allowed: ["categories", "from", "to", "min_cut", "base_establishment"])
        else { return nil }
        let mget = { (key: String) in m.last { $0.key == key }?.value }
        let categories = fields.list(mget("categories"), path + ".categories").compactMap { c in
            fields.parse(c, path + ".categories", { ValueParsing.choice($0, StaffTable.categories) })
        }
        let from = fields.integer(mget("from"), path + ".from")
        let to = fields.integer(mget("to"), path + ".to")
        var cut = fields.number(mget("min_cut"), path + ".min_cut")
        if let c = cut, !(0...1).contains(c) {
            fields.report(
                mget("min_cut")?.origin ?? item.origin, path + ".min_cut",
                t("`min_cut` phải từ 0 đến 1 (đang là \(c)).", "`min_cut` must be between 0 and 1 (it is \(c))."),
                t("Viết tỷ lệ dạng số thập phân: 5% là 0.05.", "Write the share as a fraction: 5% is 0.05."))
            cut = nil
        }
        if let from, let to, to < from {
            fields.report(
                mget("to")?.origin ?? item.origin, path + ".to",
                t("Năm `to` trước năm `from`.", "The `to` year is before the `from` year."),
                t("Đổi chỗ hai năm.", "Swap the two years."))
            return nil
        }
        guard !categories.isEmpty, let from, let to, let cut else {
            if mget("categories") == nil || mget("from") == nil || mget("to") == nil || mget("min_cut") == nil {
                fields.report(
                    item.origin, path,
                    t(
                        "Mục tiêu tinh giản cần `categories`, `from`, `to` và `min_cut`.",
                        "A reduction target needs `categories`, `from`, `to` and `min_cut`."))
            }
            return nil
        }
        var target = ReductionTarget(categories: categories, fromYear: from, toYear: to, minCut: cut)
        target.baseEstablishment = fields.integer(mget("base_establishment"), path + ".base_establishment")
        return target
    }
}
