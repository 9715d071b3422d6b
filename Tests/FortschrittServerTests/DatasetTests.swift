import FortschrittDomain
import FortschrittStore
import FortschrittTestSupport
import Foundation
import Testing

@testable import FortschrittServer

/// The data platform's datasets: the publication gate both ways, the ethics register of all, no
/// non-public dataset in any public answer, and staff forms whose every change is an event.
@Suite struct DatasetTests {
    static let today = CalendarDate(year: 2026, month: 6, day: 1)!

    static func sample(access: Dataset.Access, personal: EthicsRecord.PersonalData, review: EthicsRecord.ReviewOutcome)
        -> Dataset
    {
        let reviewed = review == .notRequired ? nil : CalendarDate(year: 2026, month: 1, day: 15)
        return Dataset(
            slug: "beispiel", title: "Beispiel", description: "Ein Beispiel.", keywords: ["Test"], theme: .environment,
            department: "FB 12", contactName: "Team", contactEmail: "team@stadt.example",
            licence: .attributionGermany, frequency: .annual,
            distributions: [.init(title: "CSV", url: "https://daten.stadt.example/x.csv", format: .csv)],
            measures: ["1.2"], blocks: [], access: access,
            ethics: EthicsRecord(
                purpose: "Zweck", legalBasis: "Art. 6 DSGVO", personalData: personal,
                anonymisationMethod: personal == .none ? "" : "Aggregation", retention: "P5Y", reviewOutcome: review,
                reviewBody: reviewed == nil ? "" : "Beirat", reviewedOn: reviewed,
                conditions: review == .approvedWithConditions ? "Nur Summen." : ""))
    }

    static func check(_ dataset: Dataset) throws(RuleViolation) -> Dataset {
        try DatasetRules.checked(dataset, departments: ["FB 12"], measures: ["1.2"], blocks: [:], today: today)
    }

