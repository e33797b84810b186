import CivilCalendar
import Localization
import Reporting
import ScenarioModel
import Staffing

/// `reduction-list.docx`: the people proposed for each staffing measure of the reduction plan (early retirement,
/// resignation, transfer) with the estimated cost, as tables in the form of a streamlining proposal (*Danh sách đề
/// nghị tinh giản biên chế*), on landscape A4.
struct ReductionListDocument {
    let report: StaffingReport
    let scenario: Scenario
    let form: DocumentForm

    var v: Bool { form.vietnamese }
    func t(_ vi: String, _ en: String) -> String { v ? vi : en }

    func document() -> WordDocument {
        var doc = WordDocument()
        doc.orientation = .landscape
        doc.append(AdministrativeForm.header(form, documentType: nil, textWidth: doc.textWidth))
        doc.append(
            contentsOf: AdministrativeForm.title(
                t("DANH SÁCH", "LIST"),
                subject: [
                    t(
                        "Cán bộ, công chức, viên chức đề nghị tinh giản biên chế và điều động công tác",
                        "Staff proposed for streamlining and for transfer")
                ],
                textWidth: doc.textWidth))
        let plan = report.plan
        let groups: [(String, [WordBlock])] = [
            (
                t("NGHỈ HƯU TRƯỚC TUỔI", "EARLY RETIREMENT"),
                exits(
                    plan.exits.filter { $0.kind == .earlyRetirement },
                    width: doc.textWidth)
            ),
            (
                t("THÔI VIỆC NGAY", "IMMEDIATE RESIGNATION"),
                exits(
                    plan.exits.filter { $0.kind == .resignation },
                    width: doc.textWidth)
            ),
            (t("ĐIỀU ĐỘNG, BỐ TRÍ CÔNG TÁC", "TRANSFERS"), transfers(width: doc.textWidth)),
        ].filter { !$0.1.isEmpty }
        for (index, group) in groups.enumerated() {
            doc.append(AdministrativeForm.heading("\(DocumentText.roman(index + 1)). \(group.0)"))
            doc.blocks += group.1
        }
        if groups.isEmpty {
            doc.append(AdministrativeForm.body(t("Không có người nào được đề nghị.", "Nobody is proposed.")))
        } else {
            doc.append(
                AdministrativeForm.body(
                    t(
                        "Tổng kinh phí dự kiến: \(DocumentText.money(plan.totalCostVND, true)) đồng "
                            + "(\(plan.exits.count) người "
                            + "nghỉ, \(plan.transfers.count) người điều động).",
                        "Estimated total cost: \(DocumentText.money(plan.totalCostVND, false)) VND "
                            + "(\(plan.exits.count) "
                            + "exit(s), \(plan.transfers.count) transfer(s)).")))
        }
        doc.append(AdministrativeForm.space())
        doc.append(AdministrativeForm.signature(form, recipients: [], textWidth: doc.textWidth))
        return doc
    }

    private func cell(_ text: String, _ alignment: WordParagraph.Alignment = .center, bold: Bool = false)
        -> WordTable.Cell
    {
        .init([WordParagraph(text, alignment: alignment, bold: bold, size: 11)])
    }

    private func scaled(_ widths: [Int], to total: Int) -> [Int] {
        let sum = widths.reduce(0, +)
        var out = widths.map { $0 * total / sum }
        out[out.count - 1] += total - out.reduce(0, +)
        return out
    }

    /// Birth date in the men's or the women's column, as the streamlining forms ask.
    private func birth(_ person: StaffMember?) -> (String, String) {
        guard let person else { return ("", "") }
        let date = DocumentText.shortDate(person.birthDate)
        return person.gender == .male ? (date, "") : ("", date)
    }

    /// The reason column of an exit: the criterion and its rule, the package applied and the formula.
    private func reason(_ exit: PlannedExit) -> WordTable.Cell {
        let language: Language = v ? .vi : .en
        return .init([
            WordParagraph(StaffingReasonText.criterion(exit, language), alignment: .left, size: 10),
            WordParagraph(
                t("Chính sách: ", "Package: ") + StaffingReasonText.package(exit, language), alignment: .left,
                size: 10),
            WordParagraph(
                t("Cách tính: ", "Formula: ") + StaffingReasonText.formula(exit, language), alignment: .left,
                size: 10),
        ])
    }

