import Foundation
import Localization

extension WebPages {
    /// One kept version of a scenario on the history page: which version, and the save that replaced it.
    public struct HistoryRow: Sendable, Hashable {
        /// The kept version's entry id (its folder under `.history/`).
        public var entry: String
        /// The version its files had.
        public var version: String
        /// Its file names.
        public var files: [String]
        /// When it was replaced, as shown.
        public var when: String
        /// Who replaced it.
        public var who: String
        /// What replaced it, in words.
        public var what: String

        /// Creates a row.
        public init(entry: String, version: String, files: [String], when: String, who: String, what: String) {
            self.entry = entry
            self.version = version
            self.files = files
            self.when = when
            self.who = who
            self.what = what
        }
    }

    /// The words for an audit action on a scenario (`scenario.settings`), or the action itself when unknown.
    public static func actionName(_ action: String, _ language: Language) -> String {
        let names: [String: LocalizedText] = [
            "scenario.settings": LocalizedText(vi: "sửa cài đặt", en: "settings edited"),
            "scenario.pin": LocalizedText(vi: "ghim cuộc kiểm tra", en: "inspection pinned"),
            "scenario.unpin": LocalizedText(vi: "bỏ ghim", en: "inspection unpinned"),
            "scenario.teams": LocalizedText(vi: "sửa đoàn kiểm tra", en: "teams edited"),
            "scenario.restore": LocalizedText(vi: "khôi phục phiên bản cũ", en: "old version restored"),
            "scenario.save": LocalizedText(vi: "sửa tệp", en: "file edited"),
        ]
        return names[action].map { language == .vi ? $0.vi : $0.en } ?? action
    }

    /// The history page: the kept versions, newest first, each with who replaced it, when and how; editors can
    /// restore one (a new save, so the current version is kept in turn).
    public func history(
        context: PageContext, id: String, name: String, version: String, rows: [HistoryRow], canRestore: Bool
    ) -> String {
        struct Row {
            var entry: String
            var version: String
            var files: String
            var when: String
            var who: String
            var what: String
        }
        struct Model {
            var id: String
            var name: String
            var current: String
            var rows: [Row]
            var hasRows: Bool
            var canRestore: Bool
            var csrf: String
            var t: [String: String]
        }
        let model = Model(
            id: id, name: name, current: version,
            rows: rows.reversed().map {
                Row(
                    entry: $0.entry, version: $0.version, files: $0.files.joined(separator: ", "), when: $0.when,
                    who: $0.who, what: $0.what)
            },
            hasRows: !rows.isEmpty, canRestore: canRestore, csrf: context.csrfToken ?? "",
            t: [
                "heading": context.t("Lịch sử phiên bản", "Version history"),
                "current": context.t("Phiên bản hiện tại", "Current version"),
                "version": context.t("Phiên bản", "Version"),
                "files": context.t("Tệp", "Files"),
                "when": context.t("Thay lúc", "Replaced at"),
                "who": context.t("Người sửa", "By"),
                "what": context.t("Việc đã làm", "Change"),
                "restore": context.t("Khôi phục", "Restore"),
                "none": context.t(
                    "Chưa có phiên bản cũ: mỗi lần lưu sẽ giữ lại phiên bản trước ở đây.",
                    "No earlier versions yet: each save keeps the previous version here."),
                "help": context.t(
                    "Khôi phục là một lần lưu mới: phiên bản hiện tại cũng được giữ lại trong lịch sử.",
                    "Restoring is a new save: the current version is kept in the history too."),
            ])
        return page(
            "history", title: context.t("Lịch sử", "History") + " — " + name, context: context, model: model,
            section: "scenarios", tabs: (id, name, .history))
    }
}
