import ArgumentParser
import CCHCApp
import Foundation
import Localization

extension CCHC {
    /// `cchc template --out FILE.xlsx`: a blank input workbook.
    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a blank input workbook to fill in Excel (mẫu nhập liệu Excel).",
            discussion: """
                An instructions sheet (Hướng dẫn), then one sheet per input (Đơn vị, Đoàn, Lịch bận, Lịch cố định, \
                Cán bộ, Vị trí việc làm) with the Vietnamese headers cchc reads, drop-down lists for enumerated \
                columns and one example row. Fill the units sheet, then: \
                cchc init FOLDER --units FILE.xlsx --sheet "Đơn vị".

                Exit status: 0 written, 64 bad options, 73 file exists (without --force) or not writable.
                """
        )

        @Option(help: "The workbook to write (.xlsx).")
        var out: String

        @Option(help: "The year of the example dates (default this year).")
        var year: Int?

        @Flag(help: "Replace an existing file.")
        var force = false

        @OptionGroup var language: LanguageOption

        func validate() throws {
            guard out.lowercased().hasSuffix(".xlsx") else {
                throw ValidationError("Please name an .xlsx file, e.g. --out mau-nhap-lieu.xlsx.")
            }
            if let year, !(1900...9999).contains(year) { throw ValidationError("--year must be 1900 to 9999.") }
        }

        func run() throws {
            let year = year ?? Init.clockDate().year
            try CommandRun.perform(language.language) { () throws(ApplicationError) in
                try Workbench.writeTemplate(to: CommandRun.url(out), year: year, force: force)
            }
            print(
                language.language == .vi
                    ? "Đã ghi mẫu nhập liệu \(out). Điền trang \"Đơn vị\", rồi chạy: "
                        + "cchc init <thư mục> --units \(out) --sheet \"Đơn vị\""
                    : "Wrote the input template \(out). Fill the \"Đơn vị\" sheet, then run: "
                        + "cchc init <folder> --units \(out) --sheet \"Đơn vị\"")
        }
    }
}
