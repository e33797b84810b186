import ArgumentParser
import CCHCApp

/// The `cchc` command-line tool: plans administrative-reform (CCHC) inspections and staffing.
@main
struct CCHC: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cchc",
        abstract: "Plan administrative-reform (cải cách hành chính) inspections and staffing for a district.",
        discussion: """
            Scenarios are folders under Scenarios/ (scenario.yaml plus CSV files you can edit in a spreadsheet).
            Reports go to Reports/<scenario>/ as Markdown, HTML, CSV and ICS, in Vietnamese (--lang en for English).

            Start with:
              cchc validate Scenarios/thach-ha-2022   (check the files)
              cchc schedule Scenarios/thach-ha-2022   (inspection calendar)
              cchc staffing Scenarios/thach-ha-2022   (quotas, reduction plan)
              cchc report   Scenarios/thach-ha-2022   (all, with an HTML page)
            """,
        version: "cchc \(CCHCVersion.string)",
        subcommands: [
            Validate.self, Schedule.self, StaffingCommand.self, Report.self, Compare.self, Generate.self,
            Init.self, Template.self,
            Track.self, ScorecardCommand.self, Backup.self, Serve.self, Users.self,
        ]
    )
}
