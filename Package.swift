// swift-tools-version:6.0
//
// cchc — administrative-reform (CCHC) planning toolkit.
// GPL-3.0-or-later (links GLPK, which is GPL-3.0).
//
// The layers, bottom to top (each target imports only the ones below it):
//
//   CGLPK, CGLPKShim      C: <glpk.h>, the setjmp guard and the branch-and-cut callback
//   Localization          the one language type (Vietnamese, English) and two-language text
//   MILP                  solver-neutral model, options and results (no GLPK)
//   GLPKSolver            the only Swift target that imports CGLPK
//   CivilCalendar         civil dates, ISO weeks, the lunar calendar, Vietnamese holidays
//   ScenarioModel         the scenario's domain values (units, teams, staff, settings)
//   InspectionScheduling  inspection calendar: model builder and decoder (MILP only)
//   Staffing              rules as data, checks, projections, reduction plan (MILP only)
//   ScenarioGenerator     seeded synthetic scenarios of any size (benchmarks, soak tests)
//   Tracking              through the year: inspection events, the units' own plans, indicators and the scorecard
//                         (pure values and functions: status per target, overdue, reachable, ratio = sum of
//                         numerators / sum of denominators, share of units, trend; missing data stays missing)
//   ScenarioFiles         YAML + CSV loading and validation
//   Reporting             Markdown / HTML / CSV / ICS / JSON renderers (pure strings)
//   CXLSXWriter           C: <xlsxwriter.h> (libxlsxwriter), imported only by OfficeDocuments
//   OfficeDocuments       Word (.docx, in the form of ND 30/2020) and Excel (.xlsx) files (pure bytes)
//   Workspace             the workspace store `cchc.sqlite`: the only target that imports GRDB (SQLite, WAL mode);
//                         named, append-only migrations shared by every front end (CLI, web server); append-only
//                         event tables (who, when, what), all-or-nothing imports with file digests, online backup
//   CCHCApp               the application layer: every operation a front end offers (open, validate, plan,
//                         report, compare, write report folders), one deadline per run, resource guard, results cache
//   WebServer             `cchc serve`: Hummingbird 2 routes, sessions, CSRF, roles and the JSON API over CCHCApp
//                         (no logic of its own beyond HTTP: scenarios, runs and accounts live in CCHCApp)
//   cchc                  the CLI: parsing, wiring, printing only
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
    name: "cchc",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "cchc", targets: ["cchc"]),
        .executable(name: "cchc-bench", targets: ["cchc-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.20.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        // MARK: C boundary
        .systemLibrary(
            name: "CGLPK",
            path: "Sources/CGLPK",
            providers: [.apt(["libglpk-dev"]), .brew(["glpk"])]
        ),
        .target(name: "CGLPKShim", dependencies: ["CGLPK"], linkerSettings: [.linkedLibrary("glpk")]),
        .systemLibrary(
            name: "CXLSXWriter",
            path: "Sources/CXLSXWriter",
            providers: [.apt(["libxlsxwriter-dev"]), .brew(["libxlsxwriter"])]
        ),

        // MARK: Optimisation
        .target(name: "MILP", swiftSettings: swiftSettings),
        .target(name: "GLPKSolver", dependencies: ["CGLPK", "CGLPKShim", "MILP"], swiftSettings: swiftSettings),

        // MARK: Language
        .target(name: "Localization", swiftSettings: swiftSettings),

        // MARK: Domain
        .target(name: "CivilCalendar", dependencies: ["Localization"], swiftSettings: swiftSettings),
        .target(name: "ScenarioModel", dependencies: ["CivilCalendar"], swiftSettings: swiftSettings),
        .target(
            name: "InspectionScheduling",
            dependencies: ["MILP", "CivilCalendar", "ScenarioModel"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Staffing",
            dependencies: ["MILP", "CivilCalendar", "ScenarioModel"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ScenarioGenerator",
            dependencies: ["CivilCalendar", "ScenarioModel"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Tracking",
            dependencies: ["CivilCalendar", "ScenarioModel"],
            swiftSettings: swiftSettings
        ),

        // MARK: Files and reports
        .target(
            name: "ScenarioFiles",
            dependencies: [
                "Localization", "CivilCalendar", "ScenarioModel", "InspectionScheduling", "Staffing", "Tracking",
                .product(name: "Yams", package: "Yams"), .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Reporting",
            dependencies: [
                "Localization", "MILP", "CivilCalendar", "ScenarioModel", "InspectionScheduling", "Staffing",
                "Tracking",
            ],
            swiftSettings: swiftSettings
        ),

        .target(
            name: "OfficeDocuments",
            dependencies: [
                "CXLSXWriter", "Localization", "CivilCalendar", "ScenarioModel", "InspectionScheduling", "Staffing",
                "Reporting", "ScenarioFiles",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: The workspace store
        .target(
            name: "Workspace",
            dependencies: ["Tracking", "CivilCalendar", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),

        // MARK: Application
        .target(
            name: "CCHCApp",
            dependencies: [
                "Localization", "MILP", "GLPKSolver", "CivilCalendar", "ScenarioModel", "InspectionScheduling",
                "Staffing",
                "ScenarioFiles", "Reporting", "ScenarioGenerator", "OfficeDocuments", "Tracking", "Workspace",
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "WebServer",
            dependencies: [
                "CCHCApp", "Localization", "CivilCalendar", "ScenarioModel", "ScenarioFiles", "Reporting", "Workspace",
                "WebPages",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),

        // MARK: Web pages
        .target(
            name: "WebPages",
            dependencies: [
                "Localization", "CivilCalendar", "ScenarioModel", "ScenarioFiles", "InspectionScheduling", "Staffing",
                "Reporting", "Tracking", "CCHCApp", .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Templates"), .copy("Static")],
            swiftSettings: swiftSettings
        ),

        // MARK: Front ends
        .executableTarget(
            name: "cchc",
            dependencies: [
                "CCHCApp", "Localization", "MILP", "CivilCalendar", "ScenarioModel", "InspectionScheduling",
                "Staffing", "ScenarioFiles", "Reporting", "ScenarioGenerator", "Tracking", "Workspace", "WebServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "cchc-bench",
            dependencies: [
                "MILP", "GLPKSolver", "CivilCalendar", "ScenarioModel", "InspectionScheduling", "ScenarioFiles",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: Tests
        .target(
            name: "PlanningTestSupport",
            dependencies: ["MILP", "CivilCalendar", "ScenarioModel"],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "MILPTests", dependencies: ["MILP", "PlanningTestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "GLPKSolverTests", dependencies: ["GLPKSolver", "MILP", "CGLPKShim"], swiftSettings: swiftSettings),
        .testTarget(name: "CivilCalendarTests", dependencies: ["CivilCalendar"], swiftSettings: swiftSettings),
        .testTarget(
            name: "ScenarioModelTests",
            dependencies: ["ScenarioModel", "CivilCalendar"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ScenarioFilesTests",
            dependencies: [
                "ScenarioFiles", "ScenarioModel", "CivilCalendar", "Staffing", "PlanningTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "InspectionSchedulingTests",
            dependencies: [
                "InspectionScheduling", "ScenarioModel", "CivilCalendar", "MILP", "PlanningTestSupport", "GLPKSolver",
                "ScenarioGenerator",
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StaffingTests",
            dependencies: ["Staffing", "ScenarioModel", "CivilCalendar", "MILP", "PlanningTestSupport", "GLPKSolver"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ReportingTests",
            dependencies: [
                "Reporting", "Localization", "InspectionScheduling", "Staffing", "ScenarioModel", "CivilCalendar",
                "MILP",
            ],
            exclude: ["Snapshots"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ScenarioGeneratorTests",
            dependencies: ["ScenarioGenerator", "ScenarioFiles", "ScenarioModel", "CivilCalendar"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CCHCAppTests",
            dependencies: [
                "CCHCApp", "MILP", "ScenarioFiles", "InspectionScheduling", "PlanningTestSupport", "Reporting",
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OfficeDocumentsTests",
            dependencies: [
                "OfficeDocuments", "ScenarioFiles", "ScenarioModel", "InspectionScheduling", "Staffing",
                "CivilCalendar",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TrackingTests",
            dependencies: ["Tracking", "CivilCalendar", "ScenarioModel"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "WorkspaceTests",
            dependencies: ["Workspace", "Tracking", "CivilCalendar", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "WebPagesTests",
            dependencies: [
                "WebPages", "CCHCApp", "ScenarioFiles", "ScenarioModel", "InspectionScheduling", "Reporting",
                "Localization", "CivilCalendar",
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "WebServerTests",
            dependencies: [
                "WebServer", "CCHCApp", "Workspace", "ScenarioGenerator",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "cchcTests",
            dependencies: [
                "cchc", "PlanningTestSupport", "ScenarioFiles", "OfficeDocuments",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
    ]
)
