import CivilCalendar
import ScenarioModel

/// A statutory retirement-age schedule such as ND 135/2020: the age in force rises each year to a cap.
///
/// For each sex the age in force in year `Y ≥ startYear` is `baseMonths + stepMonths × (Y − startYear + 1)`,
/// capped at `capMonths`; before `startYear` it is `baseMonths`. A person retires at the **end of the month** in
/// which they reach the age in force in the year they reach it (ND 135 Art. 3; algorithm: docs/legal-sources.md §4).
public struct RetirementAgeRule: Hashable, Sendable, Codable {
    /// The schedule of one sex, in months of age.
    public struct Schedule: Hashable, Sendable, Codable {
        /// The age before the schedule starts, in months (men 720 = 60y, women 660 = 55y).
        public var baseMonths: Int
        /// The rise per year, in months.
        public var stepMonths: Int
        /// The final age, in months.
        public var capMonths: Int

        /// Creates a schedule.
        public init(baseMonths: Int, stepMonths: Int, capMonths: Int) {
            self.baseMonths = baseMonths
            self.stepMonths = stepMonths
            self.capMonths = capMonths
        }
    }

    /// The first year of the rising schedule (2021 for ND 135).
    public var startYear: Int
    /// Men's schedule.
    public var men: Schedule
    /// Women's schedule.
    public var women: Schedule
    /// The article cited.
    public var article: String

    /// Creates a rule.
    public init(startYear: Int, men: Schedule, women: Schedule, article: String) {
        self.startYear = startYear
        self.men = men
        self.women = women
        self.article = article
    }

    /// The required age in months in force in `year` for a sex.
    public func ageMonths(in year: Int, gender: Gender) -> Int {
        let s = gender == .male ? men : women
        guard year >= startYear else { return s.baseMonths }
        return min(s.capMonths, s.baseMonths + s.stepMonths * (year - startYear + 1))
    }

    /// The statutory retirement date: the last day of the month in which the person reaches the age in force that year.
    ///
    /// - Parameters:
    ///   - birth: The date of birth (1 January when only the year is known).
    ///   - gender: The person's sex.
    /// - Returns: The last day of the retirement month.
    public func retirementDate(birth: CivilDate, gender: Gender) -> CivilDate {
        var year = birth.year + (gender == .male ? men.baseMonths : women.baseMonths) / 12 - 1
        while true {
            let reached = RetirementAgeRule.monthAdding(ageMonths(in: year, gender: gender), to: birth)
            if reached.year <= year { return reached.endOfMonth }
            year += 1
        }
    }

    /// The month (as its first day) in which `birth` plus `months` falls.
    static func monthAdding(_ months: Int, to birth: CivilDate) -> CivilDate {
        let index = birth.year * 12 + (birth.month - 1) + months
        return CivilDate(year: index / 12, month: index % 12 + 1, day: 1)!
    }

    /// The age as text, e.g. `60y6m`.
    public static func ageText(_ months: Int) -> String { "\(months / 12)y\(months % 12)m" }
}
