import FortschrittDomain
import Foundation
import Testing

@testable import FortschrittExchange

/// The reference paper's numbers, generated from the Mannheim catalogue.
@Suite struct CouncilReportTests {
    static func mannheim() throws -> (events: [MeasureEvent], empty: Catalogue) {
        var empty = CatalogueImportTests.emptyCatalogue()
        empty.strategy = Strategy(
            id: 1, slug: "digitalstrategie", title: "Digitalisierungsstrategie der Stadt Mannheim",
            body: "Stadt Mannheim", adoptedOn: CalendarDate("2019-03-12"))
        empty.departments = DemoData.departments
        let file = try CatalogueImport(data: DemoData.catalogueCSV, file: DemoData.catalogueFile)
        var history: [MeasureEvent] = []
        let options = CatalogueImport.Options(actor: "t", changesEffective: CalendarDate("2020-12-31")!)
        let changes = try file.plan(against: empty, options: options)
        let full = CatalogueImportTests.apply(changes, to: empty, history: &history)
        var base = full
        base.measures = []
        return (history, base)
    }

    static func report(at date: String = "2020-12-31", since baseline: String = "2019-03-12") throws -> StrategyReport {
        let (events, base) = try mannheim()
        var current = base
        var start = base
        current.asOf = CalendarDate(date)
        current.measures = MeasureHistory.states(from: events, asOf: current.asOf)
        start.asOf = CalendarDate(baseline)
        start.measures = MeasureHistory.states(from: events, asOf: start.asOf)
        return StrategyReport(at: current, baseline: start, events: events)
    }

    @Test func theNumbersOfV111() throws {
        let r = try Self.report()
        #expect(r.total == 49)
        #expect(r.original.count == 37)
        #expect(r.added.count == 12)
        let counts = Dictionary(uniqueKeysWithValues: r.statusCounts.map { ($0.status.key, $0.count) })
        #expect(
            counts == [
                "etabliert": 9, "im-zeitplan": 20, "verzoegert": 9, "in-planung": 8, "in-linie-ueberfuehrt": 2,
                "verworfen": 1,
            ])
        let eGovernment = try #require(r.fieldSummaries.first)
        #expect(eGovernment.original.count == 12)
        #expect(
            eGovernment.originalEstablished.map(\.details.title) == [
                "Bürgerportal", "Digitale Ratsarbeit", "Digitale Kita Info App", "Mannheimer Frauennachttaxi",
                "Handyparken",
            ])
        let work = r.fieldSummaries[2]
        #expect(work.original.count == 11)
        #expect(work.added.map(\.number.text) == ["3.12", "3.13", "3.14", "3.15"])
        let handedOver = r.measures(ofKind: .handedOver)
        #expect(handedOver.map { r.receivingDepartment(of: $0)?.code } == ["FB 20", "FB 11"])
    }

    @Test func theKurzfassungReadsLikeThePaper() throws {
        let text = CouncilReportWriter(report: try Self.report()).document().plainText
        #expect(
            text.contains(
                "Am 12. März 2019 hat der Gemeinderat die Digitalisierungsstrategie der Stadt Mannheim beschlossen "
                    + "und die Verwaltung mit der Umsetzung eines 37 Projekte umfassenden Maßnahmenkatalogs"
            ))
        #expect(text.contains("9 Projekte wurden bereits etabliert bzw. sind im Ausbau befindlich:"))
        #expect(text.contains("20 Projekte befinden sich im Zeitplan und werden wie geplant umgesetzt."))
        #expect(text.contains("9 Projekte sind verzögert, werden aber weiterhin umgesetzt."))
        #expect(text.contains("8 Projekte befinden sich in der Planungsphase bzw. sind initial zu starten."))
        #expect(
            text.contains(
                "2 Projekte (Modernisierung Zuschusswesen und Mitarbeiterportal) werden künftig in der Linie "
                    + "weiterverfolgt: Modernisierung Zuschusswesen durch FB 20 (Stadtkämmerei) und Mitarbeiterportal "
                    + "durch FB 11 (Organisation und Personal)."
            ))
        #expect(text.contains("1 Projekt (Semesterticket) wurde verworfen"))
        #expect(
            text.contains(
                "Seit März 2019 wurden 12 neue Projekte aufgenommen, so dass aktuell insgesamt 49 Maßnahmen "
                    + "umgesetzt werden bzw. wurden."
            ))
        #expect(
            text.contains(
                "Von den 12 Projekten des Maßnahmenkatalogs konnten 5 erfolgreich etabliert werden (Bürgerportal, "
                    + "Digitale Ratsarbeit, Digitale Kita Info App, Mannheimer Frauennachttaxi und Handyparken)."
            ))
        #expect(
            text.contains("4 neue Projekte kamen hinzu (eFon-Neuentwicklung elektronischer Forderungsnachweis (3.12)"))
    }

    @Test func singularAndPlural() throws {
        let r = try Self.report()
        let discarded = try #require(r.statuses.first { $0.kind == .discarded })
        let one = ReportSentences.status(discarded, measures: r.measures(ofKind: .discarded), in: r)
        #expect(
            one
                == "1 Projekt (Semesterticket) wurde verworfen: fachliche Anforderungen digital nicht realisierbar, "
                + "neu seit Strategiebeschluss."
        )
        let active = try #require(r.statuses.first { $0.kind == .active })
        #expect(
            ReportSentences.status(active, measures: Array(r.measures(ofKind: .active).prefix(1)), in: r)
                == "1 Projekt befindet sich im Zeitplan und wird wie geplant umgesetzt.")
        #expect(German.list(["A"]) == "A")
        #expect(German.list(["A", "B", "C"]) == "A, B und C")
        #expect(German.date(CalendarDate("2021-03-09")!) == "9. März 2021")
    }

    @Test func anEarlierReportDateGivesThatDaysNumbers() throws {
        let r = try Self.report(at: "2019-12-31")
        #expect(r.total == 37)
        #expect(r.added.isEmpty)
        #expect(r.measures(withStatus: "etabliert").map(\.details.title) == ["Bürgerportal", "MINT-Bildungskette"])
        #expect(r.withoutStatus.map(\.number.text).contains("1.12"))
        let text = CouncilReportWriter(report: r).document().plainText
        #expect(text.contains("2 Projekte wurden bereits etabliert bzw. sind im Ausbau befindlich:"))
        #expect(text.contains("Seit März 2019 wurden keine neuen Projekte aufgenommen"))
    }

    @Test func statusMovesSinceTheBaseline() throws {
        let r = try Self.report()
        let portal = r.statusMoves.filter { $0.measure.text == "1.1" }
        #expect(
            portal == [
                StatusMove(
                    measure: MeasureNumber("1.1")!, from: nil, to: "etabliert", date: CalendarDate("2019-10-01")!,
                    reason:
                        "Liveschaltung Oktober 2019 (Bewohnerparken, Urkundenbestellung), weitere Services "
                        + "coronabedingt ergänzt"
                )
            ])
        // Status set on the adoption day itself is the starting point, not a move.
        #expect(r.statusMoves.filter { $0.measure.text == "1.2" }.isEmpty)
    }

    @Test func fundingIsComputedAndFlagged() {
        let phaseA = FundingPhase(
            name: "A", firstYear: 2021, lastYear: 2022, volume: Money(euros: 2_500_000),
            ownShare: Money(euros: 875_000), resolution: "V128/2020")
        let phaseB = FundingPhase(
            name: "B", firstYear: 2023, lastYear: 2027, volume: Money(euros: 15_699_920),
            ownShare: Money(euros: 5_494_972), resolution: "V725/2020")
        let programme = FundingProgramme(
            name: "Modellprojekte Smart Cities", funder: "BMI / KfW", grantRate: Rate(percent: 65),
            phases: [phaseA, phaseB])
        #expect(phaseA.grant.german == "1.625.000,00 €")
        #expect(programme.totalVolume.german == "18.199.920,00 €")
        #expect(programme.inconsistentPhases.isEmpty)
        var off = programme
        off.phases[0].ownShare = Money(cents: 875_000_02)
        #expect(off.inconsistentPhases.map(\.name) == ["A"])
        off.phases[0].ownShare = Money(cents: 875_000_01)
        #expect(off.inconsistentPhases.isEmpty)
    }

    @Test func moneyIsExact() {
        #expect(Money("2.500.000,00 €") == Money(euros: 2_500_000))
        #expect(Money("15699920.00") == Money(cents: 1_569_992_000))
        #expect(Money("875000") == Money(euros: 875_000))
        #expect(Money("1,5") == Money(cents: 150))
        #expect(Money("1,505") == nil)
        #expect(Money("zwei") == nil)
        #expect(Money(cents: -5).german == "-0,05 €")
        #expect(Money(cents: 1_234_567_89).plain == "1234567.89")
        #expect(Money(euros: 15_699_920).times(Rate(percent: 35)) == Money(euros: 5_494_972))
        #expect(Rate("65 %") == Rate(basisPoints: 6500))
        #expect(Rate("65,5")?.german == "65,5 %")
        #expect(Rate("101") == nil)
    }
}

