import Foundation

/// What the city records about a dataset before it uses or publishes it, as the data-ethics
/// principles ask: why it is held and on what legal basis, whether it holds personal data and how
/// that was made safe, how long it is kept, and the review that judged it.
public struct EthicsRecord: Hashable, Sendable, Codable {
    public enum PersonalData: String, Hashable, Sendable, Codable, CaseIterable {
        case none, pseudonymised, anonymised, personal
    }

    public enum ReviewOutcome: String, Hashable, Sendable, Codable, CaseIterable {
        case approved
        case approvedWithConditions = "approved-with-conditions"
        case rejected
        case notRequired = "not-required"

        public var approves: Bool { self == .approved || self == .approvedWithConditions }
    }

    public var purpose: String
    /// The legal basis: a GDPR article, a law's paragraph or an ELI address.
    public var legalBasis: String
    public var personalData: PersonalData
    /// How personal data were anonymised or pseudonymised, and with which parameters (e.g. k = 5).
    public var anonymisationMethod: String
    public var anonymisationParameters: String
    /// How long the data are kept: an ISO 8601 duration (P10Y, P6M, P30D).
    public var retention: String
    public var reviewOutcome: ReviewOutcome
    public var reviewBody: String
    public var reviewedOn: CalendarDate?
    public var conditions: String
    public var nextReviewOn: CalendarDate?

    public init(
        purpose: String, legalBasis: String, personalData: PersonalData, anonymisationMethod: String = "",
        anonymisationParameters: String = "", retention: String, reviewOutcome: ReviewOutcome,
        reviewBody: String = "", reviewedOn: CalendarDate? = nil, conditions: String = "",
        nextReviewOn: CalendarDate? = nil
    ) {
        self.purpose = purpose
        self.legalBasis = legalBasis
        self.personalData = personalData
        self.anonymisationMethod = anonymisationMethod
        self.anonymisationParameters = anonymisationParameters
        self.retention = retention
        self.reviewOutcome = reviewOutcome
        self.reviewBody = reviewBody
        self.reviewedOn = reviewedOn
        self.conditions = conditions
        self.nextReviewOn = nextReviewOn
    }

    /// The record checked: purpose and legal basis given; a method for data that were anonymised or
    /// pseudonymised; a retention as an ISO 8601 duration; a review wherever personal data are or
    /// were involved — with its body and day (not after `today`), conditions when approved with
    /// conditions, and a next review after it.
    public func checked(today: CalendarDate) throws(RuleViolation) -> EthicsRecord {
        var record = self
        record.purpose = try Input.text(purpose.trimmed, "zweck", limit: 2_000, multiline: true)
        if record.purpose.isEmpty { throw RuleViolation("zweck", .fieldRequired) }
        record.legalBasis = try Input.text(legalBasis.trimmed, "rechtsgrundlage", limit: 500)
        if record.legalBasis.isEmpty { throw RuleViolation("rechtsgrundlage", .fieldRequired) }
        record.anonymisationMethod = try Input.text(anonymisationMethod.trimmed, "verfahren", limit: 500)
        record.anonymisationParameters = try Input.text(anonymisationParameters.trimmed, "parameter", limit: 500)
        if [.anonymised, .pseudonymised].contains(personalData), record.anonymisationMethod.isEmpty {
            throw RuleViolation("verfahren", .fieldRequired)
        }
        record.retention = retention.trimmed
        guard Self.isDuration(record.retention) else {
            throw RuleViolation("aufbewahrung", .notADuration(Input.excerpt(record.retention)))
        }
        record.reviewBody = try Input.text(reviewBody.trimmed, "gremium", limit: 300)
        record.conditions = try Input.text(conditions.trimmed, "auflagen", limit: 2_000, multiline: true)
        if reviewOutcome == .notRequired {
            if personalData != .none { throw RuleViolation("pruefung", .reviewRequired) }
            // No review: nothing of one is kept.
            record.reviewBody = ""
            record.reviewedOn = nil
            record.conditions = ""
            record.nextReviewOn = nil
            return record
        }
        if record.reviewBody.isEmpty { throw RuleViolation("gremium", .fieldRequired) }
        guard let reviewed = reviewedOn else { throw RuleViolation("geprueft-am", .dateRequired) }
        if reviewed > today { throw RuleViolation("geprueft-am", .afterToday(reviewed.iso)) }
        if reviewOutcome == .approvedWithConditions, record.conditions.isEmpty {
            throw RuleViolation("auflagen", .fieldRequired)
        }
        if let next = nextReviewOn, next <= reviewed {
            throw RuleViolation("naechste-pruefung", .endsBeforeStart(end: next.iso, start: reviewed.iso))
        }
        return record
    }

    /// Whether a department's editor may make this change of the record (`stored` nil: a new
    /// dataset): the review is the office's to record, and the personal reference is not lowered.
    public static func editorMayChange(from stored: EthicsRecord?, to new: EthicsRecord) -> Bool {
        let order: [PersonalData] = [.none, .anonymised, .pseudonymised, .personal]
        let rank = { (level: PersonalData) in order.firstIndex(of: level) ?? order.count }
        guard let stored else { return new.reviewOutcome == .notRequired }
        let sameReview =
            new.reviewOutcome == stored.reviewOutcome && new.reviewBody == stored.reviewBody
            && new.reviewedOn == stored.reviewedOn && new.conditions == stored.conditions
            && new.nextReviewOn == stored.nextReviewOn
        return sameReview && rank(new.personalData) >= rank(stored.personalData)
    }

    /// Whether the data may be open to everyone: no personal data, or anonymised with an approving
    /// review; never after a rejecting review.
    public var allowsOpenAccess: Bool {
        if reviewOutcome == .rejected { return false }
        switch personalData {
        case .none: return true
        case .anonymised: return reviewOutcome.approves
        case .pseudonymised, .personal: return false
        }
    }

    /// An ISO 8601 duration of years, months, weeks and days: P10Y, P1Y6M, P2W, P30D.
    public static func isDuration(_ text: String) -> Bool {
        guard text.hasPrefix("P"), text.count >= 3, text.count <= 20 else { return false }
        var digits = 0
        var units: [Character] = []
        for character in text.dropFirst() {
            if character.isASCII, character.isNumber {
                digits += 1
            } else if "YMWD".contains(character), digits > 0, digits <= 4, !units.contains(character) {
                units.append(character)
                digits = 0
            } else {
                return false
            }
        }
        let order = units.compactMap { "YMWD".firstIndex(of: $0) }
        return digits == 0 && !units.isEmpty && order == order.sorted()
    }
}
