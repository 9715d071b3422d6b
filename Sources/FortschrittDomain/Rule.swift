/// Every rule a change or an input can break, with what its message needs. The English texts are
/// here because the command line, the logs and the API say them; pages say them in their own
/// language from the server's string tables, whose exhaustive switches make a new rule a compile
/// error until it is translated.
public enum Rule: Sendable, Hashable {
    // Values from outside
    case notAWholeNumber(String)
    case outOfRange(value: String, lower: String, upper: String)
    case notADate(String)
    case notATime(String)
    case notALocalTime(String)
    case containsLineBreak
    case containsControlCharacter(code: String)
    case longerThan(Int)
    case notOneOf(String, options: String)
    case dateRequired
    case notAnEmailAddress(String)

    // The catalogue
    case nothingToChange
    case statusNeedsReason(String)
    case removalNeedsReason
    case measureNeedsTitle
    case measureExists(String)
    case noMeasure(String)
    case unknownStatus(String, known: String)
    case unknownField(String, known: String)
    case unknownDepartment(String, known: String)
    case unknownStatusKind(String)
    case beforeEntry(date: String, entry: String)
    case endsBeforeStart(end: String, start: String)
    case leadIsPartner(String)
    case leadOnlyToOwnDepartments
    case changeNeedsActor
    case strategySlug(String)
    case strategyExists(String)
    case strategyNeedsTitle
    case strategyNeedsStatus
    case statusKey(String)
    case statusNeedsLabels
    case departmentNeedsCode
    case fieldNeedsTitle
    case fieldExists(String)
    case fieldsFixed

    // Accounts
    case accountExists(String)
    case accountNeedsName
    case noAccount(String)
    case lastAdmin(String)
    case editorNeedsDepartment
    case passwordTooShort(Int)
    case passwordTooLong(bytes: Int)

    // The update round and notes
    case roundOpen(due: String)
    case dueDatePassed(String)
    case roundClosed
    case noteNeedsText

    // Council and funding
    case bodyNeedsName
    case noBody(String)
    case termNeedsName
    case paperNeedsNumber
    case paperNeedsSubject
    case meetingOfAnotherBody(meeting: String, body: String)
    case consultationsSharePosition
    case programmeNeedsName
    case phaseEndsBeforeStart(String)
    case ownShareOutsideVolume(String)
    case noPhase(String, programme: String)

    // Strategy texts
    case textMarkdown(String)
    case noDraft
    case draftHasNoBlocks
    case phaseNeedsBothDates
    case unknownMeasures(String)

    // Participants
    case displayNameTooShort
    case displayNameIsAnAddress
    case consentRequired
    case discussionNotOpen
    case noSuchBlock(String)
    case addressNotConfirmed
    case contributionNeedsText
    case tooManyContributions(Int)
    case quoteNotInBlock
    case quoteAmbiguous(Int)
    case noSuchContribution
    case reasonRequired
    case tooManyReports(Int)
    case moderationNotPossible(String)
    case passageNotInText
    case segmentAfterDecision(String)
    case segmentDecided(String)
    case decideSegments(String)
    case accountErased
    case unknownFollowTarget
    case decisionNeedsReason
    case noSuchPlace(String)
    case notYourBlock(String)
    case nothingChosen
    case publicationNotSet
    case decisionsOpen(String, String)
    case alreadyAdopted(String)
    case discussionStillOpen(String, String)
    case eventNeedsPlace
    case correctionNeedsReason
    case noSuchEvent
    case versionNotPublished(String)
    case entryNeedsSource
    case entryNeedsEvent
    case reviewNeedsReason
    case reviewPublished

    // Reports
    case reportPublished(String, on: String?)
    case noPaper(String)
    case noBaseline
    case decisionTablePublished(String, paper: String, on: String)
    case tableBeforeDiscussionClosed(String, String)
    case baselineAfterReportDate(baseline: String, reportDate: String)

    // Data platform
    case fieldRequired
    case notADuration(String)
    case notAWebAddress(String)
    case afterToday(String)
    case reviewRequired
    case openNeedsEthics(String)
    case openNeedsOpenLicence(String)
    case datasetSlug(String)
    case datasetExists(String)
    case noSuchDataset(String)
    case datasetChanged(Int)
    case noSuchFinding
    case noSuchApplication(String)
    case reviewByOffice
    case findingAlreadyPut
    case findingWithoutQuestion

