import CivilCalendar
import Foundation
import Localization
import ScenarioFiles
import WebPages

/// A settings form's fields, read into the key edits of `scenario.yaml` (or the rows of `teams.csv`); a value that
/// is not what the field expects is refused with the field named (422).
struct SettingsForm {
    typealias Value = ScenarioYAMLEditor.Value
    var fields: [String: String]
    var language: Language

    /// The keys of a target and of a blackout that the forms show; an item's other keys are kept on save.
    /// `max_share` belongs to the targets form when it sent the field (an empty one removes the limit).
    var ownedItemKeys: [String: Set<String>] {
        let sendsMaximum = fields.keys.contains { $0.hasPrefix("target_max_") }
        return [
            "targets": Set(["name", "kinds", "min_share", "scope"] + (sendsMaximum ? ["max_share"] : [])),
            "blackouts": ["units", "kinds", "from", "to", "reason"],
        ]
    }

    /// For the targets and blackouts lists, the place in the saved list each of the form's items edits.
    func itemSources(for key: String) -> [Int?] {
        switch key {
        case "targets": return (0..<200).filter { !text("target_name_\($0)").isEmpty }.map { $0 }
        case "blackouts":
            return (0..<200).filter { index in
                !list("blackout_values_\(index)").isEmpty && !text("blackout_from_\(index)").isEmpty
                    && !text("blackout_to_\(index)").isEmpty
            }.map { $0 }
        default: return []
        }
    }

    /// Applies the edits to `editor`; the targets and blackouts keep the keys the form does not show.
    func apply(_ edits: [([String], Value?)], sources: [String: [Int?]], to editor: inout ScenarioYAMLEditor)
        throws(ScenarioError)
    {
        for (path, value) in edits {
            if let key = path.last, let owned = ownedItemKeys[key], case .list(let items)? = value {
                try editor.set(path, items: items, sources: sources[key] ?? [], owned: owned)
            } else if let value {
                try editor.set(path, to: value)
            } else {
                try editor.remove(path)
            }
        }
    }

    /// The key edits of a section: a path and its new value (`nil`: remove the key).
    func edits(for section: WebPages.SettingsSection) throws -> [([String], Value?)] {
        switch section {
        case .targets: return [(["inspection", "targets"], .list(try targets()))]
        case .season: return try season()
        case .blackouts: return [(["inspection", "blackouts"], .list(try blackouts()))]
        case .staffing: return try staffing()
        case .document: return try document()
        case .teams: return []
        }
    }

