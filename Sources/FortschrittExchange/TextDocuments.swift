import FortschrittDomain
import Foundation

// The JSON shapes of strategy texts in the read API.

public struct TextVersionSummaryDocument: Codable, Sendable, Equatable {
    public var number: Int
    public var title: String
    public var publishedAt: String?
    public var opensOn: CalendarDate?
    public var closesOn: CalendarDate?
    public var moderation: String
    public var blocks: Int

    public init(_ version: TextVersion) {
        number = version.number
        title = version.title
        publishedAt = version.publishedAt?.iso
        opensOn = version.opensOn
        closesOn = version.closesOn
        moderation = version.moderation.rawValue
        blocks = version.blocks.count
    }
}

public struct TextBlockDocument: Codable, Sendable, Equatable {
    public var id: String
    public var kind: String
    public var level: Int?
    public var text: String
    public var measures: [String]

    public init(_ block: TextBlock) {
        id = block.id.text
        kind = block.kind.rawValue
        level = block.kind == .heading ? block.level : nil
        text = block.text
        measures = block.measures.map(\.text)
    }
}

public struct TextVersionDocument: Codable, Sendable, Equatable {
    public var number: Int
    public var title: String
    public var note: String
    public var publishedAt: String?
    public var opensOn: CalendarDate?
    public var closesOn: CalendarDate?
    public var moderation: String
    /// The strategy whose catalogue the blocks' measures belong to.
    public var catalogue: String?
    public var blocks: [TextBlockDocument]

    public init(_ version: TextVersion, catalogue: String?) {
        number = version.number
        title = version.title
        note = version.note
        publishedAt = version.publishedAt?.iso
        opensOn = version.opensOn
        closesOn = version.closesOn
        moderation = version.moderation.rawValue
        self.catalogue = catalogue
        blocks = version.blocks.map(TextBlockDocument.init)
    }
}

public struct TextDiffDocument: Codable, Sendable, Equatable {
    public struct Block: Codable, Sendable, Equatable {
        public var id: String
        public var status: String
        public var moved: Bool
        public var oldText: String?
        public var newText: String?
        public var words: [Words.Change]
    }

    public var from: Int
    public var to: Int
    public var blocks: [Block]

    public init(_ diff: TextDiff) {
        from = diff.old.number
        to = diff.new.number
        blocks = diff.blocks.map {
            Block(
                id: $0.id.text, status: $0.status.rawValue, moved: $0.moved, oldText: $0.old?.text,
                newText: $0.new?.text, words: $0.words)
        }
    }
}

/// The public discussion of a version: per block its visible comments and replies, agreement
/// counted, and the comments on earlier versions with what became of them.
public struct VersionDiscussionDocument: Codable, Sendable, Equatable {
    public struct Comment: Codable, Sendable, Equatable {
        public var id: Int64
        public var version: Int
        /// visible, hidden (by a moderator, with the reason) or withdrawn (by its author): the text is
        /// empty unless visible.
        public var state: String
        public var hiddenReason: String?
        public var replyTo: Int64?
        /// The display name, only where its holder consented to publishing it.
        public var author: String?
        public var authorBadge: String?
        /// The author erased their account; the contribution stays, under a pseudonym.
        public var authorErased: Bool
        public var text: String
        public var createdAt: String
        /// How it reached the city: online, letter, email, event or data-platform.
        public var channel: String
        /// For a contribution staff entered: its source (no names of private persons) and the day it arrived.
        public var source: String?
        public var receivedOn: String?
        public var quote: String?
        /// For comments on an earlier version: unchanged, text-changed or earlier-version.
        public var fate: String?
        public var oldText: String?
        public var newText: String?
        /// The city's published decision on it, if any.
        public var decision: DecisionDocument?
        /// For a segment: the contribution it was cut from, and the block it concerns.
        public var segmentOf: Int64?
        public var block: String?
        /// The segments the city cut it into, each with its decision; nil when it was not cut.
        public var segments: [Comment]?

