// The announced arrangements, year by year. Periods list every day off of the year for civil servants working
// Monday–Friday (weekends inside a period included); occasions the announcement did not touch follow Labour Code
// 2019 Art. 112 and the compensatory rule of Art. 111(3) (Labour Code 2012 Art. 115 and 110(3) before 2021).
extension AnnouncedHolidays {
    static let y2018 = HolidayArrangement(
        year: 2018,
        documents: [
            HolidayDocument(
                number: "Thông báo của Bộ LĐ-TB&XH về nghỉ Tết Âm lịch năm 2018 (số chưa đối chiếu)",
                date: d(2017, 12, 1), issuer: molisa, confidence: "U")
        ],
        periods: [
            period(newYear, d(2018, 1, 1)),
            period(tet, d(2018, 2, 14), d(2018, 2, 20)),
            period(hungKings, d(2018, 4, 25)),
            period(mayDays, d(2018, 4, 28), d(2018, 5, 1)),
            period(national, d(2018, 9, 1), d(2018, 9, 3)),
        ],
        workedDays: [])

    static let y2019 = HolidayArrangement(
        year: 2019,
        documents: [
            HolidayDocument(
                number: "Thông báo của Bộ LĐ-TB&XH về nghỉ Tết Âm lịch năm 2019 (số chưa đối chiếu)",
                date: d(2018, 11, 1), issuer: molisa, confidence: "U")
        ],
        periods: [
            period(newYear, d(2019, 1, 1)),
            period(tet, d(2019, 2, 2), d(2019, 2, 10)),
            period(hungKings, d(2019, 4, 14), d(2019, 4, 15)),
            period(mayDays, d(2019, 4, 27), d(2019, 5, 1)),
            period(national, d(2019, 8, 31), d(2019, 9, 2)),
        ],
        workedDays: [
            .init(date: d(2019, 1, 5), replaces: d(2018, 12, 31)),
            .init(date: d(2019, 5, 4), replaces: d(2019, 4, 29)),
        ])

    static let y2020 = HolidayArrangement(
        year: 2020,
        documents: [
            HolidayDocument(
                number: "Thông báo của Bộ LĐ-TB&XH về nghỉ Tết Âm lịch năm 2020 (số chưa đối chiếu)",
                date: d(2019, 11, 1), issuer: molisa, confidence: "S")
        ],
        periods: [
            period(newYear, d(2020, 1, 1)),
            period(tet, d(2020, 1, 23), d(2020, 1, 29)),
            period(hungKings, d(2020, 4, 2)),
            period(mayDays, d(2020, 4, 30), d(2020, 5, 1)),
            period(national, d(2020, 9, 2)),
        ],
        workedDays: [])

    static let y2021 = HolidayArrangement(
        year: 2021,
        documents: [
            HolidayDocument(
                number: "Thông báo của Bộ LĐ-TB&XH về nghỉ Tết Âm lịch và Quốc khánh năm 2021 (số chưa đối chiếu)",
                date: d(2020, 12, 1), issuer: molisa, confidence: "U")
        ],
        periods: [
            period(newYear, d(2021, 1, 1)),
            period(tet, d(2021, 2, 10), d(2021, 2, 16)),
            period(hungKings, d(2021, 4, 21)),
            period(mayDays, d(2021, 4, 30), d(2021, 5, 3)),
            period(national, d(2021, 9, 2), d(2021, 9, 3)),
        ],
        workedDays: [])

    static let y2022 = HolidayArrangement(
        year: 2022,
        documents: [
            HolidayDocument(
                number: "245/VPCP-KGVX", date: d(2022, 1, 11), issuer: government, confidence: "S")
        ],
        periods: [
            period(newYear, d(2022, 1, 1), d(2022, 1, 3)),
            period(tet, d(2022, 1, 29), d(2022, 2, 6)),
            period(hungKings, d(2022, 4, 9), d(2022, 4, 11)),
            period(mayDays, d(2022, 4, 30), d(2022, 5, 3)),
            period(national, d(2022, 9, 1), d(2022, 9, 4)),
        ],
        workedDays: [])

    static let y2023 = HolidayArrangement(
        year: 2023,
        documents: [
            HolidayDocument(
                number: "8056/VPCP-KGVX", date: d(2022, 12, 1), issuer: government, confidence: "S")
        ],
        periods: [
            period(newYear, d(2023, 1, 1), d(2023, 1, 2)),
            period(tet, d(2023, 1, 20), d(2023, 1, 26)),
            period(hungKings, d(2023, 4, 29)),
            period(mayDays, d(2023, 4, 30), d(2023, 5, 3)),
            period(national, d(2023, 9, 1), d(2023, 9, 4)),
        ],
        workedDays: [])

    static let y2024 = HolidayArrangement(
        year: 2024,
        documents: [
            HolidayDocument(number: "5015/TB-LĐTBXH", date: d(2023, 11, 22), issuer: molisa, confidence: "C"),
            HolidayDocument(
                number: "2450/VPCP-KGVX", date: d(2024, 4, 12), issuer: government, confidence: "S"),
        ],
        periods: [
            period(newYear, d(2024, 1, 1)),
            period(tet, d(2024, 2, 8), d(2024, 2, 14)),
            period(hungKings, d(2024, 4, 18)),
            period(mayDays, d(2024, 4, 27), d(2024, 5, 1)),
            period(national, d(2024, 8, 31), d(2024, 9, 3)),
        ],
        workedDays: [.init(date: d(2024, 5, 4), replaces: d(2024, 4, 29))])

    static let y2025 = HolidayArrangement(
        year: 2025,
        documents: [
            HolidayDocument(
                number: "8726/VPCP-KGVX", date: d(2024, 11, 26), issuer: government, confidence: "S"),
            HolidayDocument(
                number: "Hoán đổi ngày làm việc dịp 30/4–1/5/2025 (văn bản chưa đối chiếu)", date: d(2025, 4, 1),
                issuer: government, confidence: "U"),
        ],
        periods: [
            period(newYear, d(2025, 1, 1)),
            period(tet, d(2025, 1, 25), d(2025, 2, 2)),
            period(hungKings, d(2025, 4, 5), d(2025, 4, 7)),
            period(mayDays, d(2025, 4, 30), d(2025, 5, 4)),
            period(national, d(2025, 8, 30), d(2025, 9, 2)),
        ],
        workedDays: [.init(date: d(2025, 4, 26), replaces: d(2025, 5, 2))])

    static let y2026 = HolidayArrangement(
        year: 2026,
        documents: [
            HolidayDocument(number: "9441/TB-BNV", date: d(2025, 10, 16), issuer: homeAffairs, confidence: "S")
        ],
        periods: [
            period(newYear, d(2026, 1, 1)),
            period(tet, d(2026, 2, 14), d(2026, 2, 22)),
            period(hungKings, d(2026, 4, 26), d(2026, 4, 27)),
            period(mayDays, d(2026, 4, 30), d(2026, 5, 1)),
            period(national, d(2026, 9, 1), d(2026, 9, 2)),
        ],
        workedDays: [])
}
