import FortschrittDomain
import Testing

@Suite struct CatalogueEditorTests {
    let catalogue: Catalogue = {
        let strategy = Strategy(id: 1, slug: "digitalstrategie", title: "Digitalstrategie", body: "Stadt")
        let measure = Measure(
            number: MeasureNumber("1.1")!,
            details: MeasureDetails(
                title: "Bürgerportal", field: 1, leadDepartment: "FB 12", entryDate: CalendarDate("2019-03-12")!))
        return Catalogue(
            strategy: strategy, asOf: nil, knownAt: nil, fields: [FieldOfAction(number: 1, title: "E-Government")],
            departments: [Department(code: "FB 12", name: "IT")], statuses: StatusSet(StatusDefinition.defaultSet),
            measures: [measure])
    }()

    var editor: CatalogueEditor { CatalogueEditor(current: catalogue) }

    @Test func theDefaultStatusesAreThePapersSix() {
        #expect(
            StatusDefinition.defaultSet.map(\.labelDE) == [
                "etabliert", "im Zeitplan", "verzögert", "in Planung", "in Linie überführt", "verworfen",
            ])
        #expect(
            StatusDefinition.defaultSet.filter(\.kind.requiresReason).map(\.key) == [
                "verzoegert", "in-linie-ueberfuehrt", "verworfen",
            ])
    }

    @Test func findsStatusesByKeyOrLabel() {
        let set = StatusSet(StatusDefinition.defaultSet)
        #expect(set.find("Verzögert")?.key == "verzoegert")
        #expect(set.find("delayed")?.key == "verzoegert")
        #expect(set.find("in-planung")?.kind == .planned)
        #expect(set.find("fertig") == nil)
    }

    @Test(arguments: ["verzögert", "in Linie überführt", "verworfen"])
    func statusesOfSomeKindsNeedAReason(_ status: String) throws {
        #expect(throws: RuleViolation("reason", .statusNeedsReason(status))) {
            try editor.setStatus(
                MeasureNumber("1.1")!, status: status, since: CalendarDate("2020-04-01")!, reason: "  ", actor: "a")
        }
        let changes = try editor.setStatus(
            MeasureNumber("1.1")!, status: status, since: CalendarDate("2020-04-01")!, reason: "coronabedingt",
            actor: "a")
        #expect(changes.events.count == 1)
        #expect(changes.events[0].reason == "coronabedingt")
    }

    @Test func aStatusCannotPrecedeTheMeasure() {
        #expect(throws: RuleViolation.self) {
            try editor.setStatus(
                MeasureNumber("1.1")!, status: "etabliert", since: CalendarDate("2019-01-01")!, reason: nil, actor: "a")
        }
    }

    @Test func unknownThingsAreNamed() {
        #expect(throws: RuleViolation.self) {
            try editor.setStatus(
                MeasureNumber("9.9")!, status: "etabliert", since: CalendarDate("2020-01-01")!, reason: nil, actor: "a")
        }
        do {
            _ = try editor.setStatus(
                MeasureNumber("1.1")!, status: "fertig", since: CalendarDate("2020-01-01")!, reason: nil, actor: "a")
            Issue.record("an unknown status was accepted")
        } catch {
            #expect(error.subject == "status")
            #expect(error.message.contains("fertig"))
        }
        let details = MeasureDetails(
            title: "X", field: 7, leadDepartment: "FB 12", entryDate: CalendarDate("2021-01-01")!)
        #expect(throws: RuleViolation.self) {
            try editor.addMeasure(MeasureNumber("7.1")!, details: details, actor: "a", reason: nil)
        }
    }

    @Test func addingAndRemovingFollowTheRules() throws {
        let details = MeasureDetails(
            title: "Chatbot", field: 1, leadDepartment: "FB 12", entryDate: CalendarDate("2021-01-01")!)
        let added = try editor.addMeasure(MeasureNumber("1.2")!, details: details, actor: "a", reason: nil)
        #expect(added.events.first?.effectiveDate == CalendarDate("2021-01-01"))
        #expect(throws: RuleViolation.self) {
            try editor.addMeasure(MeasureNumber("1.1")!, details: details, actor: "a", reason: nil)
        }
        #expect(throws: RuleViolation.self) {
            try editor.removeMeasure(
                MeasureNumber("1.1")!, effective: CalendarDate("2021-01-01")!, actor: "a", reason: nil)
        }
        #expect(throws: RuleViolation.self) {
            try editor.addMeasure(MeasureNumber("1.2")!, details: details, actor: " ", reason: nil)
        }
    }

    @Test func choosingAStrategy() throws {
        let a = Strategy(id: 1, slug: "a", title: "A", body: "")
        let b = Strategy(id: 2, slug: "b", title: "B", body: "")
        #expect(try StrategyChoice.choose(nil, from: [a]).get() == a)
        #expect(throws: StrategyChoice.Problem.ambiguous(known: ["a", "b"])) {
            try StrategyChoice.choose(nil, from: [a, b]).get()
        }
        #expect(try StrategyChoice.choose("b", from: [a, b]).get() == b)
        #expect(throws: StrategyChoice.Problem.unknown("c", known: ["a", "b"])) {
            try StrategyChoice.choose("c", from: [a, b]).get()
        }
        #expect(throws: StrategyChoice.Problem.none) { try StrategyChoice.choose(nil, from: []).get() }
    }
}