        public init(
            _ contribution: Contribution, fate: CommentFate? = nil, decision: Decision? = nil,
            segments: [Comment]? = nil
        ) {
            self.decision = decision.map(DecisionDocument.init)
            self.segments = segments
            segmentOf = contribution.segmentOf
            block = contribution.segmentOf == nil ? nil : contribution.anchor.block.text
            let shown = contribution.publicView
            id = shown.id
            version = shown.anchor.version
            state = shown.state.rawValue
            hiddenReason = shown.state == .hidden ? shown.hiddenReason : nil
            replyTo = shown.replyTo
            author = shown.authorName
            authorBadge = shown.authorBadge?.rawValue
            authorErased = shown.authorErased
            text = shown.text
            createdAt = contribution.createdAt.iso
            channel = contribution.channel.rawValue
            source = contribution.source?.source
            receivedOn = contribution.source?.receivedOn.iso
            quote = contribution.anchor.quote
            switch fate {
            case .unchanged: self.fate = "unchanged"
            case .textChanged(let old, let new): (self.fate, oldText, newText) = ("text-changed", old, new)
            case .earlierVersion: self.fate = "earlier-version"
            case nil: self.fate = nil
            }
        }
    }

    public struct Block: Codable, Sendable, Equatable {
        public var id: String
        public var agree: Int
        public var disagree: Int
        public var comments: [Comment]
        public var earlier: [Comment]
    }

    public var number: Int
    public var blocks: [Block]

    public init(
        _ version: TextVersion, current: [BlockID: BlockContributions],
        earlier: [BlockID: [(Contribution, CommentFate)]], decisions: [Contribution.ID: Decision] = [:]
    ) {
        number = version.number
        blocks = version.blocks.map { block in
            let here = current[block.id] ?? BlockContributions()
            return Block(
                id: block.id.text, agree: here.agree, disagree: here.disagree,
                comments: here.comments.map { comment in
                    Comment(
                        comment, decision: decisions[comment.id],
                        segments: here.segments[comment.id]?.map { Comment($0, decision: decisions[$0.id]) })
                },
                earlier: (earlier[block.id] ?? []).map { Comment($0.0, fate: $0.1, decision: decisions[$0.0.id]) })
        }
    }
}

/// What a participant downloads about themselves: the account, every contribution with its full
/// text and state, their agreement, the reports they made and what happened to the account.
public struct ParticipantDataDocument: Codable, Sendable {
    public struct Account: Codable, Sendable {
        public var email: String
        public var displayName: String
        public var registeredAt: String
        public var confirmedAt: String?
        public var consentToProcessAt: String
        public var consentToPublishAt: String?
        public var badge: String?
    }

    public struct Contribution: Codable, Sendable {
        public var id: Int64
        public var version: Int
        public var block: String
        public var replyTo: Int64?
        public var quote: String?
        public var text: String
        public var state: String
        public var hiddenReason: String?
        public var createdAt: String
    }

    public struct Agreement: Codable, Sendable {
        public var version: Int
        public var block: String
        public var value: String
        public var updatedAt: String
    }

    public struct Report: Codable, Sendable {
        public var contribution: Int64
        public var reason: String
        public var reportedAt: String
    }

    public struct Event: Codable, Sendable {
        public var recordedAt: String
        public var action: String
    }

    public var account: Account
    public var contributions: [Contribution]
    public var agreements: [Agreement]
    public var reports: [Report]
    public var follows: [FollowEntry]
    public var history: [Event]

    public struct FollowEntry: Codable, Sendable {
        public var target: String
        public var frequency: String
        public var since: String
    }

