import CivilCalendar
import Testing

@testable import Tracking

@Suite struct ScorecardTests {
    let q1 = Period(year: 2022, quarter: 1)!
    let q2 = Period(year: 2022, quarter: 2)!
    let units = [
        ScorecardUnit(code: "a", level: .commune), ScorecardUnit(code: "b", level: .commune),
        ScorecardUnit(code: "c", level: .commune), ScorecardUnit(code: "d", level: .district),
    ]

    func indicator(_ compute: IndicatorCompute, target: Double, level: IndicatorLevel = .all) -> Indicator {
        Indicator(id: "X", name: "x", target: target, comparison: .atLeast, level: level, compute: compute, source: "s")
    }

    @Test func ratioSumsNumeratorsAndDenominatorsNotPercentages() {
        // a: 99/100, b: 1/10 → (99 + 1) / (100 + 10) = 100/110 = 0.9090…; the mean of the two shares would be 0.545.
        let values = [
            IndicatorValue(unit: "a", indicator: "X", period: q1, numerator: 99, denominator: 100),
            IndicatorValue(unit: "b", indicator: "X", period: q1, numerator: 1, denominator: 10),
        ]
        let card = ScorecardComputation.scorecard(
            indicators: [indicator(.ratio, target: 0.99)], units: units, values: values, selfPlans: [])
        let r = card.indicators[0]
        #expect(card.period == q1)
        #expect(abs(r.value! - 100.0 / 110.0) < 1e-12)
        #expect(r.met == false)
        #expect(r.pullingDown == ["b"])  // a's own 0.99 meets the target
        #expect(r.missingUnits == ["c", "d"])
    }

    @Test func missingDataIsMissingNotZero() {
        let values = [
            IndicatorValue(unit: "a", indicator: "X", period: q1, numerator: 1, denominator: 2),
            IndicatorValue(unit: "a", indicator: "Y", period: q2, value: 3),
        ]
        let y = Indicator(id: "Y", name: "y", target: 1, comparison: .atLeast, level: .all, compute: .value, source: "")
        let card = ScorecardComputation.scorecard(
            indicators: [indicator(.ratio, target: 0.5), y], units: units, values: values, selfPlans: [])
        #expect(card.period == q2)
        let x = card.indicators[0]
        #expect(x.value == nil)
        #expect(x.met == nil)
        #expect(x.periods == [PeriodValue(period: q1, value: 0.5), PeriodValue(period: q2, value: nil)])
        #expect(x.change == nil)
    }

    @Test func trendIsTheChangeFromThePreviousPeriod() {
        let values = [
            IndicatorValue(unit: "a", indicator: "X", period: q1, numerator: 90, denominator: 100),
            IndicatorValue(unit: "a", indicator: "X", period: q2, numerator: 95, denominator: 100),
            IndicatorValue(unit: "b", indicator: "X", period: q2, numerator: 100, denominator: 100),
        ]
        let card = ScorecardComputation.scorecard(
            indicators: [indicator(.ratio, target: 0.93)], units: units, values: values, selfPlans: [])
        let r = card.indicators[0]
        // Q1: 90/100 = 0.9; Q2: (95 + 100)/(100 + 100) = 0.975; change +0.075.
        #expect(abs(r.periods[0].value! - 0.9) < 1e-12)
        #expect(abs(r.value! - 0.975) < 1e-12)
        #expect(abs(r.change! - 0.075) < 1e-12)
        #expect(r.met == true)
        let earlier = ScorecardComputation.scorecard(
            indicators: [indicator(.ratio, target: 0.93)], units: units, values: values, selfPlans: [], period: q1)
        #expect(earlier.indicators[0].met == false)
        #expect(earlier.indicators[0].periods.count == 1)
    }

