import CivilCalendar
import Testing

@testable import Tracking

@Suite struct InspectionTrackingTests {
    let by = Provenance(by: "tester", at: "2022-07-01T00:00:00Z")
    func d(_ s: String) -> CivilDate { CivilDate(iso: s)! }

    var plan: [PlannedVisit] {
        [
            PlannedVisit(unit: "a", team: "T1", date: d("2022-05-02"), days: 1),
            PlannedVisit(unit: "b", team: "T1", date: d("2022-05-10"), days: 1),
            PlannedVisit(unit: "c", team: "T2", date: d("2022-06-01"), days: 1),
            PlannedVisit(unit: "d", team: "T2", date: d("2022-08-01"), days: 1),
        ]
    }

    func input(_ events: [InspectionEvent], capacity: Double) -> TrackingInput {
        TrackingInput(
            targets: [TrackedTarget(name: "X", units: ["a", "b", "c", "d", "e"], required: 3)], plan: plan,
            events: events, asOf: d("2022-06-30"), remainingCapacity: capacity,
            durations: ["a": 1, "b": 1, "c": 1, "d": 1, "e": 0.5])
    }

    var events: [InspectionEvent] {
        [
            InspectionEvent(id: 1, unit: "a", outcome: .done, date: d("2022-05-02"), provenance: by),
            InspectionEvent(id: 2, unit: "b", outcome: .postponed, date: d("2022-05-10"), provenance: by),
            InspectionEvent(id: 3, unit: "c", outcome: .cancelled, date: d("2022-05-30"), provenance: by),
        ]
    }

    @Test func countsRequiredPlannedDonePossible() {
        // Done: a. Open (not done, not cancelled): b 1, d 1, e 0.5 → shortest first into 1.5 team-days: e, b → 2.
        let p = InspectionTracking.progress(input(events, capacity: 1.5))
        #expect(p.targets.count == 1)
        let t = p.targets[0]
        #expect((t.required, t.planned, t.done, t.possible) == (3, 4, 1, 3))
        #expect(t.reachable)
        // Shortfall 3 − 1 = 2 → the two shortest open inspections, e 0.5 + b 1 = 1.5 team-days.
        #expect(p.neededCapacity == 1.5)
        #expect(p.reachable)
        // b's planned date passed and it was postponed: overdue; c was cancelled; d is still ahead.
        #expect(p.overdue == ["b"])
        #expect(p.inspections.map(\.status) == ["done", "postponed", "cancelled", "planned"])
    }

    @Test func unreachableWhenTheTeamDaysRunOut() {
        let p = InspectionTracking.progress(input(events, capacity: 1))
        #expect(p.targets[0].possible == 2)  // a done + e (0.5); b (1) no longer fits
        #expect(!p.targets[0].reachable)
        #expect(!p.reachable)
    }

    @Test func onlyDatesTheUnitsCanUseCount() {
        // 3 team-days remain in all, but only 1 falls on a date the target's units can use (the rest are in their
        // blackout), and e has no usable date at all. Done: a. Open and schedulable: b 1, d 1 → 1 fits → 1 + 1 = 2.
        // Counting every team-day and every unit would give e, b, d in 2.5 ≤ 3 → 4.
        var blocked = input(events, capacity: 3)
        blocked.targets[0].capacity = 1
        blocked.schedulable = ["a", "b", "c", "d"]
        let p = InspectionTracking.progress(blocked)
        #expect(p.targets[0].possible == 2)
        #expect(!p.targets[0].reachable)
        #expect(!p.reachable)
        #expect(InspectionTracking.progress(input(events, capacity: 3)).targets[0].possible == 4)
    }

    @Test func aCorrectionIsANewerEventAndTheOldOneStays() {
        // b postponed (#2), then corrected as done on 20 June (#4): the newest counts, whatever the array order.
        let corrected =
            [InspectionEvent(id: 4, unit: "b", outcome: .done, date: d("2022-06-20"), provenance: by)] + events
        let p = InspectionTracking.progress(input(corrected, capacity: 0))
        #expect(p.targets[0].done == 2)
        #expect(p.overdue.isEmpty)
        #expect(p.inspections[1].status == "done")
        #expect(p.inspections[1].date == d("2022-06-20"))
        // Events after the day the status is taken are not counted yet.
        var later = input(corrected, capacity: 0)
        later.asOf = d("2022-06-15")
        #expect(InspectionTracking.progress(later).targets[0].done == 1)
    }

    @Test func selfPlansMissingLateAndOverdue() {
        let events = [
            SelfPlanEvent(unit: "u1", kind: .cchcPlan, number: "1/KH", date: d("2022-01-20"), provenance: by),
            SelfPlanEvent(unit: "u2", kind: .cchcPlan, number: "2/KH", date: d("2022-02-10"), provenance: by),
            SelfPlanEvent(unit: "u1", kind: .selfInspection, number: "3/KH", date: d("2022-01-25"), provenance: by),
        ]
        let status = SelfPlanTracking.status(
            units: ["u1", "u2", "u3"], events: events, due: d("2022-01-31"), asOf: d("2022-03-01"))
        #expect(status[0].kind == .cchcPlan)
        #expect((status[0].issued, status[0].total, status[0].missing) == (2, 3, ["u3"]))
        #expect(status[0].late == ["u2"])
        #expect(status[0].overdue)
        #expect((status[1].issued, status[1].missing) == (1, ["u2", "u3"]))
        let early = SelfPlanTracking.status(
            units: ["u1", "u2", "u3"], events: events, due: d("2022-01-31"), asOf: d("2022-01-21"))
        #expect(early[0].issued == 1)
        #expect(!early[0].overdue)
    }
}
