import CivilCalendar
import Localization
import ScenarioModel
import Staffing

/// Renders `staffing-check.md`: the rules applied, headcount against quota per unit and group on the check date, and
/// the findings (blocking first), in Vietnamese or English. Holds no run dates, so the same input renders the same bytes.
public enum StaffingCheckMarkdown {
    /// Renders the check.
    public static func render(_ report: StaffingReport, scenario: Scenario, language: Language) -> String {
        let vi = language == .vi
        let V = StaffingVocabulary.self
        var md: [String] = []
        md.append(vi ? "# RÀ SOÁT BIÊN CHẾ, VỊ TRÍ VIỆC LÀM" : "# Staffing check")
        md.append("")
        md.append(
            "**\(scenario.name)** — " + (vi ? "ngày rà soát: " : "as of ") + Vocabulary.date(report.asOf, language))
        md.append("")
        md.append(contentsOf: rulesSection(report, language))

        md.append(vi ? "## 2. Số lượng so với định mức" : "## 2. Headcount against quota")
        md.append("")
        md.append(
            vi
                ? "| Đơn vị | Nhóm | Hiện có | Định mức | Thừa (+) / thiếu (−) | Căn cứ |"
                : "| Unit | Group | Headcount | Quota | Surplus (+) / deficit (−) | Basis |")
        md.append("|---|---|---:|---:|---:|---|")
        for row in report.units {
            let quota = row.quota.map(String.init) ?? "—"
            let surplus = row.surplus.map { $0 > 0 ? "+\($0)" : String($0) } ?? "—"
            let basis = [row.basis.map { V.numbers($0, language) }, row.citation.map { V.citation($0, language) }]
                .compactMap { $0 }.joined(separator: "; ")
            md.append(
                "| \(V.cell(V.unitName(row.unit, scenario))) | \(V.group(row.category, language)) | \(row.headcount) | \(quota) | \(surplus) | \(V.cell(basis.isEmpty ? "—" : basis)) |"
            )
        }
        md.append("")
        let over = report.units.filter { ($0.surplus ?? 0) > 0 }
        md.append(
            vi
                ? "Có **\(over.count)** đơn vị/nhóm vượt định mức, tổng số vượt **\(over.reduce(0) { $0 + ($1.surplus ?? 0) })** người."
                : "**\(over.count)** unit/group lines are above quota, by **\(over.reduce(0) { $0 + ($1.surplus ?? 0) })** people in total."
        )
        md.append("")

        md.append(vi ? "## 3. Các vấn đề phát hiện" : "## 3. Findings")
        md.append("")
        if report.findings.isEmpty {
            md.append(vi ? "Không phát hiện vấn đề nào." : "No findings.")
        }
        for severity in [FindingSeverity.blocking, .advisory] {
            let list = report.findings.filter { $0.severity == severity }
            guard !list.isEmpty else { continue }
            md.append(
                severity == .blocking
                    ? (vi ? "### Phải khắc phục (\(list.count))" : "### Must be fixed (\(list.count))")
                    : (vi ? "### Lưu ý (\(list.count))" : "### Advisory (\(list.count))"))
            md.append("")
            for f in list {
                let cite = f.citation.map { " (\(V.citation($0, language)))" } ?? ""
                md.append("- **\(V.cell(V.unitName(f.unit, scenario)))**: \(FindingText.text(f, language))\(cite)")
            }
            md.append("")
        }
        md.append(contentsOf: unconfirmedNote(report, language))
        return md.joined(separator: "\n") + "\n"
    }

    /// The "rules applied" section shared by the staffing reports.
    static func rulesSection(_ report: StaffingReport, _ language: Language) -> [String] {
        let vi = language == .vi
        var md: [String] = []
        md.append(vi ? "## 1. Căn cứ áp dụng" : "## 1. Rules applied")
        md.append("")
        md.append((vi ? "Bộ quy định: " : "Rule set: ") + "`\(report.rules.name)`")
        md.append("")
        md.append(
            vi ? "| Văn bản | Nội dung | Hiệu lực | Mức tin cậy |" : "| Document | Subject | In force | Confidence |")
        md.append("|---|---|---|:---:|")
        for p in report.rules.documents {
            let to = p.to.map { Vocabulary.date($0, language) } ?? (vi ? "nay" : "now")
            md.append(
                "| \(StaffingVocabulary.cell(p.document)) | \(StaffingVocabulary.cell(p.title)) | \(Vocabulary.date(p.from, language)) – \(to) | \(p.confidence.mark) |"
            )
        }
        md.append("")
        md.append(
            vi
                ? "Mức tin cậy: C = đã đối chiếu văn bản; S = nguồn thứ cấp; D = suy ra; U = chưa xác nhận (tham số, cần kiểm tra lại)."
                : "Confidence: C = checked against the text; S = secondary source; D = derived; U = unconfirmed (a parameter to verify)."
        )
        md.append("")
        return md
    }

    /// The closing note listing the unconfirmed figures used.
    static func unconfirmedNote(_ report: StaffingReport, _ language: Language) -> [String] {
        guard !report.unconfirmed.isEmpty else { return [] }
        var md = [
            language == .vi
                ? "> **Lưu ý:** các số liệu sau dựa trên quy định chưa được xác nhận [U], cần kiểm tra lại văn bản gốc:"
                : "> **Note:** these figures rest on unconfirmed rules [U]; check them against the official text:"
        ]
        for c in report.unconfirmed { md.append("> - \(StaffingVocabulary.citation(c, language))") }
        md.append("")
        return md
    }
}
