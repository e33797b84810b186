import CivilCalendar
import InspectionScheduling
import Reporting
import ScenarioModel

/// `inspection-plan.docx`: the year's inspection plan as the district issues it (*Kế hoạch kiểm tra công tác cải cách
/// hành chính*), in the form of ND 30/2020: header, title, legal bases, parts I–VI with the calendar as a table,
/// recipients and signature. It holds no solver vocabulary, no scenario label and no unit or team codes.
struct PlanDocument {
    let plan: InspectionPlan
    let scenario: Scenario
    let form: DocumentForm
    let content: InspectionContent
    let entries: [CalendarEntry]

    var v: Bool { form.vietnamese }
    func t(_ vi: String, _ en: String) -> String { v ? vi : en }

    init(plan: InspectionPlan, scenario: Scenario, form: DocumentForm, content: InspectionContent) {
        self.plan = plan
        self.scenario = scenario
        self.form = form
        self.content = content
        entries = CalendarEntry.entries(of: plan, in: scenario)
    }

    /// Letters of the areas as the plan lists them: a, b, c, d, đ, e, g.
    static let letters = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k"]

    static func letter(_ area: InspectionArea, _ vietnamese: Bool) -> String {
        vietnamese ? letters[area.number - 1] : String(UnicodeScalar(UInt8(96 + area.number)))
    }

    func document() -> WordDocument {
        var doc = WordDocument()
        doc.append(AdministrativeForm.header(form, documentType: "KH", textWidth: doc.textWidth))
        doc.append(
            contentsOf: AdministrativeForm.title(
                t("KẾ HOẠCH", "PLAN"),
                subject: [
                    t(
                        "Kiểm tra công tác cải cách hành chính năm \(plan.year)",
                        "Inspection of administrative reform in \(plan.year)")
                ],
                textWidth: doc.textWidth))
        for basis in form.legalBases {
            let text = basis.hasPrefix("Căn cứ") || !v ? basis : "Căn cứ \(basis)"
            doc.append(AdministrativeForm.body(v ? text + ";" : "Pursuant to \(text);", italic: true))
        }
        doc.append(
            AdministrativeForm.body(
                t(
                    "\(form.issuerInText) ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm \(plan.year) "
                        + "như sau:",
                    "\(form.issuerInText.prefix(1).uppercased() + form.issuerInText.dropFirst()) issues the plan for "
                        + "inspecting administrative reform in \(plan.year) as follows:")))
        let parts: [(String, [WordBlock])] = [
            (t("MỤC ĐÍCH, YÊU CẦU", "PURPOSE AND REQUIREMENTS"), paragraphs(form.settings.purpose ?? defaultPurpose)),
            (
                t("NỘI DUNG, ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA", "CONTENT, UNITS AND DATES OF THE INSPECTIONS"),
                contentPart(textWidth: doc.textWidth)
            ),
            (t("THÀNH PHẦN ĐOÀN KIỂM TRA", "INSPECTION TEAMS"), teamsPart()),
            (t("PHƯƠNG PHÁP KIỂM TRA", "METHOD"), paragraphs(form.settings.method ?? defaultMethod)),
            (t("KINH PHÍ", "FUNDING"), paragraphs(form.settings.funding ?? defaultFunding)),
            (t("TỔ CHỨC THỰC HIỆN", "ORGANISATION"), paragraphs(form.settings.organisation ?? defaultOrganisation)),
        ]
        for (index, part) in parts.enumerated() {
            doc.append(AdministrativeForm.heading("\(DocumentText.roman(index + 1)). \(part.0)"))
            doc.blocks += part.1
        }
        doc.append(AdministrativeForm.space())
        doc.append(AdministrativeForm.signature(form, recipients: form.recipientLines, textWidth: doc.textWidth))
        return doc
    }

    /// Body paragraphs; the last one of the document's text ends with `./.` when it is part VI.
    func paragraphs(_ lines: [String]) -> [WordBlock] {
        lines.map { .paragraph(AdministrativeForm.body($0)) }
    }

