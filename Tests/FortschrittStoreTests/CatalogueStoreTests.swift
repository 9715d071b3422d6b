import FortschrittDomain
import FortschrittExchange
import FortschrittStore
import FortschrittTestSupport
import Foundation
import Synchronization
import Testing

/// The reference catalogue through the real store, on SQLite or (with TEST_DATABASE_URL) PostgreSQL.
@Suite struct CatalogueStoreTests {
    static let header =
        "Nr.;Maßnahme;Handlungsfeld;Federführung;Aufgenommen;Status;Status seit;Bemerkung;Status belegt"

    @Test func theReferenceFileImportsAsIs() async throws {
        try await StoreFixture.with { f in
            let catalogue = try await f.catalogue()
            #expect(catalogue.measures.count == 49)
            #expect(catalogue.fields.count == 4)
            #expect(catalogue.department("FB 12")?.name == "Informationstechnologie")
            #expect(catalogue.measures.filter { $0.details.entryDate == CalendarDate("2019-03-12") }.count == 37)
            #expect(catalogue.measure(measure("3.2"))?.details.partnerDepartments == ["FB 12", "FB 16"])
            #expect(catalogue.measures.map(\.number.text).prefix(12).last == "1.12")
        }
    }

    @Test func asOfTheEndOf2019() async throws {
        try await StoreFixture.with { f in
            let catalogue = try await f.catalogue(asOf: "2019-12-31")
            #expect(catalogue.measures.count == 37)
            let portal = try #require(catalogue.measure(measure("1.1")))
            #expect(portal.status?.key == "etabliert")
            #expect(portal.status?.since == CalendarDate("2019-10-01"))
            let parking = try #require(catalogue.measure(measure("1.12")))
            #expect(parking.details.title == "Handyparken")
            #expect(parking.status == nil)
            #expect(try await f.catalogue(asOf: "2019-03-11").measures.isEmpty)
        }
    }

    @Test func importingTheSameFileAgainChangesNothing() async throws {
        try await StoreFixture.with { f in
            let before = try await f.eventCount()
            let recorded = try await f.importCSV(String(decoding: DemoData.catalogueCSV, as: UTF8.self))
            #expect(recorded.events == 0)
            #expect(try await f.eventCount() == before)
        }
    }

    @Test func exportThenImportChangesNothing() async throws {
        try await StoreFixture.with { f in
            let before = try await f.eventCount()
            let exported = CatalogueExport.csv(try await f.catalogue())
            #expect(try await f.importCSV(exported, file: "export.csv").events == 0)
            #expect(try await f.eventCount() == before)
            // An export as of a past date reads back to that date's catalogue.
            let past = CatalogueExport.csv(try await f.catalogue(asOf: "2019-12-31"))
            #expect(past.split(separator: "\n").count == 38)
        }
    }

    @Test func aBadFileChangesNothing() async throws {
        try await StoreFixture.with { f in
            let before = try await f.eventCount()
            let beforeCSV = CatalogueExport.csv(try await f.catalogue())
            // The first row alone would be a valid change; the second is not, so neither lands.
            let text =
                "\(Self.header)\n1.2;Open Data Portal;E-Government (Bürger und Unternehmen);FB "
                + "12;2019-03-12;etabliert;2020-12-01;;ja\n1.3;X;E-Government (Bürger und Unternehmen);FB "
                + "12;2019-03-12;erledigt;2020-12-01;;ja\n"
            await #expect(throws: ImportFailure.self) { try await f.importCSV(text) }
            #expect(try await f.eventCount() == before)
            #expect(CatalogueExport.csv(try await f.catalogue()) == beforeCSV)
        }
    }

