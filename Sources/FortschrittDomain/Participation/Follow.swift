/// A participant following a strategy (its new text versions), a block of its text (new
/// contributions on it) or a measure (its public status changes), by mail at once or in a daily digest.
public struct Follow: Hashable, Sendable {
    public enum Target: Hashable, Sendable {
        case strategy(slug: String)
        case block(slug: String, block: String)
        case measure(number: String)

        /// As stored and posted: "strategy/smart-city", "block/smart-city/datenethik", "measure/3.12".
        /// A measure is one of the portal's catalogue (the first strategy's, whose measures have pages):
        /// numbers repeat across strategies.
        public var key: String {
            switch self {
            case .strategy(let slug): return "strategy/\(slug)"
            case .block(let slug, let block): return "block/\(slug)/\(block)"
            case .measure(let number): return "measure/\(number)"
            }
        }

        /// The target a key names; refused (naming `field`) when it names none.
        public init(key: String, field: String = "ziel") throws(RuleViolation) {
            let parts = try Input.text(key, field, limit: 200).split(separator: "/", omittingEmptySubsequences: false)
                .map(String.init)
            func plain(_ text: String) -> Bool {
                !text.isEmpty && text.count <= 100 && text.allSatisfy { !$0.isWhitespace && $0 != "/" }
            }
            switch parts[0] {
            case "strategy" where parts.count == 2 && plain(parts[1]):
                self = .strategy(slug: parts[1])
            case "block" where parts.count == 3 && plain(parts[1]) && plain(parts[2]):
                self = .block(slug: parts[1], block: parts[2])
            case "measure" where parts.count == 2 && MeasureNumber(parts[1]) != nil && plain(parts[1]):
                self = .measure(number: parts[1])
            default:
                throw RuleViolation(field, .unknownFollowTarget)
            }
        }
    }

    public enum Frequency: String, Hashable, Sendable, CaseIterable {
        case immediate, daily
    }

    public var target: Target
    public var frequency: Frequency
    public var since: RecordedTime

    public init(target: Target, frequency: Frequency, since: RecordedTime) {
        self.target = target
        self.frequency = frequency
        self.since = since
    }
}

/// Something that happened to a followed target, as its mail tells it.
public struct FollowEvent: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        /// A new published version of a strategy's text; `detail` is its number.
        case newVersion
        /// A new visible contribution on a block; `detail` is its number.
        case newContribution
        /// A public status change of a measure; `detail` is the status's German label,
        /// `detailEnglish` its English one.
        case statusChange
    }

    public var kind: Kind
    /// The followed target's key.
    public var target: String
    /// What it is about, by name (the strategy's or measure's title, the block's id).
    public var name: String
    public var detail: String
    /// The detail in English where it has its own (a status's label).
    public var detailEnglish: String?
    /// The page to look at, from the site's root ("/beitraege/17").
    public var path: String

    public init(
        kind: Kind, target: String, name: String, detail: String, detailEnglish: String? = nil, path: String
    ) {
        self.detailEnglish = detailEnglish
        self.kind = kind
        self.target = target
        self.name = name
        self.detail = detail
        self.path = path
    }
}

/// How the notification job words its mails (the server's string tables; `to` is filled in by the job).
public struct FollowMails: Sendable {
    public var immediate: @Sendable (FollowEvent) -> MailMessage
    public var digest: @Sendable ([FollowEvent]) -> MailMessage

    public init(
        immediate: @escaping @Sendable (FollowEvent) -> MailMessage,
        digest: @escaping @Sendable ([FollowEvent]) -> MailMessage
    ) {
        self.immediate = immediate
        self.digest = digest
    }
}

/// When daily digests go out: the first run of the job on a day (Europe/Berlin) from 06:00 on.
public enum FollowDigest {
    public static let hour = 6
}

/// What one run of the notification job did.
public struct FollowRun: Hashable, Sendable {
    /// Mails queued at once, one per follower and event.
    public var immediate: Int
    /// Events kept for daily digests.
    public var collected: Int
    /// Digest mails queued (one per participant).
    public var digests: Int

    public init(immediate: Int = 0, collected: Int = 0, digests: Int = 0) {
        self.immediate = immediate
        self.collected = collected
        self.digests = digests
    }
}
