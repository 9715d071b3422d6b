import FortschrittDomain
import FortschrittStore
import Foundation
import Testing

@testable import FortschrittServer

@Suite struct FollowTests {
    static let measure = "/massnahmen/1.1"

    @Test func participantsFollowFromThePagesAndChangeOrEndItOnTheirAccount() async throws {
        try await WebFixture.with { fixture in
            let jo = try await ContributionTests.participant(fixture)
            let block = try await jo.get(ContributionTests.block).text
            #expect(block.contains(#"value="block/smart-city/ethikpruefung""#) && block.contains("Folgen"))
            #expect(try await jo.get("/strategien/smart-city/text/2").text.contains(#"value="strategy/smart-city""#))
            #expect(try await jo.get(Self.measure).text.contains(#"value="measure/1.1""#))
            #expect(!(try await Browser(client: fixture.client).get(ContributionTests.block).text.contains("folgen")))

            for (target, frequency) in [
                ("block/smart-city/ethikpruefung", "immediate"), ("strategy/smart-city", "daily"),
                ("measure/1.1", "immediate"),
            ] {
                let followed = try await jo.post(
                    "/beteiligung/folgen", ["ziel": target, "haeufigkeit": frequency, "weiter": Self.measure])
                #expect(followed.status == .seeOther && followed.location == Self.measure)
            }
            #expect(
                try await jo.post(
                    "/beteiligung/folgen", ["ziel": "measure/1.1", "haeufigkeit": "daily", "weiter": "/"]
                ).status == .seeOther)
            let measurePage = try await jo.get(Self.measure).text
            #expect(measurePage.contains("Sie folgen dem bereits: täglich gesammelt."), "the page says so")
            #expect(!(try await jo.get("/massnahmen/1.2").text.contains("Sie folgen dem bereits")))
            let account = try await jo.get("/beteiligung/konto").text
            #expect(account.contains("Abschnitt ethikpruefung von „smart-city“"))
            #expect(account.contains("Maßnahme 1.1"))
            #expect(account.contains("Nicht mehr folgen"))
            #expect(
                try await jo.post("/beteiligung/folgen/beenden", ["ziel": "strategy/smart-city"]).status == .seeOther)