@Suite struct ManyStatusChangesTests {
    @Test func thePaperCountsThemAndAnlage2ListsThemAll() throws {
        var r = try CouncilReportTests.report()
        let listed = CouncilReportWriter(report: r).document()
        #expect(
            listed.plainText.contains(
                "Statusänderungen seit 12.03.2019\nNr. | Maßnahme | von | nach | seit | Begründung"))
        #expect(listed.dataAnnexes[1].table.rows.count == r.statusMoves.count)

        r.statusMoves = (0..<150).map { i in
            StatusMove(
                measure: MeasureNumber("1.\(i % 12 + 1)")!, from: i % 2 == 0 ? "im-zeitplan" : "verzoegert",
                to: i % 2 == 0 ? "verzoegert" : "im-zeitplan", date: CalendarDate("2020-01-01")!.adding(days: i),
                reason: "Grund \(i)")
        }
        let document = CouncilReportWriter(report: r).document()
        #expect(
            document.plainText.contains(
                "Seit 12.03.2019 gab es 150 Statusänderungen; Anlage 2 (CSV) führt jede einzeln mit Datum und "
                    + "Begründung auf."
            ))
        #expect(
            document.plainText.contains(
                "Statusänderungen seit 12.03.2019 nach Art\nvon | nach | Anzahl\nim Zeitplan | verzögert | "
                    + "75\nverzögert | im Zeitplan | 75"
            ))
        #expect(!document.plainText.contains("Grund 149"))
        #expect(document.dataAnnexes[1].table.rows.count == 150)
        #expect(
            document.dataAnnexes[1].table.rows.last == [
                "1.6", "Chatbot", "verzögert", "im Zeitplan", "29.05.2020", "Grund 149",
            ])
    }
}
