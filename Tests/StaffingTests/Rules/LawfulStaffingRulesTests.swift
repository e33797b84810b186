import CivilCalendar
import ScenarioModel
import Staffing
import Testing

/// Worked examples of the quota, benefit and deadline rules from the decrees' wording (docs/legal-sources.md §13).
@Suite struct LawfulStaffingRulesTests {
    func officials(_ unit: ScenarioModel.Unit, on day: CivilDate, rules: StaffingRuleSet = .vnDefault) -> QuotaFigure? {
        rules.quota(for: unit, group: .officials, on: day, in: Scenario(name: "t", year: day.year, units: [unit]))
    }

    @Test func policeDeductionUnderND34() throws {
        // khoản 1 Điều 2 NĐ 34/2019: a loại II xã whose commune police post is held by a regular police officer has
        // 21 − 1 = 20 CBCC on 1/1/2022.
        var x = commune("X", .ii)
        x.regularPolice = true
        let q = try #require(officials(x, on: date(2022, 1, 1)))
        #expect(q.value == 20)
        #expect(q.basis == "21 (loại II) − 1 (công an chính quy)")
        #expect(q.citation?.document == "NĐ 34/2019/NĐ-CP")
        #expect(q.citation?.article == "Art. 2(1)")
        #expect(!q.unconfirmed)
        // No regular police, or not said (no default in vn-default): 21. A ward has no deduction.
        x.regularPolice = false
        #expect(officials(x, on: date(2022, 1, 1))?.value == 21)
        x.regularPolice = nil
        #expect(officials(x, on: date(2022, 1, 1))?.value == 21)
        var ward = commune("P", .ii, kind: .ward)
        ward.regularPolice = true
        #expect(officials(ward, on: date(2022, 1, 1))?.value == 21)
        // NĐ 33/2023 no longer counts the commune police: 20 from 1/8/2023 whatever the column says.
        x.regularPolice = true
        #expect(officials(x, on: date(2023, 8, 1))?.value == 20)
        x.regularPolice = false
        #expect(officials(x, on: date(2023, 8, 1))?.value == 20)
    }

