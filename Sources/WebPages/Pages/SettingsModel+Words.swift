import Foundation

extension SettingsModel {
    static func words(_ c: PageContext) -> [String: String] {
        [
            "heading": c.t("Cài đặt kịch bản", "Scenario settings"),
            "readOnly": c.t(
                "Vai trò của bạn chỉ được xem phần này.", "Your role may only read this section."),
            "save": c.t("Lưu", "Save"),
            "targets": c.t("Chỉ tiêu kiểm tra", "Inspection targets"),
            "targetName": c.t("Tên nhóm", "Group"), "targetKinds": c.t("Loại đơn vị", "Unit kinds"),
            "targetShare": c.t("Tỷ lệ tối thiểu (%)", "Minimum share (%)"),
            "targetRegion": c.t("Theo từng khu vực", "Per region"),
            "targetMax": c.t("Tỷ lệ tối đa (%, để trống: không giới hạn)", "Maximum share (%, empty: no limit)"),
            "kindsHelp": c.t("Loại đơn vị, cách nhau bằng dấu phẩy: ", "Unit kinds, separated by commas: "),
            "emptyRowHelp": c.t(
                "Dòng trống cuối cùng để thêm mới; xóa tên để bỏ một dòng.",
                "Fill the last, empty row to add one; clear a name to remove a row."),
            "teams": c.t("Đoàn kiểm tra", "Inspection teams"),
            "teamCode": c.t("Mã", "Code"), "teamName": c.t("Tên đoàn", "Team"),
            "teamDays": c.t("Ngày/tuần", "Days/week"),
            "teamMembers": c.t("Thành viên (cách nhau bằng ;)", "Members (separated by ;)"),
            "teamRegion": c.t("Khu vực", "Region"),
            "season": c.t("Thời gian, ngày nghỉ và mục tiêu", "Season, holidays and objective"),
            "seasonFrom": c.t("Kiểm tra từ ngày", "Inspect from"), "seasonTo": c.t("đến ngày", "to"),
            "builtin": c.t("Dùng lịch nghỉ lễ có sẵn của Việt Nam", "Use the built-in Vietnamese holidays"),
            "extra": c.t("Ngày nghỉ thêm (mỗi dòng một ngày, YYYY-MM-DD)", "Extra days off (one per line, YYYY-MM-DD)"),
            "remove": c.t("Bỏ ngày nghỉ có sẵn (mỗi dòng một ngày)", "Built-in days to drop (one per line)"),
            "mode": c.t("Mục tiêu lập lịch", "Planning objective"),
            "reserveShare": c.t(
                "Ngày dự phòng mỗi tháng (%, chỉ dùng với mục tiêu giữ ngày dự phòng)",
                "Days kept in reserve each month (%, reserve objective only)"),
            "weekdays": c.t("Ngày trong tuần", "Weekdays"),
            "weekday": c.t("Thứ", "Day"),
            "allowed": c.t("Chỉ kiểm tra vào", "Only on"),
            "avoid": c.t("Tránh", "Avoid"), "prefer": c.t("Ưu tiên", "Prefer"),
            "weekdaysHelp": c.t(
                "“Chỉ kiểm tra vào”: không đánh dấu ngày nào là được kiểm tra cả tuần; đã đánh dấu thì lịch chỉ dùng "
                    + "các ngày đó. “Tránh” (ví dụ thứ Hai, ngày giao ban) chỉ dùng khi cần; “Ưu tiên” được xếp trước.",
                "“Only on”: no day ticked means the whole week; ticked days are the only ones used. “Avoid” (e.g. "
                    + "Monday, the weekly leadership meeting) is used only when needed; “Prefer” is filled first."),
            "priority": c.t("Trọng số ưu tiên", "Priority weight"),
            "balance": c.t("Trọng số cân đối giữa các đoàn", "Balance weight"),
            "bundling": c.t("Trọng số gộp cuộc kiểm tra gần nhau", "Bundling weight"),
            "blackouts": c.t("Thời gian không kiểm tra", "Blackout periods"),
            "selector": c.t("Áp dụng cho", "Applies to"), "byKinds": c.t("Loại đơn vị", "Unit kinds"),
            "byUnits": c.t("Mã đơn vị", "Unit codes"),
            "values": c.t("Danh sách (cách nhau bằng dấu phẩy)", "List (comma separated)"),
            "from": c.t("Từ ngày", "From"), "to": c.t("Đến ngày", "To"), "reason": c.t("Lý do", "Reason"),
            "staffing": c.t("Cài đặt biên chế", "Staffing settings"),
            "asOf": c.t("Tính đến ngày", "As of"), "hiring": c.t("Chính sách tuyển dụng", "Hiring policy"),
            "measures": c.t("Biện pháp được dùng", "Measures allowed"),
            "penalty": c.t("Chi phí quy đổi mỗi lần điều động (đồng)", "Cost per transfer (VND)"),
            "transfers": c.t("Điều động trong phạm vi", "Transfers within"),
            "protected": c.t(
                "Mã người không áp dụng tinh giản (cách nhau bằng dấu phẩy)", "Protected staff ids (comma separated)"),
            "document": c.t("Văn bản ban hành (kế hoạch)", "The issued document (plan)"),
            "parent": c.t("Cơ quan cấp trên", "Parent body"), "body": c.t("Cơ quan ban hành", "Issuing body"),
            "code": c.t("Chữ viết tắt cơ quan", "Body's code"), "number": c.t("Số văn bản", "Number"),
            "place": c.t("Địa danh", "Place"), "date": c.t("Ngày ban hành", "Date"),
            "authority": c.t("Thẩm quyền ký (mỗi dòng một dòng chữ)", "Signing authority (one line each)"),
            "signerTitle": c.t("Chức vụ người ký", "Signer's title"),
            "signerName": c.t("Họ tên người ký", "Signer's name"),
            "legalBases": c.t("Căn cứ (mỗi dòng một căn cứ)", "Legal bases (one per line)"),
            "recipients": c.t("Nơi nhận (mỗi dòng một nơi)", "Recipients (one per line)"),
            "overview": c.t("Tổng quan", "Overview"), "settings": c.t("Cài đặt", "Settings"),
            "calendar": c.t("Lịch", "Calendar"), "staffingTab": c.t("Biên chế", "Staffing"),
            "remark": c.t(
                "Mỗi lần lưu giữ lại phiên bản trước. Nếu người khác vừa sửa, việc lưu bị từ chối để không ghi đè.",
                "Every save keeps the previous version. If someone else saved meanwhile, the save is refused."),
        ]
    }
}
