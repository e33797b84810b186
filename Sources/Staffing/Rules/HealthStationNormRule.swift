import ScenarioModel

/// The staffing norm of a commune health station (TT 03/2023/TT-BYT): a base, population steps and a zone coefficient.
///
/// `norm = ceil((base + steps) × coefficient)`, with `steps = floor((population − threshold) / step)` above the
/// threshold. The step, the rounding and the station's zone are [U] parameters.
public struct HealthStationNormRule: Hashable, Sendable, Codable {
    /// Base staff per station.
    public var base: Int
    /// The population above which steps count.
    public var populationThreshold: Int
    /// People per extra post.
    public var populationStep: Int
    /// The geographic coefficient applied to all stations (1.0 zone I, 1.2 zone II, 1.3 zone III).
    public var zoneCoefficient: Double
    /// The article cited.
    public var article: String

    /// Creates a rule.
    public init(base: Int, populationThreshold: Int, populationStep: Int, zoneCoefficient: Double, article: String) {
        self.base = base
        self.populationThreshold = populationThreshold
        self.populationStep = populationStep
        self.zoneCoefficient = zoneCoefficient
        self.article = article
    }

    /// The norm for a station serving `population` people (the station's own or its commune's).
    public func norm(population: Int?) -> (total: Int, explanation: String) {
        let pop = population ?? 0
        let steps = pop > populationThreshold ? (pop - populationThreshold) / max(populationStep, 1) : 0
        let total = Int((Double(base + steps) * zoneCoefficient - 1e-9).rounded(.up))
        return (total, "ceil((\(base) + \(steps)) × \(zoneCoefficient)) = \(total)")
    }
}
