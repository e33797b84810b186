import CivilCalendar
import InspectionScheduling
import Reporting
import ScenarioModel

extension PlanDocument {
    /// Part II: the areas, which areas each kind of unit gets, the units against the targets, the dates and the table.
    func contentPart(textWidth: Int) -> [WordBlock] {
        var blocks: [WordBlock] = [
            .paragraph(
                AdministrativeForm.body(
                    t("1. Nội dung kiểm tra", "1. Content"),
                    bold: true))
        ]
        for (index, area) in InspectionArea.allCases.enumerated() {
            let last = index == InspectionArea.allCases.count - 1
            blocks.append(
                .paragraph(
                    AdministrativeForm.body(
                        "\(Self.letter(area, v))) \(area.name(v))\(last ? "." : ";")")))
        }
        for (kinds, areas) in kindGroups() {
            let names = kinds.map { Vocabulary.kind($0, v ? .vi : .en).lowercased() }.joined(separator: ", ")
            let letters = areas.map { Self.letter($0, v) }.joined(separator: ", ")
            blocks.append(
                .paragraph(
                    AdministrativeForm.body(
                        t(
                            "Đối với \(names): kiểm tra các nội dung tại điểm \(letters).",
                            "For \(names): the contents under \(letters)."))))
        }
        blocks.append(.paragraph(AdministrativeForm.body(t("2. Đối tượng kiểm tra", "2. Units"), bold: true)))
        for target in plan.targets {
            let group = target.region.map { "\(target.name) (\($0))" } ?? target.name
            blocks.append(
                .paragraph(
                    AdministrativeForm.body(
                        t(
                            "- \(group): kiểm tra \(target.planned)/\(target.total) đơn vị (yêu cầu tối thiểu "
                                + "\(target.required) "
                                + "đơn vị).",
                            "- \(group): \(target.planned) of \(target.total) units (at least \(target.required) "
                                + "required)."
                        ))))
        }
        blocks.append(.paragraph(AdministrativeForm.body(t("3. Thời gian kiểm tra", "3. Dates"), bold: true)))
        blocks.append(.paragraph(AdministrativeForm.body(periodSentence())))
        if !entries.isEmpty { blocks.append(.table(calendarTable(textWidth: textWidth))) }
        return blocks
    }

    /// Kinds present in the plan grouped by identical areas, in kind order.
    func kindGroups() -> [([UnitKind], [InspectionArea])] {
        let kinds = Set(entries.map(\.unit.kind)).sorted()
        var groups: [([UnitKind], [InspectionArea])] = []
        for kind in kinds {
            let areas = content.areas(for: kind)
            if let i = groups.firstIndex(where: { $0.1 == areas }) {
                groups[i].0.append(kind)
            } else {
                groups.append(([kind], areas))
            }
        }
        return groups
    }

    func periodSentence() -> String {
        guard let first = entries.first?.inspection.date, let last = entries.last?.inspection.date else {
            return t("Lịch kiểm tra sẽ được thông báo sau.", "The dates will be announced later.")
        }
        if first.month == last.month {
            return t(
                "Trong tháng \(first.month) năm \(plan.year); lịch cụ thể như sau:",
                "In \(DocumentText.monthName(first.month)) \(plan.year), as follows:")
        }
        return t(
            "Từ tháng \(first.month) đến tháng \(last.month) năm \(plan.year); lịch cụ thể như sau:",
            "From \(DocumentText.monthName(first.month)) to \(DocumentText.monthName(last.month)) \(plan.year), "
                + "as follows:")
    }

    /// The calendar: one row per inspection.
    func calendarTable(textWidth: Int) -> WordTable {
        let widths = [700, 3000, 2400, 1300].map { $0 * textWidth / 9355 }
        let columns = widths + [textWidth - widths.reduce(0, +)]
        let size = 12.0
        func cell(_ text: String, _ alignment: WordParagraph.Alignment = .center, bold: Bool = false) -> WordTable.Cell
        {
            .init(
                text.split(separator: "\n").map {
                    WordParagraph(String($0), alignment: alignment, bold: bold, size: size)
                })
        }
        let headers =
            v
            ? ["Số TT", "Đơn vị được kiểm tra", "Ngày kiểm tra", "Đoàn kiểm tra", "Nội dung"]
            : ["No.", "Unit", "Date", "Team", "Content"]
        var table = WordTable(columnWidths: columns)
        table.rows.append(.init(cells: headers.map { cell($0, bold: true) }, isHeader: true))
        for (index, e) in entries.enumerated() {
            let dates = e.inspection.dates
            let date =
                e.inspection.days > 1 && dates.count > 1
                ? "\(DocumentText.shortDate(dates[0])) – \(DocumentText.shortDate(dates[dates.count - 1]))"
                : "\(DocumentText.weekday(e.inspection.date, v)), \(DocumentText.shortDate(e.inspection.date))"
            let session = DocumentText.session(days: e.inspection.days, morning: e.session == .morning, v)
            let areas = content.areas(for: e.unit.kind).map { Self.letter($0, v) }.joined(separator: ", ")
            table.rows.append(
                .init(cells: [
                    cell("\(index + 1)"), cell(e.unit.name, .left), cell("\(date)\n\(session)"),
                    cell(DocumentText.teamLabel(e.team.code, in: scenario, v)), cell(areas),
                ]))
        }
        return table
    }

    /// Part III: each team that inspects, with its members.
    func teamsPart() -> [WordBlock] {
        let used = Set(entries.map(\.team.code))
        let teams = scenario.teams.filter { used.contains($0.code) }
        var blocks: [WordBlock] = []
        for team in teams.isEmpty ? scenario.teams : teams {
            let label = DocumentText.teamLabel(team.code, in: scenario, v)
            blocks.append(
                .paragraph(
                    AdministrativeForm.body([
                        WordRun("\(label): ", bold: true, size: AdministrativeForm.bodySize),
                        WordRun(
                            team.name + (team.members.isEmpty ? "." : t(", gồm:", ", made up of:")),
                            size: AdministrativeForm.bodySize),
                    ])))
            for (index, member) in team.members.enumerated() {
                let end = index == team.members.count - 1 ? "." : ";"
                blocks.append(.paragraph(AdministrativeForm.body("- \(member)\(end)")))
            }
        }
        blocks.append(
            .paragraph(
                AdministrativeForm.body(
                    t(
                        "Trưởng đoàn kiểm tra có thể mời thêm đại diện các cơ quan, đơn vị liên quan tham gia khi cần "
                            + "thiết.",
                        "A team leader may invite representatives of other offices when needed."))))
        return blocks
    }
}
