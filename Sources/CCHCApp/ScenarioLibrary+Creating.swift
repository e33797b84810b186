import CivilCalendar
import Foundation
import ScenarioFiles
import Workspace

extension ScenarioLibrary {
    /// Makes a new scenario from an uploaded unit list (`.xlsx` or `.csv`), as `cchc init` does: the list is checked
    /// (with the workbook reader's size and zip-bomb limits), then the folder is assembled beside `Scenarios/` and
    /// moved into place in one step. The id is made from `name`.
    ///
    /// - Parameters:
    ///   - data: The uploaded bytes.
    ///   - fileName: The uploaded file's name (only its extension is used).
    ///   - name: The scenario's name.
    ///   - today: The date the plan year and season are taken from.
    public func create(
        fromUpload data: Data, fileName: String, name: String, today: CivilDate, by user: String
    ) throws(LibraryError) -> ScenarioEntry {
        guard data.count <= maxUploadBytes else {
            throw .badUpload("tệp quá lớn (the file is larger than \(maxUploadBytes / (1 << 20)) MB)")
        }
        let ext = (fileName as NSString).pathExtension.lowercased()
        guard ["xlsx", "xlsm", "csv"].contains(ext) else {
            throw .badUpload("chỉ nhận tệp .xlsx hoặc .csv (only .xlsx or .csv files are accepted)")
        }
        let title = try Self.checkedName(name)
        let fm = FileManager.default
        let work = scenariosFolder.appendingPathComponent(".upload-\(RandomToken.make().prefix(12))", isDirectory: true)
        defer { try? fm.removeItem(at: work) }
        let upload = work.appendingPathComponent("upload.\(ext)")
        let staged = work.appendingPathComponent("scenario", isDirectory: true)
        do {
            try fm.createDirectory(at: work, withIntermediateDirectories: true)
            try data.write(to: upload)
        } catch {
            throw .cannotWrite(error.localizedDescription)
        }
        do {
            _ = try Workbench.start(staged, units: upload, sheet: nil, today: today, force: false)
        } catch {
            if case .scenario(let problems) = error {
                throw .invalid(problems.issues.map { Self.uploaded($0, fileName) })
            }
            throw .badUpload(error.message(.vi))
        }
        try Self.rename(staged.appendingPathComponent("scenario.yaml"), to: title)
        return try place(staged, name: title, by: user, action: "scenario.create", detail: fileName)
    }

    /// Makes a new scenario that extends scenario `id` (`extends: ../<id>`) and changes nothing yet.
    public func createVariant(of id: String, name: String, by user: String) throws(LibraryError) -> ScenarioEntry {
        _ = try folder(id)
        let title = try Self.checkedName(name)
        let fm = FileManager.default
        let work = scenariosFolder.appendingPathComponent(
            ".variant-\(RandomToken.make().prefix(12))", isDirectory: true)
        defer { try? fm.removeItem(at: work) }
        let yaml =
            "# Variant of ../\(id), made in the web application.\nextends: ../\(id)\nname: \(Self.quoted(title))\n"
        do {
            try fm.createDirectory(at: work, withIntermediateDirectories: true)
            try Data(yaml.utf8).write(to: work.appendingPathComponent("scenario.yaml"))
        } catch {
            throw .cannotWrite(error.localizedDescription)
        }
        return try place(work, name: title, by: user, action: "scenario.variant", detail: id)
    }

    /// Moves an assembled folder to `Scenarios/<new id>/` and records it.
    func place(_ staged: URL, name: String, by user: String, action: String, detail: String) throws(LibraryError)
        -> ScenarioEntry
    {
        saving.lock()
        defer { saving.unlock() }
        let fm = FileManager.default
        let id = uniqueID(for: name)
        let target = scenariosFolder.appendingPathComponent(id, isDirectory: true)
        do {
            try fm.createDirectory(at: scenariosFolder, withIntermediateDirectories: true)
            try fm.moveItem(at: staged, to: target)
        } catch {
            throw .cannotWrite(error.localizedDescription)
        }
        let version = Self.version(of: target)
        record(AuditEvent(at: now(), user: user, action: action, subject: id, after: version, detail: detail))
        return try entry(id)
    }

    /// A new id from a name: lower-case ASCII letters and digits with `-`, made unique with `-2`, `-3`, ….
    func uniqueID(for name: String) -> String {
        let folded = name.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
            .lowercased()
        var slug = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        slug = String(slug.prefix(56))
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.isEmpty { slug = "kich-ban" }
        var id = slug
        var n = 2
        while FileManager.default.fileExists(atPath: scenariosFolder.appendingPathComponent(id).path) {
            id = "\(slug)-\(n)"
            n += 1
        }
        return id
    }

    /// A name, trimmed: 1 to 200 characters, one line.
    static func checkedName(_ name: String) throws(LibraryError) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= 200, !trimmed.contains(where: \.isNewline) else {
            throw .badName(
                "tên kịch bản phải có 1–200 ký tự trên một dòng (the name must be 1–200 characters, one line)")
        }
        return trimmed
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// Replaces the top-level `name:` line of a scenario.yaml.
    static func rename(_ yaml: URL, to name: String) throws(LibraryError) {
        do {
            let text = try String(contentsOf: yaml, encoding: .utf8)
            var lines = text.components(separatedBy: "\n")
            if let index = lines.firstIndex(where: { $0.hasPrefix("name:") }) {
                lines[index] = "name: \(quoted(name))"
            }
            try Data(lines.joined(separator: "\n").utf8).write(to: yaml, options: .atomic)
        } catch {
            throw .cannotWrite(error.localizedDescription)
        }
    }

    /// A problem of the uploaded file, named by the uploaded file's name rather than the temporary path.
    static func uploaded(_ issue: ScenarioIssue, _ fileName: String) -> ScenarioIssue {
        var issue = issue
        if issue.file.hasSuffix("upload.xlsx") || issue.file.hasSuffix("upload.csv")
            || issue.file.hasSuffix("upload.xlsm")
        {
            issue.file = (fileName as NSString).lastPathComponent
        } else {
            issue.file = (issue.file as NSString).lastPathComponent
        }
        return issue
    }
}