    @Test func aLaterSpreadsheetRecordsOnlyItsDifferences() async throws {
        try await StoreFixture.with { f in
            var lines = String(decoding: DemoData.catalogueCSV, as: UTF8.self).split(separator: "\n").map(String.init)
            // 1.3 is delayed no longer; 1.4 has been delayed since earlier than thought; 4.11 is new.
            lines = lines.map { line in
                if line.hasPrefix("1.3;") {
                    return
                        "1.3;Klimadateninformationssystem;E-Government (Bürger und "
                        + "Unternehmen);Klimaschutzleitstelle;2019-03-12;im Zeitplan;2021-03-01;wieder im Plan;ja"
                }
                if line.hasPrefix("1.4;") { return line.replacingOccurrences(of: "2020-04-01", with: "2020-03-15") }
                return line
            }
            lines.append(
                "4.11;Smarte Laternen;Besondere Handlungsfelder der Digitalisierung;FB 67;2021-02-01;in "
                    + "Planung;2021-02-01;;ja"
            )
            let before = try await f.eventCount()
            let recorded = try await f.importCSV(lines.joined(separator: "\n"), file: "2021-06.csv")
            #expect(recorded.newMeasures == 1)
            // 1.3 status, 1.4 retraction + status, 4.11 created + status
            #expect(recorded.events == 5)
            #expect(try await f.eventCount() == before + 5)

            let now = try await f.catalogue()
            #expect(now.measures.count == 50)
            #expect(now.measure(measure("1.3"))?.status?.key == "im-zeitplan")
            #expect(now.measure(measure("1.4"))?.status?.since == CalendarDate("2020-03-15"))
            // The report date before stays as it was, except where the new file says it differs.
            let end2020 = try await f.catalogue(asOf: "2020-12-31")
            #expect(end2020.measure(measure("1.3"))?.status?.key == "verzoegert")
            #expect(end2020.measure(measure("4.11")) == nil)
            // And importing the later file again changes nothing.
            #expect(try await f.importCSV(lines.joined(separator: "\n"), file: "2021-06.csv").events == 0)

            let history = try await f.repository.history(of: measure("1.4"), in: f.strategy)
            #expect(history.map(\.change.kind) == [.created, .statusSet, .statusSet, .retracted])
        }
    }

    @Test func aPublishedStateCanBeReproducedAfterCorrections() async throws {
        try await StoreFixture.with { f in
            let report = try await f.catalogue(asOf: "2020-12-31")
            let cutoff = try #require(try await f.repository.lastRecorded(in: f.strategy))
            #expect(cutoff == (try await f.repository.history(of: f.strategy, knownAt: nil).map(\.recordedAt).max()))
            // Later, the 2020 status of 1.10 is corrected and 1.2 moves on in 2021.
            f.clock.set("2021-05-01T10:00:00Z")
            try await f.repository.update(f.strategy) { current in
                var changes = try CatalogueEditor(current: current).setStatus(
                    measure("1.10"), status: "in Planung", since: CalendarDate("2020-03-15")!, reason: "Korrektur",
                    actor: "FB 40")
                changes.append(
                    try CatalogueEditor(current: current).setStatus(
                        measure("1.2"), status: "etabliert", since: CalendarDate("2021-04-01")!, reason: nil,
                        actor: "FB 12"))
                return changes
            }
            let corrected = try await f.catalogue(asOf: "2020-12-31")
            #expect(corrected.measure(measure("1.10"))?.status?.key == "in-planung")
            let reproduced = try await f.catalogue(asOf: "2020-12-31", knownAt: cutoff)
            #expect(reproduced.measures == report.measures)
            #expect(CatalogueExport.csv(reproduced) == CatalogueExport.csv(report))
            #expect(try await f.catalogue().measure(measure("1.2"))?.status?.key == "etabliert")
        }
    }

