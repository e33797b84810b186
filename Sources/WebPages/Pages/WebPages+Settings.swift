import CivilCalendar
import Foundation
import Localization
import Reporting
import ScenarioModel

extension WebPages {
    /// The settings sections, each one form posted to `/kich-ban/{id}/cai-dat/{section}`.
    public enum SettingsSection: String, Sendable, CaseIterable {
        /// Coverage targets.
        case targets = "chi-tieu"
        /// Inspection teams (`teams.csv`).
        case teams = "doan"
        /// Season, holidays and the objective.
        case season = "thoi-gian"
        /// Blackout periods.
        case blackouts = "ngay-tranh"
        /// Staffing settings.
        case staffing = "bien-che"
        /// The official document's header, signer and lists.
        case document = "van-ban"
    }

    /// The settings page: one form per section, each sending the scenario's version so a stale save is refused.
    ///
    /// - Parameters:
    ///   - scenario: The scenario as loaded (a variant with its base's values merged in).
    ///   - version: The version of the scenario's files.
    public func settings(context: PageContext, id: String, scenario: Scenario, version: String) -> String {
        let model = SettingsModel(id: id, scenario: scenario, version: version, context)
        return page(
            "settings", title: context.t("Cài đặt", "Settings"), context: context, model: model,
            tabs: (id, scenario.name, .settings))
    }
}

/// The settings template's values.
struct SettingsModel {
    struct Target {
        var index: Int
        var name: String
        var kinds: String
        var share: String
        var maxShare: String
        var region: Bool
    }
    /// One weekday's row of the weekday rules: its key in `scenario.yaml`, its name and its rules.
    struct WeekdayRow {
        var value: String
        var label: String
        var allowed: Bool
        var avoid: Bool
        var prefer: Bool
    }
    struct TeamRow {
        var index: Int
        var code: String
        var name: String
        var days: String
        var members: String
        var region: String
    }
    struct Blackout {
        var index: Int
        var byUnits: Bool
        var values: String
        var from: String
        var to: String
        var reason: String
    }
    struct Option {
        var value: String
        var label: String
        var selected: Bool
    }

    var id: String
    var csrf: String
    var version: String
    var canInspection: Bool
    var canStaffing: Bool
    var inspectionDisabled: Bool
    var staffingDisabled: Bool
    var targets: [Target]
    var teams: [TeamRow]
    var blackouts: [Blackout]
    var seasonFrom: String
    var seasonTo: String
    var builtinHolidays: Bool
    var extraHolidays: String
    var removedHolidays: String
    var modes: [Option]
    var reserveShare: String
    var weekdays: [WeekdayRow]
    var priority: String
    var balance: String
    var bundling: String
    var asOf: String
    var hiring: [Option]
    var measures: [Option]
    var transferPenalty: String
    var transfers: [Option]
    var protectedStaff: String
    var docParent: String
    var docBody: String
    var docCode: String
    var docNumber: String
    var docPlace: String
    var signerTitle: String
    var signerName: String
    var documentDate: String
    var authority: String
    var legalBases: String
    var recipients: String
    var kinds: String
    var name: String
    var t: [String: String]

