import Foundation

extension ScenarioYAMLDecoder {
    /// A table file: `units: don-vi.csv`, `units: don-vi.xlsx`, or `units: {file: du-lieu.xlsx, sheet: "Đơn vị"}`.
    func tableReference(_ value: YAMLValue, _ path: String, role: String) -> ScenarioDeclaration.FileReference? {
        guard case .map = value else {
            guard let file = fields.string(value, path), !file.isEmpty,
                let url = resolveFile(file, value.origin, path)
            else { return nil }
            return .init(key: role, url: url, origin: value.origin)
        }
        guard let pairs = fields.map(value, path, allowed: ["file", "sheet"]) else { return nil }
        let get = { (key: String) in pairs.last { $0.key == key }?.value }
        guard let fileValue = get("file"), let file = fields.string(fileValue, path + ".file"), !file.isEmpty else {
            fields.report(
                value.origin, path + ".file",
                t("Thiếu `file` (tên tệp).", "`file` (the file name) is missing."),
                t(
                    "Ví dụ `{file: du-lieu.xlsx, sheet: \"Đơn vị\"}`.",
                    "E.g. `{file: du-lieu.xlsx, sheet: \"Đơn vị\"}`."))
            return nil
        }
        let sheet = fields.string(get("sheet"), path + ".sheet")
        guard let url = resolveFile(file, fileValue.origin, path) else { return nil }
        return .init(key: role, url: url, origin: fileValue.origin, sheet: sheet?.isEmpty == true ? nil : sheet)
    }
}