    private func exits(_ exits: [PlannedExit], width: Int) -> [WordBlock] {
        guard !exits.isEmpty else { return [] }
        let headers =
            v
            ? [
                "Số TT", "Họ và tên", "Ngày sinh (Nam)", "Ngày sinh (Nữ)", "Chức vụ, chức danh", "Đơn vị công tác",
                "Hệ số lương", "Hệ số phụ cấp", "Số năm đóng BHXH", "Thời điểm nghỉ", "Kinh phí dự kiến (đồng)",
                "Lý do đề nghị, chính sách và cách tính",
            ]
            : [
                "No.", "Name", "Born (men)", "Born (women)", "Position", "Unit", "Salary coefficient",
                "Allowance coefficient", "Insurance years", "Exit date", "Estimated cost (VND)",
                "Why this person, package and formula",
            ]
        var table = WordTable(
            columnWidths: scaled(
                [500, 1400, 1300, 1300, 1450, 1350, 650, 650, 700, 1300, 1350, 2800],
                to: width))
        table.rows.append(.init(cells: headers.map { cell($0, bold: true) }, isHeader: true))
        for (index, exit) in exits.enumerated() {
            let person = scenario.staff.first { $0.id == exit.id }
            let (male, female) = birth(person)
            table.rows.append(
                .init(cells: [
                    cell("\(index + 1)"), cell(exit.name, .left), cell(male), cell(female),
                    cell(person?.position ?? "", .left), cell(scenario.unit(exit.unit)?.name ?? exit.unit, .left),
                    cell(person.map { DocumentText.decimal($0.salaryCoefficient, v) } ?? ""),
                    cell(person.map { DocumentText.decimal($0.allowanceCoefficient, v) } ?? ""),
                    cell(person.map { DocumentText.decimal($0.insuranceYears, v) } ?? ""),
                    cell(DocumentText.shortDate(exit.date)), cell(DocumentText.money(exit.costVND, v), .right),
                    reason(exit),
                ]))
        }
        let total = exits.reduce(0) { $0 + $1.costVND }
        table.rows.append(
            .init(cells: [
                WordTable.Cell([WordParagraph(t("Cộng", "Total"), alignment: .center, bold: true, size: 11)], span: 10),
                cell(DocumentText.money(total, v), .right, bold: true), cell(""),
            ]))
        return [.table(table), .paragraph(AdministrativeForm.space())]
    }

    private func transfers(width: Int) -> [WordBlock] {
        let transfers = report.plan.transfers
        guard !transfers.isEmpty else { return [] }
        let language: Language = v ? .vi : .en
        let headers =
            v
            ? [
                "Số TT", "Họ và tên", "Ngày sinh (Nam)", "Ngày sinh (Nữ)", "Chức vụ, chức danh", "Từ đơn vị",
                "Đến đơn vị", "Chức danh ở nơi đến", "Thời điểm", "Lý do",
            ]
            : [
                "No.", "Name", "Born (men)", "Born (women)", "Position", "From", "To", "Post at the destination",
                "Date", "Reason",
            ]
        var table = WordTable(
            columnWidths: scaled([500, 1650, 1300, 1300, 1750, 1600, 1600, 1950, 1300, 2200], to: width))
        table.rows.append(.init(cells: headers.map { cell($0, bold: true) }, isHeader: true))
        for (index, move) in transfers.enumerated() {
            let person = scenario.staff.first { $0.id == move.id }
            let (male, female) = birth(person)
            table.rows.append(
                .init(cells: [
                    cell("\(index + 1)"), cell(move.name, .left), cell(male), cell(female),
                    cell(person?.position ?? "", .left), cell(scenario.unit(move.from)?.name ?? move.from, .left),
                    cell(scenario.unit(move.to)?.name ?? move.to, .left),
                    cell(StaffingReasonText.destinationPost(move, language), .left),
                    cell(DocumentText.shortDate(move.date)),
                    .init([WordParagraph(StaffingReasonText.transferReason(language), alignment: .left, size: 10)]),
                ]))
        }
        return [.table(table), .paragraph(AdministrativeForm.space())]
    }
}
