import CivilCalendar

private func day(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }

private let factSheet = "docs/legal-sources.md"

extension StaffingRuleSet {
    /// The built-in Vietnamese rules, covering every date the tool plans for (from the ND 92/2009 quotas onward).
    ///
    /// Figures and marks follow `docs/legal-sources.md` §1–§5; [U] figures are parameters and flagged in outputs.
    public static let vnDefault = StaffingRuleSet(
        name: "vn-default",
        summary: "Built-in Vietnamese rules: ND 92/2009 → ND 34/2019 → ND 33/2023 quotas; TT 16/2017 → TT 20/2023, "
            + "TT 19/2023; TT 03/2023; ND 135/2020; ND 108/2014 (ND 143/2020) → ND 29/2023 → ND 154/2025; "
            + "base salary 2019–2024",
        communeQuotas: vnCommuneQuotas, schoolNorms: vnSchoolNorms, healthStationNorms: vnHealthStationNorms,
        retirementAges: vnRetirementAges, benefits: vnBenefits, baseSalary: vnBaseSalary
    )

    /// Commune officials and part-time posts: NĐ 92/2009 → NĐ 34/2019 → NĐ 33/2023 (with the unit standards of
    /// NĐ 33/2023).
    private static let vnCommuneQuotas: RuleTimeline<CommuneQuotaRule> = RuleTimeline([
        .init(
            provenance: RuleProvenance(
                document: "NĐ 92/2009/NĐ-CP", title: "Cán bộ, công chức cấp xã (sửa đổi bởi NĐ 29/2013/NĐ-CP)",
                from: day(2009, 12, 25), to: day(2019, 6, 24), source: "\(factSheet) §1.1", confidence: .secondary),
            rule: CommuneQuotaRule(
                officials: ["commune": [25, 23, 21]], partTime: [22, 20, 19],
                officialsArticle: "Art. 4", partTimeArticle: "Art. 13 (NĐ 29/2013)")),
        .init(
            provenance: RuleProvenance(
                document: "NĐ 34/2019/NĐ-CP",
                title: "Sửa đổi quy định về cán bộ, công chức cấp xã và người hoạt động không chuyên trách",
                from: day(2019, 6, 25), to: day(2023, 7, 31), source: "\(factSheet) §1.1", confidence: .confirmed),
            rule: CommuneQuotaRule(
                officials: ["commune": [23, 21, 19]], partTime: [14, 12, 10],
                officialsArticle: "Art. 2(1)", partTimeArticle: "Art. 2(5)")),
        .init(
            provenance: RuleProvenance(
                document: "NĐ 33/2023/NĐ-CP", title: "Cán bộ, công chức cấp xã và người hoạt động không chuyên trách",
                from: day(2023, 8, 1), source: "\(factSheet) §1.1–§1.2", confidence: .confirmed),
            rule: CommuneQuotaRule(
                officials: ["ward": [23, 21, 19], "commune": [22, 20, 18], "town": [22, 20, 18]],
                partTime: [14, 12, 10],
                standards: [
                    "commune": UnitStandard(
                        population: 8000, areaKm2: 30, populationFraction: 0.5, areaFraction: 1,
                        confidence: .confirmed),
                    "town": UnitStandard(
                        population: 8000, areaKm2: 14, populationFraction: 0.5, areaFraction: 1,
                        confidence: .unconfirmed),
                    "ward": UnitStandard(
                        population: 7000, areaKm2: 5.5, populationFraction: 0.5, areaFraction: 1,
                        confidence: .unconfirmed),
                ],
                officialsArticle: "Art. 6(1)–(2)", partTimeArticle: "Art. 33(1)")),
    ])

    /// Teachers per class and school leadership: TT 16/2017 → TT 20/2023 and TT 19/2023.
    private static let vnSchoolNorms: RuleTimeline<SchoolNormRule> = RuleTimeline([
        .init(
            provenance: RuleProvenance(
                document: "TT 16/2017/TT-BGDĐT",
                title: "Danh mục khung vị trí việc làm và định mức giáo viên phổ thông (mầm non: TTLT 06/2015)",
                from: day(2017, 8, 26), to: day(2023, 12, 15), source: "\(factSheet) §5.1", confidence: .secondary),
            rule: SchoolNormRule(
                teachersPerClass: ["preschool": 2.2, "primary": 1.5, "lower-secondary": 1.9, "combined": 1.9],
                twoDeputiesFromClasses: 28, extraPerSchool: ["primary": 1, "combined": 1],
                teacherArticle: "Art. 6", leadershipArticle: "Art. 5", leadershipConfidence: .confirmed)),
        .init(
            provenance: RuleProvenance(
                document: "TT 20/2023/TT-BGDĐT; TT 19/2023/TT-BGDĐT",
                title: "Vị trí việc làm và định mức giáo viên (phổ thông; mầm non)",
                from: day(2023, 12, 16), source: "\(factSheet) §5.1", confidence: .confirmed),
            rule: SchoolNormRule(
                teachersPerClass: ["preschool": 2.2, "primary": 1.5, "lower-secondary": 1.9, "combined": 1.9],
                twoDeputiesFromClasses: 28, extraPerSchool: ["primary": 1, "combined": 1],
                teacherArticle: "Art. 5 (TT 20); Art. 5 (TT 19)", leadershipArticle: "Art. 4 (deputies by zone)",
                leadershipConfidence: .unconfirmed)),
    ])

