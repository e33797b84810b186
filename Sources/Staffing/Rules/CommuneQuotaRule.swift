import ScenarioModel

/// The population and area standards of one kind of commune-level unit, which feed the ND 33/2023 extra quota.
public struct UnitStandard: Hashable, Sendable, Codable {
    /// The population standard (people).
    public var population: Int
    /// The area standard (km²).
    public var areaKm2: Double
    /// One extra post per full `populationFraction × population` above the standard (1/2 for xã, 1/3 for phường thuộc quận).
    public var populationFraction: Double
    /// One extra post per full `areaFraction × area` above the standard (1 = 100 %).
    public var areaFraction: Double
    /// How sure these standards are (thị trấn and phường standards are [U]).
    public var confidence: RuleConfidence

    /// Creates a standard.
    public init(
        population: Int, areaKm2: Double, populationFraction: Double, areaFraction: Double, confidence: RuleConfidence
    ) {
        self.population = population
        self.areaKm2 = areaKm2
        self.populationFraction = populationFraction
        self.areaFraction = areaFraction
        self.confidence = confidence
    }
}

/// The maximum number of commune-level officials (CBCC) and part-time staff (NHĐKCT) by class and unit kind.
///
/// Base quotas are indexed by class I, II, III. When `standards` holds an entry for the unit's kind, one extra CBCC post
/// and one extra NHĐKCT post are added per full population step and per full area step above the standard
/// (ND 33/2023 Art. 6(2), Art. 33(1)).
public struct CommuneQuotaRule: Hashable, Sendable, Codable {
    /// CBCC base quota by unit kind (raw value) and class: `[kind: [I, II, III]]`. Kinds not listed use `"commune"`.
    public var officials: [String: [Int]]
    /// NHĐKCT base quota by class `[I, II, III]`.
    public var partTime: [Int]
    /// Standards by unit kind (raw value); empty when the rule has no population/area extra.
    public var standards: [String: UnitStandard]
    /// The article of the CBCC quota.
    public var officialsArticle: String
    /// The article of the NHĐKCT quota.
    public var partTimeArticle: String
    /// The deduction where a regular police officer holds the commune police post, if the rule has one.
    public var policeDeduction: PoliceDeduction?

    /// Creates a rule.
    public init(
        officials: [String: [Int]], partTime: [Int], standards: [String: UnitStandard] = [:],
        officialsArticle: String, partTimeArticle: String, policeDeduction: PoliceDeduction? = nil
    ) {
        self.policeDeduction = policeDeduction
        self.officials = officials
        self.partTime = partTime
        self.standards = standards
        self.officialsArticle = officialsArticle
        self.partTimeArticle = partTimeArticle
    }

    /// The extra posts for a unit's population and area above its kind's standard, with an explanation.
    ///
    /// - Returns: `(extra, explanation, confidence)`; extra is 0 when the rule has no standard for the kind or data is missing.
    public func extraPosts(for unit: Unit) -> (extra: Int, explanation: String, confidence: RuleConfidence?) {
        guard let standard = standards[unit.kind.rawValue] else { return (0, "", nil) }
        var extra = 0
        var parts: [String] = []
        if let population = unit.population {
            let step = Double(standard.population) * standard.populationFraction
            let steps =
                population > standard.population
                ? Int((Double(population - standard.population) / step).rounded(.down)) : 0
            extra += steps
            parts.append(
                population > standard.population
                    ? "floor((\(population) − \(standard.population)) / \(Int(step))) = \(steps)"
                    : "\(population) ≤ \(standard.population) → 0")
        }
        if let area = unit.areaKm2 {
            let step = standard.areaKm2 * standard.areaFraction
            let steps = area > standard.areaKm2 ? Int(((area - standard.areaKm2) / step).rounded(.down)) : 0
            extra += steps
            parts.append(
                area > standard.areaKm2
                    ? "floor((\(formatKm2(area)) − \(formatKm2(standard.areaKm2))) / \(formatKm2(step))) = \(steps)"
                    : "\(formatKm2(area)) km² ≤ \(formatKm2(standard.areaKm2)) km² → 0")
        }
        return (extra, parts.joined(separator: " + "), standard.confidence)
    }

    /// The quotas of a commune-level unit, or `nil` when the unit has no class or the class is not covered.
    public func quotas(for unit: Unit) -> (
        officials: Int, partTime: Int, extra: Int, explanation: String, confidence: RuleConfidence?
    )? {
        guard let cls = unit.communeClass else { return nil }
        let index = CommuneClass.allCases.firstIndex(of: cls) ?? 0
        guard let row = officials[unit.kind.rawValue] ?? officials[UnitKind.commune.rawValue],
            index < row.count, index < partTime.count
        else { return nil }
        let (extra, explanation, confidence) = extraPosts(for: unit)
        return (row[index] + extra, partTime[index] + extra, extra, explanation, confidence)
    }
}

func formatKm2(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
}
