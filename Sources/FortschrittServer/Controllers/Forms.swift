import FortschrittDomain

/// The forms the pages post, by the field names in their HTML. Every field is optional: a missing
/// field is refused by the rule that needs it, with that field named, not by the decoder.

struct SignInForm: Decodable, Sendable {
    var email: String?
    var password: String?
    var next: String?
    enum CodingKeys: String, CodingKey {
        case email
        case password = "passwort"
        case next = "weiter"
    }
}

/// The editor's forms carry the version of the measure the editor saw, to detect a conflict.
protocol MeasureForm: Decodable, Sendable {
    var seen: String? { get }
}

struct StatusForm: MeasureForm {
    var status: String?
    var since: String?
    var reason: String?
    var remark: String?
    var seen: String?
    enum CodingKeys: String, CodingKey {
        case status
        case since = "seit"
        case reason = "grund"
        case remark = "bemerkung"
        case seen = "gesehen"
    }
}

struct DetailsForm: MeasureForm {
    var title: String?
    var description: String?
    var field: String?
    var lead: String?
    var partners: String?
    var plannedStart: String?
    var plannedEnd: String?
    var effective: String?
    var reason: String?
    var seen: String?
    enum CodingKeys: String, CodingKey {
        case title = "titel"
        case description = "beschreibung"
        case field = "feld"
        case lead = "federfuehrung"
        case partners = "beteiligte"
        case plannedStart = "beginn"
        case plannedEnd = "ende"
        case effective = "wirksam"
        case reason = "grund"
        case seen = "gesehen"
    }
}

struct NoteForm: Decodable, Sendable {
    var note: String?
    enum CodingKeys: String, CodingKey { case note = "notiz" }
}

struct NewAccountForm: Decodable, Sendable {
    var email: String?
    var name: String?
    var role: String?
    var departments: String?
    var password: String?
    enum CodingKeys: String, CodingKey {
        case email, name
        case role = "rolle"
        case departments = "fachbereiche"
        case password = "passwort"
    }
}

struct AccountChangeForm: Decodable, Sendable {
    var name: String?
    var role: String?
    var departments: String?
    var active: String?
    var password: String?
    enum CodingKeys: String, CodingKey {
        case name
        case role = "rolle"
        case departments = "fachbereiche"
        case active = "aktiv"
        case password = "passwort"
    }
}

struct RoundForm: Decodable, Sendable {
    var due: String?
    enum CodingKeys: String, CodingKey { case due = "faellig" }
}

struct DepartmentForm: Decodable, Sendable {
    var code: String?
    var name: String?
    enum CodingKeys: String, CodingKey {
        case code = "kuerzel"
        case name
    }
}

struct FieldOfActionForm: Decodable, Sendable {
    var number: String?
    var title: String?
    enum CodingKeys: String, CodingKey {
        case number = "nummer"
        case title = "titel"
    }
}

struct StatusDefinitionForm: Decodable, Sendable {
    var kind: String?
    var key: String?
    var labelDE: String?
    var labelEN: String?
    enum CodingKeys: String, CodingKey {
        case kind = "art"
        case key = "schluessel"
        case labelDE = "de"
        case labelEN = "en"
    }
}

struct PublishReportForm: Decodable, Sendable {
    var reportDate: String?
    var baseline: String?
    var paper: String?
    /// A text version whose discussion the report includes, as `slug/number`.
    var participation: String?
    enum CodingKeys: String, CodingKey {
        case reportDate = "stichtag"
        case baseline = "basis"
        case paper = "vorlage"
        case participation = "beteiligung"
    }
}

struct RegisterForm: Decodable, Sendable {
    var email: String?
    var name: String?
    var password: String?
    var consentToProcess: String?
    var consentToPublish: String?
    enum CodingKeys: String, CodingKey {
        case email
        case name = "anzeigename"
        case password = "passwort"
        case consentToProcess = "einwilligung"
        case consentToPublish = "veroeffentlichung"
    }
}

struct ConfirmForm: Decodable, Sendable {
    var token: String?
    enum CodingKeys: String, CodingKey { case token = "t" }
}

struct CommentForm: Decodable, Sendable {
    var text: String?
    var quote: String?
    var replyTo: String?
    enum CodingKeys: String, CodingKey {
        case text = "kommentar"
        case quote = "zitat"
        case replyTo = "antwort"
    }
}

struct AgreementForm: Decodable, Sendable {
    var value: String?
    enum CodingKeys: String, CodingKey { case value = "wert" }
}

struct ReportForm: Decodable, Sendable {
    var reason: String?
    enum CodingKeys: String, CodingKey { case reason = "grund" }
}

/// A moderator's action on a contribution: which one, and what it needs (a reason, a passage).
struct ModerationForm: Decodable, Sendable {
    var action: String?
    var reason: String?
    var passage: String?
    enum CodingKeys: String, CodingKey {
        case action = "aktion"
        case reason = "grund"
        case passage = "stelle"
    }
}

