import Foundation
import Localization
import Reporting
import Tracking

extension WebPages {
    /// What the scorecard page shows: each indicator as `cchc scorecard` computes it.
    public struct ScorecardPage: Sendable {
        /// The scenario's id.
        public var id: String
        /// The scenario's name.
        public var name: String
        /// The scorecard, or `nil` when it could not be computed (the alert says why).
        public var scorecard: Scorecard?

        /// Creates the page's values.
        public init(id: String, name: String, scorecard: Scorecard?) {
            self.id = id
            self.name = name
            self.scorecard = scorecard
        }
    }

    /// An indicator's value (a share as a percentage) in the page language; missing data is "no data", never 0.
    static func indicatorValue(_ value: Double?, _ indicator: Indicator, _ c: PageContext) -> String {
        guard let value else { return c.t("chưa có số liệu", "no data") }
        return indicator.isShare
            ? Vocabulary.percent(value, decimals: 1, c.language) : Vocabulary.number(value, decimals: 0, c.language)
    }

    /// An indicator's target with its comparison (≥, ≤ or a range).
    static func indicatorTarget(_ indicator: Indicator, _ c: PageContext) -> String {
        let target = indicatorValue(indicator.target, indicator, c)
        switch indicator.comparison {
        case .atLeast: return "≥ " + target
        case .atMost: return "≤ " + target
        case .range: return target + " – " + indicatorValue(indicator.upper ?? indicator.target, indicator, c)
        }
    }

    /// The scorecard page: each indicator's value, target, met or not, the trend over the periods and the units
    /// that pull it down.
    public func scorecard(context: PageContext, _ page: ScorecardPage) -> String {
        struct Trend {
            var period: String
            var value: String
            var missing: Bool
        }
        struct Row {
            var id: String
            var name: String
            var value: String
            var missing: Bool
            var target: String
            var met: String
            var metClass: String
            var trend: [Trend]
            var pullingDown: String
            var source: String
        }
        struct Model {
            var id: String
            var name: String
            var hasScorecard: Bool
            var period: String
            var rows: [Row]
            var canImport: Bool
            var csrf: String
            var t: [String: String]
        }
        let c = context
        let rows = (page.scorecard?.indicators ?? []).map { r in
            Row(
                id: r.indicator.id, name: r.indicator.name, value: Self.indicatorValue(r.value, r.indicator, c),
                missing: r.value == nil, target: Self.indicatorTarget(r.indicator, c),
                met: r.met.map { $0 ? c.t("Đạt", "Met") : c.t("Chưa đạt", "Not met") } ?? c.t("Chưa rõ", "Unknown"),
                metClass: r.met.map { $0 ? "good" : "bad" } ?? "muted",
                trend: r.periods.map {
                    Trend(
                        period: $0.period.description, value: Self.indicatorValue($0.value, r.indicator, c),
                        missing: $0.value == nil)
                },
                pullingDown: r.pullingDown.joined(separator: ", "), source: r.indicator.source)
        }
        let model = Model(
            id: page.id, name: page.name, hasScorecard: page.scorecard != nil,
            period: page.scorecard?.period?.description ?? c.t("chưa có số liệu", "no data"), rows: rows,
            canImport: c.roleIs("planner", "admin"), csrf: c.csrfToken ?? "", t: Self.scorecardWords(c))
        return self.page(
            "scorecard", title: c.t("Chỉ số CCHC", "CCHC scorecard") + " — " + page.name, context: c, model: model,
            tabs: (page.id, page.name, .scorecard))
    }

    static func scorecardWords(_ c: PageContext) -> [String: String] {
        TrackingModel.words(c).merging(
            [
                "heading": c.t("Các chỉ số cải cách hành chính", "Administrative reform indicators"),
                "period": c.t("Kỳ", "Period"), "indicator": c.t("Chỉ số", "Indicator"),
                "value": c.t("Giá trị", "Value"), "target": c.t("Chỉ tiêu", "Target"), "met": c.t("Kết quả", "Met"),
                "trend": c.t("Theo các kỳ", "Over the periods"),
                "pullingDown": c.t("Đơn vị kéo giảm", "Units pulling it down"), "source": c.t("Căn cứ", "Source"),
                "import": c.t("Nhập số liệu chỉ số", "Import indicator values"),
                "importHelp": c.t(
                    "Tệp .xlsx hoặc .csv với các cột unit, indicator, period và numerator/denominator hoặc value; "
                        + "nhập tất cả hoặc không nhập gì; một tệp không nhập được hai lần.",
                    "An .xlsx or .csv file with columns unit, indicator, period and numerator/denominator or value; "
                        + "all or nothing; the same file is never imported twice."),
                "readOnly": c.t(
                    "Vai trò của bạn chỉ được xem; người lập kế hoạch nhập số liệu.",
                    "Your role may only read; planners import values."),
            ], uniquingKeysWith: { _, new in new })
    }
}