    init(id: String, scenario s: Scenario, version: String, _ c: PageContext) {
        self.id = id
        name = s.name
        csrf = c.csrfToken ?? ""
        self.version = version
        canInspection = c.roleIs("planner", "admin")
        canStaffing = c.roleIs("hr", "admin")
        inspectionDisabled = !canInspection
        staffingDisabled = !canStaffing
        let i = s.inspection
        targets =
            (i.targets.enumerated().map { n, t in
                Target(
                    index: n, name: t.name, kinds: t.kinds.map(\.rawValue).joined(separator: ", "),
                    share: Self.number(t.minShare * 100), maxShare: t.maxShare.map { Self.number($0 * 100) } ?? "",
                    region: t.scope == .region)
            }) + [Target(index: i.targets.count, name: "", kinds: "", share: "", maxShare: "", region: false)]
        teams =
            (s.teams.enumerated().map { n, t in
                TeamRow(
                    index: n, code: t.code, name: t.name, days: "\(t.daysPerWeek)",
                    members: t.members.joined(separator: "; "), region: t.region ?? "")
            }) + [TeamRow(index: s.teams.count, code: "", name: "", days: "", members: "", region: "")]
        blackouts = Self.blackouts(i.blackouts)
        seasonFrom = i.season?.from.description ?? ""
        seasonTo = i.season?.to.description ?? ""
        builtinHolidays = i.holidays.builtin
        extraHolidays = i.holidays.extra.map(\.description).joined(separator: "\n")
        removedHolidays = i.holidays.remove.map(\.description).joined(separator: "\n")
        modes = ObjectiveMode.allCases.map {
            Option(value: $0.rawValue, label: Self.modeLabel($0, c), selected: $0 == i.objective.effectiveMode)
        }
        reserveShare = i.objective.reserveShare.map { Self.number($0 * 100) } ?? ""
        weekdays = Self.weekdayRows(i.weekdays ?? WeekdaySettings(), c)
        priority = Self.number(i.objective.priority)
        balance = Self.number(i.objective.balance)
        bundling = Self.number(i.objective.bundling)
        let st = s.staffing
        asOf = st.asOf?.description ?? ""
        hiring = HiringPolicy.allCases.map {
            Option(value: $0.rawValue, label: Self.hiringLabel($0, c), selected: $0 == st.hiring)
        }
        measures = ReductionMeasure.allCases.map {
            Option(value: $0.rawValue, label: Self.measureLabel($0, c), selected: st.measures.contains($0))
        }
        transferPenalty = Self.number(st.transferPenaltyVND)
        transfers = [
            Option(
                value: "same-region", label: c.t("Cùng khu vực", "Same region"),
                selected: st.allowedTransfers == .sameRegion),
            Option(value: "any", label: c.t("Bất kỳ đơn vị nào", "Any unit"), selected: st.allowedTransfers == .any),
        ]
        protectedStaff = st.protected.sorted().joined(separator: ", ")
        docParent = s.document.parentBody ?? ""
        docBody = s.document.body ?? ""
        docCode = s.document.bodyCode ?? ""
        docNumber = s.document.number ?? ""
        docPlace = s.document.place ?? ""
        signerTitle = s.document.signer.title ?? ""
        signerName = s.document.signer.name ?? ""
        documentDate = s.document.date?.description ?? ""
        authority = (s.document.signer.authority ?? []).joined(separator: "\n")
        legalBases = (s.document.legalBases ?? []).joined(separator: "\n")
        recipients = (s.document.recipients ?? []).joined(separator: "\n")
        kinds = UnitKind.builtIn.map { "\($0.rawValue) (\(Vocabulary.kind($0, c.language)))" }.joined(separator: ", ")
        t = Self.words(c)
    }

    static func blackouts(_ list: [ScenarioModel.Blackout]) -> [Blackout] {
        list.enumerated().map { n, b in
            let values: String
            let byUnits: Bool
            switch b.selector {
            case .kinds(let kinds):
                values = kinds.map(\.rawValue).joined(separator: ", ")
                byUnits = false
            case .units(let units):
                values = units.joined(separator: ", ")
                byUnits = true
            }
            return Blackout(
                index: n, byUnits: byUnits, values: values, from: b.dates.from.description,
                to: b.dates.to.description, reason: b.reason)
        } + [Blackout(index: list.count, byUnits: false, values: "", from: "", to: "", reason: "")]
    }

    /// Monday to Friday, each with its rules.
    static func weekdayRows(_ w: WeekdaySettings, _ c: PageContext) -> [WeekdayRow] {
        let keys = ["mon", "tue", "wed", "thu", "fri"]
        let vi = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu"]
        let en = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
        return (1...5).map { d in
            WeekdayRow(
                value: keys[d - 1], label: c.t(vi[d - 1], en[d - 1]), allowed: w.allowed.contains(d),
                avoid: w.avoid.contains(d), prefer: w.prefer.contains(d))
        }
    }

    /// A number without a trailing `.0`, as typed in a form.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    static func modeLabel(_ mode: ObjectiveMode, _ c: PageContext) -> String {
        switch mode {
        case .coverage: return c.t("Kiểm tra được nhiều đơn vị nhất", "Inspect as many units as possible")
        case .targets: return c.t("Đạt chỉ tiêu với ít ngày-đoàn nhất", "Meet the targets with the fewest team-days")
        case .reserve: return c.t("Đạt chỉ tiêu và giữ ngày dự phòng", "Meet the targets and keep days in reserve")
        }
    }

    static func hiringLabel(_ policy: HiringPolicy, _ c: PageContext) -> String {
        switch policy {
        case .freeze: return c.t("Không tuyển mới", "Hiring freeze")
        case .replaceRetirees: return c.t("Tuyển thay người nghỉ hưu", "Replace retirees")
        case .fillToQuota: return c.t("Tuyển đủ định mức", "Fill to the quota")
        }
    }

    static func measureLabel(_ measure: ReductionMeasure, _ c: PageContext) -> String {
        switch measure {
        case .transfer: return c.t("Điều động", "Transfer")
        case .earlyRetirement: return c.t("Nghỉ hưu trước tuổi", "Early retirement")
        case .resignation: return c.t("Thôi việc ngay", "Immediate resignation")
        }
    }
}
