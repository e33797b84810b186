import Foundation
import Localization
import ZIPFoundation

/// The parts of an .xlsx zip, opened with ZIPFoundation and read entry by entry under `XLSXLimits`.
struct XLSXArchive {
    /// Why a workbook cannot be read.
    struct Failure: Error {
        var message: LocalizedText
        var hint: LocalizedText
    }

    private let archive: Archive
    private let limits: XLSXLimits
    private var entries: [String: Entry] = [:]
    private var expanded: UInt64 = 0

    /// Opens the archive and checks its central directory against the caps before anything is expanded.
    init(data: Data, limits: XLSXLimits) throws(Failure) {
        self.limits = limits
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw Self.damaged
        }
        var count = 0
        var total: UInt64 = 0
        for entry in archive {
            count += 1
            guard count <= limits.maxEntries else {
                throw Self.bomb(t("có hơn \(limits.maxEntries) mục", "it has more than \(limits.maxEntries) entries"))
            }
            let size = entry.uncompressedSize
            total += size
            guard total <= limits.maxTotalBytes else {
                throw Self.bomb(
                    t(
                        "nội dung giải nén vượt \(limits.maxTotalBytes >> 20) MB",
                        "its content expands past \(limits.maxTotalBytes >> 20) MB"))
            }
            if size > limits.ratioFloor, size / max(entry.compressedSize, 1) > limits.maxRatio {
                throw Self.bomb(
                    t(
                        "mục `\(entry.path)` nén với tỉ lệ hơn \(limits.maxRatio):1",
                        "the entry `\(entry.path)` is compressed more than \(limits.maxRatio):1"))
            }
            entries[entry.path] = entry
        }
    }

    /// Whether the archive holds a part.
    func contains(_ path: String) -> Bool { entries[path] != nil }

    /// Expands one part, enforcing the caps on the bytes actually produced (not only the declared sizes) and
    /// checking the CRC.
    mutating func read(_ path: String) throws(Failure) -> Data? {
        guard let entry = entries[path] else { return nil }
        guard entry.type == .file else { throw Self.damaged }
        var data = Data()
        let declared = entry.uncompressedSize
        let budget = limits.maxTotalBytes - min(expanded, limits.maxTotalBytes)
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if UInt64(data.count) > declared || UInt64(data.count) > budget { throw LimitExceeded() }
            }
        } catch is LimitExceeded {
            throw Self.bomb(
                t(
                    "mục `\(path)` giải nén ra nhiều hơn kích thước khai báo hoặc giới hạn",
                    "the entry `\(path)` expands to more than its declared size or the limit"))
        } catch {
            throw Self.damaged
        }
        guard checksum == entry.checksum, UInt64(data.count) == declared else { throw Self.damaged }
        expanded += UInt64(data.count)
        return data
    }

    private struct LimitExceeded: Error {}

    static let damaged = Failure(
        message: t(
            "Tệp Excel bị hỏng hoặc không phải tệp .xlsx hợp lệ.",
            "The Excel file is damaged or not a valid .xlsx workbook."),
        hint: t(
            "Mở tệp bằng Excel/LibreOffice và lưu lại dạng Excel Workbook (.xlsx).",
            "Open the file in Excel/LibreOffice and save it again as an Excel Workbook (.xlsx)."))

    static func bomb(_ reason: LocalizedText) -> Failure {
        Failure(
            message: t(
                "Tệp Excel bị từ chối vì có thể là \"bom nén\": \(reason.vi).",
                "The Excel file is refused as a possible zip bomb: \(reason.en)."),
            hint: t(
                "Mở tệp bằng Excel, xóa các trang và vùng không dùng rồi lưu lại; hoặc lưu dữ liệu dạng CSV UTF-8.",
                "Open it in Excel, delete unused sheets and ranges and save again; or save the data as CSV UTF-8."))
    }
}
