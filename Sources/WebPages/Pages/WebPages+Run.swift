import Foundation
import Localization
import Reporting

extension WebPages {
    /// A run as its progress page shows it.
    public struct RunView: Sendable {
        /// The run's id.
        public var id: String
        /// The scenario's id.
        public var scenario: String
        /// The scenario's name.
        public var scenarioName: String
        /// `schedule` or `staffing`.
        public var kind: String
        /// `queued`, `running`, `finished`, `failed` or `cancelled`.
        public var state: String
        /// The best plan's objective so far.
        public var incumbent: Double?
        /// The best bound so far.
        public var bound: Double?
        /// The relative gap.
        public var gap: Double?
        /// Seconds since the run started.
        public var elapsed: Double?
        /// What went wrong, or a note on the result.
        public var message: String?

        /// Creates a view of a run.
        public init(
            id: String, scenario: String, scenarioName: String, kind: String, state: String,
            incumbent: Double? = nil, bound: Double? = nil, gap: Double? = nil, elapsed: Double? = nil,
            message: String? = nil
        ) {
            self.id = id
            self.scenario = scenario
            self.scenarioName = scenarioName
            self.kind = kind
            self.state = state
            self.incumbent = incumbent
            self.bound = bound
            self.gap = gap
            self.elapsed = elapsed
            self.message = message
        }

        /// Whether the run is over (finished, failed or cancelled).
        public var isOver: Bool { ["finished", "failed", "cancelled"].contains(state) }
    }

    /// A run state's words in `language`.
    static func stateLabel(_ state: String, _ c: PageContext) -> String {
        switch state {
        case "queued": return c.t("Đang chờ đến lượt", "Waiting in the queue")
        case "running": return c.t("Đang chạy", "Running")
        case "finished": return c.t("Đã xong", "Finished")
        case "failed": return c.t("Không thành công", "Failed")
        case "cancelled": return c.t("Đã hủy", "Cancelled")
        default: return state
        }
    }

    /// The live progress page of a run: state, best plan, bound, gap, time, a cancel button, and when it is over,
    /// links to the results. A small script follows the run's server-sent events (or polls).
    public func run(context: PageContext, _ run: RunView) -> String {
        struct State {
            var key: String
            var label: String
        }
        struct Model {
            var run: RunView
            var stateLabel: String
            var incumbent: String
            var bound: String
            var gap: String
            var elapsed: String
            var over: Bool
            var finished: Bool
            var canCancel: Bool
            var isSchedule: Bool
            var csrf: String
            var states: [State]
            var t: [String: String]
        }
        let number = { (v: Double?) in v.map { Vocabulary.number($0, decimals: 2, context.language) } ?? "—" }
        let model = Model(
            run: run, stateLabel: Self.stateLabel(run.state, context), incumbent: number(run.incumbent),
            bound: number(run.bound), gap: run.gap.map { Vocabulary.percent($0, context.language) } ?? "—",
            elapsed: run.elapsed.map { Vocabulary.number($0, decimals: 0, context.language) + " s" } ?? "—",
            over: run.isOver, finished: run.state == "finished",
            canCancel: !run.isOver && context.roleIs("planner", "hr", "admin"),
            isSchedule: run.kind == "schedule", csrf: context.csrfToken ?? "",
            states: ["queued", "running", "finished", "failed", "cancelled"].map {
                State(key: $0, label: Self.stateLabel($0, context))
            },
            t: [
                "heading": run.kind == "schedule"
                    ? context.t("Lập lịch kiểm tra", "Planning the calendar")
                    : context.t("Lập phương án biên chế", "Planning staffing"),
                "state": context.t("Trạng thái", "State"),
                "incumbent": context.t("Phương án tốt nhất (giá trị mục tiêu)", "Best plan (objective)"),
                "bound": context.t("Cận tốt nhất", "Best bound"), "gap": context.t("Khoảng cách", "Gap"),
                "elapsed": context.t("Thời gian đã chạy", "Elapsed"), "cancel": context.t("Hủy", "Cancel"),
                "cancelHelp": context.t(
                    "Hủy: dừng lại và giữ phương án tốt nhất đã tìm được.",
                    "Cancel: stop and keep the best plan found so far."),
                "calendar": context.t("Xem lịch kiểm tra", "See the calendar"),
                "staffing": context.t("Xem biên chế", "See staffing"),
                "overview": context.t("Về trang tổng quan", "Back to the overview"),
                "live": context.t("Trang tự cập nhật.", "This page updates itself."),
                "reload": context.t("Tải lại trang để xem tiến độ mới", "Reload the page to see the latest progress"),
            ])
        return page("run", title: model.t["heading"] ?? "", context: context, model: model)
    }
}
