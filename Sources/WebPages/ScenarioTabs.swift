import Localization

/// A scenario page's tab: every page of one scenario shows the same tabs, in the same order, with the current one
/// marked for screen readers (`aria-current`).
enum ScenarioTab: String, CaseIterable {
    case overview, settings, calendar, staffing, tracking, scorecard, history

    /// The page's path under `/kich-ban/{id}`.
    var path: String {
        switch self {
        case .overview: ""
        case .settings: "/cai-dat"
        case .calendar: "/lich"
        case .staffing: "/nhan-su"
        case .tracking: "/theo-doi"
        case .scorecard: "/chi-so"
        case .history: "/lich-su"
        }
    }

    func label(_ c: PageContext) -> String {
        switch self {
        case .overview: c.t("Tổng quan", "Overview")
        case .settings: c.t("Cài đặt", "Settings")
        case .calendar: c.t("Lịch kiểm tra", "Calendar")
        case .staffing: c.t("Biên chế", "Staffing")
        case .tracking: c.t("Theo dõi", "Tracking")
        case .scorecard: c.t("Chỉ số", "Scorecard")
        case .history: c.t("Lịch sử", "History")
        }
    }
}

/// The tabs template's values.
struct ScenarioTabsModel {
    struct Item {
        var href: String
        var elementID: String
        var label: String
        var current: Bool
    }

    var name: String
    var items: [Item]

    init(id: String, name: String, current: ScenarioTab, _ c: PageContext) {
        self.name = name
        items = ScenarioTab.allCases.map { tab in
            Item(
                href: "/kich-ban/\(id)\(tab.path)", elementID: "tab-\(tab.rawValue)", label: tab.label(c),
                current: tab == current)
        }
    }
}
