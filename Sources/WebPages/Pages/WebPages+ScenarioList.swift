import Foundation
import Localization

extension WebPages {
    /// One scenario of the workspace as the list shows it.
    public struct ScenarioItem: Sendable {
        /// The scenario's id (its folder name).
        public var id: String
        /// The scenario's name.
        public var name: String
        /// The plan year.
        public var year: Int
        /// The id of the scenario it extends, if it is a variant.
        public var extends: String?

        /// Creates an item.
        public init(id: String, name: String, year: Int, extends: String? = nil) {
            self.id = id
            self.name = name
            self.year = year
            self.extends = extends
        }
    }

    /// The scenario list (home page), with forms to create a scenario from a workbook or CSV, or as a variant.
    ///
    /// - Parameter canCreate: Whether the user may create scenarios (planner, HR, admin).
    public func scenarioList(context: PageContext, scenarios: [ScenarioItem], canCreate: Bool) -> String {
        struct Row {
            var id: String
            var name: String
            var year: String
            var extends: String?
        }
        struct Model {
            var rows: [Row]
            var empty: Bool
            var canCreate: Bool
            var csrf: String
            var firstID: String?
            var secondID: String?
            var t: [String: String]
        }
        let model = Model(
            rows: scenarios.map {
                Row(id: $0.id, name: $0.name, year: $0.year > 0 ? String($0.year) : "—", extends: $0.extends)
            },
            empty: scenarios.isEmpty, canCreate: canCreate, csrf: context.csrfToken ?? "",
            firstID: scenarios.first?.id, secondID: scenarios.dropFirst().first?.id,
            t: listWords(context))
        return page("scenario-list", title: model.t["heading"] ?? "", context: context, model: model, section: "list")
    }

    private func listWords(_ c: PageContext) -> [String: String] {
        [
            "heading": c.t("Các kịch bản kế hoạch", "Planning scenarios"),
            "name": c.t("Tên kịch bản", "Scenario"),
            "year": c.t("Năm", "Year"),
            "extends": c.t("Biến thể của", "Variant of"),
            "empty": c.t(
                "Chưa có kịch bản nào. Hãy tạo một kịch bản từ tệp Excel danh sách đơn vị.",
                "No scenario yet. Create one from an Excel list of units."),
            "upload": c.t("Tạo kịch bản từ tệp Excel hoặc CSV", "Create a scenario from an Excel or CSV file"),
            "file": c.t(
                "Tệp danh sách đơn vị (.xlsx hoặc .csv, tối đa 10 MB)", "List of units (.xlsx or .csv, 10 MB at most)"),
            "newName": c.t("Tên kịch bản mới", "New scenario's name"),
            "create": c.t("Tạo kịch bản", "Create scenario"),
            "variant": c.t("Tạo biến thể của một kịch bản", "Create a variant of a scenario"),
            "variantHelp": c.t(
                "Biến thể dùng chung dữ liệu với kịch bản gốc; bạn chỉ sửa những gì khác, rồi so sánh hai kịch bản.",
                "A variant shares the base scenario's data; change only what differs, then compare the two."),
            "base": c.t("Kịch bản gốc", "Base scenario"),
            "createVariant": c.t("Tạo biến thể", "Create variant"),
            "open": c.t("Mở", "Open"),
            "compare": c.t("So sánh hai kịch bản", "Compare two scenarios"),
            "templateHint": c.t(
                "Mẫu tệp Excel: chạy lệnh “cchc template” hoặc hỏi bộ phận CNTT.",
                "Workbook template: the “cchc template” command, or ask IT."),
        ]
    }
}
