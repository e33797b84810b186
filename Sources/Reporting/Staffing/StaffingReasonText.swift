import Localization
import Staffing

/// Why each person of a reduction plan is selected, in the words every output shares (Markdown, HTML, Word, Excel).
public enum StaffingReasonText {
    /// The criterion a leaving person meets first, with the rule that names it: `tự nguyện tinh giản (điểm c khoản 1
    /// Điều 2 Nghị định số 29/2023/NĐ-CP [D])`, or `—` when the plan gives none.
    public static func criterion(_ exit: PlannedExit, _ language: Language) -> String {
        guard let c = exit.criterion else { return "—" }
        let label = StaffingVocabulary.criterion(c, language)
        return label + (exit.criterionCitation.map { " (\(StaffingVocabulary.citation($0, language)))" } ?? "")
    }

    /// The package the amount follows, as a citation with its confidence mark.
    public static func package(_ exit: PlannedExit, _ language: Language) -> String {
        StaffingVocabulary.citation(exit.citation, language)
    }

    /// The formula with its figures in the language's number style, and the salary it was computed on.
    public static func formula(_ exit: PlannedExit, _ language: Language) -> String {
        let formula =
            language == .vi ? exit.formula.replacingOccurrences(of: "; total ", with: "; cộng ") : exit.formula
        return StaffingVocabulary.numbers(formula, language) + " — "
            + StaffingVocabulary.salaryBasis(exit.salaryBasis, language)
    }

    /// The measure's name.
    public static func measure(_ exit: PlannedExit, _ language: Language) -> String {
        StaffingVocabulary.exit(exit.kind, language)
    }

    /// The post a transfer fills at the destination, with a note when it is elected, or `—` without posts.
    public static func destinationPost(_ transfer: PlannedTransfer, _ language: Language) -> String {
        guard let post = transfer.post else { return "—" }
        guard transfer.needsElection == true else { return post }
        return post
            + (language == .vi ? " (chức danh bầu cử: cần tổ chức bầu)" : " (elected post: an election is needed)")
    }

    /// Why a transfer: the person is above the quota where they are, and the destination has a vacant post of the
    /// same title group (the post itself is ``destinationPost(_:_:)``).
    public static func transferReason(_ language: Language) -> String {
        language == .vi
            ? "Dôi dư so với định mức ở đơn vị đang công tác; nơi đến còn trống chức danh cùng nhóm"
            : "Above the quota at the current unit; the destination has a vacant post of the same title group"
    }
}
