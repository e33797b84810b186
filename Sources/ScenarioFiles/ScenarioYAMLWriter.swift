import CivilCalendar
import ScenarioModel

/// The `scenario.yaml` text for ``ScenarioWriter``: every setting written out, strings double-quoted.
struct ScenarioYAMLWriter {
    let scenario: Scenario
    let csvFiles: [(key: String, file: String)]
    let positions: Bool
    let comment: [String]
    /// Comment lines written before a key, by its path (`year`, `inspection.season`); none by default.
    var notes: [String: [String]] = [:]

    var text: String {
        var lines = comment
        let s = scenario.inspection
        lines += note("name")
        lines.append("name: \(quoted(scenario.name))")
        lines += note("year")
        lines.append("year: \(scenario.year)")
        for (key, file) in csvFiles {
            lines += note(key)
            lines.append("\(key): \(file)")
        }
        lines += note("inspection")
        lines.append("inspection:")
        lines += note("inspection.targets", indent: "  ")
        if s.targets.isEmpty { lines.append("  targets: []") } else { lines.append("  targets:") }
        for t in s.targets {
            lines.append("    - name: \(quoted(t.name))")
            lines.append("      kinds: \(list(t.kinds.map(\.rawValue)))")
            lines.append("      min_share: \(ScenarioWriter.number(t.minShare))")
            lines.append("      scope: \(t.scope.rawValue)")
            if let m = t.maxShare { lines.append("      max_share: \(ScenarioWriter.number(m))") }
        }
        lines += note("inspection.duration_days", indent: "  ")
        lines.append("  duration_days:")
        for kind in s.durationDays.keys.sorted() {
            lines.append("    \(key(kind.rawValue)): \(ScenarioWriter.number(s.durationDays[kind] ?? 1))")
        }
        if let r = s.rotationYears { lines.append("  rotation_years: \(r)") }
        lines += note("inspection.holidays", indent: "  ")
        lines.append("  holidays:")
        lines.append("    builtin: \(s.holidays.builtin)")
        lines.append("    extra: [\(s.holidays.extra.map(\.description).joined(separator: ", "))]")
        lines.append("    remove: [\(s.holidays.remove.map(\.description).joined(separator: ", "))]")
        if let season = s.season {
            lines += note("inspection.season", indent: "  ")
            lines.append("  season:")
            lines.append("    from: \(season.from)")
            lines.append("    to: \(season.to)")
        }
        lines += note("inspection.blackouts", indent: "  ")
        if s.blackouts.isEmpty { lines.append("  blackouts: []") } else { lines.append("  blackouts:") }
        for b in s.blackouts {
            switch b.selector {
            case .kinds(let kinds): lines.append("    - kinds: \(list(kinds.map(\.rawValue)))")
            case .units(let codes): lines.append("    - units: \(list(codes))")
            }
            lines.append("      from: \(b.dates.from)")
            lines.append("      to: \(b.dates.to)")
            lines.append("      reason: \(quoted(b.reason))")
        }
        lines += note("inspection.objective", indent: "  ")
        lines.append("  objective:")
        lines.append("    priority: \(ScenarioWriter.number(s.objective.priority))")
        lines.append("    balance: \(ScenarioWriter.number(s.objective.balance))")
        lines.append("    bundling: \(ScenarioWriter.number(s.objective.bundling))")
        if let mode = s.objective.mode { lines.append("    mode: \(mode.rawValue)") }
        if let r = s.objective.reserveShare { lines.append("    reserve_share: \(ScenarioWriter.number(r))") }
        lines += calendarLines
        lines += staffingLines
        return lines.joined(separator: "\n") + "\n"
    }

    /// `inspection.weekdays` and `inspection.content`, when set.
    private var calendarLines: [String] {
        let s = scenario.inspection
        let names = ["", "mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        var lines: [String] = []
        if let w = s.weekdays {
            lines += note("inspection.weekdays", indent: "  ")
            lines.append("  weekdays:")
            if !w.allowed.isEmpty { lines.append("    allowed: \(list(w.allowed.map { names[$0] }))") }
            if !w.avoid.isEmpty { lines.append("    avoid: \(list(w.avoid.map { names[$0] }))") }
            if !w.prefer.isEmpty { lines.append("    prefer: \(list(w.prefer.map { names[$0] }))") }
        }
        if let c = s.content {
            lines.append("  content:")
            for kind in c.areasByKind.keys.sorted() {
                lines.append("    \(key(kind.rawValue)): \(list(c.areas(for: kind).map(\.rawValue)))")
            }
        }
        return lines
    }

    private var staffingLines: [String] {
        let st = scenario.staffing
        var lines = note("staffing") + ["staffing:"]
        switch st.rules {
        case .builtIn(let name)?: lines.append("  rules: \(quoted(name))")
        case .file(let path)?: lines.append("  rules: \(quoted(path))")
        case nil: break
        }
        if positions { lines.append("  positions: positions.csv") }
        if let d = st.asOf { lines.append("  as_of: \(d)") }
        if let d = st.deadline { lines.append("  deadline: \(d)") }
        lines.append("  hiring: \(st.hiring.rawValue)")
        lines.append("  measures: [\(st.measures.sorted().map(\.rawValue).joined(separator: ", "))]")
        lines.append("  transfer_penalty_vnd: \(ScenarioWriter.number(st.transferPenaltyVND))")
        lines.append("  protected: \(list(st.protected.sorted()))")
        if !st.fixed.isEmpty { lines.append("  fixed: \(list(st.fixed.sorted()))") }
        if let d = st.quotaDecision { lines.append("  quota_decision: \(quoted(d))") }
        switch st.allowedTransfers {
        case .sameRegion: lines.append("  allowed_transfers: same-region")
        case .any: lines.append("  allowed_transfers: any")
        case .pairs(let pairs):
            if pairs.isEmpty { lines.append("  allowed_transfers: []") } else { lines.append("  allowed_transfers:") }
            for p in pairs { lines.append("    - {from: \(quoted(p.from)), to: \(quoted(p.to))}") }
        }
        if st.reductionTargets.isEmpty {
            lines.append("  reduction_targets: []")
        } else {
            lines.append("  reduction_targets:")
        }
        for r in st.reductionTargets {
            lines.append("    - categories: [\(r.categories.map(\.rawValue).joined(separator: ", "))]")
            lines.append("      from: \(r.fromYear)")
            lines.append("      to: \(r.toYear)")
            lines.append("      min_cut: \(ScenarioWriter.number(r.minCut))")
            if let e = r.baseEstablishment { lines.append("      base_establishment: \(e)") }
        }
        return lines
    }

    /// The comment lines noted for a key path.
    func note(_ path: String, indent: String = "") -> [String] {
        (notes[path] ?? []).map { indent + "# " + $0 }
    }

    /// A YAML double-quoted scalar.
    func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A flow list of double-quoted strings.
    func list(_ items: [String]) -> String { "[" + items.map(quoted).joined(separator: ", ") + "]" }

    /// A map key: bare when it is plain letters, digits, `-` and `_`, else quoted.
    func key(_ text: String) -> String {
        let plain =
            !text.isEmpty
            && text.unicodeScalars.allSatisfy {
                ($0.value >= 0x61 && $0.value <= 0x7A) || ($0.value >= 0x30 && $0.value <= 0x39) || $0 == "-"
                    || $0 == "_"
            }
        return plain ? text : quoted(text)
    }
}