struct BadgeForm: Decodable, Sendable {
    var badge: String?
    enum CodingKeys: String, CodingKey { case badge = "kennzeichnung" }
}

struct EraseAccountForm: Decodable, Sendable {
    var password: String?
    var contributions: String?
    enum CodingKeys: String, CodingKey {
        case password = "passwort"
        case contributions = "beitraege"
    }
}

/// The draft editor: the version's title, what changed, the Markdown, and the digest of the text
/// whose block matching was shown (a save is confirmed for exactly that text).
struct DraftForm: Decodable, Sendable {
    var action: String?
    var title: String?
    var note: String?
    var markdown: String?
    var checked: String?
    enum CodingKeys: String, CodingKey {
        case action = "aktion"
        case title = "titel"
        case note = "notiz"
        case markdown = "text"
        case checked = "geprueft"
    }
}

struct PublishDraftForm: Decodable, Sendable {
    var opens: String?
    var closes: String?
    var preModeration: String?
    enum CodingKeys: String, CodingKey {
        case opens = "beginn"
        case closes = "ende"
        case preModeration = "vormoderation"
    }
}

/// A decision for the contributions chosen (their boxes are named `beitrag-ID`).
struct DecisionForm: Decodable, Sendable {
    var outcome: String?
    var reason: String?
    var appliedIn: String?
    enum CodingKeys: String, CodingKey {
        case outcome = "ergebnis"
        case reason = "begruendung"
        case appliedIn = "umgesetzt"
    }
}

struct DecisionTableForm: Decodable, Sendable {
    var paper: String?
    enum CodingKeys: String, CodingKey { case paper = "vorlage" }
}

struct AdoptionForm: Decodable, Sendable {
    var date: String?
    enum CodingKeys: String, CodingKey { case date = "datum" }
}

/// Publishing the decisions shown: at once, or at the time chosen (`datetime-local`, German time).
struct PublicationForm: Decodable, Sendable {
    var at: String?
    enum CodingKeys: String, CodingKey {
        case at = "zeitpunkt"
    }
}

/// A segment cut from a contribution: its words as they stand, and the block it concerns.
struct SegmentForm: Decodable, Sendable {
    var words: String?
    var block: String?
    enum CodingKeys: String, CodingKey {
        case words = "wortlaut"
        case block = "abschnitt"
    }
}

/// A segment taken back, with the reason.
struct TakeBackForm: Decodable, Sendable {
    var reason: String?
    enum CodingKeys: String, CodingKey {
        case reason = "grund"
    }
}

/// An event recorded, or corrected (then with the correction's reason).
struct EventForm: Decodable, Sendable {
    var date: String?
    var format: String?
    var place: String?
    var attendees: String?
    var minutes: String?
    var reason: String?
    enum CodingKeys: String, CodingKey {
        case date = "datum"
        case format = "format"
        case place = "ort"
        case attendees = "teilnehmende"
        case minutes = "protokoll"
        case reason = "grund"
    }
}

struct EntryForm: Decodable, Sendable {
    var channel: String?
    var event: String?
    var receivedOn: String?
    var source: String?
    var organisation: String?
    var block: String?
    var quote: String?
    var text: String?
    enum CodingKeys: String, CodingKey {
        case channel = "kanal"
        case event = "veranstaltung"
        case receivedOn = "eingang"
        case source = "quelle"
        case organisation = "organisation"
        case block = "abschnitt"
        case quote = "zitat"
        case text = "text"
    }
}

extension QuoteAnchor {
    /// The anchor a form's `zitat` field names: the whole block when blank, else the quoted words,
    /// which must stand in the block once.
    static func posted(_ quote: String?, version: Int, block: TextBlock) throws(RuleViolation) -> QuoteAnchor {
        guard let quote = quote.nonBlank else { return QuoteAnchor(version: version, block: block.id) }
        do {
            return try QuoteAnchor(version: version, block: block, quoting: quote)
        } catch {
            switch error.kind {
            case .notInBlock, .tooLong: throw RuleViolation("zitat", .quoteNotInBlock)
            case .ambiguous(let count): throw RuleViolation("zitat", .quoteAmbiguous(count))
            }
        }
    }
}

struct ReviewForm: Decodable, Sendable {
    var block: String?
    var acceptance: String?
    var practicality: String?
    var reason: String?
    enum CodingKeys: String, CodingKey {
        case block = "abschnitt"
        case acceptance = "akzeptanz"
        case practicality = "praxistauglichkeit"
        case reason = "begruendung"
    }
}

struct FollowForm: Decodable, Sendable {
    var target: String?
    var frequency: String?
    var next: String?
    enum CodingKeys: String, CodingKey {
        case target = "ziel"
        case frequency = "haeufigkeit"
        case next = "weiter"
    }
}
