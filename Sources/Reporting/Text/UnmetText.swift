import CivilCalendar
import InspectionScheduling
import Localization

/// Words what a plan could not satisfy (``UnmetItem``) in Vietnamese or English: the one place those sentences live.
public enum UnmetText {
    /// The item as one sentence in `language`.
    public static func text(_ item: UnmetItem, _ language: Language) -> String {
        let vi = language == .vi
        switch item.detail {
        case .targetShortfall(let required, let planned, let total):
            let short = required - planned
            return vi
                ? "Chỉ tiêu «\(item.subject)»\(item.region.map { " (vùng \($0))" } ?? ""): cần \(required)/\(total) "
                    + "đơn vị, lịch chỉ xếp được \(planned), thiếu \(short)."
                : "Target “\(item.subject)”\(item.region.map { " (region \($0))" } ?? ""): \(required) of \(total) "
                    + "units required, the calendar reaches \(planned), \(short) short."
        case .pinConflict(let past, let date, let reason, let blockedOn):
            let why = fixedReason(reason, blockedOn: blockedOn, language)
            let team = item.team ?? ""
            return vi
                ? "\(past ? "Cuộc kiểm tra đã thực hiện" : "Lịch cố định") \(item.subject) – \(team) ngày "
                    + "\(date.vietnameseDescription) không giữ được: \(why)."
                : "\(past ? "Past inspection" : "Pin") \(item.subject) – \(team) on \(date) cannot be kept: \(why)."
        case .mustInspectConflict(let name, let rotationDue, let reason):
            let why = mustInspectReason(reason, language)
            return vi
                ? "\(name) (\(item.subject)) \(rotationDue ? "đến hạn kiểm tra theo chu kỳ" : "bắt buộc kiểm tra") "
                    + "nhưng không xếp được: \(why)."
                : "\(name) (\(item.subject)) \(rotationDue ? "is due under the rotation rule" : "must be inspected") "
                    + "but cannot be scheduled: \(why)."
        case .extraCapacity(let teamName):
            let days = NumberText.short(item.shortBy ?? 0)
            let months = NumberText.monthRange(item.months, language)
            return vi
                ? "Để đạt mọi chỉ tiêu, \(teamName) (\(item.subject)) cần thêm \(days) ngày kiểm tra trong \(months)."
                : "To meet every target, \(teamName) (\(item.subject)) needs \(days) more inspection days in \(months)."
        case .addTeam(let daysPerWeek, let alternative):
            switch (language, alternative) {
            case (.vi, true): return "Hoặc thành lập thêm một đoàn kiểm tra (\(daysPerWeek) ngày/tuần)."
            case (.vi, false): return "Cần thành lập thêm một đoàn kiểm tra (\(daysPerWeek) ngày/tuần)."
            case (.en, true): return "Or add one more inspection team (\(daysPerWeek) days a week)."
            case (.en, false): return "One more inspection team (\(daysPerWeek) days a week) is needed."
            }
        case .unproven(let reason):
            return unproven(reason, region: item.region ?? item.subject, language)
        }
    }

    /// Why a fixed inspection cannot be kept.
    static func fixedReason(_ reason: UnmetItem.FixedConflict, blockedOn: CivilDate?, _ language: Language) -> String {
        let vi = language == .vi
        let day = blockedOn.map { vi ? $0.vietnameseDescription : $0.description } ?? "?"
        switch reason {
        case .unknownUnit: return vi ? "không có đơn vị này" : "unknown unit"
        case .unknownTeam: return vi ? "không có đoàn này" : "unknown team"
        case .duplicateUnit: return vi ? "đơn vị đã có lịch cố định khác" : "the unit already has another fixed date"
        case .unitExcluded: return vi ? "đơn vị bị loại khỏi kế hoạch năm nay" : "the unit is excluded this year"
        case .conflictOfInterest:
            return vi
                ? "đoàn không được kiểm tra đơn vị này (xung đột lợi ích)"
                : "the team may not inspect this unit (conflict of interest)"
        case .outsideRegion: return vi ? "đơn vị ngoài địa bàn của đoàn" : "the unit is outside the team's region"
        case .notWorkingDay:
            return vi ? "không phải ngày làm việc trong thời gian kiểm tra" : "not a working day of the season"
        case .teamUnavailable: return vi ? "đoàn bận ngày \(day)" : "the team is unavailable on \(day)"
        case .blackedOut:
            return vi ? "đơn vị trong thời gian không kiểm tra ngày \(day)" : "the unit is blacked out on \(day)"
        case .dateRule: return vi ? "xung đột với quy tắc lịch" : "it breaks a date rule"
        case .capacity:
            return vi
                ? "xung đột với năng lực của đoàn hoặc các lịch cố định khác"
                : "it conflicts with the team's capacity or other fixed inspections"
        }
    }

    /// Why a must-inspect unit cannot be scheduled.
    static func mustInspectReason(_ reason: UnmetItem.MustInspectConflict, _ language: Language) -> String {
        let vi = language == .vi
        switch reason {
        case .excluded:
            return vi ? "đơn vị vừa bắt buộc kiểm tra vừa bị loại trừ" : "the unit is both must-inspect and excluded"
        case .noValidDate:
            return vi
                ? "không đoàn nào có ngày hợp lệ để kiểm tra đơn vị này "
                    + "(vùng, xung đột lợi ích, lịch bận, thời gian cấm)"
                : "no team has a valid date for it (region, conflicts, unavailability, blackouts)"
        case .notEnoughDays:
            return vi ? "không đủ ngày làm việc của các đoàn" : "the teams do not have enough working days"
        }
    }

    /// Why nothing was proven (`region`: the region not planned).
    static func unproven(_ reason: UnmetItem.UnprovenReason, region: String, _ language: Language) -> String {
        let vi = language == .vi
        switch reason {
        case .limits:
            return vi
                ? "Trong giới hạn thời gian chưa tìm được lịch đáp ứng mọi yêu cầu, cũng chưa chứng minh được là không "
                    + "thể; lịch dưới đây là phương án tốt nhất tìm được."
                : "Within the limits no calendar meeting every rule was found, nor was it proven impossible; the "
                    + "calendar below is the best compromise found."
        case .poolingBrokeRules:
            return vi
                ? "Sau khi chia việc cho từng đoàn, lịch không còn đáp ứng mọi chỉ tiêu hoặc đơn vị bắt buộc; hãy chạy "
                    + "lại không gộp đoàn hoặc với thời gian dài hơn."
                : "After sharing the pooled work among the teams the calendar no longer meets every target or "
                    + "must-inspect unit; re-run without pooling or with more time."
        case .regionNotPlanned:
            return vi
                ? "Vùng \(region) chưa được lập kế hoạch: lệnh đã bị dừng trước khi đến lượt vùng này."
                : "Region \(region) was not planned: the run was stopped before its turn."
        }
    }
}