    @Test func severalDatesReadTogetherEqualEachReadAlone() async throws {
        try await StoreFixture.with { f in
            let cutoff = try #require(try await f.repository.lastRecorded(in: f.strategy))
            f.clock.set("2021-05-01T10:00:00Z")
            try await f.repository.update(f.strategy) { current in
                try CatalogueEditor(current: current).setStatus(
                    measure("1.10"), status: "in Planung", since: CalendarDate("2020-03-15")!, reason: "Korrektur",
                    actor: "FB 40")
            }
            let dates: [CalendarDate?] = [
                CalendarDate("2020-12-31"), CalendarDate("2019-03-12"), nil, CalendarDate("2019-12-31"),
            ]
            for knownAt in [nil, cutoff] {
                let together = try await f.repository.catalogues(of: f.strategy, asOf: dates, knownAt: knownAt)
                #expect(together.count == dates.count)
                for (date, catalogue) in zip(dates, together) {
                    let alone = try await f.repository.catalogue(of: f.strategy, asOf: date, knownAt: knownAt)
                    #expect(catalogue.asOf == date)
                    #expect(catalogue.measures == alone.measures)
                }
            }
            #expect(
                try await f.repository.catalogues(of: f.strategy, asOf: [CalendarDate("2020-12-31")], knownAt: nil)[0]
                    .measure(measure("1.10"))?.status?.key == "in-planung")
        }
    }

    @Test func historyIsAppendOnly() async throws {
        try await StoreFixture.with { f in
            await #expect(throws: (any Error).self) {
                try await f.test.database.write(.schema) { db in
                    try await db.raw("UPDATE measure_events SET actor = 'x'").run()
                }
            }
            await #expect(throws: (any Error).self) {
                try await f.test.database.write(.schema) { db in try await db.raw("DELETE FROM measure_events").run() }
            }
            let actors = try await f.repository.history(of: f.strategy, knownAt: nil).map(\.actor)
            #expect(Set(actors) == ["demo"])
        }
    }

    @Test func everyEventCarriesDatesActorAndReason() async throws {
        try await StoreFixture.with { f in
            let history = try await f.repository.history(of: measure("1.3"), in: f.strategy)
            #expect(history.count == 2)
            let status = try #require(history.last)
            #expect(status.effectiveDate == CalendarDate("2020-04-01"))
            #expect(status.actor == "demo")
            #expect(status.reason == "coronabedingt verzögert")
            #expect(
                status.change
                    == .statusSet(
                        MeasureStatusAssignment(key: "verzoegert", assumed: true, remark: "coronabedingt verzögert")))
            #expect(history.first?.recordedAt == status.recordedAt)
        }
    }

    @Test func editsThroughTheEditorAreCheckedAndRecorded() async throws {
        try await StoreFixture.with { f in
            await #expect(throws: RuleViolation.self) {
                try await f.repository.update(f.strategy) { current in
                    try CatalogueEditor(current: current).setStatus(
                        measure("1.2"), status: "verworfen", since: CalendarDate("2021-01-01")!, reason: nil, actor: "x"
                    )
                }
            }
            try await f.repository.update(f.strategy) { current in
                try CatalogueEditor(current: current).changeMeasure(
                    measure("1.2"), change: DetailsChange(title: "Open-Data-Portal"),
                    effective: CalendarDate("2021-02-01")!, actor: "FB 12", reason: "Schreibweise")
            }
            #expect(try await f.catalogue().measure(measure("1.2"))?.details.title == "Open-Data-Portal")
            #expect(
                try await f.catalogue(asOf: "2021-01-31").measure(measure("1.2"))?.details.title == "Open Data Portal")
            try await f.repository.update(f.strategy) { current in
                try CatalogueEditor(current: current).removeMeasure(
                    measure("4.10"), effective: CalendarDate("2021-06-30")!, actor: "FB 12", reason: "erledigt")
            }
            #expect(try await f.catalogue().measures.count == 48)
            #expect(try await f.catalogue(asOf: "2021-06-29").measures.count == 49)
        }
    }

    @Test func strategiesAreKeptApart() async throws {
        try await StoreFixture.with { f in
            let smart = try await f.repository.createStrategy(
                NewStrategy(slug: "smart-city", title: "Smart City", body: "Stadt Mannheim"))
            await #expect(throws: RuleViolation.self) { try await f.repository.createStrategy(DemoData.strategy) }
            await #expect(throws: RuleViolation.self) {
                try await f.repository.createStrategy(NewStrategy(slug: "Smart City", title: "x", body: ""))
            }
            #expect(try await f.repository.catalogue(of: smart, asOf: nil, knownAt: nil).measures.isEmpty)
            try await f.repository.defineStatus(
                StatusDefinition(key: "pausiert", labelDE: "pausiert", labelEN: "paused", kind: .delayed), in: smart,
                actor: "test")
            let statuses = try await f.repository.catalogue(of: smart, asOf: nil, knownAt: nil).statuses
            #expect(statuses.keys.last == "pausiert")
            #expect(try await f.catalogue().statuses.keys.count == 6)
        }
    }

    @Test func migrationsAreRecordedAndIdempotent() async throws {
        try await StoreFixture.with(seeded: false) { (f: StoreFixture) async throws in
            // The suite runs on the engine TEST_DATABASE_URL names, not silently on SQLite.
            #expect(f.test.database.engine.rawValue == TestDatabase.engineName)
            #expect(try await Migrations.applied(on: f.test.database) == Array(1...30))
            #expect(try await Migrations.run(on: f.test.database) == [])
        }
    }

    @Test func concurrentWritesAllLand() async throws {
        try await StoreFixture.with { f in
            let before = try await f.eventCount()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for day in 1...8 {
                    group.addTask {
                        try await f.repository.update(f.strategy) { current in
                            try CatalogueEditor(current: current).setStatus(
                                measure("2.1"), status: "im Zeitplan",
                                since: CalendarDate(year: 2021, month: 3, day: day)!, reason: nil, actor: "w\(day)")
                        }
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await f.eventCount() == before + 8)
            let times = try await f.repository.history(of: measure("2.1"), in: f.strategy).sorted {
                $0.sequence < $1.sequence
            }.map(\.recordedAt)
            #expect(times == times.sorted())
        }
    }
}

