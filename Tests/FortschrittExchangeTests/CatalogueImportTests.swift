import FortschrittDomain
import Foundation
import Testing

@testable import FortschrittExchange

/// Reading spreadsheets and planning their changes, without a database: the catalogue the plan is
/// applied to is derived with the domain's history rule.
@Suite struct CatalogueImportTests {
    static let header =
        "Nr.;Maßnahme;Handlungsfeld;Federführung;Aufgenommen;Status;Status seit;Bemerkung;Status belegt"
    let options = CatalogueImport.Options(actor: "test", changesEffective: CalendarDate("2021-01-31")!)

    static func emptyCatalogue(fieldsFixed: Bool = false, fields: [FieldOfAction] = []) -> Catalogue {
        Catalogue(
            strategy: Strategy(id: 1, slug: "s", title: "S", body: "B", fieldsFixed: fieldsFixed), asOf: nil,
            knownAt: nil,
            fields: fields, departments: [], statuses: StatusSet(StatusDefinition.defaultSet), measures: [])
    }

    /// Applies a change set the way the store does: events get sequences in order.
    static func apply(_ changes: ChangeSet, to catalogue: Catalogue, history: inout [MeasureEvent]) -> Catalogue {
        var next = Int64(history.count + 1)
        for event in changes.events {
            history.append(
                MeasureEvent(
                    sequence: next, measure: event.measure, effectiveDate: event.effectiveDate,
                    recordedAt: RecordedTime(microseconds: next), actor: event.actor, reason: event.reason,
                    change: event.change))
            next += 1
        }
        var result = catalogue
        result.fields += changes.fields
        result.departments += changes.departments
        result.measures = MeasureHistory.states(from: history)
        return result
    }

    func problems(_ text: String, against catalogue: Catalogue = emptyCatalogue()) -> [String] {
        do {
            let file = try CatalogueImport(data: Data(text.utf8), file: "f.csv")
            _ = try file.plan(against: catalogue, options: options)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func readsTheReferenceCatalogue() throws {
        let file = try CatalogueImport(data: DemoData.catalogueCSV, file: DemoData.catalogueFile)
        #expect(file.numbers.count == 49)
        let changes = try file.plan(against: Self.emptyCatalogue(), options: options)
        #expect(changes.fields.map(\.number) == [1, 2, 3, 4])
        #expect(
            changes.fields.map(\.title) == [
                "E-Government (Bürger und Unternehmen)", "Intelligente digitale Infrastrukturen",
                "Intelligente digitale Arbeitswelt", "Besondere Handlungsfelder der Digitalisierung",
            ])
        #expect(changes.events.count == 98)  // created + status for each
        var history: [MeasureEvent] = []
        let catalogue = Self.apply(changes, to: Self.emptyCatalogue(), history: &history)
        let chatbot = try #require(catalogue.measure(MeasureNumber("1.6")!))
        #expect(chatbot.details.leadDepartment == "FB 33")
        #expect(chatbot.details.partnerDepartments == ["FB 12"])
        #expect(chatbot.status?.assumed == true)
        #expect(catalogue.measure(MeasureNumber("1.1")!)?.status?.assumed == false)
        let counts = Dictionary(grouping: catalogue.measures, by: { $0.status!.key }).mapValues(\.count)
        #expect(
            counts == [
                "etabliert": 9, "im-zeitplan": 20, "verzoegert": 9, "in-planung": 8, "in-linie-ueberfuehrt": 2,
                "verworfen": 1,
            ])
    }

    @Test func sameFileAgainPlansNothing() throws {
        let file = try CatalogueImport(data: DemoData.catalogueCSV, file: DemoData.catalogueFile)
        var history: [MeasureEvent] = []
        let catalogue = Self.apply(
            try file.plan(against: Self.emptyCatalogue(), options: options), to: Self.emptyCatalogue(),
            history: &history)
        #expect(try file.plan(against: catalogue, options: options).isEmpty)
    }

