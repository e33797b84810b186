import CivilCalendar
import Foundation
import ScenarioModel

/// The resolved `document:` settings: every value the administrative form needs, with the scenario's defaults
/// filled in where the scenario says nothing.
struct DocumentForm {
    var vietnamese: Bool
    var parentBody: String?
    var body: String
    var bodyCode: String
    /// The number, or `nil` to leave room for the clerk.
    var number: String?
    var place: String
    var date: CivilDate
    var authority: [String]
    var signerTitle: String
    var signerName: String?
    var legalBases: [String]
    var recipients: [String]
    var settings: DocumentSettings
    /// The district's name in running text (`huyện Thạch Hà`), when the scenario names one.
    var district: String?

    /// Local-government prefixes a scenario name may start with.
    static let districtPrefixes = ["Huyện ", "Thị xã ", "Thành phố ", "Quận "]

    init(settings: DocumentSettings, scenario: Scenario, vietnamese: Bool) {
        self.vietnamese = vietnamese
        self.settings = settings
        let inferred = Self.inferDistrict(scenario.name)
        district = inferred.map { "\($0.prefix.lowercased()) \($0.name)" }
        parentBody = settings.parentBody
        let defaultBody = vietnamese ? "ỦY BAN NHÂN DÂN" : "PEOPLE'S COMMITTEE"
        body =
            settings.body ?? inferred.map {
                vietnamese
                    ? "\(defaultBody) \(DocumentText.capitals("\($0.prefix) \($0.name)"))"
                    : "\(defaultBody) OF \(DocumentText.capitals($0.name)) \(DocumentText.capitals($0.prefix))"
            } ?? defaultBody
        bodyCode = settings.bodyCode ?? "UBND"
        number = settings.number
        place = settings.place ?? inferred?.name ?? "……"
        date =
            settings.date ?? scenario.inspection.season?.from
            ?? CivilDate(year: scenario.year, month: 1, day: 1) ?? CivilDate(dayNumber: 0)
        let defaultAuthority =
            vietnamese
            ? ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]
            : ["ON BEHALF OF THE PEOPLE'S COMMITTEE", "FOR THE CHAIR"]
        authority = settings.signer.authority ?? defaultAuthority
        signerTitle = settings.signer.title ?? (vietnamese ? "PHÓ CHỦ TỊCH" : "VICE-CHAIR")
        signerName = settings.signer.name
        legalBases = settings.legalBases ?? Self.defaultLegalBases(year: scenario.year, vietnamese)
        recipients = settings.recipients ?? Self.defaultRecipients(vietnamese)
    }

    /// `Số: 25/KH-UBND`, or `Số:      /KH-UBND` without a number.
    func numberLine(type: String) -> String {
        let code = "\(type)-\(bodyCode)"
        let label = vietnamese ? "Số" : "No."
        if let number { return "\(label): \(number.count == 1 ? "0" + number : number)/\(code)" }
        return "\(label):\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}/\(code)"
    }

    /// `Thạch Hà, ngày 10 tháng 01 năm 2022`.
    var placeAndDate: String { "\(place), \(DocumentText.longDate(date, vietnamese))" }

    /// The issuer in running text: `Ủy ban nhân dân huyện` / `the district People's Committee`.
    var issuerInText: String { vietnamese ? "Ủy ban nhân dân huyện" : "the district People's Committee" }

    /// The recipients with the archive line last: `Lưu: VT, NV`.
    var recipientLines: [String] {
        let archive = vietnamese ? "Lưu: VT, NV" : "Archive: Office, Internal Affairs"
        let hasArchive = recipients.contains { $0.hasPrefix("Lưu") || $0.hasPrefix("Archive") }
        return hasArchive ? recipients : recipients + [archive]
    }

    /// The legal bases used when the scenario lists none: the laws that empower the district committee, the
    /// government's master programme, and a placeholder for the province's plan.
    static func defaultLegalBases(year: Int, _ vietnamese: Bool) -> [String] {
        vietnamese
            ? [
                "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của "
                    + "Luật "
                    + "Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019",
                "Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách "
                    + "hành chính nhà nước giai đoạn 2021 - 2030",
                "Kế hoạch số …/KH-UBND ngày … của Ủy ban nhân dân tỉnh về cải cách hành chính năm \(year)",
            ]
            : [
                "the Law on the Organisation of Local Government of 19 June 2015, as amended on 22 November 2019",
                "Government Resolution 76/NQ-CP of 15 July 2021 on the state administrative reform master programme "
                    + "2021-2030",
                "the province's administrative-reform plan for \(year), No. … of …",
            ]
    }

    /// The recipients used when the scenario lists none.
    static func defaultRecipients(_ vietnamese: Bool) -> [String] {
        vietnamese
            ? [
                "UBND tỉnh (để báo cáo)", "Sở Nội vụ (để báo cáo)", "Thường trực Huyện ủy (để báo cáo)",
                "Thường trực HĐND huyện", "Chủ tịch, các Phó Chủ tịch UBND huyện", "Thành viên các đoàn kiểm tra",
                "Các đơn vị được kiểm tra",
            ]
            : [
                "Provincial People's Committee (for report)", "Provincial Department of Home Affairs (for report)",
                "District Party Committee (for report)", "District People's Council",
                "Chair and Vice-Chairs of the district People's Committee", "Members of the inspection teams",
                "Units inspected",
            ]
    }

    /// The district named at the start of a scenario name such as `Huyện Thạch Hà - Kế hoạch …`.
    static func inferDistrict(_ scenarioName: String) -> (prefix: String, name: String)? {
        let head =
            scenarioName.components(separatedBy: " - ").first?
            .components(separatedBy: " — ").first?.trimmingCharacters(in: .whitespaces) ?? ""
        for prefix in districtPrefixes where head.hasPrefix(prefix) {
            let name = String(head.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            if !name.isEmpty { return (String(prefix.dropLast()), name) }
        }
        return nil
    }
}
