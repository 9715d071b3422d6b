/// A part staff cut from a long contribution, so that each concern in it gets its own decision: its
/// words as they stand in the contribution, and the block of the same version they concern. The
/// contribution stays intact; once cut, it is decided through its segments, not as a whole.
public struct NewSegment: Hashable, Sendable {
    public var contribution: Contribution.ID
    public var words: String
    public var block: BlockID

    public init(contribution: Contribution.ID, words: String, block: BlockID) {
        self.contribution = contribution
        self.words = words
        self.block = block
    }
}

/// The rules of cutting: a contribution that is shown, is no segment itself and has no published
/// decision of its own; words that occur in it, as one passage; a block of its version; at most
/// `perContribution` segments.
public enum SegmentRules {
    public static let perContribution = 50

    public static func check(
        _ segment: NewSegment, of contribution: Contribution, version: TextVersion, decided: Bool, segments: Int
    ) throws(RuleViolation) -> NewSegment {
        guard contribution.state == .visible, contribution.segmentOf == nil else {
            throw RuleViolation("beitrag", .noSuchContribution)
        }
        if decided { throw RuleViolation("beitrag", .segmentAfterDecision("\(contribution.id)")) }
        var checked = segment
        checked.words = segment.words.trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try Input.text(checked.words, "wortlaut", limit: ContributionRules.maximumLength, multiline: true)
        guard !checked.words.isEmpty, contribution.text.contains(checked.words) else {
            throw RuleViolation("wortlaut", .passageNotInText)
        }
        guard version.block(segment.block) != nil else {
            throw RuleViolation("abschnitt", .noSuchBlock(segment.block.text))
        }
        guard segments < perContribution else {
            throw RuleViolation(
                "beitrag", .outOfRange(value: "\(segments + 1)", lower: "1", upper: "\(perContribution)"))
        }
        return checked
    }

    /// Taking back a segment cut by mistake: a segment still standing, without a published decision,
    /// and the reason (3 to 1,000 characters). Its contribution is decided as a whole again once no
    /// segment stands.
    public static func takeBack(_ segment: Contribution, decided: Bool, reason: String) throws(RuleViolation)
        -> String
    {
        guard segment.segmentOf != nil, segment.state != .withdrawn, segment.state != .pending else {
            throw RuleViolation("teil", .noSuchContribution)
        }
        if decided { throw RuleViolation("teil", .segmentDecided("\(segment.id)")) }
        return try ModerationRules.reason(reason, "grund")
    }

    /// A segment's words after a moderator redacted `passage` in its contribution `original` (the
    /// text before the redaction): every part of the segment that lies in a redacted passage gives
    /// way to the redaction mark, one mark per passage as in the contribution, also where the passage
    /// only overlaps the segment's edge. Words no longer found in the contribution (redacted on their
    /// own before) lose every occurrence of the passage.
    public static func redacted(_ words: String, in original: String, passage: String) -> String {
        let wanted = passage.trimmingCharacters(in: .whitespacesAndNewlines)
        let text = Array(original)
        let part = Array(words)
        let needle = Array(wanted)
        guard !needle.isEmpty else { return words }
        guard let start = firstIndex(of: part, in: text) else {
            return words.replacingOccurrences(of: wanted, with: ModerationRules.redactionMark)
        }
        // Each character's passage (its occurrence's number), as `replacingOccurrences` finds them.
        var occurrence = [Int?](repeating: nil, count: text.count)
        var from = 0
        var number = 0
        while let found = firstIndex(of: needle, in: text, from: from) {
            for index in found..<(found + needle.count) { occurrence[index] = number }
            from = found + needle.count
            number += 1
        }
        var result = ""
        var previous: Int?
        for index in start..<(start + part.count) {
            if let current = occurrence[index] {
                if current != previous { result += ModerationRules.redactionMark }
                previous = current
            } else {
                result.append(text[index])
                previous = nil
            }
        }
        return result
    }

    static func firstIndex(of needle: [Character], in haystack: [Character], from: Int = 0) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, from <= haystack.count - needle.count else {
            return nil
        }
        for start in from...(haystack.count - needle.count)
        where haystack[start] == needle[0] && haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return start
        }
        return nil
    }
}
