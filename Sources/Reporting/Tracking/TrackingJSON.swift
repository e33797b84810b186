import CivilCalendar
import Tracking

/// The JSON `cchc track … status --json` and `cchc scorecard … --json` print (keys sorted, snake_case, `null` for
/// missing data).
public enum TrackingJSON {
    /// The status of the year's inspections and of the units' own plans.
    public static func render(_ report: TrackingReport) -> String {
        let p = report.progress
        var selfPlans: [String: JSONValue] = [:]
        for s in report.selfPlans {
            selfPlans[s.kind.rawValue] = .object([
                "issued": .number(Double(s.issued)), "total": .number(Double(s.total)), "missing": .strings(s.missing),
                "late": .strings(s.late), "due": .string(s.due?.description), "overdue": .bool(s.overdue),
            ])
        }
        let object: JSONValue = .object([
            "as_of": .string(p.asOf.description),
            "plan_source": .string(report.planSource),
            "targets": .array(
                p.targets.map { t in
                    .object([
                        "name": .string(t.name), "region": .string(t.region), "required": .number(Double(t.required)),
                        "planned": .number(Double(t.planned)), "done": .number(Double(t.done)),
                        "possible": .number(Double(t.possible)), "reachable": .bool(t.reachable),
                    ])
                }),
            "inspections": .array(
                p.inspections.map { i in
                    .object([
                        "unit": .string(i.unit), "planned_date": .string(i.plannedDate?.description),
                        "team": .string(i.team), "status": .string(i.status), "date": .string(i.date?.description),
                        "overdue": .bool(i.overdue),
                    ])
                }),
            "overdue": .strings(p.overdue),
            "reachable": .bool(p.reachable),
            "remaining_team_days": .number(p.remainingCapacity),
            "needed_team_days": .number(p.neededCapacity),
            "self_plans": .object(selfPlans),
        ])
        return object.text()
    }

    /// The scorecard.
    public static func render(_ scorecard: Scorecard) -> String {
        let object: JSONValue = .object([
            "period": .string(scorecard.period?.description),
            "indicators": .array(
                scorecard.indicators.map { r in
                    let i = r.indicator
                    return .object([
                        "id": .string(i.id), "name": .string(i.name), "value": .number(r.value),
                        "target": .number(i.target), "upper": .number(i.upper),
                        "comparison": .string(i.comparison.rawValue), "level": .string(i.level.rawValue),
                        "compute": .string(i.compute.rawValue), "source": .string(i.source),
                        "reconstructed": .bool(i.reconstructed), "met": r.met.map { .bool($0) } ?? .null,
                        "change": .number(r.change), "pulling_down": .strings(r.pullingDown),
                        "missing_units": .strings(r.missingUnits), "reporting": .number(Double(r.reporting)),
                        "periods": .array(
                            r.periods.map {
                                .object(["period": .string($0.period.description), "value": .number($0.value)])
                            }
                        ),
                    ])
                }),
        ])
        return object.text()
    }
}
