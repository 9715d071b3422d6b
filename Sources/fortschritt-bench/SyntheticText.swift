import FortschrittDomain
import FortschrittStore
import Foundation

/// A strategy text of `blocks` blocks (a heading every tenth, the rest paragraphs of some 60 words)
/// with `comments` comments by participants of 20 each, spread over the blocks, and agreement:
/// the version page the issue asks to render in under 50 ms.
struct SyntheticText {
    var blocks = 200
    var comments = 2_000

    var markdown: String {
        (0..<blocks).map { index in
            index % 10 == 0
                ? "## Abschnitt \(index / 10 + 1) {#b\(index)}"
                : "Absatz \(index): " + String(repeating: "Daten dienen der Stadt und ihren Menschen. ", count: 10)
                    + "{#b\(index)}"
        }.joined(separator: "\n\n")
    }

    /// Publishes the text, open for discussion, and records the comments; returns the strategy.
    func seed(_ database: Database) async throws -> (Strategy, TextVersion) {
        let catalogues = SQLCatalogueRepository(database: database)
        let texts = SQLTextRepository(database: database)
        let strategy = try await catalogues.createStrategy(
            NewStrategy(slug: "text-\(UUID().uuidString.prefix(8).lowercased())", title: "Text", body: "Synthetic"))
        try await texts.saveDraft(
            DraftText(title: "Synthetic", markdown: markdown), of: strategy, actor: "bench", dryRun: false)
        let today = CalendarDate(Date())
        let version = try await texts.publishDraft(
            of: strategy, phase: try DiscussionPhase(opensOn: today.adding(days: -1), closesOn: today.adding(days: 30)),
            actor: "bench")
        let participants = SQLParticipantRepository(database: database)
        let contributions = SQLContributionRepository(database: database)
        let perParticipant = ContributionRules.perHour
        for person in 0..<(comments + perParticipant - 1) / perParticipant {
            let email = "p\(person)-\(strategy.id)@bench.invalid"
            try await participants.register(
                Registration(
                    email: email, displayName: "Person \(person)", consentToProcess: true, consentToPublish: true),
                passwordHash: "-", tokenHash: email, at: .now(), confirmation: nil, alreadyRegistered: nil)
            guard let participant = try await participants.confirm(tokenHash: email, at: .now()) else { continue }
            for n in 0..<min(perParticipant, comments - person * perParticipant) {
                let block = version.blocks[(person * perParticipant + n) % version.blocks.count]
                _ = try await contributions.comment(
                    on: version, anchor: QuoteAnchor(version: version.number, block: block.id), replyTo: nil,
                    text: "Kommentar \(n) von Person \(person): bitte genauer fassen.", by: participant, today: today,
                    at: .now())
            }
            try await contributions.agree(
                .agree, on: version, block: version.blocks[person % version.blocks.count].id, by: participant,
                today: today, at: .now())
        }
        return (strategy, version)
    }
}
