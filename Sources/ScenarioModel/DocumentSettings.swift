import CivilCalendar

/// The `document:` section of a scenario: what the issued documents (the inspection plan, the notices, the list of
/// staff proposed for streamlining) say about who issues them, when and where, who signs, to whom they go, and the
/// free paragraphs of the plan. Every value is optional; documents fill what is absent from the scenario.
public struct DocumentSettings: Hashable, Sendable, Codable {
    /// The person who signs and the authority lines above the title.
    public struct Signer: Hashable, Sendable, Codable {
        /// The authority lines, e.g. `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`.
        public var authority: [String]?
        /// The signer's title, e.g. `PHÓ CHỦ TỊCH`.
        public var title: String?
        /// The signer's full name.
        public var name: String?

        /// Creates a signer.
        public init(authority: [String]? = nil, title: String? = nil, name: String? = nil) {
            self.authority = authority
            self.title = title
            self.name = name
        }
    }

    /// The body above the issuer, e.g. `UBND TỈNH HÀ TĨNH`.
    public var parentBody: String?
    /// The issuing body, e.g. `ỦY BAN NHÂN DÂN HUYỆN THẠCH HÀ`.
    public var body: String?
    /// The body's abbreviation in document numbers, e.g. `UBND` in `Số: 25/KH-UBND`.
    public var bodyCode: String?
    /// The plan's number, e.g. `25`; absent leaves the space for the clerk to fill in.
    public var number: String?
    /// The place written before the date, e.g. `Thạch Hà`.
    public var place: String?
    /// The date of the plan.
    public var date: CivilDate?
    /// The signer.
    public var signer: Signer
    /// The legal bases, each the text after "Căn cứ", e.g. `Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ …`.
    public var legalBases: [String]?
    /// The recipients, each one line of "Nơi nhận" without the leading dash and the final semicolon.
    public var recipients: [String]?
    /// Paragraphs of part I (purpose and requirements).
    public var purpose: [String]?
    /// Paragraphs of part IV (method).
    public var method: [String]?
    /// Paragraphs of part V (funding).
    public var funding: [String]?
    /// Paragraphs of part VI (organisation of the work).
    public var organisation: [String]?

    /// Creates settings; absent values take the documents' defaults.
    public init(
        parentBody: String? = nil, body: String? = nil, bodyCode: String? = nil, number: String? = nil,
        place: String? = nil, date: CivilDate? = nil, signer: Signer = Signer(), legalBases: [String]? = nil,
        recipients: [String]? = nil, purpose: [String]? = nil, method: [String]? = nil, funding: [String]? = nil,
        organisation: [String]? = nil
    ) {
        self.parentBody = parentBody
        self.body = body
        self.bodyCode = bodyCode
        self.number = number
        self.place = place
        self.date = date
        self.signer = signer
        self.legalBases = legalBases
        self.recipients = recipients
        self.purpose = purpose
        self.method = method
        self.funding = funding
        self.organisation = organisation
    }
}
