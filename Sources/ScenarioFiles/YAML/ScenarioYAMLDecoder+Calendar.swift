import ScenarioModel

extension ScenarioYAMLDecoder {
    /// The spellings of the weekdays Monday…Friday (ISO 1…5): English, short Vietnamese (`t2`) and Vietnamese names.
    static let weekdayNames: [(String, Int)] = {
        let english = [
            ["mon", "monday"], ["tue", "tuesday"], ["wed", "wednesday"], ["thu", "thursday"], ["fri", "friday"],
        ]
        let vietnamese = [
            ["t2", "thứ 2", "thứ hai"], ["t3", "thứ 3", "thứ ba"], ["t4", "thứ 4", "thứ tư"],
            ["t5", "thứ 5", "thứ năm"],
            ["t6", "thứ 6", "thứ sáu"],
        ]
        var out: [(String, Int)] = []
        for d in 0..<5 { for name in english[d] + vietnamese[d] { out.append((name, d + 1)) } }
        return out
    }()

    /// Decodes `inspection.weekdays`: `allowed`, `avoid` and `prefer`, each a list of weekdays.
    func decodeWeekdays(_ value: YAMLValue?) -> WeekdaySettings? {
        guard let pairs = fields.map(value, "inspection.weekdays", allowed: ["allowed", "avoid", "prefer"]) else {
            return nil
        }
        let get = { (key: String) in pairs.last { $0.key == key }?.value }
        func days(_ key: String) -> [Int] {
            var out: [Int] = []
            for (i, item) in fields.list(get(key), "inspection.weekdays.\(key)").enumerated() {
                let path = "inspection.weekdays.\(key)[\(i)]"
                if let d = fields.parse(item, path, { ValueParsing.choice($0, Self.weekdayNames) }), !out.contains(d) {
                    out.append(d)
                }
            }
            return out
        }
        let settings = WeekdaySettings(allowed: days("allowed"), avoid: days("avoid"), prefer: days("prefer"))
        if let v = get("allowed"), case .list = v, settings.allowed.isEmpty {
            fields.report(
                v.origin, "inspection.weekdays.allowed",
                ScenarioFiles.t("Không có ngày nào được phép kiểm tra.", "No weekday is allowed."),
                ScenarioFiles.t("Ví dụ `allowed: [tue, wed, thu]`.", "E.g. `allowed: [tue, wed, thu]`."))
        }
        return settings
    }

    /// Decodes `inspection.content`: per unit kind, the areas (of the seven of NQ 76/NQ-CP) it is inspected on; kinds
    /// not listed keep the default.
    func decodeContent(_ value: YAMLValue?) -> InspectionContent? {
        guard value != nil else { return nil }
        let keys: [String] = { if case .map(let p, _)? = value { return p.map(\.key) } else { return [] } }()
        guard let pairs = fields.map(value, "inspection.content", allowed: keys) else { return nil }
        var content = InspectionContent.default
        let areas = InspectionArea.allCases.map { ($0.rawValue, $0) }
        for pair in pairs {
            let kind = ValueAliases.canonicalKind(pair.key)
            var list: [InspectionArea] = []
            for (i, item) in fields.list(pair.value, "inspection.content.\(pair.key)").enumerated() {
                if let area = fields.parse(
                    item, "inspection.content.\(pair.key)[\(i)]", { ValueParsing.choice($0, areas) })
                {
                    list.append(area)
                }
            }
            content.areasByKind[kind] = list
        }
        return content
    }

    /// Decodes `mode` and `reserve_share` of `inspection.objective` into `weights`.
    func decodeObjectiveMode(
        _ o: [(key: String, keyOrigin: YAMLOrigin, value: YAMLValue)], into weights: inout ObjectiveWeights
    ) {
        let oget = { (key: String) in o.last { $0.key == key }?.value }
        if let v = oget("mode") {
            weights.mode = fields.parse(v, "inspection.objective.mode") {
                ValueParsing.choice(
                    $0,
                    [
                        ("coverage", ObjectiveMode.coverage), ("phủ rộng", .coverage), ("targets", .targets),
                        ("chỉ tiêu", .targets), ("reserve", .reserve), ("dự phòng", .reserve),
                    ])
            }
        }
        if let v = oget("reserve_share"), let share = fields.number(v, "inspection.objective.reserve_share") {
            if (0..<1).contains(share) {
                weights.reserveShare = share
            } else {
                fields.report(
                    v.origin, "inspection.objective.reserve_share",
                    ScenarioFiles.t(
                        "`reserve_share` phải từ 0 đến dưới 1 (đang là \(share)).",
                        "`reserve_share` must be at least 0 and below 1 (it is \(share))."),
                    ScenarioFiles.t("Ví dụ `reserve_share: 0.2` giữ 20% ngày.", "E.g. `reserve_share: 0.2` keeps 20%."))
            }
        }
    }
}