@Suite struct DatabaseLocationTests {
    @Test func readsTheForms() throws {
        #expect(DatabaseLocation("sqlite:data/f.sqlite") == .sqlite(path: "data/f.sqlite"))
        #expect(DatabaseLocation("f.sqlite") == .sqlite(path: "f.sqlite"))
        #expect(
            DatabaseLocation("postgres://u:p@localhost:5432/db") == .postgres(url: "postgres://u:p@localhost:5432/db"))
        #expect(
            DatabaseLocation("postgres://u@localhost/db?schema=s1")
                == .postgres(url: "postgres://u@localhost/db", schema: "s1"))
        #expect(DatabaseLocation("mysql://x") == nil)
        #expect(DatabaseLocation("sqlite:") == nil)
        #expect(DatabaseLocation.postgres(url: "postgres://u:secret@h/db").description == "postgres://u:***@h/db")
    }

    @Test func optionWinsOverEnvironment() throws {
        #expect(try DatabaseLocation.resolve(option: nil, environment: [:]) == .defaultSQLite)
        #expect(
            try DatabaseLocation.resolve(option: nil, environment: ["DATABASE_URL": "sqlite:x"]) == .sqlite(path: "x"))
        #expect(
            try DatabaseLocation.resolve(option: "sqlite:y", environment: ["DATABASE_URL": "sqlite:x"])
                == .sqlite(path: "y"))
        #expect(throws: DatabaseLocation.LocationError.self) {
            try DatabaseLocation.resolve(option: "ftp://x", environment: [:])
        }
    }
}

@Suite struct EditingStoreTests {

    /// An editor's save plans against the one measure's state (read inside the strategy's lock), and
    /// refuses when the measure changed after the author's last seen event.
    @Test func aSaveReadsOnlyItsMeasureAndRefusesAfterAnotherChange() async throws {
        try await StoreFixture.with { f in
            let number = try #require(MeasureNumber("1.4"))
            let january = try #require(CalendarDate("2021-01-04"))
            let february = try #require(CalendarDate("2021-02-01"))
            let seen = try #require(try await f.repository.history(of: number, in: f.strategy).last?.sequence)
            let planned = Mutex<Catalogue?>(nil)
            try await f.repository.update(f.strategy, editing: number, seen: seen) { current in
                planned.withLock { $0 = current }
                return try CatalogueEditor(current: current).setStatus(
                    number, status: "verzoegert", since: january, reason: "Lieferverzug",
                    remark: "Lieferverzug", actor: "fb15@example.org")
            }
            let current = try #require(planned.withLock { $0 })
            #expect(current.measures.map(\.number) == [number])
            #expect(current.fields.count == 4 && !current.departments.isEmpty && !current.statuses.all.isEmpty)
            #expect(try await f.catalogue().measure(number)?.status?.key == "verzoegert")
            await #expect(throws: EditConflict.self) {
                try await f.repository.update(f.strategy, editing: number, seen: seen) { current in
                    try CatalogueEditor(current: current).setStatus(
                        number, status: "etabliert", since: february, reason: nil, remark: "",
                        actor: "fb15@example.org")
                }
            }
        }
    }
}