    public init(_ data: ParticipantData) {
        let p = data.participant
        account = Account(
            email: p.email, displayName: p.displayName, registeredAt: p.registeredAt.iso,
            confirmedAt: p.confirmedAt?.iso, consentToProcessAt: p.consentToProcessAt.iso,
            consentToPublishAt: p.consentToPublishAt?.iso, badge: p.badge?.rawValue)
        contributions = data.contributions.map {
            Contribution(
                id: $0.id, version: $0.anchor.version, block: $0.anchor.block.text, replyTo: $0.replyTo,
                quote: $0.anchor.quote, text: $0.text, state: $0.state.rawValue, hiddenReason: $0.hiddenReason,
                createdAt: $0.createdAt.iso)
        }
        agreements = data.agreements.map {
            Agreement(version: $0.version, block: $0.block, value: $0.value.rawValue, updatedAt: $0.updatedAt.iso)
        }
        follows = data.follows.map {
            FollowEntry(target: $0.target.key, frequency: $0.frequency.rawValue, since: $0.since.iso)
        }
        reports = data.reports.map {
            Report(contribution: $0.contribution, reason: $0.reason, reportedAt: $0.reportedAt.iso)
        }
        history = data.log.map { Event(recordedAt: $0.recordedAt.iso, action: $0.action) }
    }
}

/// A published decision (Abwägung): outcome, reason, and the block of a later version it was applied in.
public struct DecisionDocument: Codable, Sendable, Equatable {
    public struct Place: Codable, Sendable, Equatable {
        public var version: Int
        public var block: String
    }

    public var outcome: String
    public var reason: String
    public var appliedIn: Place?

    public init(_ decision: Decision) {
        outcome = decision.outcome.rawValue
        reason = decision.reason
        appliedIn = decision.appliedIn.map { Place(version: $0.version, block: $0.block.text) }
    }
}

/// A version's figures as the API gives them: participants, contributions by channel and decision,
/// agreement per block, and the experts' published reviews with their ratings.
public struct VersionFiguresDocument: Codable, Sendable, Equatable {
    public struct Channel: Codable, Sendable, Equatable {
        public var channel: String
        public var contributions: Int
        /// Decisions (contributions, or the segments cut from one) by the outcome published ("open"
        /// without one).
        public var outcomes: [String: Int]
    }

    public struct Block: Codable, Sendable, Equatable {
        public var id: String
        public var contributions: Int
        public var agree: Int
        public var disagree: Int
    }

    public struct Ratings: Codable, Sendable, Equatable {
        public var reviews: Int
        /// How many reviews gave 1, 2, 3, 4 and 5.
        public var counts: [Int]
        /// The mean as a decimal string with one place ("3.5"); absent without reviews.
        public var mean: String?
    }

    public struct Review: Codable, Sendable, Equatable {
        public var expert: String
        /// The block rated; absent for the version as a whole.
        public var block: String?
        public var acceptance: Int
        public var practicality: Int
        public var reason: String
        public var publishedAt: String
    }

    public var version: Int
    public var participants: Int
    public var contributions: Int
    public var decisions: Int
    public var channels: [Channel]
    public var outcomes: [String: Int]
    public var blocks: [Block]
    public var acceptance: Ratings
    public var practicality: Ratings
    public var reviews: [Review]

    public init(_ version: TextVersion, figures: VersionFigures, reviews: [ExpertReview]) {
        self.version = version.number
        participants = figures.participants
        contributions = figures.contributions
        decisions = figures.decisions
        func named(_ counts: [Int]) -> [String: Int] {
            Dictionary(uniqueKeysWithValues: zip(Decision.Outcome.allCases.map(\.rawValue), counts))
        }
        channels = figures.byChannel.map {
            Channel(channel: $0.channel.rawValue, contributions: $0.contributions, outcomes: named($0.outcomes))
        }
        outcomes = named(figures.byOutcome.map(\.count))
        blocks = figures.blocks.map {
            Block(id: $0.block.text, contributions: $0.contributions, agree: $0.agree, disagree: $0.disagree)
        }
        func ratings(_ r: VersionFigures.Ratings) -> Ratings {
            Ratings(
                reviews: r.total, counts: r.counts,
                mean: r.meanInTenths.map { VersionFigures.decimal(tenths: $0, separator: ".") })
        }
        acceptance = ratings(figures.acceptance)
        practicality = ratings(figures.practicality)
        self.reviews = reviews.compactMap { review in
            review.publishedAt.map {
                Review(
                    expert: review.expertName, block: review.block?.text, acceptance: review.acceptance,
                    practicality: review.practicality, reason: review.reason, publishedAt: $0.iso)
            }
        }
    }
}