    /// Commune health-station staff: TT 03/2023.
    private static let vnHealthStationNorms: RuleTimeline<HealthStationNormRule> = RuleTimeline([
        .init(
            provenance: RuleProvenance(
                document: "TT 03/2023/TT-BYT",
                title: "Vị trí việc làm, định mức số lượng người làm việc trong đơn vị sự nghiệp y tế công lập",
                from: day(2023, 4, 5), source: "\(factSheet) §5.2", confidence: .unconfirmed),
            rule: HealthStationNormRule(
                base: 5, populationThreshold: 6000, populationStep: 2500, zoneCoefficient: 1.0,
                article: "Art. 5 (Trạm Y tế xã)"))
    ])

    /// Retirement ages: NĐ 135/2020.
    private static let vnRetirementAges: RuleTimeline<RetirementAgeRule> = RuleTimeline([
        .init(
            provenance: RuleProvenance(
                document: "NĐ 135/2020/NĐ-CP", title: "Quy định về tuổi nghỉ hưu (Bộ luật Lao động 2019 Điều 169)",
                from: day(2021, 1, 1), source: "\(factSheet) §4", confidence: .confirmed),
            rule: RetirementAgeRule(
                startYear: 2021,
                men: .init(baseMonths: 720, stepMonths: 3, capMonths: 744),
                women: .init(baseMonths: 660, stepMonths: 4, capMonths: 720),
                article: "Art. 3–4"))
    ])

    /// Staff-reduction benefits: NĐ 108/2014 (NĐ 143/2020) → NĐ 29/2023 → NĐ 154/2025.
    private static let vnBenefits: RuleTimeline<BenefitPackage> = RuleTimeline([
        .init(
            provenance: RuleProvenance(
                document: "NĐ 108/2014/NĐ-CP (sửa đổi bởi NĐ 143/2020/NĐ-CP)", title: "Chính sách tinh giản biên chế",
                from: day(2015, 1, 1), to: day(2023, 7, 19), source: "\(factSheet) §3.3", confidence: .confirmed),
            rule: BenefitPackage(
                earlyRetirementArticle: "Art. 8", resignationArticle: "Art. 10",
                earlyRetirementConfidence: .confirmed, resignationConfidence: .confirmed)),
        .init(
            provenance: RuleProvenance(
                document: "NĐ 29/2023/NĐ-CP", title: "Quy định về tinh giản biên chế",
                from: day(2023, 7, 20), to: day(2025, 6, 15), source: "\(factSheet) §3.3", confidence: .confirmed),
            rule: BenefitPackage(
                partTimeShareOfMonthlyAllowance: 0.5, earlyRetirementArticle: "Art. 5", resignationArticle: "Art. 7",
                partTimeArticle: "Art. 9(2)", earlyRetirementConfidence: .confirmed, resignationConfidence: .confirmed,
                mergerEarlyRetirement: MergerEarlyRetirement())),
        .init(
            provenance: RuleProvenance(
                document: "NĐ 154/2025/NĐ-CP", title: "Quy định về tinh giản biên chế",
                from: day(2025, 6, 16), to: day(2030, 12, 31), source: "\(factSheet) §3.3", confidence: .secondary),
            rule: BenefitPackage(
                partTimeShareOfMonthlyAllowance: 0.5, earlyRetirementArticle: "early retirement (ND 29 figures kept)",
                resignationArticle: "resignation", partTimeArticle: "part-time (ND 29 figures kept)",
                earlyRetirementConfidence: .unconfirmed, resignationConfidence: .secondary,
                mergerEarlyRetirement: MergerEarlyRetirement(
                    article: "merger early retirement (ND 29 Art. 8 figures kept)"))),
    ])

    /// Base salary: NĐ 38/2019 → NĐ 24/2023 → NĐ 73/2024.
    private static let vnBaseSalary: RuleTimeline<BaseSalary> = RuleTimeline([
        .init(
            provenance: RuleProvenance(
                document: "NĐ 38/2019/NĐ-CP", title: "Mức lương cơ sở 1.490.000 đồng", from: day(2019, 7, 1),
                to: day(2023, 6, 30), source: "\(factSheet) §1.4", confidence: .secondary),
            rule: BaseSalary(vndPerMonth: 1_490_000)),
        .init(
            provenance: RuleProvenance(
                document: "NĐ 24/2023/NĐ-CP", title: "Mức lương cơ sở 1.800.000 đồng", from: day(2023, 7, 1),
                to: day(2024, 6, 30), source: "\(factSheet) §1.4", confidence: .secondary),
            rule: BaseSalary(vndPerMonth: 1_800_000)),
        .init(
            provenance: RuleProvenance(
                document: "NĐ 73/2024/NĐ-CP", title: "Mức lương cơ sở 2.340.000 đồng", from: day(2024, 7, 1),
                source: "\(factSheet) §1.4", confidence: .secondary),
            rule: BaseSalary(vndPerMonth: 2_340_000)),
    ])

    /// `vn-default` plus Hà Tĩnh's top-ups for the 2023–2025 merger round (+60 %/+30 % early retirement, +70 %/+35 %
    /// resignation, within 12 / 60 months of the merger; figures [S], resolution number [U]).
    public static let vnHaTinh: StaffingRuleSet = {
        var set = vnDefault
        set.name = "vn-ha-tinh"
        set.summary = vnDefault.summary + "; Hà Tĩnh top-ups for the 2023–2025 mergers"
        set.topUps = RuleTimeline([
            .init(
                provenance: RuleProvenance(
                    document: "NQ HĐND tỉnh Hà Tĩnh (số chưa xác định)",
                    title: "Hỗ trợ thêm khi sắp xếp đơn vị hành chính 2023–2025",
                    from: day(2025, 1, 1), to: day(2030, 12, 31), source: "\(factSheet) §2.3 item 6",
                    confidence: .unconfirmed),
                rule: ProvincialTopUp(mergersFrom: day(2025, 1, 1)))
        ])
        return set
    }()
}