    // Indicators
    case notAnIndicatorValue(String)
    case notAPeriod(String)
    case badDimensions(String)
    case indicatorSlug(String)
    case noSuchIndicator(String)
    case noSuchIndicatorValue(String)
    case bandNeedsLowerBelowUpper(lower: String, upper: String)
    case notATarget(String)
    case targetDatesRepeat(String)
    case targetNotAfterBaseline(target: String, baseline: String)
    case targetAgainstDirection(target: String, baseline: String)
    case targetOutsideBand(String)
    case unknownIndicator(String, line: Int)
    case unknownSource(String, line: Int)
    case duplicateValueLines(lines: String, key: String)
}

extension Rule {
    /// The rule in English.
    public var english: String {
        switch self {
        case .notAWholeNumber(let text): "'\(text)' is not a whole number"
        case .outOfRange(let value, let lower, let upper): "\(value) is out of range (\(lower)…\(upper))"
        case .notADate(let text): "'\(text)' is not a date (YYYY-MM-DD, years 1–9999)"
        case .notATime(let text):
            "'\(text)' is not a time (ISO 8601 within the years 1–9999, e.g. 2021-02-23T12:00:00Z, or a date)"
        case .notALocalTime(let text): "'\(text)' is not a date and time (YYYY-MM-DDTHH:MM, German time)"
        case .containsLineBreak: "contains a line break; please remove it"
        case .containsControlCharacter(let code): "contains the control character U+\(code); please remove it"
        case .longerThan(let limit): "is longer than \(limit) characters"
        case .notOneOf(let text, let options): "'\(text)' is not one of \(options)"
        case .dateRequired: "please enter a date (YYYY-MM-DD)"
        case .notAnEmailAddress(let text): "'\(text)' is not an e-mail address"
        case .nothingToChange: "nothing to change"
        case .statusNeedsReason(let status): "status '\(status)' needs a reason"
        case .removalNeedsReason: "removing a measure needs a reason"
        case .measureNeedsTitle: "a measure needs a title"
        case .measureExists(let number): "measure \(number) already exists"
        case .noMeasure(let number): "no measure \(number)"
        case .unknownStatus(let text, let known): "unknown status '\(text)' (known: \(known))"
        case .unknownField(let text, let known): "unknown field of action \(text) (known: \(known))"
        case .unknownDepartment(let code, let known): "unknown department '\(code)' (known: \(known))"
        case .unknownStatusKind(let text): "unknown kind of status '\(text)'"
        case .beforeEntry(let date, let entry): "\(date) is before the measure entered the catalogue (\(entry))"
        case .endsBeforeStart(let end, let start): "the end (\(end)) is before the start (\(start))"
        case .leadIsPartner(let code): "the lead department \(code) cannot also be a partner"
        case .leadOnlyToOwnDepartments: "the lead can only go to one of your own departments"
        case .changeNeedsActor: "every change needs an actor"
        case .strategySlug(let slug): "'\(slug)' must be lower-case letters, digits and hyphens"
        case .strategyExists(let slug): "a strategy '\(slug)' exists already"
        case .strategyNeedsTitle: "a strategy needs a title"
        case .strategyNeedsStatus: "a strategy needs at least one status"
        case .statusKey(let key): "'\(key)' must be letters, digits, '-' or '_'"
        case .statusNeedsLabels: "a status needs a German and an English label"
        case .departmentNeedsCode: "a department needs a code"
        case .fieldNeedsTitle: "a field of action needs a title"
        case .fieldExists(let number): "field of action \(number) exists already"
        case .fieldsFixed: "the strategy's fields of action are fixed"
        case .accountExists(let email): "an account for \(email) exists already"
        case .accountNeedsName: "an account needs a name"
        case .noAccount(let id): "no account \(id)"
        case .lastAdmin(let email): "\(email) is the last active admin"
        case .editorNeedsDepartment: "an editor needs at least one department"
        case .passwordTooShort(let length): "a password needs at least \(length) characters"
        case .passwordTooLong(let bytes): "a password may have at most \(bytes) bytes"
        case .roundOpen(let due): "a round is open already (due \(due)); close it first"
        case .dueDatePassed(let due): "the due date \(due) has passed"
        case .roundClosed: "the round is closed"
        case .noteNeedsText: "a note needs some text"
        case .bodyNeedsName: "a body needs a name"
        case .noBody(let id): "no body \(id)"
        case .termNeedsName: "a term needs a name"
        case .paperNeedsNumber: "a paper needs a number"
        case .paperNeedsSubject: "a paper needs a subject"
        case .meetingOfAnotherBody(let meeting, let body): "meeting \(meeting) is not a meeting of body \(body)"
        case .consultationsSharePosition: "two consultations share a position"
        case .programmeNeedsName: "a programme needs a name"
        case .phaseEndsBeforeStart(let phase): "phase \(phase) ends before it starts"
        case .ownShareOutsideVolume(let phase): "phase \(phase): the own share must lie between 0 and the volume"
        case .noPhase(let phase, let programme): "no phase \(phase) in \(programme)"
        case .reportPublished(let key, let on):
            "\(key) is already published\(on.map { " (\($0))" } ?? ""); a published report is never published again"
        case .textMarkdown(let problem): problem
        case .noDraft: "there is no draft to publish; import one first"
        case .draftHasNoBlocks: "the draft has no blocks"
        case .phaseNeedsBothDates: "a discussion phase needs both an opening and a closing date"
        case .unknownMeasures(let numbers): "the catalogue has no measure \(numbers)"
        case .displayNameTooShort: "a display name needs at least 2 characters"
        case .displayNameIsAnAddress: "a display name is public: please do not use an e-mail address"
        case .consentRequired: "taking part needs your consent to the processing of your data"
        case .discussionNotOpen: "this version is not open for discussion"
        case .noSuchBlock(let id): "the version has no section '\(id)'"
        case .addressNotConfirmed: "please confirm your address first"
        case .contributionNeedsText: "a comment needs some text"
        case .tooManyContributions(let limit): "at most \(limit) contributions an hour; please wait a little"
        case .quoteNotInBlock: "the quoted words are not in this section; copy them exactly"
        case .quoteAmbiguous(let count): "the quoted words appear \(count) times; quote a few more words around them"
        case .noSuchContribution: "there is no such contribution to answer"
        case .reasonRequired: "please give a reason (at least three characters)"
        case .tooManyReports(let limit): "at most \(limit) reports an hour; please wait a little"
        case .moderationNotPossible(let state): "this cannot be done with a contribution that is \(state)"
        case .passageNotInText: "the passage is not in the contribution's text; copy it exactly"
        case .segmentAfterDecision(let id): "contribution \(id) has a published decision: it is no longer cut"
        case .segmentDecided(let id): "segment \(id) has a published decision: it is not taken back"
        case .decideSegments(let id): "contribution \(id) is cut into segments: decide each segment"
        case .accountErased: "this account has been deleted"
        case .unknownFollowTarget: "there is nothing of that name to follow"
        case .decisionNeedsReason: "every decision but 'adopted' needs a reason"
        case .noSuchPlace(let place): "no block \(place) in a later version to have applied it in"
        case .notYourBlock(let block): "section \(block) serves no measure your departments lead"
        case .nothingChosen: "choose at least one contribution"
        case .publicationNotSet: "this publication is no longer set: it was done or called off"
        case .decisionsOpen(let count, let version):
            "\(count) contributions to version \(version) have no published decision that settles them"
        case .alreadyAdopted(let version): "version \(version) has been adopted already"
        case .correctionNeedsReason: "a correction needs its reason"
        case .noSuchEvent: "there is no such event of this version"
        case .eventNeedsPlace: "an event needs its place"
        case .versionNotPublished(let number): "version \(number) is not published"
        case .entryNeedsSource: "an entered contribution needs its source"
        case .reviewNeedsReason: "a review needs its reason"
        case .reviewPublished: "this review is published and stays as it is"
        case .entryNeedsEvent: "a contribution made at an event needs one of this version's events (and only then)"
        case .discussionStillOpen(let version, let closes):
            "the discussion of version \(version) is open until \(closes); adopt after it has closed"
        case .noPaper(let number): "no council paper \(number)"
        case .decisionTablePublished(let version, let paper, let on):
            "the table of version \(version) was published with \(paper) on \(on); it is never published again"
        case .tableBeforeDiscussionClosed(let version, let closes):
            "the discussion of version \(version) is open until \(closes); publish its table after it has closed"
        case .noBaseline: "the strategy has no adoption date and no earlier report; give the baseline date"
        case .baselineAfterReportDate(let baseline, let reportDate):
            "the baseline \(baseline) lies after the reporting date \(reportDate)"
        case .fieldRequired: "please fill in this field"
        case .notADuration(let text): "'\(text)' is not a duration (ISO 8601: P10Y, P6M, P2W, P30D)"
        case .notAWebAddress(let text): "'\(text)' is not a web address (http:// or https://)"
        case .afterToday(let date): "\(date) lies after today"
        case .reviewRequired: "data with a personal reference need an ethics review"
        case .openNeedsEthics(let personal):
            "a dataset with personal data '\(personal)' cannot be open: only data without personal data, or anonymised "
                + "with an approving review"
        case .openNeedsOpenLicence(let licence): "an open dataset needs an open licence, not '\(licence)'"
        case .datasetSlug(let text):
            "'\(text)' cannot name a dataset: 3 to 80 lowercase letters, digits and hyphens"
        case .datasetExists(let slug): "a dataset '\(slug)' exists already"
        case .noSuchDataset(let slug): "there is no dataset '\(slug)'"
        case .datasetChanged(let number):
            "the dataset was changed meanwhile (now in its version \(number)); please look at it again"
        case .noSuchFinding: "there is no such finding"
        case .noSuchApplication(let slug): "there is no application '\(slug)'"
        case .reviewByOffice:
            "the ethics review is recorded by the strategy office, and only it lowers a dataset's personal reference"
        case .findingAlreadyPut: "this finding's question was put to the discussion already"
        case .findingWithoutQuestion: "this finding raises no question to put"
        case .notAnIndicatorValue(let text):
            "'\(text)' is not a value: digits with at most one decimal separator (. or ,), no thousands separators, "
                + "no exponent, at most 15 digits of which 6 after the separator"
        case .notAPeriod(let text):
            "'\(text)' is not a period (a year 2020, a quarter 2020-Q3, a month 2020-07 or a day 2020-07-15)"
        case .badDimensions(let text):
            "'\(text)' are not dimensions: at most 5 pairs key=value separated by ';', keys of 1 to 40 lowercase "
                + "letters, digits and hyphens, each once, values of 1 to 100 characters"
        case .indicatorSlug(let text):
            "'\(text)' cannot name an indicator: 3 to 80 lowercase letters, digits and hyphens"
        case .noSuchIndicator(let slug): "there is no indicator '\(slug)'"
        case .noSuchIndicatorValue(let key): "there is no value '\(key)' to withdraw"
        case .bandNeedsLowerBelowUpper(let lower, let upper):
            "a band needs its lower bound (\(lower)) below its upper bound (\(upper))"
        case .notATarget(let text): "'\(text)' is not a target: a date and a value, e.g. 2025-12-31: 5000"
        case .targetDatesRepeat(let date): "two targets share the date \(date); one target a date"
        case .targetNotAfterBaseline(let target, let baseline):
            "the target of \(target) is not after the baseline's date \(baseline)"
        case .targetAgainstDirection(let target, let baseline):
            "the target \(target) lies against the indicator's direction from the baseline \(baseline)"
        case .targetOutsideBand(let value): "the target \(value) lies outside the band"
        case .unknownIndicator(let slug, let line): "line \(line): there is no indicator '\(slug)'"
        case .unknownSource(let slug, let line): "line \(line): there is no dataset '\(slug)' to be the source"
        case .duplicateValueLines(let lines, let key):
            "lines \(lines) give the same indicator, period and dimensions (\(key)); each value once in a file"
        }
    }
}