    @Test func shareOfUnitsCountsUnitsOfTheLevelThatReported() {
        // Commune level: a meets (1), b does not (0), c reported nothing, d is district level and not counted.
        let values = [
            IndicatorValue(unit: "a", indicator: "X", period: q1, value: 1),
            IndicatorValue(unit: "b", indicator: "X", period: q1, value: 0),
            IndicatorValue(unit: "d", indicator: "X", period: q1, value: 1),
        ]
        let card = ScorecardComputation.scorecard(
            indicators: [indicator(.shareOfUnits, target: 0.5, level: .commune)], units: units, values: values,
            selfPlans: [])
        let r = card.indicators[0]
        #expect(r.value == 0.5)
        #expect(r.met == true)
        #expect(r.pullingDown == ["b"])
        #expect(r.missingUnits == ["c"])
    }

    @Test func valueSumsAndRangeComparison() {
        var range = indicator(.value, target: 10)
        range.comparison = .range
        range.upper = 15
        let values = [
            IndicatorValue(unit: "a", indicator: "X", period: q1, value: 4),
            IndicatorValue(unit: "d", indicator: "X", period: q1, value: 7),
        ]
        let card = ScorecardComputation.scorecard(indicators: [range], units: units, values: values, selfPlans: [])
        #expect(card.indicators[0].value == 11)
        #expect(card.indicators[0].met == true)
        #expect(range.meets(16) == false)
        #expect(range.meets(9) == false)
    }

    @Test func newestValueOfAUnitAndPeriodCounts() {
        let values = [
            IndicatorValue(id: 2, unit: "a", indicator: "X", period: q1, numerator: 8, denominator: 10),
            IndicatorValue(id: 1, unit: "a", indicator: "X", period: q1, numerator: 1, denominator: 10),
        ]
        let card = ScorecardComputation.scorecard(
            indicators: [indicator(.ratio, target: 0.5)], units: units, values: values, selfPlans: [])
        #expect(card.indicators[0].value == 0.8)
    }

    @Test func selfPlanIndicatorsComeFromTheRecordedPlans() {
        var ii1 = indicator(.shareOfUnits, target: 1, level: .commune)
        ii1.selfPlan = .cchcPlan
        let by = Provenance(by: "t", at: "2022-01-01T00:00:00Z")
        let plans = [
            SelfPlanEvent(
                unit: "a", kind: .cchcPlan, number: "1/KH", date: CivilDate(iso: "2022-01-20")!, provenance: by),
            SelfPlanEvent(
                unit: "b", kind: .cchcPlan, number: "2/KH", date: CivilDate(iso: "2022-04-02")!, provenance: by),
            SelfPlanEvent(
                unit: "c", kind: .selfInspection, number: "3/KH", date: CivilDate(iso: "2022-01-05")!, provenance: by),
        ]
        let district = ScorecardUnit(code: "huyen", level: .commune, issuesOwnPlans: false)
        let card = ScorecardComputation.scorecard(
            indicators: [ii1], units: units + [district], values: [], selfPlans: plans)
        let r = card.indicators[0]
        // Q1: only a of a, b, c → 1/3; Q2: a and b → 2/3; c never issued its CCHC plan.
        #expect(card.period == q2)
        #expect(abs(r.periods[0].value! - 1.0 / 3.0) < 1e-12)
        #expect(abs(r.value! - 2.0 / 3.0) < 1e-12)
        #expect(r.pullingDown == ["c"])
        #expect(r.met == false)
    }

    @Test func periodsParse() {
        #expect(Period("2022-Q3") == Period(year: 2022, quarter: 3))
        #expect(Period("2022-q1") == Period(year: 2022, quarter: 1))
        #expect(Period("Quý 2/2022") == Period(year: 2022, quarter: 2))
        #expect(Period("2022-Q5") == nil)
        #expect(Period("2022") == nil)
        #expect(ScorecardComputation.endOfPeriod(q1) == CivilDate(iso: "2022-03-31"))
        #expect(ScorecardComputation.endOfPeriod(Period(year: 2022, quarter: 4)!) == CivilDate(iso: "2022-12-31"))
    }
}