            let participants = SQLParticipantRepository(database: fixture.database)
            let id = try #require(try await participants.participant(email: "jo@example.org")).id
            let follows = try await participants.follows(of: id)
            #expect(
                follows.map { "\($0.target.key) \($0.frequency.rawValue)" }
                    == ["block/smart-city/ethikpruefung immediate", "measure/1.1 daily"])
            let data = try await jo.get("/beteiligung/konto/daten.json").text
            #expect(data.contains("follows") && (data.contains("measure/1.1") || data.contains(#"measure\/1.1"#)))
            let log = try #require(try await participants.export(id)).log.map(\.action)
            #expect(
                log.contains("follows measure/1.1 (daily)") && log.contains("stopped following strategy/smart-city"))
        }
    }

    @Test func unknownTargetsAndFrequenciesAreRefusedNamingTheField() async throws {
        try await WebFixture.with { fixture in
            let jo = try await ContributionTests.participant(fixture)
            for (fields, field) in [
                (["ziel": "strategy/keine", "haeufigkeit": "daily"], "ziel"),
                (["ziel": "irgendwas", "haeufigkeit": "daily"], "ziel"),
                (["ziel": "block/smart-city/gibt-es-nicht", "haeufigkeit": "daily"], "ziel"),
                (["ziel": "measure/99.99", "haeufigkeit": "daily"], "ziel"),
                (["ziel": "strategy/smart-city", "haeufigkeit": "stündlich"], "haeufigkeit"),
            ] {
                let refused = try await jo.post("/beteiligung/folgen", fields)
                #expect((400..<500).contains(refused.status.code) && refused.text.contains(field), "\(fields)")
            }
        }
    }

    static let publicURL = "https://beteiligung.example"

    /// One run of the notification job at `time`.
    static func notify(_ fixture: WebFixture, at time: RecordedTime = .now()) async throws -> FollowRun {
        try await SQLParticipantRepository(database: fixture.database).notifyFollowers(
            at: time, mails: FollowNotifier.mails(publicURL: publicURL))
    }

    /// The outbox, oldest first.
    static func outbox(_ fixture: WebFixture) async throws -> [QueuedMail] {
        try await SQLMailOutbox(database: fixture.database).recent(limit: 1000).reversed()
    }

    static func follow(_ browser: Browser, _ target: String, _ frequency: String = "immediate") async throws {
        let followed = try await browser.post(
            "/beteiligung/folgen", ["ziel": target, "haeufigkeit": frequency, "weiter": "/beteiligung/konto"])
        #expect(followed.status == .seeOther, "\(target)")
    }

    /// A time of day in Berlin on 15 January 2030.
    static func berlin(hour: Int) throws -> RecordedTime {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "Europe/Berlin"))
        return RecordedTime(
            try #require(calendar.date(from: DateComponents(year: 2030, month: 1, day: 15, hour: hour))))
    }

    @Test func followersHearAtOnceOfNewContributionsStatusChangesAndVersionsOnceEach() async throws {
        try await WebFixture.with { fixture in
            let jo = try await ContributionTests.participant(fixture)
            let ann = try await ContributionTests.participant(fixture, email: "ann@example.org", name: "Ann Muster")
            _ = try await Self.notify(fixture)  // the first run starts from now
            for target in ["block/smart-city/ethikpruefung", "measure/1.4", "strategy/smart-city"] {
                try await Self.follow(jo, target)
            }
            #expect(
                try await ann.post(ContributionTests.block + "/kommentar", ["kommentar": "Von Ann."]).status
                    == .seeOther)
            #expect(
                try await jo.post(ContributionTests.block + "/kommentar", ["kommentar": "Von Jo."]).status == .seeOther)
            let editor = try await fixture.browser(.editorOwn)
            let saved = try await editor.post(
                "/massnahmen/1.4/status",
                [
                    "status": "verzoegert", "seit": "2026-02-01", "grund": "Lieferverzug",
                    "gesehen": try await EditingTests.seen(editor, "1.4"),
                ])
            #expect(saved.status == .seeOther)
            let (strategy, texts) = try await fixture.draftSmartCity(title: "Dritte Fassung")
            _ = try await texts.publishDraft(
                of: strategy, phase: try DiscussionPhase(opensOn: nil, closesOn: nil), actor: "test")

            let run = try await Self.notify(fixture)
            #expect(run == FollowRun(immediate: 3), "\(run)")
            let mails = try await Self.outbox(fixture).filter { $0.message.kind.hasPrefix("follow-") }
            #expect(mails.allSatisfy { $0.message.to == "jo@example.org" })
            #expect(
                mails.map(\.message.kind).sorted() == [
                    "follow-newContribution", "follow-newVersion", "follow-statusChange",
                ])
            let contribution = try #require(mails.first { $0.message.kind == "follow-newContribution" })
            #expect(contribution.message.body.contains("https://beteiligung.example/beitraege/"))
            #expect(contribution.message.unsubscribe?.scope == "block/smart-city/ethikpruefung")
            #expect(
                mails.contains {
                    $0.message.subject.contains("Maßnahme 1.4") && $0.message.subject.contains("„verzögert“")
                        && $0.message.body.contains("status now “delayed”")
                }, "the status by its label, in each language")
            #expect(
                mails.contains { $0.message.body.contains("https://beteiligung.example/strategien/smart-city/text/3") })
            #expect(try await Self.notify(fixture) == FollowRun(), "nothing twice")
        }
    }

    @Test func dailyFollowersGetOneDigestOnTheFirstRunAfterSixInBerlin() async throws {
        try await WebFixture.with { fixture in
            let jo = try await ContributionTests.participant(fixture)
            let ann = try await ContributionTests.participant(fixture, email: "ann@example.org", name: "Ann Muster")
            _ = try await Self.notify(fixture)
            try await Self.follow(jo, "block/smart-city/ethikpruefung", "daily")
            for text in ["Erstens.", "Zweitens."] {
                #expect(
                    try await ann.post(ContributionTests.block + "/kommentar", ["kommentar": text]).status == .seeOther)
            }
            #expect(try await Self.notify(fixture, at: try Self.berlin(hour: 5)) == FollowRun(collected: 2))
            #expect(try await Self.notify(fixture, at: try Self.berlin(hour: 7)) == FollowRun(digests: 1))
            #expect(try await Self.notify(fixture, at: try Self.berlin(hour: 8)) == FollowRun(), "once a day")
            let digests = try await Self.outbox(fixture).filter { $0.message.kind == "follow-digest" }
            #expect(digests.count == 1 && digests[0].message.to == "jo@example.org")
            #expect(digests[0].message.subject.contains("2 Neuigkeiten"))
            #expect(digests[0].message.unsubscribe?.scope == MailMessage.Unsubscribe.all)
        }
    }

    @Test func twoRunsAtOnceQueueEachMailOnce() async throws {
        try await WebFixture.with { fixture in
            let jo = try await ContributionTests.participant(fixture)
            let ann = try await ContributionTests.participant(fixture, email: "ann@example.org", name: "Ann Muster")
            _ = try await Self.notify(fixture)
            try await Self.follow(jo, "block/smart-city/ethikpruefung")
            for index in 1...5 {
                #expect(
                    try await ann.post(ContributionTests.block + "/kommentar", ["kommentar": "Nummer \(index)."]).status
                        == .seeOther)
            }
            async let first = Self.notify(fixture)
            async let second = Self.notify(fixture)
            let runs = try await [first, second]
            #expect(runs.map(\.immediate).reduce(0, +) == 5)
            #expect(try await Self.outbox(fixture).filter { $0.message.kind == "follow-newContribution" }.count == 5)
        }
    }
}
