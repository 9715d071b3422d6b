import FortschrittDocuments
import FortschrittDomain
import FortschrittExchange
import FortschrittStore
import FortschrittTestSupport
import Foundation
import Testing

/// The council report from stored data: the paper, funding, notes, and publication.
@Suite struct ReportStoreTests {
    struct Setup {
        let f: StoreFixture
        let council: SQLCouncilRepository
        var generator: ReportGenerator {
            ReportGenerator(catalogues: f.repository, council: council)
        }
        var request: ReportRequest {
            ReportRequest(
                strategy: f.strategy, reportDate: CalendarDate("2020-12-31")!, baseline: CalendarDate("2019-03-12")!,
                paper: "V111/2021")
        }
    }

    func withReport(_ body: (Setup) async throws -> Void) async throws {
        try await StoreFixture.with { f in
            let council = SQLCouncilRepository(database: f.test.database, now: { f.clock.now })
            try await DemoData.seedCouncil(council, strategy: f.strategy)
            try await body(Setup(f: f, council: council))
        }
    }

    func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

    @Test func thePaperAndFundingAreStored() async throws {
        try await withReport { s in
            let context = try #require(try await s.council.paper(number: "V111/2021"))
            #expect(context.paper.type == "Informationsvorlage")
            #expect(context.paper.consultations.map(\.role) == [.information, .information])
            #expect(context.organizations.map(\.name).sorted() == ["Gemeinderat", "Hauptausschuss"])
            #expect(context.meetings.map(\.date.iso) == ["2021-03-09", "2021-03-16"])
            let programmes = try await s.council.fundingProgrammes(of: s.f.strategy)
            #expect(programmes.first?.phases.map(\.grant.german) == ["1.625.000,00 €", "10.204.948,00 €"])
            #expect(programmes.first?.grantRate == Rate(percent: 65))
            #expect(try await s.council.paper(number: "V999/2099") == nil)
            // Saving the paper again replaces it rather than adding a second.
            _ = try await s.council.savePaper(context.paper)
            #expect(try await s.council.papers().count == 1)
        }
    }

