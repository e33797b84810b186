/// An area a CCHC inspection covers: the six reform contents of Nghị quyết 76/NQ-CP (15/7/2021) and the direction
/// and management of the reform that inspection plans add.
public enum InspectionArea: String, Hashable, Sendable, CaseIterable, Codable {
    case direction
    case institutions
    case procedures
    case organisation
    case civilService = "civil-service"
    case publicFinance = "public-finance"
    case eGovernment = "e-government"

    /// The area's name as written in a plan.
    public func name(_ vietnamese: Bool) -> String {
        switch (self, vietnamese) {
        case (.direction, true): return "Công tác chỉ đạo, điều hành cải cách hành chính"
        case (.direction, false): return "Direction and management of administrative reform"
        case (.institutions, true): return "Cải cách thể chế"
        case (.institutions, false): return "Institutional reform"
        case (.procedures, true): return "Cải cách thủ tục hành chính"
        case (.procedures, false): return "Administrative-procedure reform"
        case (.organisation, true): return "Cải cách tổ chức bộ máy hành chính nhà nước"
        case (.organisation, false): return "Reform of the organisation of the state administrative apparatus"
        case (.civilService, true): return "Cải cách chế độ công vụ"
        case (.civilService, false): return "Civil-service reform"
        case (.publicFinance, true): return "Cải cách tài chính công"
        case (.publicFinance, false): return "Public-finance reform"
        case (.eGovernment, true): return "Xây dựng và phát triển chính quyền điện tử, chính quyền số"
        case (.eGovernment, false): return "E-government and digital government"
        }
    }

    /// The area's number in the plan's list (1…7).
    public var number: Int { Self.allCases.firstIndex(of: self)! + 1 }
}

/// Which areas each kind of unit is inspected on.
///
/// Institutional reform (drafting legal documents) is a task of People's Committees, not of schools, health
/// stations or centres; the default therefore gives commune-level units every area and service units the
/// procedures, organisation and staffing, public finance and e-government areas.
public struct InspectionContent: Hashable, Sendable, Codable {
    /// The areas of each kind; kinds not listed take ``otherKinds``.
    public var areasByKind: [UnitKind: [InspectionArea]]
    /// The areas of a kind not in ``areasByKind``.
    public var otherKinds: [InspectionArea]

    /// Creates a content map.
    public init(areasByKind: [UnitKind: [InspectionArea]], otherKinds: [InspectionArea]) {
        self.areasByKind = areasByKind
        self.otherKinds = otherKinds
    }

    /// The default map.
    public static let `default`: InspectionContent = {
        let service: [InspectionArea] = [.procedures, .organisation, .publicFinance, .eGovernment]
        return InspectionContent(
            areasByKind: [
                .commune: InspectionArea.allCases, .town: InspectionArea.allCases, .ward: InspectionArea.allCases,
                .school: service, .healthStation: service, .centre: service,
            ],
            otherKinds: service)
    }()

    /// The areas of one kind, in the plan's order.
    public func areas(for kind: UnitKind) -> [InspectionArea] {
        let areas = Set(areasByKind[kind] ?? otherKinds)
        return InspectionArea.allCases.filter(areas.contains)
    }
}
