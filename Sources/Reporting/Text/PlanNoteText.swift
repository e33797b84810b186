import InspectionScheduling
import Localization

/// Words a plan's notes (``PlanNote``) in Vietnamese or English: the one place their sentences live.
public enum PlanNoteText {
    /// The note as one sentence (or a few) in `language`.
    public static func text(_ note: PlanNote, _ language: Language) -> String {
        let vi = language == .vi
        switch note {
        case .configurableDefaults(let threshold):
            return vi
                ? "Thời lượng kiểm tra theo loại đơn vị, quy tắc luân phiên và ngưỡng cân đối theo tháng (\(threshold) "
                    + "ngày làm việc) là giá trị mặc định có thể thay đổi [U]."
                : "Durations by kind, rotation rule and the month-balance threshold (\(threshold) working days) are "
                    + "configurable defaults [U]."
        case .multiDayWithinOneWeek:
            return vi
                ? "Cuộc kiểm tra kéo dài nhiều ngày được xếp trong cùng một tuần (thứ Hai đến Chủ nhật) và cùng một tháng."
                : "Multi-day inspections are scheduled within one ISO week and one month."
        case .quickBoundTighter(let quickBound, let solverBound):
            let solver = solverBound.map { " (\(NumberText.short($0, places: 2)))" } ?? ""
            return vi
                ? "Cận trên \(NumberText.short(quickBound, places: 2)) lấy từ phép ước lượng nhanh (năng lực các đoàn, "
                    + "số cặp ghép tối đa, độ lệch tải tối thiểu), chặt hơn cận trên của bộ giải\(solver)."
                : "The bound \(NumberText.short(quickBound, places: 2)) comes from the quick estimate (team capacity, "
                    + "most bundled pairs, least team spread), tighter than the solver's\(solver)."
        case .provenByObjectiveStep(let bound, let step):
            return vi
                ? "Tối ưu đã được chứng minh: không phương án nào đạt điểm cao hơn \(NumberText.short(bound)), và điểm "
                    + "của mọi phương án là bội số của \(NumberText.short(step))."
                : "Optimality proven: no plan scores above \(NumberText.short(bound)), and every plan's score is a "
                    + "multiple of \(NumberText.short(step))."
        case .greedyReachesQuickBound(let quickBound, let step):
            return vi
                ? "Phương án khởi đầu (tham lam) đạt đúng cận trên nhanh \(NumberText.short(quickBound, places: 2)) "
                    + "(sai khác dưới một bước \(NumberText.short(step))), nên là tối ưu; không cần chạy GLPK."
                : "The greedy starting plan reaches the quick bound \(NumberText.short(quickBound, places: 2)) "
                    + "(within one step of \(NumberText.short(step))), so it is optimal; GLPK was not run."
        case .greedyWithinGap(let gap, let quickBound):
            return vi
                ? "Phương án khởi đầu (tham lam) đã nằm trong khoảng cách yêu cầu \(NumberText.short(gap * 100))% so "
                    + "với cận trên nhanh \(NumberText.short(quickBound, places: 2)), nên không cần chạy GLPK."
                : "The greedy starting plan is already within the requested gap of \(NumberText.short(gap * 100))% of "
                    + "the quick bound \(NumberText.short(quickBound, places: 2)), so GLPK was not run."
        case .placementCutsExhausted, .pooledTeams, .pooledInspectionsLeftOut, .extraCapacityNotComputed,
            .regionsPlannedSeparately, .crossRegionReplan, .inRegions, .stoppedAtWorkLimit:
            return solving(note, language)
        case .holidaysAnnounced, .holidaysByRule:
            return holidays(note, language)
        }
    }

    /// The notes saying where the year's holidays come from (the others go back to ``text(_:_:)``).
    static func holidays(_ note: PlanNote, _ language: Language) -> String {
        let vi = language == .vi
        switch note {
        case .holidaysAnnounced(let year, let documents, let confidence):
            let list = documents.map { d in
                vi
                    ? "số \(d.number) ngày \(d.date.vietnameseDescription) của \(d.issuer.vi) [\(d.confidence)]"
                    : "no. \(d.number) of \(d.date.vietnameseDescription) by the \(d.issuer.en) [\(d.confidence)]"
            }
            .joined(separator: "; ")
            return vi
                ? "Ngày nghỉ lễ, Tết năm \(year) theo thông báo của Nhà nước (văn bản \(list)) [\(confidence)], không "
                    + "tính theo quy tắc; ngày thứ Bảy làm bù là ngày làm việc."
                : "The \(year) holidays follow the announced arrangement (document \(list)) [\(confidence)], not the "
                    + "computed rule; a Saturday worked in exchange is a working day."
        case .holidaysByRule(let year):
            return vi
                ? "Ngày nghỉ lễ, Tết năm \(year) tính theo quy tắc Bộ luật Lao động 2019 (Điều 112; nghỉ bù theo khoản 3 "
                    + "Điều 111) vì chưa có thông báo của năm này; điều chỉnh bằng holidays.extra và holidays.remove [U]."
                : "The \(year) holidays are computed by the rule of Labour Code 2019 (Art. 112; compensatory days by "
                    + "Art. 111(3)), as no announcement for the year is on file; adjust with holidays.extra and "
                    + "holidays.remove [U]."
        default:
            return text(note, language)
        }
    }

