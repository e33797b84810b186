import ScenarioModel
import Staffing
import Testing

@Suite struct BenefitCalculatorTests {
    let calc = BenefitCalculator(rules: .vnDefault, referenceYear: 2024)
    // Retires 31/12/2027 (born 3/1966, 61y9m in 2027); 25.5 SI years on 1/1/2024 → 26 at the end of 2024.
    let official = person("P", unit: "X", born: date(1966, 3, 15), insurance: 25.5, coefficient: 3.0)

    @Test func earlyRetirementUnderND29() throws {
        // 3 years early; insurance 306 months + the 12 whole months of 2024 = 26.5 years:
        // (3 × 3 + 5 + 0.5 × 6.5) = 17.25 months × 3.0 × 2,340,000 = 121,095,000 VND.
        let cost = try #require(
            calc.earlyRetirement(of: official, retirement: date(2027, 12, 31), exit: date(2024, 12, 31)))
        #expect(cost.vnd == 121_095_000)
        #expect(cost.citation.document == "NĐ 29/2023/NĐ-CP")
        #expect(cost.formula == "(3 × 3 + 5 + 0.5 × 6.5) × 3 × 2,340,000 = 121,095,000")
        #expect(!cost.unconfirmed)
    }

    @Test func earlyRetirementUnderND108() throws {
        // On 31/12/2022 (ND 108/143, base 1,490,000): 5 years early, SI 282 + 12 months = 24.5 years (ND 113/2018
        // rounding) → (15 + 5 + 0.5 × 4.5) = 22.25 months.
        let c2022 = BenefitCalculator(rules: .vnDefault, referenceYear: 2022)
        let p = person("Q", unit: "X", born: date(1966, 3, 15), insurance: 23.5, coefficient: 3.0)
        let cost = try #require(c2022.earlyRetirement(of: p, retirement: date(2027, 12, 31), exit: date(2022, 12, 31)))
        #expect(cost.vnd == 22.25 * 3.0 * 1_490_000)
        #expect(cost.citation.document.hasPrefix("NĐ 108/2014"))
    }

    @Test func earlyRetirementUnderND154IsFlagged() throws {
        let c = BenefitCalculator(rules: .vnDefault, referenceYear: 2025)
        let p = person("R", unit: "X", born: date(1966, 3, 15), insurance: 25.5, coefficient: 3.0)
        let cost = try #require(c.earlyRetirement(of: p, retirement: date(2027, 12, 31), exit: date(2025, 12, 31)))
        #expect(cost.unconfirmed)
        #expect(cost.citation.document == "NĐ 154/2025/NĐ-CP")
    }

    @Test func eligibilityWindows() {
        // 6 years early: not eligible; under 2 years early: not eligible; SI below 20: not eligible.
        #expect(calc.earlyRetirement(of: official, retirement: date(2030, 12, 31), exit: date(2024, 12, 31)) == nil)
        #expect(calc.earlyRetirement(of: official, retirement: date(2026, 6, 30), exit: date(2024, 12, 31)) == nil)
        let young = person("Y", unit: "X", born: date(1966, 3, 15), insurance: 12, coefficient: 3.0)
        #expect(calc.earlyRetirement(of: young, retirement: date(2027, 12, 31), exit: date(2024, 12, 31)) == nil)
        let contract = person("K", unit: "X", category: .contract, born: date(1966, 3, 15), insurance: 30)
        #expect(calc.earlyRetirement(of: contract, retirement: date(2027, 12, 31), exit: date(2024, 12, 31)) == nil)
    }

    @Test func mergerWindowForCommuneOfficials() throws {
        // 7 years early (retires 31/12/2031), 26.5 SI years, merged commune, ND 29 Art. 8 [U]:
        // (1.5 × 7 + 5 + 0.5 × 6.5) = 18.75 months × 3.0 × 2,340,000 = 131,625,000 VND. Not offered outside a merged commune.
        let cost = try #require(
            calc.earlyRetirement(
                of: official, retirement: date(2031, 12, 31), exit: date(2024, 12, 31), mergedCommune: true))
        #expect(cost.vnd == 131_625_000)
        #expect(cost.unconfirmed)
        #expect(cost.citation.article == "Art. 8")
        #expect(calc.earlyRetirement(of: official, retirement: date(2031, 12, 31), exit: date(2024, 12, 31)) == nil)
        // Not before ND 29.
        let c2022 = BenefitCalculator(rules: .vnDefault, referenceYear: 2022)
        #expect(
            c2022.earlyRetirement(
                of: official, retirement: date(2029, 12, 31), exit: date(2022, 12, 31), mergedCommune: true) == nil)
    }

    @Test func haTinhTopUp() throws {
        // vn-ha-tinh: a unit merged on 1/1/2025; early retirement on 30/6/2025 (within 12 months) gets +60 %,
        // on 31/12/2026 +30 %; a unit merged in 2020 gets none; vn-default never adds one.
        let c = BenefitCalculator(rules: .vnHaTinh, referenceYear: 2024)
        let national = try #require(
            c.earlyRetirement(of: official, retirement: date(2027, 12, 31), exit: date(2025, 3, 31)))
        let early = c.addingTopUp(
            to: national, kind: .earlyRetirement, exit: date(2025, 3, 31), mergedOn: date(2025, 1, 1))
        #expect(early.vnd == national.vnd * 1.6)
        #expect(early.unconfirmed)
        #expect(
            early.formula.hasSuffix("+ 60% = \(formatVND(national.vnd * 0.6)); total \(formatVND(national.vnd * 1.6))"))
        let later = c.addingTopUp(
            to: national, kind: .resignation, exit: date(2026, 12, 31), mergedOn: date(2025, 1, 1))
        #expect(later.vnd == (national.vnd * 1.35).rounded())
        #expect(
            c.addingTopUp(to: national, kind: .resignation, exit: date(2025, 3, 31), mergedOn: date(2020, 1, 1))
                == national)
        #expect(
            calc.addingTopUp(to: national, kind: .resignation, exit: date(2025, 3, 31), mergedOn: date(2025, 1, 1))
                == national)
        #expect(StaffingRuleSet.builtIn(named: "vn-ha-tinh")?.topUps != nil)
    }

    @Test func resignation() throws {
        // (3 + 1.5 × 26.5) = 42.75 months × 3.0 × 2,340,000 = 300,105,000 VND (ND 29 Art. 7).
        let cost = try #require(
            calc.resignation(of: official, retirement: date(2027, 12, 31), exit: date(2024, 12, 31), roadmapEnd: nil))
        #expect(cost.vnd == 300_105_000)
        #expect(cost.citation.article == "Art. 7")
    }

    @Test func partTimeAfterMerger() throws {
        // A unit merged on 1/1/2024; leaving 31/12/2024 (within 12 months): ½ × 12 months left × 1.0 × 2,340,000 =
        // 14,040,000 VND (ND 29 Art. 9(2)); none before ND 29.
        let p = person("N", unit: "X", category: .partTime, coefficient: 1.0)
        let cost = try #require(
            calc.resignation(
                of: p, retirement: date(2040, 1, 31), exit: date(2024, 12, 31), roadmapEnd: date(2025, 12, 31),
                mergedOn: date(2024, 1, 1)))
        #expect(cost.vnd == 14_040_000)
        let c2022 = BenefitCalculator(rules: .vnDefault, referenceYear: 2022)
        #expect(
            c2022.resignation(
                of: p, retirement: date(2040, 1, 31), exit: date(2022, 12, 31), roadmapEnd: date(2025, 12, 31),
                mergedOn: date(2022, 1, 1)) == nil)
    }

    @Test func baseSalaryByDate() {
        let r = StaffingRuleSet.vnDefault.baseSalary
        #expect(r.inForce(on: date(2019, 7, 1))?.rule.vndPerMonth == 1_490_000)
        #expect(r.inForce(on: date(2023, 6, 30))?.rule.vndPerMonth == 1_490_000)
        #expect(r.inForce(on: date(2023, 7, 1))?.rule.vndPerMonth == 1_800_000)
        #expect(r.inForce(on: date(2024, 7, 1))?.rule.vndPerMonth == 2_340_000)
        #expect(formatVND(1_234_567.4) == "1,234,567")
    }
}
