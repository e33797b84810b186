import CivilCalendar
import ScenarioModel
import Staffing
import Testing

@Suite struct RetirementAgeRuleTests {
    let rule = StaffingRuleSet.vnDefault.retirementRule()!.rule

    @Test(arguments: [
        // Retirement months by birth month (ND 135/2020 Appendix I; docs/legal-sources.md §4): men.
        (date(1961, 10, 15), Gender.male, date(2022, 4, 30)),
        (date(1961, 1, 1), Gender.male, date(2021, 4, 30)),
        (date(1960, 3, 10), Gender.male, date(2020, 3, 31)),  // before the schedule: 60y0m
        (date(1966, 3, 15), Gender.male, date(2027, 12, 31)),  // 61y9m in 2027
        (date(1967, 1, 1), Gender.male, date(2029, 1, 31)),  // cap 62y
        // Women.
        (date(1966, 1, 20), Gender.female, date(2021, 5, 31)),  // 55y4m in 2021
        (date(1966, 9, 1), Gender.female, date(2022, 5, 31)),  // reaches 55y4m in 2022 → 55y8m applies
        (date(1970, 1, 1), Gender.female, date(2027, 5, 31)),  // 57y4m in 2027
        (date(1980, 5, 5), Gender.female, date(2040, 5, 31)),  // cap 60y
    ])
    func retirementDate(birth: CivilDate, gender: Gender, expected: CivilDate) {
        #expect(rule.retirementDate(birth: birth, gender: gender) == expected)
    }

    @Test func ageInForceByYear() {
        #expect(RetirementAgeRule.ageText(rule.ageMonths(in: 2022, gender: .male)) == "60y6m")
        #expect(RetirementAgeRule.ageText(rule.ageMonths(in: 2028, gender: .male)) == "62y0m")
        #expect(RetirementAgeRule.ageText(rule.ageMonths(in: 2035, gender: .female)) == "60y0m")
        #expect(RetirementAgeRule.ageText(rule.ageMonths(in: 2023, gender: .female)) == "56y0m")
    }
}
