import Foundation
import Localization
import ScenarioFiles

extension WebPages {
    /// The page that edits one file of a scenario as text (`scenario.yaml`, `teams.csv`, …): the way to fix a
    /// problem that keeps the scenario from loading, so the settings forms cannot show it.
    ///
    /// - Parameters:
    ///   - name: The file's name (one of the scenario's own files).
    ///   - text: The file's text.
    ///   - problems: The scenario's validation problems; those in this file are listed above the text.
    public func fileEditor(
        context: PageContext, id: String, name: String, text: String, version: String, problems: [ScenarioIssue]
    ) -> String {
        struct Model {
            var id: String
            var name: String
            var text: String
            var version: String
            var csrf: String
            var problems: [OverviewModel.Problem]
            var hasProblems: Bool
            var canEdit: Bool
            var t: [String: String]
        }
        let mine = problems.filter { URL(fileURLWithPath: $0.file).lastPathComponent == name }
        let model = Model(
            id: id, name: name, text: text, version: version, csrf: context.csrfToken ?? "",
            problems: mine.map { OverviewModel.problem($0, context) }, hasProblems: !mine.isEmpty,
            canEdit: context.roleIs("planner", "hr", "admin"),
            t: [
                "heading": context.t("Sửa tệp", "Edit file"),
                "help": context.t(
                    "Sửa trực tiếp nội dung tệp rồi bấm Lưu. Bản trước được giữ lại và có thể khôi phục.",
                    "Edit the file's text, then Save. The previous version is kept and can be restored."),
                "save": context.t("Lưu", "Save"), "back": context.t("Về trang tổng quan", "Back to the overview"),
                "place": context.t("Vị trí", "Place"), "column": context.t("Cột/khóa", "Column/key"),
                "message": context.t("Lỗi", "Problem"), "fix": context.t("Cách sửa", "How to fix"),
                "problems": context.t("Lỗi trong tệp này", "Problems in this file"),
            ])
        return page("file", title: "\(model.t["heading"] ?? "") \(name)", context: context, model: model)
    }
}