    @Test func theGeneratedPaperSaysWhatV111Says() async throws {
        try await withReport { s in
            for format in [ReportFormat.html, .md] {
                let document = text(try await s.generator.generate(s.request, as: format))
                let plain = format == .html ? document : document.replacingOccurrences(of: "\\", with: "")
                #expect(plain.contains("Informationsvorlage V111/2021"), "\(format)")
                #expect(plain.contains("Hauptausschuss"), "\(format)")
                #expect(plain.contains("09.03.2021"), "\(format)")
                #expect(plain.contains("eines 37 Projekte umfassenden Maßnahmenkatalogs"), "\(format)")
                #expect(plain.contains("9 Projekte wurden bereits etabliert"), "\(format)")
                #expect(plain.contains("20 Projekte befinden sich im Zeitplan"), "\(format)")
                #expect(plain.contains("9 Projekte sind verzögert"), "\(format)")
                #expect(plain.contains("8 Projekte befinden sich in der Planungsphase"), "\(format)")
                #expect(plain.contains("durch FB 11 (Organisation und Personal)"), "\(format)")
                #expect(plain.contains("durch FB 20 (Stadtkämmerei)"), "\(format)")
                #expect(plain.contains("1 Projekt (Semesterticket) wurde verworfen"), "\(format)")
                #expect(
                    plain.contains("12 neue Projekte aufgenommen, so dass aktuell insgesamt 49 Maßnahmen"),
                    "\(format)")
                #expect(
                    plain.contains(
                        "Von den 12 Projekten des Maßnahmenkatalogs konnten 5 erfolgreich etabliert werden"),
                    "\(format)")
                #expect(plain.contains("1.625.000,00 €"), "\(format)")
            }
            let csv = text(try await s.generator.generate(s.request, as: .csv))
            #expect(csv.split(separator: "\n").count == 50)
            #expect(
                csv.hasPrefix(
                    "Nr.;Maßnahme;Handlungsfeld;Federführung;Status;seit;Bemerkung;Status belegt\n"
                        + "1.1;Bürgerportal;"))
        }
    }

    @Test func notesAreKeptWithTheReportBesideTheGeneratedText() async throws {
        try await withReport { s in
            let key = try await s.generator.key(for: s.request)
            try await s.council.saveReportNotes(
                ReportNotes(
                    introduction: "Vorwort des Strategiebüros.", fields: [1: "Das Bürgerportal hat Vorrang."]),
                of: s.f.strategy, report: key)
            let md = text(try await s.generator.generate(s.request, as: .md))
            #expect(md.contains("> Vorwort des Strategiebüros."))
            #expect(md.contains("> Das Bürgerportal hat Vorrang."))
            #expect(md.contains("9 Projekte wurden bereits etabliert"))
            // Another report has its own notes.
            let other = ReportRequest(
                strategy: s.f.strategy, reportDate: CalendarDate("2021-12-31")!, baseline: CalendarDate("2020-12-31")!)
            #expect(!text(try await s.generator.generate(other, as: .md)).contains("Vorwort des Strategiebüros."))
        }
    }

    @Test func aPublishedReportRegeneratesByteIdenticalAfterLaterChanges() async throws {
        try await withReport { s in
            let published = try await s.generator.publish(s.request, actor: "Strategiebüro")
            var before: [ReportFormat: Data] = [:]
            for format in ReportFormat.allCases {
                before[format] = try await s.generator.generate(s.request, as: format)
            }

            // Afterwards: a correction of a 2020 status, a new status, a new note, a changed paper and funding.
            s.f.clock.set("2021-06-01T08:00:00Z")
            try await s.f.repository.update(s.f.strategy) { current in
                var changes = try CatalogueEditor(current: current).setStatus(
                    measure("1.10"), status: "in Planung", since: CalendarDate("2020-06-01")!, reason: "Korrektur",
                    actor: "FB 40")
                changes.append(
                    try CatalogueEditor(current: current).setStatus(
                        measure("1.2"), status: "etabliert", since: CalendarDate("2020-12-15")!, reason: nil,
                        actor: "FB 12"))
                return changes
            }
            try await s.council.saveReportNotes(
                ReportNotes(introduction: "Nachträglich."), of: s.f.strategy, report: published.key)
            var paper = try #require(try await s.council.paper(number: "V111/2021")).paper
            paper.subject = "Geänderter Betreff"
            _ = try await s.council.savePaper(paper)
            // … and new names: a status relabelled, a department renamed.
            try await s.f.repository.defineStatus(
                StatusDefinition(key: "verzoegert", labelDE: "im Verzug", labelEN: "behind", kind: .delayed),
                in: s.f.strategy, actor: "Strategiebüro")
            try await s.f.repository.saveDepartment(
                Department(code: "FB 11", name: "Personal und Organisation (neu)"), actor: "Strategiebüro")

            for format in ReportFormat.allCases {
                let again = try await s.generator.regenerate(published, as: format)
                #expect(again == before[format], "\(format)")
                #expect(
                    try await s.generator.published(published, as: format) == before[format],
                    "\(format): the kept bytes")
                #expect(
                    ReportGenerator.sha256(again)
                        == published.hashes[format.rawValue])
            }
            // A DOCX whose bytes differ (another zlib compresses the same parts differently) still
            // verifies by its parts; different parts do not, nor do they for a report published
            // before the parts' hash was kept (then the kept document's parts are compared).
            var otherBytes = published
            otherBytes.hashes["docx"] = String(repeating: "0", count: 64)
            #expect(try await s.generator.regenerate(otherBytes, as: .docx) == before[.docx])
            otherBytes.hashes["docx.parts"] = nil
            #expect(try await s.generator.regenerate(otherBytes, as: .docx) == before[.docx])
            var otherParts = otherBytes
            otherParts.hashes["docx.parts"] = String(repeating: "0", count: 64)
            await #expect(throws: (any Error).self) { try await s.generator.regenerate(otherParts, as: .docx) }
            var otherMarkdown = published
            otherMarkdown.hashes["md"] = String(repeating: "0", count: 64)
            await #expect(throws: (any Error).self) { try await s.generator.regenerate(otherMarkdown, as: .md) }

            // Unpublished, the same report shows the new state.
            let now = text(try await s.generator.generate(s.request, as: .md))
            #expect(now.contains("10 Projekte wurden bereits etabliert"))
            #expect(now.contains("Geänderter Betreff"))
            #expect(now.contains("> Nachträglich."))
            #expect(now.contains("im Verzug") && !text(before[.md]!).contains("im Verzug"))
            #expect(
                try await s.f.repository.labelLog(limit: 2).map { "\($0.subject) → \($0.after) (\($0.actor))" } == [
                    "department FB 11 → Personal und Organisation (neu) (Strategiebüro)",
                    "status verzoegert → im Verzug / behind (delayed) (Strategiebüro)",
                ])
            #expect(try await s.council.publishedReports(of: s.f.strategy).map(\.id) == [published.id])

            // A second publication of the same report (a double click) is refused by the rule inside
            // the write and, below it, by the database; nothing is added.
            await #expect(
                throws: RuleViolation("paper", .reportPublished("V111/2021", on: "2021-01-01"))
            ) {
                _ = try await s.generator.publish(s.request, actor: "Strategiebüro")
            }
            await #expect(throws: (any Error).self) {
                try await s.f.test.database.write(.schema) { db in
                    try await db.raw(
                        """
                        INSERT INTO published_reports (strategy_id, report_key, report_date, baseline, known_at,\
                         published_at, actor, inputs, hashes)
                        SELECT strategy_id, report_key, report_date, baseline, known_at, published_at, actor, inputs,\
                         hashes
                        FROM published_reports WHERE id = \(bind: published.id)
                        """
                    ).run()
                }
            }
            #expect(try await s.council.publishedReports(of: s.f.strategy).map(\.id) == [published.id])

            // Downloads serve the kept bytes, whatever today's renderers make; a report published
            // before documents were kept is regenerated and checked.
            var unkept = published
            unkept.id = published.id + 1_000
            #expect(try await s.generator.published(unkept, as: .html) == before[.html], "no kept HTML: regenerated")
        }
    }

    @Test func theBaselineDefaultsToTheLastPublishedReport() async throws {
        try await withReport { s in
            let first = ReportRequest(strategy: s.f.strategy, reportDate: CalendarDate("2020-12-31")!)
            #expect(try await s.generator.key(for: first).baseline == CalendarDate("2019-03-12"))
            _ = try await s.generator.publish(first, actor: "t")
            let next = ReportRequest(strategy: s.f.strategy, reportDate: CalendarDate("2021-12-31")!)
            #expect(try await s.generator.key(for: next).baseline == CalendarDate("2020-12-31"))
            await #expect(throws: (any Error).self) {
                try await s.generator.key(
                    for: ReportRequest(
                        strategy: s.f.strategy, reportDate: CalendarDate("2020-12-31")!, paper: "V1/1999"))
            }
            await #expect(throws: (any Error).self) {
                try await s.generator.key(
                    for: ReportRequest(
                        strategy: s.f.strategy, reportDate: CalendarDate("2020-12-31")!,
                        baseline: CalendarDate("2021-01-01")!))
            }
        }
    }
}
