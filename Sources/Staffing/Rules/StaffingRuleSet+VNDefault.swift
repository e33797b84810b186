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
        retirementAges: vnRetirementAges, benefits: vnBenefits, baseSalary: vnBaseSalary,
        selection: vnSelection, reform: vnReform, restructuringBenefits: vnRestructuringBenefits
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
                officialsArticle: "Art. 2(1)", partTimeArticle: "Art. 2(5)",
                policeDeduction: PoliceDeduction(article: "Art. 2(1)"))),
        .init(
            provenance: RuleProvenance(
                document: "NĐ 33/2023/NĐ-CP", title: "Cán bộ, công chức cấp xã và người hoạt động không chuyên trách",
                from: day(2023, 8, 1), to: day(2025, 6, 30), source: "\(factSheet) §1.1–§1.2",
                confidence: .confirmed),
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
                earlyRetirementConfidence: .confirmed, resignationConfidence: .confirmed,
                insuranceRounding: InsuranceRounding(article: "Art. 1(8) NĐ 113/2018/NĐ-CP", confidence: .confirmed),
                shortInsurance: [
                    ShortInsuranceEarlyRetirement(
                        minYearsEarly: 2, maxYearsEarly: 5, flatMonths: 0, monthsPerYearEarly: 3,
                        mergedCommuneOnly: false, article: "Art. 8 (NĐ 143/2020)", confidence: .unconfirmed)
                ],
                averageSalary: false)),
        .init(
            provenance: RuleProvenance(
                document: "NĐ 29/2023/NĐ-CP", title: "Quy định về tinh giản biên chế",
                from: day(2023, 7, 20), to: day(2025, 6, 15), source: "\(factSheet) §3.3", confidence: .confirmed),
            rule: BenefitPackage(
                partTimeShareOfMonthlyAllowance: 0.5, earlyRetirementArticle: "Art. 5", resignationArticle: "Art. 7",
                partTimeArticle: "Art. 9(2)", earlyRetirementConfidence: .confirmed, resignationConfidence: .confirmed,
                mergerEarlyRetirement: MergerEarlyRetirement(),
                insuranceRounding: InsuranceRounding(
                    article: "cách tính thời gian (điều chưa xác định)", confidence: .unconfirmed),
                partTimeWindowMonths: 12, shortInsurance: nd29ShortInsurance, averageSalary: true)),
        .init(
            provenance: RuleProvenance(
                document: "NĐ 154/2025/NĐ-CP", title: "Quy định về tinh giản biên chế",
                from: day(2025, 6, 16), to: day(2030, 12, 31), source: "\(factSheet) §3.3", confidence: .secondary),
            rule: BenefitPackage(
                partTimeShareOfMonthlyAllowance: 0.5, earlyRetirementArticle: "early retirement (ND 29 figures kept)",
                resignationArticle: "resignation", partTimeArticle: "part-time (ND 29 figures kept)",
                earlyRetirementConfidence: .unconfirmed, resignationConfidence: .secondary,
                mergerEarlyRetirement: MergerEarlyRetirement(
                    article: "merger early retirement (ND 29 Art. 8 figures kept)"),
                insuranceRounding: InsuranceRounding(article: "Art. 5(4)–(8)", confidence: .secondary),
                partTimeWindowMonths: 12,
                shortInsurance: nd29ShortInsurance.map { c in
                    var c = c
                    c.article += " (NĐ 29/2023 figures kept)"
                    c.confidence = .unconfirmed
                    return c
                }, averageSalary: false)),
    ])

    /// Women commune officials with 15 to under 20 SI years under NĐ 29/2023: Art. 5 (2–5 years early) [U] and
    /// Art. 8 (merged commune, more than 5 and up to 10 years early: 5 months + 1.5 months per year early) [C].
    private static let nd29ShortInsurance = [
        ShortInsuranceEarlyRetirement(
            minYearsEarly: 2, maxYearsEarly: 5, flatMonths: 0, monthsPerYearEarly: 3, mergedCommuneOnly: false,
            article: "Art. 5 (nữ CBCC cấp xã, 15–20 năm BHXH)", confidence: .unconfirmed),
        ShortInsuranceEarlyRetirement(
            minYearsEarly: 5, maxYearsEarly: 10, flatMonths: 5, monthsPerYearEarly: 1.5, mergedCommuneOnly: true,
            article: "Art. 8 (nữ CBCC cấp xã, 15–20 năm BHXH)", confidence: .confirmed),
    ]

    /// Exits caused by the 2025 restructuring: NĐ 178/2024 as amended by NĐ 67/2025 [S] (the 0.8/0.4 early-leave
    /// payment is not modelled, so resignation amounts are marked [U]).
    private static let vnRestructuringBenefits: RuleTimeline<BenefitPackage> = RuleTimeline([
        .init(
            provenance: RuleProvenance(
                document: "NĐ 178/2024/NĐ-CP (sửa đổi bởi NĐ 67/2025/NĐ-CP)",
                title: "Chính sách, chế độ khi thực hiện sắp xếp tổ chức bộ máy", from: day(2025, 1, 1),
                to: day(2030, 12, 31), source: "\(factSheet) §3.5", confidence: .secondary),
            rule: BenefitPackage(
                monthsPerYearEarly: 5, earlyRetirementArticle: "Art. 7(2)(a)", resignationArticle: "Art. 9",
                earlyRetirementConfidence: .secondary, resignationConfidence: .unconfirmed,
                mergerEarlyRetirement: MergerEarlyRetirement(
                    monthsPerYearEarly: 4, article: "Art. 7(2)(b)", confidence: .secondary),
                insuranceRounding: InsuranceRounding(article: "Art. 5", confidence: .unconfirmed),
                averageSalary: false))
    ])

    /// Who the plan selects first (NĐ 29/2023 Art. 2(1); NĐ 108/2014 Art. 6 before 20/7/2023) [D].
    private static let vnSelection = SelectionPriority(
        provenance: RuleProvenance(
            document: "NĐ 29/2023/NĐ-CP", title: "Đối tượng tinh giản biên chế; thứ tự ưu tiên do công cụ suy ra",
            from: day(2015, 1, 1), to: day(2030, 12, 31), source: "\(factSheet) §3.2, §13", confidence: .derived),
        order: [
            .hrDecision, .notCompletedRating, .belowStandard, .volunteer, .redundantByMerger,
            .redundantByRestructuring,
        ],
        articles: [
            "rating-not-completed": "Art. 2(1)(đ)", "below-standard": "Art. 2(1)(d)", "volunteer": "Art. 2(1)(c)",
            "redundant-merger": "Art. 2(1)(b)", "redundant-restructuring": "Art. 2(1)(a)",
        ])

    /// The two-tier local government from 1/7/2025 [S]; the per-commune figures are [U].
    private static let vnReform = LocalGovernmentReform(
        provenance: RuleProvenance(
            document: "NQ 203/2025/QH15; Luật 72/2025/QH15; NQ 76/2025/UBTVQH15",
            title: "Chính quyền địa phương hai cấp (không tổ chức cấp huyện)", from: day(2025, 7, 1),
            source: "\(factSheet) §8, §13", confidence: .secondary),
        date: day(2025, 7, 1), officialsPerNewCommune: 32, officialsConfidence: .unconfirmed,
        partTimePerNewCommune: 0, partTimeConfidence: .unconfirmed, article: "Art. 11 (NQ 76/2025)")

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
        set.summary = vnDefault.summary + "; Hà Tĩnh top-ups for the 2023–2025 mergers; Hà Tĩnh part-time maximum 9"
        set.topUps = RuleTimeline([
            .init(
                provenance: RuleProvenance(
                    document: "NQ HĐND tỉnh Hà Tĩnh (số chưa xác định)",
                    title: "Hỗ trợ thêm khi sắp xếp đơn vị hành chính 2023–2025",
                    from: day(2025, 1, 1), to: day(2030, 12, 31), source: "\(factSheet) §2.3 item 6",
                    confidence: .unconfirmed),
                rule: ProvincialTopUp(mergersFrom: day(2025, 1, 1)))
        ])
        set.provincialPartTime = RuleTimeline([
            .init(
                provenance: RuleProvenance(
                    document: "UBND/HĐND tỉnh Hà Tĩnh (số văn bản chưa xác định)",
                    title: "Số lượng người hoạt động không chuyên trách cấp xã tối đa 9 người",
                    from: day(2019, 6, 25), to: day(2023, 7, 31), source: "\(factSheet) §1.1, §13",
                    confidence: .unconfirmed),
                rule: ProvincialQuotaCap(partTime: [9, 9, 9], article: ""))
        ])
        return set
    }()
}