    @Test func openOnlyWithoutPersonalDataOrAnonymisedWithAnApprovingReview() throws {
        // Allowed: open without personal data, or anonymised and approved (also with conditions).
        for (personal, review) in [
            (EthicsRecord.PersonalData.none, EthicsRecord.ReviewOutcome.notRequired), (.none, .approved),
            (.anonymised, .approved), (.anonymised, .approvedWithConditions),
        ] {
            #expect(try Self.check(Self.sample(access: .open, personal: personal, review: review)).access == .open)
        }
        // Refused: pseudonymised or personal data, an anonymised set without approval, any rejected one.
        for (personal, review) in [
            (EthicsRecord.PersonalData.pseudonymised, EthicsRecord.ReviewOutcome.approved), (.personal, .approved),
            (.anonymised, .rejected), (.none, .rejected),
        ] {
            #expect(throws: RuleViolation.self, "\(personal) \(review)") {
                try Self.check(Self.sample(access: .open, personal: personal, review: review))
            }
            // The same data may be kept restricted or internal.
            for access in [Dataset.Access.restricted, .internalOnly] {
                #expect(
                    try Self.check(Self.sample(access: access, personal: personal, review: review)).access == access)
            }
        }
        // Personal data without a review at all: refused whatever the access.
        #expect(throws: RuleViolation("pruefung", .reviewRequired)) {
            try Self.check(Self.sample(access: .internalOnly, personal: .anonymised, review: .notRequired))
        }
        var closed = Self.sample(access: .open, personal: .none, review: .notRequired)
        closed.licence = .otherClosed
        #expect(throws: RuleViolation("lizenz", .openNeedsOpenLicence("other-closed"))) { try Self.check(closed) }
        // Licences GovData does not count as open: no commercial use, or no changes.
        for key in ["cc-by-nc/4.0", "cc-by-nd/4.0", "dl-by-nc-de/1.0"] {
            closed.licence = try #require(DataLicence(rawValue: key))
            #expect(throws: RuleViolation.self, "\(key)") { try Self.check(closed) }
        }
    }

    @Test func badValuesAreRefusedWithTheirField() {
        var dataset = Self.sample(access: .open, personal: .none, review: .notRequired)
        let cases: [(WritableKeyPath<Dataset, String>, String, String)] = [
            (\.slug, "Groß Buchstaben", "kennung"), (\.title, " ", "titel"), (\.contactEmail, "kein", "kontakt-email"),
            (\.department, "FB 99", "fachbereich"), (\.ethics.retention, "zehn Jahre", "aufbewahrung"),
            (\.ethics.purpose, "", "zweck"), (\.slug, "ethik", "kennung"), (\.slug, "neu", "kennung"),
            (\.contactEmail, "team@stadt.example?bcc=x%40evil.example", "kontakt-email"),
            (\.contactEmail, "\"team\"@stadt.example", "kontakt-email"),
        ]
        for (path, value, field) in cases {
            var bad = dataset
            bad[keyPath: path] = value
            #expect(throws: RuleViolation.self, "\(field)") { try Self.check(bad) }
            do { _ = try Self.check(bad) } catch { #expect(error.subject == field) }
        }
        dataset.distributions = [.init(title: "", url: "javascript:alert(1)", format: .csv)]
        #expect(throws: RuleViolation.self) { try Self.check(dataset) }
        dataset.distributions = []
        #expect(throws: RuleViolation.self) { try Self.check(dataset) }
        for good in ["P10Y", "P1Y6M", "P2W", "P30D"] { #expect(EthicsRecord.isDuration(good), "\(good)") }
        for bad in ["P", "10Y", "PY", "P1D1Y", "P1Y1Y", "P12345Y", "P1H"] {
            #expect(!EthicsRecord.isDuration(bad), "\(bad)")
        }
    }

    /// The demo's restricted and internal datasets: in the ethics register (page and API) with their
    /// record, never with their data or contact, and nowhere else in any public answer.
    @Test func nonPublicDatasetsAppearInNoPublicAnswerButTheEthicsRegister() async throws {
        try await WebFixture.with { fixture in
            let visitor = try await fixture.browser(.anonymous)
            let hidden = ["energieverbrauch-gebaeude", "buergerservice-anliegen"]
            let titles = ["Energieverbrauch städtischer Gebäude", "Anliegen im Bürgerservice"]
            let register = ["GET /daten/ethik", "GET /api/v1/ethics-register"]
            var checked = 0
            for row in RouteMatrixTests.rows(readerID: 1)
            where row.route.hasPrefix("GET ") && row.outcomes == RouteMatrixTests.everyone {
                let response = try await visitor.get(row.url)
                let body = response.text
                for slug in hidden {
                    #expect(!body.contains("\(slug)."), "\(row.url) shows the data of \(slug)")
                    #expect(!body.contains("/daten/\(slug)"), "\(row.url) links \(slug)")
                }
                if !register.contains(row.route) {
                    for title in titles { #expect(!body.contains(title), "\(row.url) names \(title)") }
                }
                checked += 1
            }
            #expect(checked > 40)
            // A fresh visitor: the rows include switching the language.
            let anonymous = try await fixture.browser(.anonymous)
            for slug in hidden {
                #expect(try await anonymous.get("/daten/\(slug)").status == .notFound)
                #expect(try await anonymous.get("/api/v1/datasets/\(slug)").status == .notFound)
            }
            let page = try await anonymous.get("/daten/ethik").text
            #expect(titles.allSatisfy(page.contains) && page.contains("Die Daten selbst sind nicht öffentlich."))
            #expect(page.contains("k ≥ 10 Fahrzeuge je Zelle") && page.contains("genehmigt mit Auflagen"))
            #expect(!page.contains("opendata@stadt.example"), "no contact in the register")
            let api = try await anonymous.get("/api/v1/ethics-register").text
            #expect(titles.allSatisfy(api.contains) && !api.contains("distributions"))
            let open = try await anonymous.get("/daten/parkhaus-belegung").text
            #expect(
                open.contains("https://daten.stadt.example/parkhaus-belegung.csv") && open.contains("Datenethikbeirat"))
        }
    }

    /// The office records a dataset through the form; a wrong value is refused naming its field and
    /// records nothing; a change needs the version read and a reason; every state stays in the history.
    @Test func staffKeepDatasetsThroughTheFormAndEveryChangeIsAnEvent() async throws {
        try await WebFixture.with { fixture in
            let admin = try await fixture.browser(.admin)
            let repository = SQLDatasetRepository(database: fixture.database)
            let before = try await repository.datasets(publicOnly: false).count
            var fields = DatasetForm.values(Self.sample(access: .open, personal: .none, review: .notRequired))
            fields["kennung"] = "radwege"
            fields["titel"] = "Radwege <b>(Test)</b>"
            fields["aufbewahrung"] = "zehn Jahre"
            let refused = try await admin.post("/verwaltung/daten/neu", fields)
            #expect(refused.status == .unprocessableContent && refused.text.contains("keine Dauer"))
            #expect(refused.text.contains("Radwege &lt;b&gt;(Test)&lt;/b&gt;"), "shown again, escaped")
            #expect(try await repository.datasets(publicOnly: false).count == before)
            fields["aufbewahrung"] = "P10Y"
            let created = try await admin.post("/verwaltung/daten/neu", fields)
            #expect(created.status == .seeOther && created.location == "/verwaltung/daten/radwege?gespeichert=1")
            #expect(try await fixture.browser(.anonymous).get("/daten/radwege").text.contains("Radwege &lt;b&gt;"))
            #expect(try await admin.post("/verwaltung/daten/neu", fields).status == .unprocessableContent, "exists")

            // A change: without a reason, on a stale version, or making personal data open: refused.
            let form = try await admin.get("/verwaltung/daten/radwege").text
            let version = try #require(form.firstMatch(of: /name="stand" value="(\d+)"/).map { String($0.1) })
            fields["stand"] = version
            fields["titel"] = "Radwege (Test)"
            #expect(try await admin.post("/verwaltung/daten/radwege", fields).status == .unprocessableContent)
            fields["grund"] = "Titel ohne Auszeichnung."
            fields["personenbezug"] = "personal"
            fields["pruefung"] = "approved"
            fields["gremium"] = "Beirat"
            fields["geprueft-am"] = "2026-01-15"
            fields["verfahren"] = "keins"
            let gate = try await admin.post("/verwaltung/daten/radwege", fields)
            #expect(gate.status == .unprocessableContent && gate.text.contains("kann nicht offen sein"))
            fields["zugang"] = "internal"
            #expect(try await admin.post("/verwaltung/daten/radwege", fields).status == .seeOther)
            #expect(try await admin.post("/verwaltung/daten/radwege", fields).status == .unprocessableContent, "stale")
            #expect(try await fixture.browser(.anonymous).get("/daten/radwege").status == .notFound)
            let history = try await repository.history(of: "radwege")
            #expect(
                history.map(\.number) == [1, 2] && history.map(\.reason) == ["created", "Titel ohne Auszeichnung."])
            #expect(history.first?.dataset.access == .open && history.last?.dataset.access == .internalOnly)

            // Editors keep their own department's datasets only, and leave the review to the office.
            let other = try await fixture.browser(.editorOther)
            let stored = try #require(try await repository.dataset(slug: "buergerservice-anliegen", publicOnly: false))
            var own = DatasetForm.values(stored.dataset)
            own["stand"] = "\(stored.version)"
            own["grund"] = "Nur der Titel."
            own["personenbezug"] = "anonymised"
            own["verfahren"] = "Aggregation"
            let lowered = try await other.post("/verwaltung/daten/buergerservice-anliegen", own)
            #expect(lowered.status == .unprocessableContent && lowered.text.contains("Strategiebüro"))
            own["personenbezug"] = "personal"
            own["titel"] = "Anliegen im Bürgerservice (Beispiel, umbenannt)"
            #expect(try await other.post("/verwaltung/daten/buergerservice-anliegen", own).status == .seeOther)
            own["titel"] = "Noch einmal"
            let stale = try await other.post("/verwaltung/daten/buergerservice-anliegen", own)
            #expect(stale.status == .unprocessableContent && stale.text.contains("value=\"\(stored.version)\""))
            let editor = try await fixture.browser(.editorOwn)
            #expect(try await editor.get("/verwaltung/daten/radwege").status == .forbidden)
            fields["kennung"] = "wahllokale"
            let foreign = try await editor.post("/verwaltung/daten/neu", fields)
            #expect(foreign.status == .unprocessableContent)
            await #expect(throws: (any Error).self) {
                try await fixture.database.write(.schema) { db in try await db.raw("DELETE FROM dataset_events").run() }
            }
        }
    }
}