    func text(_ name: String) -> String { (fields[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

    func lines(_ name: String) -> [String] {
        text(name).components(separatedBy: .newlines).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    func list(_ name: String, separator: Character = ",") -> [String] {
        text(name).split(separator: separator).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func refuse(_ label: String, vi: String, en: String) -> WebError {
        WebError(
            .unprocessableContent, code: "invalid_field", vi: "Ô “\(label)”: \(vi)", en: "Field “\(label)”: \(en)")
    }

    func date(_ name: String, _ label: String) throws -> CivilDate? {
        let value = text(name)
        if value.isEmpty { return nil }
        guard let date = CivilDate(iso: value) else {
            throw refuse(
                label, vi: "“\(value)” không phải ngày (YYYY-MM-DD)", en: "“\(value)” is not a date (YYYY-MM-DD)")
        }
        return date
    }

    func number(_ name: String, _ label: String) throws -> Double? {
        let value = text(name).replacingOccurrences(of: ",", with: ".")
        if value.isEmpty { return nil }
        guard let number = Double(value), number.isFinite, number >= 0 else {
            throw refuse(label, vi: "“\(value)” không phải số không âm", en: "“\(value)” is not a number ≥ 0")
        }
        return number
    }

    func targets() throws -> [Value] {
        var result: [Value] = []
        for index in 0..<200 where !text("target_name_\(index)").isEmpty {
            let name = text("target_name_\(index)")
            guard let share = try number("target_share_\(index)", name), share <= 100 else {
                throw refuse(name, vi: "tỷ lệ phải từ 0 đến 100", en: "the share must be between 0 and 100")
            }
            var keys: [ScenarioYAMLEditor.Entry] = [
                .init("name", .text(name)), .init("kinds", .list(list("target_kinds_\(index)").map(Value.word))),
                .init("min_share", .number(share / 100)),
                .init("scope", .word(fields["target_region_\(index)"] == nil ? "all" : "region")),
            ]
            if let most = try number("target_max_\(index)", name) {
                guard most <= 100, most >= share else {
                    throw refuse(
                        name, vi: "tỷ lệ tối đa phải từ tỷ lệ tối thiểu (\(ScenarioWriter.number(share)) %) đến 100",
                        en: "the maximum share must be between the minimum (\(ScenarioWriter.number(share)) %) and 100")
                }
                keys.append(.init("max_share", .number(most / 100)))
            }
            result.append(.mapping(keys))
        }
        return result
    }

    func season() throws -> [([String], Value?)] {
        let vi = language == .vi
        let from = try date("season_from", vi ? "Kiểm tra từ ngày" : "Inspect from")
        let to = try date("season_to", vi ? "đến ngày" : "to")
        var edits: [([String], Value?)] = []
        if let from, let to {
            edits.append((["inspection", "season"], .mapping([.init("from", .date(from)), .init("to", .date(to))])))
        } else {
            edits.append((["inspection", "season"], nil))
        }
        let days = { (name: String) throws -> Value in
            .list(
                try self.lines(name).map { line in
                    guard let day = CivilDate(iso: line) else {
                        throw self.refuse(name, vi: "“\(line)” không phải ngày", en: "“\(line)” is not a date")
                    }
                    return .date(day)
                })
        }
        edits.append((["inspection", "holidays", "builtin"], .boolean(fields["holidays_builtin"] != nil)))
        edits.append((["inspection", "holidays", "extra"], try days("holidays_extra")))
        edits.append((["inspection", "holidays", "remove"], try days("holidays_remove")))
        edits.append((["inspection", "objective", "mode"], .word(text("objective_mode"))))
        if fields["weekdays_shown"] != nil { edits += try weekdayAndReserveEdits() }
        for key in ["priority", "balance", "bundling"] {
            if let weight = try number("objective_\(key)", key) {
                edits.append((["inspection", "objective", key], .number(weight)))
            }
        }
        return edits
    }

    /// `reserve_share` (a percentage in the form) and `inspection.weekdays` (removed when no box is ticked).
    func weekdayAndReserveEdits() throws -> [([String], Value?)] {
        let vi = language == .vi
        var edits: [([String], Value?)] = []
        let label = vi ? "Ngày dự phòng mỗi tháng" : "Days kept in reserve"
        if let reserve = try number("objective_reserve_share", label) {
            guard reserve < 100 else {
                throw refuse(label, vi: "phải nhỏ hơn 100 %", en: "must be below 100 %")
            }
            edits.append((["inspection", "objective", "reserve_share"], .number(reserve / 100)))
        } else {
            edits.append((["inspection", "objective", "reserve_share"], nil))
        }
        var rules: [ScenarioYAMLEditor.Entry] = []
        for rule in ["allowed", "avoid", "prefer"] {
            let days = ["mon", "tue", "wed", "thu", "fri"].filter { fields["weekday_\(rule)_\($0)"] != nil }
            if !days.isEmpty { rules.append(.init(rule, .list(days.map(Value.word)))) }
        }
        edits.append((["inspection", "weekdays"], rules.isEmpty ? nil : .mapping(rules)))
        return edits
    }

    func blackouts() throws -> [Value] {
        var result: [Value] = []
        for index in 0..<200 {
            let values = list("blackout_values_\(index)")
            let from = try date("blackout_from_\(index)", "\(index + 1)")
            let to = try date("blackout_to_\(index)", "\(index + 1)")
            guard let from, let to, !values.isEmpty else { continue }
            let byUnits = fields["blackout_by_\(index)"] == "units"
            result.append(
                .mapping([
                    .init(byUnits ? "units" : "kinds", .list(values.map(Value.word))), .init("from", .date(from)),
                    .init("to", .date(to)), .init("reason", .text(text("blackout_reason_\(index)"))),
                ]))
        }
        return result
    }

    func staffing() throws -> [([String], Value?)] {
        var edits: [([String], Value?)] = []
        let asOf = try date("as_of", "as_of")
        edits.append((["staffing", "as_of"], asOf.map(Value.date)))
        edits.append((["staffing", "hiring"], .word(text("hiring"))))
        let measures = ["transfer", "early-retirement", "resignation"].filter { fields["measure_\($0)"] != nil }
        edits.append((["staffing", "measures"], .list(measures.map(Value.word))))
        if let penalty = try number("transfer_penalty_vnd", "transfer_penalty_vnd") {
            edits.append((["staffing", "transfer_penalty_vnd"], .number(penalty)))
        }
        edits.append((["staffing", "allowed_transfers"], .word(text("allowed_transfers"))))
        edits.append((["staffing", "protected"], .list(list("protected").map(Value.text))))
        return edits
    }

    func document() throws -> [([String], Value?)] {
        let optional = { (name: String) -> Value? in self.text(name).isEmpty ? nil : .text(self.text(name)) }
        let lines = { (name: String) -> Value? in
            self.lines(name).isEmpty ? nil : .list(self.lines(name).map(Value.text))
        }
        return [
            (["document", "issuer", "parent"], optional("parent")), (["document", "issuer", "body"], optional("body")),
            (["document", "issuer", "code"], optional("code")), (["document", "number"], optional("number")),
            (["document", "place"], optional("place")),
            (["document", "date"], try date("date", "date").map(Value.date)),
            (["document", "signer", "authority"], lines("authority")),
            (["document", "signer", "title"], optional("signer_title")),
            (["document", "signer", "name"], optional("signer_name")),
            (["document", "legal_bases"], lines("legal_bases")), (["document", "recipients"], lines("recipients")),
        ]
    }

    /// The teams form's rows, by `teams.csv` column.
    func teamRows() throws -> [[String: String]] {
        var rows: [[String: String]] = []
        for index in 0..<200 where !text("team_code_\(index)").isEmpty {
            let code = text("team_code_\(index)")
            let members = list("team_members_\(index)", separator: ";").joined(separator: ";")
            rows.append([
                "code": code, "name": text("team_name_\(index)"), "days_per_week": text("team_days_\(index)"),
                "members": members, "region": text("team_region_\(index)"),
            ])
        }
        return rows
    }
}
