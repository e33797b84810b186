import CivilCalendar
import ScenarioModel

/// Staff, the job-position framework and the staffing settings.
extension ScenarioChecks {
    func checkStaff() {
        for (member, row) in tables.staff {
            if unitsOK && !unitCodes.contains(member.unit) {
                let (m, h) = unknownUnit(member.unit)
                report("staff", row, "unit", m, h)
            }
            if member.birthDate > today {
                report(
                    "staff", row, "birth_date",
                    t(
                        "Ngày sinh \(member.birthDate) ở tương lai (sau \(today)).",
                        "The birth date \(member.birthDate) is in the future (after \(today))."),
                    t("Sửa ngày sinh (YYYY-MM-DD).", "Fix the birth date (YYYY-MM-DD)."))
            } else if member.birthDate.year < today.year - 100 {
                report(
                    "staff", row, "birth_date",
                    t(
                        "Ngày sinh \(member.birthDate) quá xa (trên 100 tuổi).",
                        "The birth date \(member.birthDate) is implausibly early (over 100 years old)."),
                    t("Sửa ngày sinh (YYYY-MM-DD).", "Fix the birth date (YYYY-MM-DD)."))
            }
            if member.insuranceYears > 60 {
                report(
                    "staff", row, "insurance_years",
                    t(
                        "Số năm đóng bảo hiểm \(member.insuranceYears) không hợp lý.",
                        "\(member.insuranceYears) insurance years is implausible."),
                    t(
                        "Ghi số năm đóng BHXH bắt buộc tính đến 1/1 năm kế hoạch.",
                        "Give the years of compulsory social insurance on 1 January of the plan year."))
            }
            if let leaving = member.leaving, leaving < member.birthDate {
                report(
                    "staff", row, "leaving",
                    t("Ngày nghỉ trước ngày sinh.", "The leaving date is before the birth date."))
            }
        }
    }

    func checkPositions() {
        let kinds = knownKinds()
        for (line, row) in tables.positions {
            switch line.scope {
            case .unit(let code) where unitsOK && !unitCodes.contains(code):
                let (m, h) = unknownUnit(code)
                report("positions", row, "unit", m, h)
            case .kind(let kind) where unitsOK && !kinds.contains(kind.rawValue):
                let suggestion = EditDistance.suggestion(for: kind.rawValue, among: kinds)
                report(
                    "positions", row, "kind", t("Không có đơn vị loại `\(kind)`.", "No unit has the kind `\(kind)`."),
                    suggestion.map { t("Có phải ý bạn là `\($0)`?", "Did you mean `\($0)`?") }
                        ?? t(
                            "Dùng một loại: \(kinds.joined(separator: ", ")).",
                            "Use a kind: \(kinds.joined(separator: ", "))."))
            default: break
            }
        }
    }

    func checkStaffingSettings() {
        let settings = declaration.staffing
        let staffIDs = Set(tables.staff.map(\.0.id))
        for (field, ids) in [("staffing.protected", settings.protected), ("staffing.fixed", settings.fixed)] {
            guard let origin = declaration.origins[field] else { continue }
            for id in ids.sorted() where tables.usable.contains("staff") && !staffIDs.contains(id) {
                let suggestion = EditDistance.suggestion(for: id, among: Array(staffIDs))
                report(
                    origin, field,
                    t(
                        "Không có cán bộ mã `\(id)` trong staff.csv.",
                        "There is no staff member with id `\(id)` in staff.csv."),
                    suggestion.map { t("Có phải ý bạn là `\($0)`?", "Did you mean `\($0)`?") }
                        ?? t("Dùng mã ở cột `id` của staff.csv.", "Use an id from staff.csv's `id` column."))
            }
        }
        if let origin = declaration.origins["staffing.fixed"] {
            for id in settings.fixed.intersection(settings.protected).sorted() {
                report(
                    origin, "staffing.fixed",
                    t(
                        "Cán bộ mã `\(id)` vừa ở `fixed` (phải chọn) vừa ở `protected` (không được chọn).",
                        "Staff member `\(id)` is both `fixed` (must be chosen) and `protected` (never chosen)."),
                    t("Bỏ mã này khỏi một trong hai danh sách.", "Remove the id from one of the two lists."))
            }
        }
        if case .pairs(let pairs) = settings.allowedTransfers,
            let origin = declaration.origins["staffing.allowed_transfers"]
        {
            for code in pairs.flatMap({ [$0.from, $0.to] }) where unitsOK && !unitCodes.contains(code) {
                let (m, h) = unknownUnit(code)
                report(origin, "staffing.allowed_transfers", m, h)
            }
        }
    }
}