    @Test func exportReadsBackUnchanged() throws {
        let file = try CatalogueImport(data: DemoData.catalogueCSV, file: DemoData.catalogueFile)
        var history: [MeasureEvent] = []
        let catalogue = Self.apply(
            try file.plan(against: Self.emptyCatalogue(), options: options), to: Self.emptyCatalogue(),
            history: &history)
        let exported = CatalogueExport.csv(catalogue)
        let again = try CatalogueImport(data: Data(exported.utf8), file: "export.csv")
        #expect(try again.plan(against: catalogue, options: options).isEmpty)
        // The export keeps the reference file's own nine columns first, row for row.
        let original = String(decoding: DemoData.catalogueCSV, as: UTF8.self).split(separator: "\n")
        let written = exported.split(separator: "\n", omittingEmptySubsequences: false)
        for (a, b) in zip(original, written) {
            #expect(b.hasPrefix(a + ";"))
        }
    }

    @Test func reportsEveryProblemWithLineAndColumn() {
        let text = """
            \(Self.header)
            1.1;Bürgerportal;E-Government;FB 12;2019-03-12;fertig;2019-10-01;;ja
            1.2;Open Data;E-Government;FB 12;2019-02-30;im Zeitplan;2019-03-12;;ja
            1.1;Doppelt;E-Government;FB 12;2019-03-12;etabliert;2019-03-12;;ja
            1.4;Wahl;E-Government;FB 15;2019-03-12;verzögert;2020-04-01;;ja
            1.5;;E-Government;FB 15;2019-03-12;etabliert;2019-03-01;;vielleicht
            """
        let found = problems(text)
        #expect(found.contains("f.csv:3: column 'Aufgenommen': '2019-02-30' is not a date (YYYY-MM-DD or DD.MM.YYYY)"))
        #expect(found.contains("f.csv:4: column 'Nr.': number 1.1 appears twice (first on line 2)"))
        #expect(found.contains("f.csv:6: column 'Maßnahme': is empty"))
        #expect(
            found.contains(
                "f.csv:6: column 'Status seit': 2019-03-01 is before the measure entered the catalogue (2019-03-12)"))
        #expect(found.contains("f.csv:6: column 'Status belegt': 'vielleicht' is neither 'ja' nor 'angenommen'"))
        #expect(found.contains { $0.hasPrefix("f.csv:2: column 'Status': unknown status 'fertig'") })
        #expect(
            found.contains("f.csv:5: column 'Bemerkung': status 'verzögert' needs a reason: give it in this column"))
        #expect(found.count == 7)
        #expect(found.map { $0.split(separator: ":")[1] } == ["2", "3", "4", "5", "6", "6", "6"])
    }

    @Test func statusAndReasonProblemsAreFoundTooAndNameTheirColumn() {
        let text = """
            \(Self.header)
            1.1;Bürgerportal;E-Government;FB 12;2019-03-12;fertig;2019-10-01;;ja
            1.4;Wahl;E-Government;FB 15;2019-03-12;verzögert;2020-04-01;;ja
            1.5;Rat;E-Government;FB 15;2019-03-12;etabliert;2020-01-01;;ja
            """
        let found = problems(text)
        #expect(found.count == 2)
        #expect(found[0].hasPrefix("f.csv:2: column 'Status': unknown status 'fertig' (known: etabliert, im Zeitplan"))
        #expect(found[1] == "f.csv:3: column 'Bemerkung': status 'verzögert' needs a reason: give it in this column")
    }

    @Test func missingColumnsAreNamed() {
        let found = problems("Nr.;Maßnahme;Handlungsfeld\n1.1;A;B\n")
        #expect(found.count == 4)
        #expect(found[0].hasPrefix("f.csv:1: column 'Federführung': required column is missing"))
    }

    @Test func unknownFieldsAreRefusedWhereFieldsAreFixed() {
        let catalogue = Self.emptyCatalogue(
            fieldsFixed: true, fields: [FieldOfAction(number: 1, title: "E-Government")])
        let found = problems(
            "\(Self.header)\n1.1;A;E-Government;FB 12;2019-03-12;;;;\n2.1;B;Smart City;FB 12;2019-03-12;;;;\n",
            against: catalogue)
        #expect(
            found == [
                "f.csv:3: column 'Handlungsfeld': unknown field of action 'Smart City' (this strategy's fields are "
                    + "fixed: E-Government)"
            ])
    }

    @Test func emptyAndBrokenFiles() {
        #expect(problems("") == ["f.csv: the file is empty"])
        #expect(problems("\(Self.header)\n") == ["f.csv: the file lists no measures"])
        #expect(problems("\(Self.header)\n1.1;\"A;B\n") == ["f.csv:2: a quoted field is never closed"])
        #expect(
            problems("\(Self.header)\n1.1;A;E;FB 1;2019-03-12;;;;;x;y\n") == [
                "f.csv:2: the row has 11 fields, the header 9"
            ])
    }

    @Test func aLaterSpreadsheetYieldsOnlyItsDifferences() throws {
        let first = """
            \(Self.header)
            1.1;Bürgerportal;E-Government;FB 12;2019-03-12;im Zeitplan;2019-03-12;;ja
            1.2;Open Data;E-Government;FB 12;2019-03-12;im Zeitplan;2019-03-12;;ja
            1.3;Klima;E-Government;FB 12;2019-03-12;verzögert;2020-04-01;corona;ja
            """
        let later = """
            \(Self.header)
            1.1;Bürgerportal;E-Government;FB 12;2019-03-12;etabliert;2019-10-01;live;ja
            1.2;Open-Data-Portal;E-Government;FB 12;2019-03-12;im Zeitplan;2019-03-12;;ja
            1.3;Klima;E-Government;FB 12;2019-03-12;verzögert;2020-03-15;corona;ja
            1.4;Neu;E-Government;FB 15;2020-06-30;in Planung;2020-06-30;;angenommen
            """
        var history: [MeasureEvent] = []
        let v1 = try CatalogueImport(data: Data(first.utf8), file: "v1.csv")
        let catalogue = Self.apply(
            try v1.plan(against: Self.emptyCatalogue(), options: options), to: Self.emptyCatalogue(), history: &history)
        let v2 = try CatalogueImport(data: Data(later.utf8), file: "v2.csv")
        let changes = try v2.plan(against: catalogue, options: options)
        let summary = changes.events.map { "\($0.measure) \($0.change.kind.rawValue) \($0.effectiveDate)" }
        #expect(
            summary == [
                "1.1 status_set 2019-10-01",
                "1.2 changed 2021-01-31",
                "1.3 status_set 2020-03-15",
                "1.4 created 2020-06-30",
                "1.4 status_set 2020-06-30",
            ])
        #expect(changes.departments.map(\.code) == ["FB 15"])
        // The earlier "since" withdraws the status recorded after it.
        #expect(
            changes.retractions == [
                Retraction(
                    measure: MeasureNumber("1.3")!, kind: .statusSet, effectiveAfter: CalendarDate("2020-03-15"),
                    actor: "test", reason: "Import v2.csv: verzögert seit 2020-03-15")
            ])
    }

    @Test func aStatusCannotBeClearedByImport() throws {
        var history: [MeasureEvent] = []
        let v1 = try CatalogueImport(
            data: Data("\(Self.header)\n1.1;A;E;FB 12;2019-03-12;etabliert;2019-03-12;;ja\n".utf8), file: "v1.csv")
        let catalogue = Self.apply(
            try v1.plan(against: Self.emptyCatalogue(), options: options), to: Self.emptyCatalogue(), history: &history)
        let found = problems("\(Self.header)\n1.1;A;E;FB 12;2019-03-12;;;;\n", against: catalogue)
        #expect(
            found == [
                "f.csv:2: column 'Status': is empty, but measure 1.1 has status 'etabliert' since 2019-03-12; a "
                    + "status cannot be cleared by import"
            ])
    }

    @Test func readsCommaSeparatedWindows1252WithGermanDates() throws {
        let text =
            "Nr.,Maßnahme,Handlungsfeld,Federführung,Aufgenommen,Status,Status seit,Bemerkung\n1.1,\"Portal, "
            + "neu\",E-Government,FB 12,12.03.2019,verzögert,01.04.2020,Verzögerung\n"
        var bytes = [UInt8]()
        for scalar in text.unicodeScalars { bytes.append(UInt8(scalar.value)) }  // Latin-1 range only
        let file = try CatalogueImport(data: Data(bytes), file: "w.csv")
        var history: [MeasureEvent] = []
        let catalogue = Self.apply(
            try file.plan(against: Self.emptyCatalogue(), options: options), to: Self.emptyCatalogue(),
            history: &history)
        let measure = try #require(catalogue.measures.first)
        #expect(measure.details.title == "Portal, neu")
        #expect(
            measure.status
                == MeasureStatus(key: "verzoegert", since: CalendarDate("2020-04-01")!, remark: "Verzögerung"))
    }
}