    var defaultPurpose: [String] {
        v
            ? [
                "1. Đánh giá đúng thực trạng, kết quả triển khai nhiệm vụ cải cách hành chính năm \(plan.year) tại các "
                    + "xã, thị trấn, trường học, trạm y tế và trung tâm; kịp thời phát hiện, chấn chỉnh những tồn tại, "
                    + "hạn chế; biểu dương, nhân rộng cách làm hay, hiệu quả.",
                "2. Nâng cao trách nhiệm của người đứng đầu các cơ quan, đơn vị trong chỉ đạo, tổ chức thực hiện cải "
                    + "cách "
                    + "hành chính; làm cơ sở đánh giá, xác định chỉ số cải cách hành chính năm \(plan.year).",
                "3. Việc kiểm tra bảo đảm đúng nội dung, đối tượng và thời gian; khách quan, công khai; không gây "
                    + "phiền hà, "
                    + "không ảnh hưởng đến hoạt động bình thường của đơn vị được kiểm tra.",
            ]
            : [
                "1. Assess how the \(plan.year) administrative-reform tasks were carried out in the communes, towns, "
                    + "schools, health stations and centres; correct shortcomings early and spread good practice.",
                "2. Hold the heads of units responsible for directing the reform, and prepare the year's reform index.",
                "3. Inspect the right units, on the right content, at the right time, openly and without burdening the "
                    + "units inspected.",
            ]
    }

    var defaultMethod: [String] {
        v
            ? [
                "1. Đơn vị được kiểm tra báo cáo kết quả thực hiện nhiệm vụ cải cách hành chính từ đầu năm "
                    + "\(plan.year) "
                    + "đến thời điểm kiểm tra theo các nội dung tại Mục II.",
                "2. Đoàn kiểm tra nghe báo cáo; kiểm tra hồ sơ, tài liệu; kiểm tra thực tế việc tiếp nhận, giải quyết "
                    + "thủ "
                    + "tục hành chính; trao đổi, làm rõ những tồn tại, hạn chế.",
                "3. Kết thúc kiểm tra, đoàn kiểm tra lập biên bản, thông báo kết quả cho đơn vị và báo cáo "
                    + "\(form.issuerInText) (qua Phòng Nội vụ).",
            ]
            : [
                "1. Each unit reports on its administrative-reform work since the start of \(plan.year) under the "
                    + "contents of Part II.",
                "2. The team hears the report, examines records and documents, checks how administrative procedures "
                    + "are "
                    + "received and settled, and discusses shortcomings.",
                "3. The team records its findings, informs the unit and reports to \(form.issuerInText).",
            ]
    }

    var defaultFunding: [String] {
        [
            t(
                "Kinh phí thực hiện kiểm tra được bố trí từ nguồn kinh phí thực hiện nhiệm vụ cải cách hành chính năm "
                    + "\(plan.year) theo quy định hiện hành.",
                "The inspections are paid from the \(plan.year) administrative-reform budget under the rules in force.")
        ]
    }

    var defaultOrganisation: [String] {
        v
            ? [
                "1. Phòng Nội vụ chủ trì, phối hợp với các cơ quan liên quan tham mưu tổ chức thực hiện Kế hoạch; "
                    + "thông "
                    + "báo lịch kiểm tra đến từng đơn vị trước ngày kiểm tra ít nhất 05 ngày làm việc; tổng hợp, báo "
                    + "cáo "
                    + "kết quả kiểm tra.",
                "2. Các cơ quan có thành viên tham gia đoàn kiểm tra bố trí thời gian để thành viên tham gia đầy đủ.",
                "3. Các đơn vị được kiểm tra chuẩn bị báo cáo, hồ sơ, tài liệu và bố trí thành phần làm việc với đoàn "
                    + "kiểm "
                    + "tra theo lịch.",
                "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về \(form.issuerInText) "
                    + "(qua "
                    + "Phòng Nội vụ) để xem xét, giải quyết./.",
            ]
            : [
                "1. The Internal Affairs Office organises the plan, notifies each unit at least 5 working days before "
                    + "its "
                    + "inspection, and reports the results.",
                "2. The offices whose staff sit on a team free them for the inspections.",
                "3. The units inspected prepare their reports and records and meet the team as scheduled.",
                "Difficulties are reported to \(form.issuerInText) through the Internal Affairs Office.",
            ]
    }
}
