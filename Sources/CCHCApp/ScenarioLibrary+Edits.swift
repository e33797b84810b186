import CivilCalendar
import Foundation
import ScenarioFiles
import ScenarioModel

/// The edits behind the web application's forms, each one versioned save of the library: keys of `scenario.yaml`,
/// rows of the teams and pins tables.
extension ScenarioLibrary {
    /// Changes keys of scenario `id`'s `scenario.yaml` with `edit`, and saves it.
    ///
    /// - Parameters:
    ///   - allowProblems: Save even when the scenario then has validation problems.
    /// - Returns: The new version.
    /// - Throws: ``LibraryError/invalid(_:)`` when the edit cannot be made or the scenario would not load (nothing
    ///   written); ``LibraryError/staleVersion(expected:current:)`` when someone saved since `expectedVersion`.
    @discardableResult
    public func editSettings(
        id: String, expectedVersion: String, by user: String, allowProblems: Bool = false,
        _ edit: (inout ScenarioYAMLEditor) throws(ScenarioError) -> Void
    ) throws(LibraryError) -> String {
        var editor = try settingsEditor(id)
        let text: String
        do {
            try edit(&editor)
            text = try editor.yaml()
        } catch {
            throw .invalid(error.issues)
        }
        return try save(
            id: id, files: ["scenario.yaml": Data(text.utf8)], expectedVersion: expectedVersion,
            allowProblems: allowProblems, by: user, action: "scenario.settings")
    }

    /// Pins unit `unit` to team `team` on `date` (moving it when it was pinned elsewhere); a variant without its own
    /// pins table gets one, starting from the pins it inherits.
    @discardableResult
    public func pin(
        id: String, unit: String, team: String, date: CivilDate, expectedVersion: String, by user: String
    ) throws(LibraryError) -> String {
        try editTable(
            id: id, key: "pins", expectedVersion: expectedVersion, by: user, action: "scenario.pin",
            seed: { scenario in
                var table = CSVRowEditor(header: ["unit", "team", "date"])
                for pin in scenario.pins {
                    table.upsert(["unit": pin.unit, "team": pin.team, "date": pin.date.description], key: "unit")
                }
                return table
            }
        ) { table in
            table.upsert(["unit": unit, "team": team, "date": date.description], key: "unit")
        }
    }

    /// Unpins unit `unit`.
    @discardableResult
    public func unpin(id: String, unit: String, expectedVersion: String, by user: String) throws(LibraryError)
        -> String
    {
        try editTable(
            id: id, key: "pins", expectedVersion: expectedVersion, by: user, action: "scenario.unpin",
            seed: { scenario in
                var table = CSVRowEditor(header: ["unit", "team", "date"])
                for pin in scenario.pins {
                    table.upsert(["unit": pin.unit, "team": pin.team, "date": pin.date.description], key: "unit")
                }
                return table
            }
        ) { table in
            table.removeRows(where: "unit", equals: unit)
        }
    }

    /// Replaces the teams with `rows` (by column name: `code`, `name`, `days_per_week`, `members`, `region`);
    /// columns a row does not name keep the values of the team with the same code.
    @discardableResult
    public func replaceTeams(
        id: String, rows: [[String: String]], expectedVersion: String, by user: String
    ) throws(LibraryError) -> String {
        try editTable(
            id: id, key: "teams", expectedVersion: expectedVersion, by: user, action: "scenario.teams",
            seed: { scenario in
                var table = CSVRowEditor(header: [
                    "code", "name", "days_per_week", "members", "region", "excluded_units",
                ])
                for team in scenario.teams {
                    table.upsert(
                        [
                            "code": team.code, "name": team.name, "days_per_week": String(team.daysPerWeek),
                            "members": team.members.joined(separator: ";"), "region": team.region ?? "",
                            "excluded_units": team.excludedUnits.sorted().joined(separator: ";"),
                        ], key: "code")
                }
                return table
            }
        ) { table in
            table.replaceRows(rows, key: "code")
        }
    }

    // MARK: Helpers

    func settingsEditor(_ id: String) throws(LibraryError) -> ScenarioYAMLEditor {
        let data = try file(id, named: "scenario.yaml")
        do {
            return try ScenarioYAMLEditor(yaml: String(decoding: data, as: UTF8.self))
        } catch {
            throw .invalid(error.issues)
        }
    }

    /// Edits the CSV table that `scenario.yaml` names under `key`; when the scenario has no file of its own for it
    /// (a variant), starts from `seed` of the loaded scenario and names the new `<key>.csv` in `scenario.yaml`.
    func editTable(
        id: String, key: String, expectedVersion: String, by user: String, action: String,
        seed: (Scenario) -> CSVRowEditor, _ edit: (inout CSVRowEditor) -> Void
    ) throws(LibraryError) -> String {
        var settings = try settingsEditor(id)
        let own = Set(try fileNames(id))
        var files: [String: Data] = [:]
        var table: CSVRowEditor
        if let name = settings.string(at: [key]), own.contains(name) {
            guard name.lowercased().hasSuffix(".csv") else {
                throw .badUpload(
                    "bảng \(name) là tệp Excel: sửa trong Excel rồi tải lên lại (\(name) is a workbook: edit it in Excel)"
                )
            }
            let data = try file(id, named: name)
            do {
                table = try CSVRowEditor(text: String(decoding: data, as: UTF8.self), file: name)
            } catch {
                throw .invalid(error.issues)
            }
            edit(&table)
            files[name] = Data(table.text().utf8)
        } else {
            let name = "\(key).csv"
            table = seed(try open(id).scenario)
            edit(&table)
            files[name] = Data(table.text().utf8)
            do {
                try settings.set([key], to: .word(name))
                files["scenario.yaml"] = Data(try settings.yaml().utf8)
            } catch {
                throw .invalid(error.issues)
            }
        }
        return try save(id: id, files: files, expectedVersion: expectedVersion, by: user, action: action)
    }
}