    @Test func allocatedQuotaReplacesTheMaximum() throws {
        var x = commune("X", .ii)
        x.quotaOfficials = 18
        x.quotaPartTime = 8
        var s = Scenario(name: "t", year: 2024, units: [x])
        s.staffing.quotaDecision = "Quyết định số 12/QĐ-UBND"
        let q = try #require(StaffingRuleSet.vnDefault.quota(for: x, group: .officials, on: date(2024, 1, 1), in: s))
        #expect(q.value == 18)
        #expect(q.basis == "18 (được giao; tối đa theo quy định 20)")
        #expect(q.citation?.document == "Quyết định số 12/QĐ-UBND")
        #expect(!q.unconfirmed)
        #expect(StaffingRuleSet.vnDefault.quota(for: x, group: .partTime, on: date(2024, 1, 1), in: s)?.value == 8)
        // Without the deciding document the allocation is flagged [U].
        s.staffing.quotaDecision = nil
        #expect(
            StaffingRuleSet.vnDefault.quota(for: x, group: .officials, on: date(2024, 1, 1), in: s)?.unconfirmed == true
        )
    }

    @Test func haTinhPartTimeMaximum() throws {
        // Hà Tĩnh allowed at most 9 part-time staff per commune before NĐ 33/2023 ([U]): a loại II xã has
        // min(12, 9) = 9, not 12; from 1/8/2023 the decree's 12 applies again.
        let x = commune("X", .ii)
        let s = Scenario(name: "t", year: 2022, units: [x])
        let q = try #require(StaffingRuleSet.vnHaTinh.quota(for: x, group: .partTime, on: date(2022, 1, 1), in: s))
        #expect(q.value == 9)
        #expect(q.basis == "min(12 (loại II); 9 (tỉnh))")
        #expect(q.unconfirmed)
        #expect(StaffingRuleSet.vnDefault.quota(for: x, group: .partTime, on: date(2022, 1, 1), in: s)?.value == 12)
        #expect(StaffingRuleSet.vnHaTinh.quota(for: x, group: .partTime, on: date(2023, 8, 1), in: s)?.value == 12)
    }

    @Test func insuranceYearsCountWholeMonthsAndRoundOddMonths() {
        // 1/1 → 31/12 is 12 whole months = 1 year (the old count gave 20 + 0.997, rounded down to 20.5).
        // Odd months (NĐ 113/2018 khoản 8 Điều 1 wording): under 3 not counted, 3–6 = ½ year, over 6 = 1 year.
        let c = BenefitCalculator(rules: .vnDefault, referenceYear: 2024)
        let p = person("A", unit: "X", insurance: 20)
        #expect(c.insuranceMonths(of: p, on: date(2024, 12, 31)) == 252)
        #expect(c.insuranceYears(of: p, on: date(2024, 12, 31)) == 21)
        #expect(c.insuranceYears(of: p, on: date(2024, 2, 29)) == 20)  // 2 odd months
        #expect(c.insuranceYears(of: p, on: date(2024, 3, 30)) == 20)  // 2 whole months and 30 days
        #expect(c.insuranceYears(of: p, on: date(2024, 3, 31)) == 20.5)  // 3 odd months
        #expect(c.insuranceYears(of: p, on: date(2024, 6, 30)) == 20.5)  // 6 odd months
        #expect(c.insuranceYears(of: p, on: date(2024, 7, 31)) == 21)  // 7 odd months
        // The same rule under NĐ 108/2014 (as amended by NĐ 113/2018), in force on 31/12/2022.
        let c2022 = BenefitCalculator(rules: .vnDefault, referenceYear: 2022)
        #expect(c2022.insuranceYears(of: p, on: date(2022, 12, 31)) == 21)
        let rounding = InsuranceRounding(article: "", confidence: .confirmed)
        #expect([242, 243, 246, 247, 251].map { rounding.years(months: $0) } == [20, 20.5, 20.5, 21, 21])
    }

    @Test func partTimePaymentOnlyWithinTwelveMonthsOfTheMerger() throws {
        // NĐ 29/2023 Điều 9: a part-time person of a unit merged on 1/9/2023 leaving on 30/6/2024 (within 12 months):
        // ½ × 51 months left to 1/9/2028 × 1.0 × 1,800,000 (base salary until 30/6/2024) = 45,900,000 VND. Leaving
        // on 31/12/2024 (16 months
        // after) or from a unit never merged: nothing.
        let c = BenefitCalculator(rules: .vnDefault, referenceYear: 2024)
        let p = person("N", unit: "X", category: .partTime, coefficient: 1.0)
        let end = date(2028, 9, 1)
        let paid = try #require(
            c.resignation(
                of: p, retirement: date(2045, 1, 31), exit: date(2024, 6, 30), roadmapEnd: end,
                mergedOn: date(2023, 9, 1)))
        #expect(paid.vnd == 45_900_000)
        #expect(
            c.resignation(
                of: p, retirement: date(2045, 1, 31), exit: date(2024, 12, 31), roadmapEnd: end,
                mergedOn: date(2023, 9, 1)) == nil)
        #expect(c.resignation(of: p, retirement: date(2045, 1, 31), exit: date(2024, 6, 30), roadmapEnd: end) == nil)
    }

    @Test func womenCommuneOfficialsWithFifteenToTwentyInsuranceYears() throws {
        // NĐ 29/2023 Điều 8: a woman commune civil servant of a merged commune, 7 years before her retirement age,
        // 17 + 1 = 18 insurance years at 31/12/2024: (5 + 1.5 × 7) = 15.5 months × average 3.0 × 2,340,000 =
        // 108,810,000 VND. The general case asks for 20 years, so the old code paid nothing.
        let c = BenefitCalculator(rules: .vnDefault, referenceYear: 2024)
        var w = person("W", unit: "X", gender: .female, insurance: 17, coefficient: 2.5)
        w.averageSalaryCoefficient = 3.0
        let cost = try #require(
            c.earlyRetirement(
                of: w, retirement: date(2031, 12, 31), exit: date(2024, 12, 31), mergedCommune: true,
                communeOfficial: true))
        #expect(cost.vnd == 108_810_000)
        #expect(cost.formula == "(5 + 1.5 × 7) × 3 × 2,340,000 = 108,810,000")
        #expect(cost.salaryBasis == .average)
        #expect(!cost.unconfirmed)
        // Without an average the current coefficient stands in, and says so: 15.5 × 2.5 × 2,340,000.
        w.averageSalaryCoefficient = nil
        let current = try #require(
            c.earlyRetirement(
                of: w, retirement: date(2031, 12, 31), exit: date(2024, 12, 31), mergedCommune: true,
                communeOfficial: true))
        #expect(current.vnd == 90_675_000)
        #expect(current.salaryBasis == .currentForAverage)
        // 3 years early outside a merger (Điều 5 case, [U]): 3 × 3 = 9 months × 2.5 × 2,340,000 = 52,650,000.
        let art5 = try #require(
            c.earlyRetirement(of: w, retirement: date(2027, 12, 31), exit: date(2024, 12, 31), communeOfficial: true))
        #expect(art5.vnd == 52_650_000)
        #expect(art5.unconfirmed)
        // Not for men, not outside the commune level, not 7 years early without a merger.
        var m = w
        m.gender = .male
        #expect(
            c.earlyRetirement(
                of: m, retirement: date(2031, 12, 31), exit: date(2024, 12, 31), mergedCommune: true,
                communeOfficial: true) == nil)
        #expect(c.earlyRetirement(of: w, retirement: date(2031, 12, 31), exit: date(2024, 12, 31)) == nil)
        #expect(
            c.earlyRetirement(of: w, retirement: date(2031, 12, 31), exit: date(2024, 12, 31), communeOfficial: true)
                == nil)
    }

    @Test func deadlineWithinFiveYearsAndTheReform() {
        // merged_on + 5 years, the same day: 1/9/2023 → 1/9/2028; under the rules that know the 2025 reform, a
        // commune that existed before 1/7/2025 must be within quota by 30/6/2025; a commune formed on 1/7/2025 by
        // 1/7/2030 (not 31/12/2030).
        var old = commune("A", .ii)
        old.mergedOn = date(2023, 9, 1)
        var new = commune("B", .ii)
        new.mergedOn = date(2025, 7, 1)
        let s = Scenario(name: "t", year: 2024, units: [old, new])
        #expect(UnitDeadline.all(for: s, fallbackYear: 2024).map(\.date) == [date(2028, 9, 1), date(2030, 7, 1)])
        let reformed = UnitDeadline.all(for: s, fallbackYear: 2024, reform: StaffingRuleSet.vnDefault.reform)
        #expect(reformed.map(\.date) == [date(2025, 6, 30), date(2030, 7, 1)])
        #expect(reformed.map(\.basis) == ["reform", "merger"])
        // After the reform the old commune has no class-based quota; the new one has the reform's average [U].
        #expect(officials(old, on: date(2025, 7, 1)) == nil)
        #expect(officials(old, on: date(2025, 6, 30))?.value == 20)
        let q = officials(new, on: date(2025, 7, 1))
        #expect(q?.value == 32)
        #expect(q?.unconfirmed == true)
    }

    @Test func reductionTargetAgainstTheAllocatedEstablishment() {
        // KL 40-KL/TW measures against the establishment of the base year: 3 fewer of 100 allocated is 3 %, not
        // the 10 % that 30 → 27 on a partial roster would suggest.
        let t = TargetResult(
            categories: [.publicEmployee], from: 2022, to: 2026, baseline: 30, final: 27, requiredCut: 0.10,
            establishment: 100)
        #expect(abs(t.projectedCut - 0.03) < 1e-12)
        #expect(!t.met)
        #expect(t.partialRoster == true)
        let roster = TargetResult(
            categories: [.publicEmployee], from: 2022, to: 2026, baseline: 30, final: 27, requiredCut: 0.10)
        #expect(roster.met && roster.establishment == nil)
    }
}
