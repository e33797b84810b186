import ArgumentParser
import CCHCApp
import CivilCalendar
import Foundation
import Localization

extension CCHC {
    /// `cchc init FOLDER --units FILE`: a new scenario folder from an office's unit list.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a new scenario folder from a unit list in Excel or CSV (tạo kịch bản từ danh sách đơn vị).",
            discussion: """
                FILE is an .xlsx workbook (the first sheet, or --sheet) or a CSV file with `,` or `;`, with English \
                or Vietnamese headers and values (Mã, Tên đơn vị, Loại hình, Thuộc xã, …; Xã, Thị trấn, Trạm y tế, \
                …) and ISO or dd/mm/yyyy dates. The list is checked first; it is then copied unchanged into the \
                folder as don-vi.xlsx or don-vi.csv (used in place when it already lies in the folder), beside a \
                commented scenario.yaml (targets: 50% of communes/wards/towns, 35% of schools/centres/health \
                stations; season 1 April – 30 November of this year, or of next year from October) and a teams.csv \
                with one team to edit.

                The folder must be new or empty; --force allows other files in it, but nothing is ever \
                overwritten. Exit status: 0 made, 64 bad options, 65 errors in the unit list, 66 file missing, \
                73 folder refused or not writable.
                """
        )

        @Argument(help: "The new scenario folder.")
        var folder: String

        @Option(help: "The unit list: .xlsx or .csv.")
        var units: String

        @Option(help: "The workbook sheet holding the units (default: the first sheet).")
        var sheet: String?

        @Option(help: "The date the plan year and season are taken from (YYYY-MM-DD; default today).")
        var today: String?

        @Flag(help: "Write into a folder that already holds other files (never overwrites one).")
        var force = false

        @OptionGroup var language: LanguageOption

        func validate() throws {
            if let today, CivilDate(iso: today) == nil {
                throw ValidationError("Please write --today as YYYY-MM-DD, e.g. 2026-01-15.")
            }
        }

        func run() throws {
            let date = today.flatMap { CivilDate(iso: $0) } ?? Self.clockDate()
            let started = try CommandRun.perform(language.language) { () throws(ApplicationError) in
                try Workbench.start(
                    CommandRun.url(folder), units: CommandRun.url(units), sheet: sheet, today: date, force: force)
            }
            print(started.summary(folderArgument: folder, language: language.language))
        }

        /// Today's date on this computer's clock, in its time zone.
        static func clockDate() -> CivilDate {
            let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
            return CivilDate(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1)
                ?? CivilDate(dayNumber: 0)
        }
    }
}
