import FortschrittDocuments
import FortschrittDomain
import FortschrittExchange
import FortschrittStore
import FortschrittTestSupport
import Foundation
import Testing

@testable import FortschrittServer

/// Every page rendered from the demo data at a fixed time and compared with the HTML kept in
/// `Snapshots/`. A change in a page shows as a failed test with the new HTML next to the old; set
/// RECORD_SNAPSHOTS=1 to accept it.
@Suite struct PageSnapshotTests {
    static let today = CalendarDate("2026-11-27")!

    @Test func pagesLookAsRecorded() async throws {
        let test = try await TestDatabase.make()
        do {
            let clock = TestClock()
            let catalogues = SQLCatalogueRepository(database: test.database, now: { clock.now })
            let council = SQLCouncilRepository(database: test.database, now: { clock.now })
            let accounts = SQLAccountRepository(database: test.database, now: { clock.now })
            let workspace = SQLWorkspaceRepository(database: test.database, now: { clock.now })
            try await DemoData.seed(catalogues)
            let strategy = try await catalogues.strategies()[0]
            try await DemoData.seedCouncil(council, strategy: strategy)
            _ = try await ReportGenerator(catalogues: catalogues, council: council).publish(
                ReportRequest(
                    strategy: strategy, reportDate: CalendarDate("2020-12-31")!, baseline: CalendarDate("2019-03-12")!,
                    paper: "V111/2021"),
                actor: "test")
            let texts = SQLTextRepository(database: test.database, now: { clock.now })
            clock.set("2026-10-01T08:00:00Z")
            try await DemoData.seedText(catalogues, texts, catalogue: strategy, today: Self.today)
            let editor = try await accounts.create(
                NewAccount(email: "fb15@example.org", name: "Fachbereich 15", role: .editor, departments: ["FB 15"]),
                passwordHash: "x", actor: "test")
            let admin = try await accounts.create(
                NewAccount(email: "buero@example.org", name: "Strategiebüro", role: .admin), passwordHash: "x",
                actor: "test")
            try await workspace.addNote(
                "Rückfrage zum Budget", to: MeasureNumber("1.4")!, in: strategy, actor: admin.email)
            clock.set("2026-11-01T08:00:00Z")
            let round = try await workspace.openRound(
                in: strategy, dueOn: CalendarDate("2026-12-15")!, actor: admin.email)
            try await workspace.confirm(MeasureNumber("1.5")!, in: round, actor: editor.email)

            func page(_ account: Account?, _ location: String, _ language: Language = .de) -> PageContext {
                PageContext(language: language, account: account, csrfToken: "TOKEN", location: location)
            }
            let name = strategy.title
            var pages: [(String, String)] = []
            let home = try await HomeModel.load(strategy, catalogues: catalogues, today: Self.today)
            pages.append(("start", home.render(page(nil, "/"))))
            pages.append(("start-en", home.render(page(nil, "/", .en))))
            let query = try CatalogueQuery([("feld", "1"), ("sortierung", "status")])
            pages.append(
                (
                    "massnahmen",
                    try await CatalogueModel.load(strategy, query: query, catalogues: catalogues, today: Self.today)
                        .render(page(nil, "/massnahmen?feld=1&sortierung=status"))
                ))
            let measure = try #require(
                try await MeasureModel.load(
                    strategy, number: MeasureNumber("1.4")!, account: nil, catalogues: catalogues,
                    workspace: workspace, today: Self.today))
            pages.append(("massnahme", measure.render(page(nil, "/massnahmen/1.4"))))
            let internalView = try #require(
                try await MeasureModel.load(
                    strategy, number: MeasureNumber("1.4")!, account: editor, catalogues: catalogues,
                    workspace: workspace, today: Self.today))
            pages.append(("massnahme-angemeldet", internalView.render(page(editor, "/massnahmen/1.4"))))
            pages.append(
                ("berichte", try await ReportsModel.load(strategy, council: council).render(page(nil, "/berichte"))))
            pages.append(
                (
                    "barrierefreiheit",
                    LegalPages.accessibility(page(nil, "/barrierefreiheit"), siteName: name, operator: .unconfigured)
                ))
            pages.append(
                ("impressum", LegalPages.imprint(page(nil, "/impressum"), siteName: name, operator: .unconfigured)))
            pages.append(
                (
                    "anmelden-fehler",
                    LoginModel(
                        email: "fb15@example.org", next: "/arbeitsbereich",
                        error: "E-Mail-Adresse oder Passwort stimmen nicht."
                    )
                    .render(page(nil, "/anmelden"), siteName: name)
                ))
            pages.append(
                (
                    "arbeitsbereich",
                    try await WorkspaceModel.load(
                        strategy, account: editor, catalogues: catalogues, workspace: workspace,
                        today: Self.today, notice: nil
                    ).render(page(editor, "/arbeitsbereich"))
                ))
            var edit = try #require(
                try await EditMeasureModel.load(
                    strategy, number: MeasureNumber("1.4")!, catalogues: catalogues, workspace: workspace))
            edit.failed = .status
            edit.values = ["status": "verworfen", "seit": "2026-11-27"]
            edit.errors = ["grund": "Dieser Status braucht einen Grund."]
            pages.append(
                ("bearbeiten-fehler", edit.render(page(editor, "/massnahmen/1.4/bearbeiten"), today: Self.today)))
            pages.append(
                (
                    "benutzer",
                    try await UsersModel.load(
                        siteName: name, accounts: accounts, catalogues: catalogues, strategy: strategy
                    )
                    .render(page(admin, "/verwaltung/benutzer"))
                ))
            pages.append(
                (
                    "runde",
                    try await RoundModel.load(strategy, siteName: name, catalogues: catalogues, workspace: workspace)
                        .render(page(admin, "/verwaltung/runde"), today: Self.today)
                ))
            pages.append(
                (
                    "strategien",
                    try await StrategiesModel.load(catalogues: catalogues, texts: texts, siteName: name)
                        .render(page(nil, "/strategien"))
                ))
            let smartCity = try #require(try await catalogues.strategies().first { $0.slug == "smart-city" })
            let text = try #require(
                try await StrategyTextModel.load(
                    smartCity, number: nil, texts: texts, siteName: name, portalStrategy: strategy.id, today: Self.today
                ))
            pages.append(("strategie-text", text.render(page(nil, "/strategien/smart-city/text"))))
            let comparison = try #require(
                try await TextComparisonModel.load(
                    smartCity, from: 1, to: 2, texts: texts, decisions: SQLDecisionRepository(database: test.database),
                    siteName: name))
            pages.append(("vergleich", comparison.render(page(nil, "/strategien/smart-city/text/1/vergleich/2"))))
            pages.append(
                (
                    "fehler-404",
                    ErrorPage.render(
                        Problem.notFound("There is no measure 9.99."), page(nil, "/massnahmen/9.99"), siteName: name)
                ))

            for (name, html) in pages { try Self.compare(html, with: name) }
        } catch {
            await test.close()
            throw error
        }
        await test.close()
    }

    /// Compares with the stored reference `Snapshots/NAME.EXT`; HTML is broken after tags so that a
    /// difference shows as a readable line diff, other files are compared as they are.
    static func compare(_ html: String, with name: String, ext: String = "html", file: String = #filePath) throws {
        let directory = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("Snapshots")
        let url = directory.appendingPathComponent("\(name).\(ext)")
        let text = ext == "html" ? html.replacingOccurrences(of: "><", with: ">\n<") + "\n" : html
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        if record {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let recorded = try? String(contentsOf: url, encoding: .utf8) else {
            // A missing snapshot is a failure, not a new truth: only RECORD_SNAPSHOTS=1 writes one.
            Issue.record("page \(name) has no snapshot at \(url.path); run with RECORD_SNAPSHOTS=1 to record it")
            return
        }
        if recorded != text {
            let actual = directory.appendingPathComponent("\(name).actual.\(ext)")
            try text.write(to: actual, atomically: true, encoding: .utf8)
            Issue.record("page \(name) differs from its snapshot: diff \(url.path) \(actual.path)")
        }
    }
}