    /// The notes about placement, pooling and regions (the others go back to ``text(_:_:)``).
    static func solving(_ note: PlanNote, _ language: Language) -> String {
        let vi = language == .vi
        switch note {
        case .placementCutsExhausted(let rounds):
            return vi
                ? "Đã dùng hết \(rounds) vòng điều chỉnh xếp ngày; lịch có thể vi phạm một quy tắc về ngày."
                : "Placement cuts exhausted after \(rounds) rounds; the calendar may break a date rule."
        case .pooledTeams(let sizes):
            let list = sizes.map(String.init).joined(separator: ", ")
            return vi
                ? "Mô hình gộp \(sizes.count) nhóm đoàn (\(list) đoàn) rồi chia việc cho từng đoàn theo tuần; cận trên "
                    + "vẫn hợp lệ."
                : "The model pooled \(sizes.count) group(s) of teams (\(list) teams) and shared each week's work among "
                    + "their teams afterwards; the bound stays valid."
        case .pooledInspectionsLeftOut(let units):
            let list = units.prefix(10).joined(separator: ", ")
            return vi
                ? "\(units.count) cuộc kiểm tra của mô hình gộp không xếp được cho đoàn nào và đã bỏ: \(list)."
                : "\(units.count) inspection(s) of the pooled model fit no team of the pool and were left out: \(list)."
        case .stoppedAtWorkLimit(let nodes):
            return vi
                ? "Lần giải cuối dừng ở giới hạn khối lượng tính toán (\(nodes) nút của cây nhánh và cận cho mỗi "
                    + "lần giải), không dừng theo đồng hồ, nên kết quả như nhau trên mọi máy."
                : "The last solve stopped at the work limit (\(nodes) branch-and-bound nodes per solve), not by the "
                    + "clock, so the result is the same on every machine."
        case .extraCapacityNotComputed:
            return vi
                ? "Không tính phương án bổ sung năng lực: với số đơn vị và số đoàn này, mô hình theo từng đoàn quá lớn."
                : "Extra-capacity suggestions were not computed: a per-team model of this size is too large."
        case .regionsPlannedSeparately(let parallel, let outcomes):
            return regions(parallel: parallel, outcomes: outcomes, language)
        case .crossRegionReplan:
            return vi
                ? "Lịch trước có cuộc kiểm tra đã diễn ra do đoàn của vùng khác thực hiện, hoặc có đơn vị không còn "
                    + "trong kịch bản, nên kịch bản được lập kế hoạch như một mô hình chung, không chia theo vùng."
                : "The previous calendar has a past inspection by a team of another region, or a unit no longer in the "
                    + "scenario, so the scenario was planned as one model, not region by region."
        case .inRegions(let regions, let inner):
            let list = regions.joined(separator: ", ")
            return vi
                ? "Vùng \(list): \(text(inner, language))"
                : "Region\(regions.count > 1 ? "s" : "") \(list): \(text(inner, language))"
        case .configurableDefaults, .multiDayWithinOneWeek, .quickBoundTighter, .provenByObjectiveStep,
            .greedyReachesQuickBound, .greedyWithinGap, .holidaysAnnounced, .holidaysByRule:
            return text(note, language)
        }
    }

    /// The note that says how the scenario was split and how each region came out.
    static func regions(parallel: Int, outcomes: [RegionOutcome], _ language: Language) -> String {
        let n = outcomes.count
        let byRegion = outcomes.map { outcome($0, language) }.joined(separator: "; ")
        switch language {
        case .vi:
            return "Kịch bản gồm \(n) vùng độc lập (mỗi đơn vị, đoàn, chỉ tiêu và lịch cố định chỉ thuộc một vùng) "
                + "nên đã lập kế hoạch riêng cho từng vùng, \(parallel) vùng cùng lúc. Điểm mục tiêu và các thành phần "
                + "của nó là tổng của các vùng (chênh lệch giữa các đoàn, giữa các tháng và số cặp ghép lịch tính trong "
                + "từng vùng). Kết quả từng vùng — \(byRegion)."
        case .en:
            return "The scenario has \(n) independent regions (every unit, team, target and pin belongs to one "
                + "region), so each region was planned as its own model, \(parallel) at a time. The objective and its "
                + "terms are the sums over the regions (team spread, month spread and bundled pairs measured within "
                + "each region). By region — \(byRegion)."
        }
    }

    /// One region's outcome, e.g. `B: khả thi, 41,20, khoảng cách 0,35 %` / `B: feasible, 41.20, gap 0.35%`.
    static func outcome(_ r: RegionOutcome, _ language: Language) -> String {
        let vi = language == .vi
        let word: String =
            switch r.status {
            case .optimal: vi ? "tối ưu" : "optimal"
            case .feasible: vi ? "khả thi" : "feasible"
            case .infeasible: vi ? "không khả thi" : "infeasible"
            case .noSolution: vi ? "chưa có lời giải" : "no solution"
            }
        var text = "\(r.region): \(word)"
        if let o = r.objective { text += ", \(NumberText.fixed(o, places: 2, comma: vi))" }
        if let g = r.gap, g > 0 {
            let percent = NumberText.fixed(g * 100, places: 2, comma: vi)
            text += vi ? ", khoảng cách \(percent) %" : ", gap \(percent)%"
        }
        return text
    }
}
