import ScenarioModel
import Testing

@testable import InspectionScheduling

@Suite struct ObjectiveStepTests {
    @Test func stepIsTheDecimalGreatestCommonDivisor() {
        // Thạch Hà: priorities in tenths, balance/2 = 0.05 per half-day, bundling 0.05, integer penalties.
        #expect(ObjectiveStep.of([1, 1.2, 1.5, 2, 3, -0.05, 0.05, -174, 0.05]) == 0.05)
        #expect(ObjectiveStep.of([2, 4, 6]) == 2)
        #expect(ObjectiveStep.of([0.3, 0.5]) == 0.1)
        #expect(ObjectiveStep.of([1.0 / 3.0, 1]) == nil)
        #expect(ObjectiveStep.of([0, 0]) == nil)
    }

    @Test func aBoundLessThanOneStepAboveTheIncumbentProvesIt() {
        #expect(ObjectiveStep.proves(bound: 128.175, incumbent: 128.15, step: 0.05))
        #expect(!ObjectiveStep.proves(bound: 128.20, incumbent: 128.15, step: 0.05))
        #expect(!ObjectiveStep.proves(bound: 128.31, incumbent: 128.15, step: 0.05))
        // Without a step only equality (within tolerance) proves.
        #expect(ObjectiveStep.proves(bound: 10, incumbent: 10, step: nil))
        #expect(!ObjectiveStep.proves(bound: 10.01, incumbent: 10, step: nil))
        #expect(!ObjectiveStep.proves(bound: .infinity, incumbent: 10, step: 0.05))
    }

    @Test func theShippedWeightsGiveTheModelAStepOfFiveHundredths() {
        let s = tinyScenario(
            units: [commune("X1"), school("S1", in: "X1")],
            weights: ObjectiveWeights(priority: 1, balance: 0.1, bundling: 0.05))
        let cal = WorkingCalendar(scenario: s, holidays: [])
        let sm = ScheduleModelBuilder(scenario: s, calendar: cal).build()
        #expect(sm.objectiveStep == 0.05)
    }
}
