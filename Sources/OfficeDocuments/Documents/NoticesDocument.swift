import CivilCalendar
import InspectionScheduling
import Reporting
import ScenarioModel

/// `inspection-notices.docx`: one notice per inspection (*Thông báo lịch kiểm tra công tác cải cách hành chính*),
/// addressed to the unit, one page each with a page break between them, in the form of ND 30/2020.
struct NoticesDocument {
    let plan: InspectionPlan
    let scenario: Scenario
    let form: DocumentForm
    let content: InspectionContent

    var v: Bool { form.vietnamese }
    func t(_ vi: String, _ en: String) -> String { v ? vi : en }

    func document() -> WordDocument {
        var doc = WordDocument()
        let entries = CalendarEntry.entries(of: plan, in: scenario)
        for (index, entry) in entries.enumerated() {
            if index > 0 { doc.pageBreak() }
            notice(entry, into: &doc)
        }
        if entries.isEmpty {
            doc.append(
                AdministrativeForm.body(t("Không có cuộc kiểm tra nào được xếp lịch.", "No inspection is scheduled.")))
        }
        return doc
    }

    /// The plan this notice carries out: `Kế hoạch số 25/KH-UBND ngày 10/01/2022` or without the number.
    var planReference: String {
        let number = form.number.map { " số \($0.count == 1 ? "0" + $0 : $0)/KH-\(form.bodyCode)" } ?? ""
        return t(
            "Kế hoạch\(number) ngày \(DocumentText.shortDate(form.date)) của \(form.issuerInText) về kiểm tra "
                + "công tác cải cách hành chính năm \(plan.year)",
            "the plan\(form.number.map { " No. \($0)" } ?? "") of \(DocumentText.shortDate(form.date)) for "
                + "inspecting administrative reform in \(plan.year)")
    }

    /// One notice; body paragraphs keep 3 pt after them so that a notice fits on one page.
    private func notice(_ entry: CalendarEntry, into doc: inout WordDocument) {
        let start = doc.blocks.count
        noticeBody(entry, into: &doc)
        for index in start..<doc.blocks.count {
            if case .paragraph(var p) = doc.blocks[index], p.firstLineIndent > 0 {
                p.spacing.after = 3
                doc.blocks[index] = .paragraph(p)
            }
        }
    }

    private func noticeBody(_ entry: CalendarEntry, into doc: inout WordDocument) {
        doc.append(AdministrativeForm.header(form, documentType: "TB", textWidth: doc.textWidth))
        doc.append(
            contentsOf: AdministrativeForm.title(
                t("THÔNG BÁO", "NOTICE"),
                subject: [
                    t(
                        "Lịch kiểm tra công tác cải cách hành chính năm \(plan.year)",
                        "Date of the \(plan.year) administrative-reform inspection")
                ],
                textWidth: doc.textWidth))
        var to = WordParagraph(
            [WordRun(t("Kính gửi: ", "To: "), size: 14), WordRun(entry.unit.name, size: 14)],
            alignment: .center)
        to.spacing.after = 12
        doc.append(to)
        doc.append(
            AdministrativeForm.body(
                t(
                    "Thực hiện \(planReference), \(form.issuerInText) thông báo lịch kiểm tra tại \(entry.unit.name) "
                        + "như sau:",
                    "Under \(planReference), \(form.issuerInText) announces the inspection of \(entry.unit.name):")))
        doc.append(
            AdministrativeForm.body([
                WordRun(t("1. Thời gian: ", "1. Date: "), bold: true, size: AdministrativeForm.bodySize),
                WordRun(when(entry), size: AdministrativeForm.bodySize),
            ]))
        let members = entry.team.members.joined(separator: "; ")
        doc.append(
            AdministrativeForm.body([
                WordRun(t("2. Đoàn kiểm tra: ", "2. Team: "), bold: true, size: AdministrativeForm.bodySize),
                WordRun(
                    entry.team.name + (members.isEmpty ? "." : t(", gồm: ", ", made up of: ") + members + "."),
                    size: AdministrativeForm.bodySize),
            ]))
        doc.append(AdministrativeForm.body(t("3. Nội dung kiểm tra:", "3. Content:"), bold: true))
        let areas = content.areas(for: entry.unit.kind)
        for (index, area) in areas.enumerated() {
            let letter = PlanDocument.letters[index]
            doc.append(
                AdministrativeForm.body(
                    "\(v ? letter : String(UnicodeScalar(UInt8(97 + index))))) "
                        + "\(area.name(v))\(index == areas.count - 1 ? "." : ";")"))
        }
        doc.append(
            AdministrativeForm.body([
                WordRun(t("4. Đề nghị: ", "4. Request: "), bold: true, size: AdministrativeForm.bodySize),
                WordRun(
                    t(
                        "\(entry.unit.name) chuẩn bị báo cáo kết quả thực hiện nhiệm vụ cải cách hành chính năm "
                            + "\(plan.year), hồ sơ, tài liệu liên quan; bố trí người đứng đầu và cán bộ, công chức, "
                            + "viên "
                            + "chức phụ trách các nội dung trên làm việc với đoàn kiểm tra./.",
                        "\(entry.unit.name) prepares its \(plan.year) administrative-reform report and records, and "
                            + "its "
                            + "head and the staff in charge of the contents above meet the team."),
                    size: AdministrativeForm.bodySize),
            ]))
        doc.append(AdministrativeForm.space())
        let recipients =
            v
            ? [
                "Như trên", "Thành viên \(DocumentText.teamLabel(entry.team.code, in: scenario, true))",
                "Lưu: VT, NV",
            ]
            : [
                "As above", "Members of \(DocumentText.teamLabel(entry.team.code, in: scenario, false))",
                "Archive: Office, Internal Affairs",
            ]
        doc.append(AdministrativeForm.signature(form, recipients: recipients, textWidth: doc.textWidth, space: 3))
    }

    /// `Buổi sáng, Thứ Tư, ngày 20/04/2022` or `từ ngày … đến ngày …`.
    func when(_ entry: CalendarEntry) -> String {
        let dates = entry.inspection.dates
        if dates.count > 1, let last = dates.last {
            return t(
                "từ ngày \(DocumentText.shortDate(dates[0])) đến ngày \(DocumentText.shortDate(last)).",
                "from \(DocumentText.shortDate(dates[0])) to \(DocumentText.shortDate(last)).")
        }
        let session = DocumentText.session(days: entry.inspection.days, morning: entry.session == .morning, v)
        return "\(session), \(DocumentText.weekday(entry.inspection.date, v)), "
            + t(
                "ngày \(DocumentText.shortDate(entry.inspection.date)).",
                "\(DocumentText.shortDate(entry.inspection.date)).")
    }
}
