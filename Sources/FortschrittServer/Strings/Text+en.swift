/// The English texts.
extension Text {
    var en: String {
        switch self {
        case .accessibilityStatement: "Accessibility statement"
        case .accounts: "Accounts"
        case .action: "Action"
        case .active: "active"
        case .addAFieldOfAction: "Add a field of action"
        case .addAccount: "Add account"
        case .addNote: "Add note"
        case .addOrRelabelAStatus: "Add or relabel a status"
        case .addOrRenameADepartment: "Add or rename a department"
        case .addedToTheCatalogue: "Added to the catalogue"
        case .adoptedBy: "Adopted by: "
        case .all: "all"
        case .allMeasures: "All measures"
        case .allMeasuresWithInternalNotesRead: "All measures, with internal notes; read only."
        case .workspaceLeadAdmin: "All measures; you can edit each of them."
        case .assumed: " (assumed)"
        case .atLeast12Characters: "At least 12 characters"
        case .accessibilityChecksAreIncomplete:
            "Automated checks do not find every barrier. If you notice one, please tell us."
        case .badRequest: "Bad request"
        case .breadcrumb: "Breadcrumb"
        case .by: "By"
        case .byDueOn(let p0): " by \(p0), due on "
        case .byFieldOfAction: "By field of action"
        case .byOn(let p0): ", by \(p0) on "
        case .catalogueAndReports: "Catalogue and reports"
        case .change: "Change"
        case .changeHeading: "Change"
        case .changeDetails: "Change details"
        case .changeStatus: "Change status"
        case .changed: "Changed: "
        case .closeRound: "Close round"
        case .closedOpened: "Closed; opened "
        case .code: "Code"
        case .partnerCodesHint: "Codes separated by commas, e.g. 15, 40"
        case .comparedWith: ", compared with "
        case .comparedWithEmptyLastReport: "Compared with (empty: last report)"
        case .complianceStatus: "Compliance status"
        case .confirmMeasureUnchanged(let p0): "Confirm measure \(p0) unchanged"
        case .confirmUnchanged: "Confirm unchanged"
        case .confirmUnchangedUpdateRound: "Confirm unchanged (update round)"
        case .inaccessibleContent: "Content that is not accessible"
        case .correctionEntryWithdrawn(let p0): "Correction: entry #\(p0) withdrawn"
        case .council: "council"
        case .councilPaper: "Council paper"
        case .deactivated: " (deactivated)"
        case .department: "Department"
        case .departmentLowercase: "department"
        case .departments: "Departments"
        case .departmentsCodesComma: "Departments (codes, comma)"
        case .description: "Description"
        case .descriptionLowercase: "description"
        case .details: "Details: "
        case .done: "done"
        case .downloadTheMissingMeasuresAsCsv: "Download the missing measures as CSV"
        case .dueOn: "Due on"
        case .eMail: "E-mail"
        case .eMail2: "E-mail: "
        case .eMailAddress: "E-mail address"
        case .signInFailed: "E-mail address or password is wrong."
        case .editPrefix: "Edit: "
        case .edit: "Edit"
        case .editMeasure(let p0): "Edit measure \(p0)"
        case .effectiveInline: ", effective "
        case .effective: "Effective"
        case .effectiveFrom: "Effective from"
        case .enforcementProcedure: "Enforcement procedure"
        case .entryDate: "entry date"
        case .error: "Error"
        case .everyRecordedChangeOfThisMeasure: "Every recorded change of this measure"
        case .feedbackAndContact: "Feedback and contact"
        case .field: "Field"
        case .fieldOfAction: "Field of action"
        case .fieldOfAction2: "field of action"
        case .fieldsOfAction: "Fields of action"
        case .accountDepartmentsHint: "For department accounts: codes separated by commas. Known: "
        case .signInLead: "For staff and council members. Citizens need no account."
        case .goToTheStartPage: "Go to the start page"
        case .homeLead: "Here you can see where every measure of the strategy stands."
        case .historyOfChanges: "History of changes"
        case .home: "Home"
        case .accessibilityEnforcementAfterSixWeeks(let p0):
            "If you do not receive a satisfactory answer within six weeks, you can turn to \(p0)."
        case .imprint: "Imprint"
        case .inTheCatalogueSince: "In the catalogue since"
        case .internalNotesNotPublic: "Internal notes (not public)"
        case .key: "Key"
        case .kind: "Kind"
        case .labelEnglish: "Label (English)"
        case .labelGerman: "Label (German)"
        case .lastUpdated: "Last updated: "
        case .lead: "Lead"
        case .leadDepartment: "Lead department"
        case .leadDepartment2: "lead department"
        case .log: "Log"
        case .logOfNames: "Log of names"
        case .mainNavigation: "Main navigation"
        case .manageUsers: "Manage users"
        case .measure: "Measure"
        case .measures: "Measures"
        case .measureCount(let p0): "\(p0) measures"
        case .measuresInFieldsOfAction(let p0, let p1): "\(p0) measures in \(p1) fields of action."
        case .catalogueTableCaption: "Measures of the strategy; column headers sort"
        case .chartCaption: "Measures per field of action and status"
        case .missing: "missing"
        case .never: "never"
        case .new: "new: "
        case .newNote: "New note"
        case .newPasswordOptional: "New password (optional)"
        case .no: "No."
        case .noMeasureMatchesThisFilter: "No measure matches this filter."
        case .noMeasures: "No measures."
        case .noNamesGivenYet: "No names given yet."
        case .noNotes: "No notes."
        case .noReportPublishedYet: "No report published yet."
        case .noStatus: "no status"
        case .noStatusRecordedYet: "No status recorded yet."
        case .noUpdateRoundIsOpen: "No update round is open."
        case .none: "none"
        case .notAllowed: "Not allowed"
        case .notFound: "Not found"
        case .number: "Number"
        case .ofMeasures(let p0, let p1): "\(p0) of \(p1) measures"
        case .roundProgress(let p0, let p1):
            "\(p0) of \(p1) measures still need a confirmation or an update."
        case .openANewRound: "Open a new round"
        case .openDataApi: "Open data (API)"
        case .openRound: "Open round"
        case .openSince: "Open since "
        case .paper: "Paper "
        case .partnerDepartments: "Partner departments"
        case .partnerDepartments2: "Partner departments"
        case .partners: "partners"
        case .password: "Password"
        case .planned: "Planned"
        case .plannedEnd: "Planned end"
        case .plannedEnd2: "planned end"
        case .plannedStart: "Planned start"
        case .plannedStart2: "planned start"
        case .pleaseCorrect: "Please correct"
        case .pleaseEnterSomeText: "Please enter some text."
        case .accessibilityPreparation: "Preparation of this statement"
        case .progressPerDepartment: "Progress per department"
        case .provider: "Provider"
        case .publicPage: "Public page"
        case .publish: "Publish"
        case .publishAReport: "Publish a report"
        case .published: "; published "
        case .publishedReportsList(let p0):
            "Published reports: \(p0). A published report can always be fetched unchanged."
        case .reasonInline: " – reason: "
        case .reason: "Reason"
        case .recorded: "Recorded"
        case .remark: "Remark"
        case .removedFromTheCatalogue: "Removed from the catalogue"
        case .reportingDate: "Reporting date"
        case .reportingDate2: "Reporting date "
        case .reports: "Reports"
        case .reportsToTheCityCouncil: "Reports to the city council"
        case .resetFilter: "Reset filter"
        case .role: "Role"
        case .roleAndDepartments: "Role and departments"
        case .round: "Round"
        case .runsOnFortschritt:
            "Runs on Fortschritt, free software for running a city's digital strategy in public."
        case .save: "Save"
        case .saveNamed(let p0): "Save \(p0)"
        case .saveDetails: "Save details"
        case .saveStatus: "Save status"
        case .saved: "Saved."
        case .search: "Search"
        case .show: "Show"
        case .shownPubliclyEmptyTheReason: "Shown publicly; empty: the reason"
        case .signIn: "Sign in"
        case .signOut: "Sign out"
        case .signingInIsLockedForMinutes(let p0):
            "Signing in is locked for \(p0) minutes after too many failed attempts."
        case .sinceLowercase: "since"
        case .validSince: "Since"
        case .sinceInline: " since "
        case .skipToContent: "Skip to content"
        case .software: "Software"
        case .conflictHeading: "Someone else changed this measure in the meantime"
        case .chartHeading: "Status of measures by field of action"
        case .statusTimeline: "Status timeline"
        case .statusToday: "Status today"
        case .stillMissing: "Still missing"
        case .strategyOffice: "strategy office"
        case .accessibilityCommitment(let p0):
            "\(p0) strives to make this site accessible, following the German BITV 2.0 and EN 301 549, "
                + "which implements the Web Content Accessibility Guidelines (WCAG) 2.1 at levels A and AA."
        case .thatDidNotWork: "That did not work."
        case .theDateTheStatusHoldsFrom: "The date the status holds from"
        case .theDetailsWereSaved: "The details were saved."
        case .chartInWordReports:
            "The downloadable Word reports show the chart as a picture; what it says is written below "
                + "it and in the tables."
        case .theInputIsTooLargeAt(let p0): "The input is too large (at most \(p0) MB)."
        case .theMeasureWasConfirmedUnchanged: "The measure was confirmed unchanged."
        case .theNoteWasAdded: "The note was added."
        case .conflictAdvice:
            "The page now shows the current state. Your entry is still in the form: check it and save "
                + "again if it should still apply."
        case .badParameterValue(let p0): "The parameter '\(p0)' has a value that does not fit."
        case .badRequestDetail: "The request does not fit."
        case .theStatusWasSaved: "The status was saved."
        case .thereHasBeenNoRoundYet: "There has been no round yet."
        case .thereIsNoSuchPage: "There is no such page."
        case .accessibilityCompliance:
            "This site largely complies with the requirements. On every change of the software, each "
                + "page is checked automatically with axe-core (WCAG 2.1 A and AA) in a real browser, signed "
                + "in and out, also at 320 pixels width; signing in and changing a status are tested with "
                + "the keyboard alone. The pages work without JavaScript."
        case .accessibilityAssessment: "This statement is based on a self-assessment with automated and manual tests."
        case .title: "Title"
        case .title2: "title"
        case .tooManyFailedAttemptsPleaseWait(let p0):
            "Too many failed attempts. Please wait \(p0) seconds and try again."
        case .updateRound: "Update round"
        case .updateRoundOpenDueOn: "Update round open, due on "
        case .users: "Users"
        case .whenTheChangeTakesEffect: "When the change takes effect"
        case .withdrawn: " (withdrawn)"
        case .workspace: "Workspace"
        case .youAreNotAllowedToDo: "You are not allowed to do this."
        case .accessibilityFeedback:
            "You can report accessibility problems or ask for information in an accessible form: "
        case .conflictNothingOverwritten: "Your entry was not saved; nothing was overwritten. These changes were made:"
        case .yourMeasures: "Your measures"
        case .requiredFor(let p0): "Required for: \(p0)"
        case .measuresLedBy(let p0): "Measures led by \(p0)."
        case .confirmedBy(let p0): "confirmed by \(p0)"
        case .updatedBy(let p0): "updated by \(p0)"
        case .reportHTML: "Report (HTML)"
        case .reportWord: "Report (Word, DOCX)"
        case .reportMarkdown: "Report (Markdown)"
        case .annexCatalogueCSV: "Annex 1: catalogue (CSV)"
        case .annexStatusChangesCSV: "Annex 2: status changes (CSV)"
        case .noMeasure(let p0): "There is no measure \(p0)."
        case .languagesAre: "Languages: de, en."
        case .noSuchAccount: "There is no such account."
        case .mayNoLongerEdit(let p0): "You may no longer edit measure \(p0)."
        case .onlyStrategyOffice: "Only the strategy office (admin) may do this."
        case .measureLedByOther(let p0, let p1): "Measure \(p0) is led by \(p1); you may not edit it."
        case .formFromAnotherSite(let p0): "The form was sent from another site (\(p0))."
        case .formExpired: "The form has expired or came from elsewhere. Please reload the page and try again."
        case .notAMeasureNumber(let p0): "'\(p0)' is not a measure number."
        case .expectedOneValue: "This field takes exactly one value."
        case .formUnreadable(let p0): "The form cannot be read: \(p0)"
        case .administration: "Administration"
        case .administrationNavigation: "Administration"
        case .outbox: "Outbox"
        case .outboxDelivering: "Messages are delivered through the configured SMTP server."
        case .outboxNotDelivering:
            "No SMTP server is configured (serve --smtp-url): messages are not sent and are only shown here."
        case .outboxEmpty: "The outbox is empty."
        case .outboxMessages: "Messages, newest first"
        case .outboxQueued: "Created"
        case .outboxState: "State"
        case .outboxMessage: "Message"
        case .outboxTo(let p0): "To: \(p0)"
        case .outboxText: "Text"
        case .outboxSent(let p0): "delivered \(p0); address and text erased"
        case .outboxFailed(let p0, let p1): "given up after \(p0) attempts: \(p1)"
        case .outboxWaiting: "waiting"
        case .outboxRetrying(let p0, let p1): "waiting (\(p0) attempts so far; last: \(p1))"
        case .strategies: "Strategies"
        case .strategiesLead: "The city's strategies, their measures and their texts with every version."
        case .strategyNothingPublished: "Nothing published yet."
        case .textLatest(let p0, let p1): "\(p0) (version \(p1))"
        case .textVersion(let p0): "Version \(p0)"
        case .textVersionOf(let p0, let p1): "Version \(p0) of \(p1) published versions"
        case .textVersionNote: "What changed: "
        case .textVersions: "Versions"
        case .textPublishedOn: "Published on "
        case .discussionOpen: "Open for discussion: "
        case .discussionUpcoming: "Discussion opens soon: "
        case .discussionClosed: "The discussion has closed: "
        case .compareFrom: "Compare"
        case .compareTo: "with"
        case .compare: "Compare"
        case .linkToSection(let p0): "Link to this section (\(p0))"
        case .servesMeasures: "Put into practice by measure "
        case .comparisonTitle(let p0, let p1): "Versions \(p0) and \(p1) compared"
        case .comparisonSummary(let p0, let p1, let p2, let p3):
            "\(p0) sections changed, \(p1) new, \(p2) removed, \(p3) moved."
        case .comparisonLegend:
            "Struck text is marked “deleted”, new text “inserted”; every section says what happened to it."
        case .blockUnchanged: "unchanged"
        case .blockChanged: "changed"
        case .blockAdded: "new"
        case .blockRemoved: "removed"
        case .blockMoved: "moved"
        case .inserted: "[inserted:] "
        case .deleted: "[deleted:] "
        case .noTextVersion(let p0): "There is no published version \(p0)."
        case .servedGoals: "Goals of the strategy"
        case .servedGoalsLead: "This measure puts these sections into practice:"
        case .discussionOf(let p0): "Discussion of section “\(p0)”"
        case .agreementCounts(let p0, let p1): "Agree: \(p0), disagree: \(p1)"
        case .comments(let p0): "Comments (\(p0))"
        case .noCommentsYet: "No comments yet."
        case .discussionNotOpenHere: "This version is not (or no longer) open for discussion."
        case .signInToComment: "Sign in to comment or agree."
        case .unsubscribeTitle: "Unsubscribe from notifications"
        case .unsubscribeAll: "You will then receive no more e-mail from us, except to confirm an address."
        case .unsubscribeFollow(let p0): "You will then no longer follow: \(p0)."
        case .unsubscribeButton: "Unsubscribe now"
        case .unsubscribed: "Unsubscribed. You can set up notifications again in your account."
        case .unsubscribeLinkInvalid: "This unsubscribe link is not valid."
        case .followNewVersion(let p0, let p1): "New version \(p1) of “\(p0)”"
        case .followNewContribution(let p0, let p1): "New contribution \(p1) on block \(p0)"
        case .followStatusChange(let p0, let p1): "Measure \(p0): status now “\(p1)”"
        case .followDigestSubject(let p0): "Your daily digest: \(p0) updates"
        case .followMailFooter(let p0): "You receive this e-mail because you follow this. Change or stop: \(p0)"
        case .followHeading: "Notifications"
        case .followExplanation: "Get an e-mail when something changes here."
        case .followFrequencyLabel: "How often?"
        case .followImmediate: "immediately"
        case .followDaily: "daily digest"
        case .followButton: "Follow"
        case .myFollows: "What you follow"
        case .noFollows:
            "You follow nothing yet. You can follow a strategy, a block or a measure on its page."
        case .unfollowButton: "Unfollow"
        case .changeFrequency: "Change"
        case .followTargetStrategy(let p0): "Strategy “\(p0)” (new versions)"
        case .followTargetBlock(let p0, let p1): "Block \(p1) of “\(p0)” (new contributions)"
        case .followTargetMeasure(let p0): "Measure \(p0) (status changes)"
        case .yourAgreement(let p0): p0 == "agree" ? "You agree with this section." : "You disagree with this section."
        case .noAgreementYet: "Do you agree with this section?"
        case .agree: "Agree"
        case .disagree: "Disagree"
        case .quoteLabel: "Quote (optional)"
        case .quoteHint: "The words of the section you mean: type or paste them"
        case .commentLabel: "Your comment"
        case .replyLabel: "Your reply"
        case .sendComment: "Send comment"
        case .sendReply: "Send reply"
        case .participantWithoutName: "Participant (no name)"
        case .contributionNumber(let p0): "Contribution \(p0)"
        case .reply: "Reply"
        case .commentOn: "Comment"
        case .onEarlierVersions(let p0): "Comments on earlier versions (\(p0))"
        case .fateUnchanged: "The text commented on is unchanged."
        case .fateTextChanged(let p0, let p1): "Text changed: “\(p0)” became “\(p1)”."
        case .fateEarlierVersion: "The quoted words are no longer in this version."
        case .readComments: "Discussion"
        case .commentOnSection(let p0, let p1): "\(p0): section \(p1)"
        case .blockCounts(let p0, let p1, let p2): "\(p0) comments, \(p1) agree, \(p2) disagree"
        case .register: "Register"
        case .takePart: "Take part"
        case .staffSignIn: "Staff"
        case .participantSignIn: "Sign in to take part"
        case .participantSignInLead: "No account yet? Register with your e-mail address."
        case .confirmAddressFirst: "Please confirm your address first, with the link in our e-mail."
        case .registerLead:
            "With an account you can comment on and rate versions of the strategy. We ask only for what that "
                + "needs; only your display name is public."
        case .registerButton: "Register"
        case .registrationSent:
            "Thank you. We sent a message to the address you gave. Please confirm your address with the link in it; "
                + "it holds for 48 hours."
        case .displayName: "Display name"
        case .displayNameHint: "Shown publicly with your contributions, e.g. a first name or a pseudonym"
        case .consents: "Consent"
        case .consentToProcess:
            "I agree that the city processes my address and my contributions to run the participation (required)."
        case .consentToPublish: "My contributions may be published under my display name (optional)."
        case .confirmAddress: "Confirm address"
        case .confirmAddressLead: "Please confirm that this address is yours."
        case .addressConfirmed: "Your address is confirmed. You can now sign in and take part."
        case .confirmationInvalid:
            "This link is not valid (any more). It holds for 48 hours and works once; register again if needed."
        case .confirmMailSubject: "Please confirm your e-mail address"
        case .confirmMailBody(let p0, let p1):
            "Hello,\n\nyou registered to take part in the strategy's discussion. Please confirm your address with "
                + "this link (valid for \(p1) hours):\n\n\(p0)\n\nIf you did not register, ignore this message; the "
                + "registration then lapses."
        case .alreadyRegisteredMailSubject: "You already have an account"
        case .alreadyRegisteredMailBody:
            "Hello,\n\nsomeone tried to register with this address again. You already have an account; nothing was "
                + "changed. If that was not you, you can ignore this message."
        case .lockMailSubject: "Sign-in locked"
        case .lockMailBody(let p0, let p1):
            "After \(p0) failed attempts, signing in to your account is locked for \(p1) minutes. The "
                + "attempts came from a device you have never signed in from; where you signed in before, you can "
                + "still sign in.\n\nIf that was not you, someone is trying to guess your password. Choose a long "
                + "password you use nowhere else, and tell the strategy office."
        case .onlyModerators:
            "Only moderators and the strategy office may do this."
        case .moderation:
            "Moderation"
        case .moderationQueues:
            "Moderation views"
        case .queueOpen:
            "Open"
        case .queueKept:
            "Kept"
        case .queueHidden:
            "Hidden"
        case .queueEmpty:
            "Nothing here."
        case .reportedBecause(let p0):
            "Reported: \(p0)"
        case .moderateContribution(let p0):
            "Review contribution \(p0)"
        case .author:
            "Author"
        case .state:
            "State"
        case .place:
            "Place in the text"
        case .reportsOfContribution(let p0):
            "Reports (\(p0))"
        case .noReports:
            "No reports."
        case .approve:
            "Approve"
        case .keepContribution:
            "Keep (reports answered)"
        case .showAgain:
            "Show again"
        case .hideReason:
            "Reason for hiding"
        case .hideReasonHint:
            "Shown publicly in place of the contribution and sent to its author by e-mail."
        case .hideContribution:
            "Hide"
        case .redactPassage:
            "Passage to redact"
        case .redactHint:
            "Exactly as in the contribution, e.g. names or addresses of others. It is replaced with […]; the log "
                + "records only that it was redacted and by whom."
        case .redact:
            "Redact"
        case .participants:
            "Participants"
        case .badgeExplanation:
            "Organisations and experts can be marked as such; the badge is shown beside their name. Addresses "
                + "are not shown here."
        case .searchByName:
            "Search by display name"
        case .noParticipantsFound:
            "No participants found."
        case .registeredOn:
            "Registered"
        case .contributionCount:
            "Contributions"
        case .badge:
            "Badge"
        case .noBadge:
            "none"
        case .badgeOf(let p0):
            "Badge of \(p0)"
        case .badgeOrganisation:
            "Organisation"
        case .badgeExpert:
            "Expert"
        case .formerParticipant(let p0):
            "Former participant \(p0)"
        case .hiddenByModeration(let p0):
            "Hidden by the moderators. Reason: \(p0)"
        case .withdrawnByAuthor:
            "Deleted by its author."
        case .awaitingApproval:
            "Awaiting approval"
        case .stateVisible:
            "visible"
        case .stateHidden:
            "hidden"
        case .reportContribution(let p0):
            "Report contribution \(p0)"
        case .reportReceived:
            "Thank you. Your report has been received; the moderators will review the contribution."
        case .backToContribution:
            "Back to the contribution"
        case .reportExplanation:
            "Report contributions that break the rules of the discussion (e.g. insults or other people's "
                + "personal data). Only the moderators see your report."
        case .reportReason:
            "Reason for the report"
        case .sendReport:
            "Send report"
        case .contributionAwaitsApproval(let p0):
            "Thank you. Your contribution \(p0) will be published once the moderators have approved it."
        case .moderatorRole:
            "moderator"
        case .moderatorsWorkspace:
            "You moderate the discussion."
        case .hiddenMailSubject(let p0):
            "Your contribution \(p0) was hidden"
        case .hiddenMailBody(let p0, let p1, let p2):
            "Hello,\n\nyour contribution \(p0) was hidden by the moderators. The reason:\n\n\(p1)\n\nThe "
                + "contribution is not deleted; in its place the reason is shown publicly:\n\n\(p2)\n\nIf you "
                + "think this is a mistake, please reply to this message."
        case .myAccount:
            "My account"
        case .emailAddress:
            "E-mail address"
        case .consentToPublishLabel:
            "Publishing under the display name"
        case .givenOn(let p0):
            "given on \(p0)"
        case .notGiven:
            "not given (contributions appear without a name)"
        case .yourData:
            "Your data"
        case .downloadExplanation:
            "You can download everything we keep about you: account, consents, contributions in full, "
                + "agreements, reports and the history of your account (JSON)."
        case .downloadData:
            "Download my data (JSON)"
        case .deleteAccount:
            "Delete account"
        case .deleteExplanation:
            "Your e-mail address, display name and password are deleted. Your contributions stay under a "
                + "pseudonym (\"Former participant\" with a number) so that the discussion stays "
                + "readable, unless you delete them too."
        case .deleteContributionsToo:
            "Delete my contributions too (their text is removed)"
        case .confirmWithPassword:
            "To confirm: your password"
        case .deleteAccountNow:
            "Delete my account for good"
        case .accountDeleted:
            "Account deleted"
        case .accountDeletedWithContributions:
            "Your account and your contributions have been deleted."
        case .accountDeletedContributionsKept:
            "Your account has been deleted. Your contributions remain under a pseudonym."
        case .passwordWrong:
            "The password is not correct."
        case .earlierCount(let p0): "\(p0) on earlier versions"
        case .editDraftOf(let p0):
            "Next version: \(p0)"
        case .draftFollows(let p0):
            "The draft carries version \(p0) forward; sections without an id are matched to that version's sections."
        case .firstVersion:
            "There is no published version yet."
        case .noDraftYet:
            "No draft is saved yet; the field shows the text of the latest version."
        case .draftSaved:
            "draft saved"
        case .versionTitle:
            "Title of the version"
        case .whatChanged:
            "What changed against the last version"
        case .draftMarkdown:
            "Text (Markdown)"
        case .draftMarkdownHint:
            "Headings with #, paragraphs separated by blank lines, list items with -. At the end of a "
                + "section: {#id} for its id, {measures=1.4,2.3} for the measures it serves. Ids stay "
                + "the same across versions."
        case .checkMatching:
            "Check the matching"
        case .saveDraftAsChecked:
            "Save the draft as checked"
        case .matchingHeading:
            "How the sections are matched"
        case .matchingExplanation:
            "This is how the draft will be saved. Edited sections keep their id so that their comments "
                + "follow them; check the matching before you save. If you change the text afterwards, "
                + "it is checked again."
        case .line:
            "Line"
        case .blockID:
            "Id"
        case .matchedAs:
            "Matched as"
        case .blockText:
            "Text"
        case .matchRemoved:
            "removed (stays in earlier versions)"
        case .matchUnchanged:
            "unchanged"
        case .matchEdited(let p0):
            "edited (\(p0) % alike)"
        case .matchGiven:
            "id given"
        case .matchNew:
            "new"
        case .publishDraft:
            "Publish the draft"
        case .publishDraftExplanation:
            "A published version never changes again. With a start and end it is open for discussion in "
                + "that time; with pre-moderation contributions appear only once approved."
        case .discussionOpens:
            "Discussion opens"
        case .discussionCloses:
            "Discussion closes"
        case .preModerationLabel:
            "Pre-moderation: show contributions only once approved"
        case .publishDraftNow:
            "Publish now"
        case .strategyTexts:
            "Strategy texts"
        case .noPublishedVersion:
            "no version yet"
        case .textChangedSinceCheck:
            "The text changed since it was checked. Please check the new matching, then save."
        case .decisionsOf(let p0, let p1):
            "Decisions: \(p0), version \(p1)"
        case .decisionsSummary(let p0, let p1, let p2):
            "\(p0) contributions, \(p1) with a prepared decision, \(p2) of them not yet published."
        case .publishDecisionsExplanation:
            "Publishes all prepared decisions of this version at once; each author gets an e-mail."
        case .publishDecisions(let p0):
            "Publish \(p0) decisions"
        case .sectionNamed(let p0):
            "Section \(p0)"
        case .chooseContribution(let p0):
            "Choose contribution \(p0)"
        case .preparedDecision(let p0):
            "Prepared: \(p0)"
        case .notYetPublished:
            "not yet published"
        case .decisionForChosen:
            "Decision for the chosen contributions"
        case .outcomeLabel:
            "Outcome"
        case .decisionReason:
            "Reason"
        case .decisionReasonHint:
            "Required except for \"adopted\". Published with the decision."
        case .appliedInLabel:
            "Applied in"
        case .notApplied:
            "(no section)"
        case .placeLabel(let p0, let p1):
            "Version \(p0), section \(p1)"
        case .prepareDecision:
            "Prepare for the chosen contributions"
        case .decisions:
            "Decisions"
        case .decisionMailSubject(let p0):
            "Decision on your contribution \(p0)"
        case .decisionMailBody(let p0, let p1, let p2):
            "Hello,\n\nthe city has decided on your contribution \(p0): \(p1).\n\nThe contribution and "
                + "the decision: \(p2)"
        case .cityDecision(let p0):
            "The city's decision: \(p0)"
        case .appliedInPlace(let p0, let p1):
            "applied in version \(p0), section \(p1)"
        case .ledToThisChange:
            "Contributions that led to this change:"
        case .outcome(let outcome):
            switch outcome {
            case .open: "open"
            case .inReview: "in review"
            case .adopted: "adopted"
            case .partlyAdopted: "partly adopted"
            case .notAdopted: "not adopted"
            case .noted: "noted"
            }
        case .editorDecisionsHint:
            "Decisions on contributions to sections serving your measures"
        case .decisionPublished: "published"
        case .receiptMailSubject(let p0):
            "Your contribution \(p0) has been received"
        case .receiptMailBody(let p0, let p1, let p2, let p3):
            "Hello,\n\nwe have received your contribution \(p0) on section \(p1) of version \(p2). Its "
                + "number is \(p0); you find it here:\n\n\(p3)\n\nWhen the city has decided on it, you "
                + "will get a message."
        case .receiptPending:
            "In this phase the moderators review contributions before they appear."
        case .replyMailSubject(let p0):
            "A reply to your contribution \(p0)"
        case .replyMailBody(let p0, let p1):
            "Hello,\n\nsomeone has replied to your contribution \(p0):\n\n\(p1)"
        case .decisionTableOf(let p0, let p1):
            "Table of decisions: \(p0), version \(p1)"
        case .decisionTableExplanation:
            "Every contribution to this version with the city's published decision, its reason and where "
                + "it was applied. Contributions without a published decision are listed as open."
        case .variantFull:
            "Complete"
        case .variantAnonymised:
            "Without names of private persons"
        case .variantWithoutText:
            "Without the contributions' text (and without names)"
        case .downloadCSV:
            "Download this view as CSV"
        case .downloadDOCX:
            "Download this view as a Word document (DOCX)"
        case .discussedFromTo(let p0, let p1):
            "discussion from \(p0) to \(p1)"
        case .tableVariantNote(let p0):
            "View: \(p0)."
        case .annexToPaper(let p0):
            "Annex to paper \(p0)."
        case .receivedColumn:
            "Received"
        case .referenceColumn:
            "Refers to"
        case .quotedPlace(let p0, let p1):
            "\(p0): “\(p1)”"
        case .tableLaidBeforeCouncil:
            "Laid before the council"
        case .tablePublishedWith(let p0):
            "Published with paper \(p0) on "
        case .tableFrozenExplanation:
            "These files stay as they were published (without names of private persons); the views above show "
                + "today's state."
        case .formatWord:
            "Word document (DOCX)"
        case .formatCSV:
            "Table (CSV)"
        case .formatHTML:
            "Web page (HTML)"
        case .checksumSHA256(let p0):
            "SHA-256: \(p0)"
        case .publishTableHeading:
            "Lay the table before the council"
        case .publishTableExplanation:
            "Publishes the table without names of private persons as DOCX, CSV and HTML, as files of the chosen "
                + "paper (also through OParl). What is published never changes. Once per version, after the "
                + "discussion has closed and when every contribution has a published decision that settles it."
        case .publishTable:
            "Publish the table"
        case .noPaperYet:
            "There is no paper yet; add it first (fortschritt council add-paper)."
        case .rowNumber:
            "No."
        case .channel:
            "Channel"
        case .date:
            "Date"
        case .textVersionColumn:
            "Version"
        case .quotedWords:
            "Quoted words"
        case .contributionColumn:
            "Contribution"
        case .privatePerson:
            "Private person"
        case .decisionTable:
            "Table of decisions"
        case .adoptedOn:
            "Adopted by the council on "
        case .adoptionDate:
            "Adopted on"
        case .adoptionHint:
            "Possible only once every contribution to the version before has a published decision that settles it."
        case .recordAdoption:
            "Record the adoption"
        case .blockChangedMailSubject(let p0, let p1):
            "Your contribution \(p0): version \(p1) is out"
        case .blockChangedMailBody(let p0, let p1, let p2, let p3):
            "Hello,\n\nsection \(p1), on which you wrote contribution \(p0), has changed in version "
                + "\(p2). Your contribution is listed there under comments on earlier versions, with the "
                + "old and the new wording:\n\n\(p3)"
        case .blockGoneMailBody(let p0, let p1, let p2, let p3):
            "Hello,\n\nsection \(p1), or the words your contribution \(p0) refers to, are no longer in "
                + "version \(p2). Your contribution stays with the earlier version:\n\n\(p3)"
        case .recordEvent:
            "Record an event"
        case .eventFormatLabel:
            "Format"
        case .eventPlace:
            "Place"
        case .eventAttendees:
            "Attendees"
        case .eventAttendeesHint:
            "The number only, no names."
        case .eventMinutes:
            "Minutes"
        case .eventsHeading:
            "Events on this version"
        case .attendeesCount(let p0):
            "\(p0) attendees"
        case .eventFormat(let format):
            switch format {
            case .workshop: "Workshop"
            case .citizensForum: "Citizens’ forum"
            case .expertTalk: "Expert talk"
            case .onlineSurvey: "Online survey"
            }
        case .channelName(let value):
            switch value {
            case .online: "online"
            case .letter: "letter"
            case .email: "e-mail"
            case .event: "event"
            case .dataPlatform: "data platform"
            }
        case .entriesOf(let p0, let p1):
            "Entered contributions on “\(p0)”, version \(p1)"
        case .entriesExplanation:
            "Contributions that arrived by letter, e-mail or at an event are entered here with their channel and "
                + "source. They stand at their section like online contributions and get decisions like them."
        case .enterContribution:
            "Enter contribution"
        case .receivedOnLabel:
            "Received on"
        case .eventLabel:
            "Event"
        case .eventHint:
            "Only for the channel “event”; the event's date is then used."
        case .noEvent:
            "none"
        case .sourceLabel:
            "Source"
        case .sourceHint:
            "Shown publicly and without names of private persons, e.g. “letter of 3 March”."
        case .organisationLabel:
            "Sending organisation"
        case .organisationHint:
            "Only organisations are named. Private persons stay unnamed; no address is kept."
        case .enteredContributions:
            "Entered contributions"
        case .noEnteredContributions:
            "No contributions entered yet."
        case .enterEntriesLink:
            "Enter contributions received by letter, e-mail or at events"
        case .receivedVia(let p0, let p1):
            "Received by \(p0): \(p1)"
        case .expertRole:
            "expert"
        case .reviews:
            "Reviews"
        case .reviewsOf(let p0, let p1):
            "Reviews of “\(p0)”, version \(p1)"
        case .reviewsExplanation:
            "Rate acceptance and practicality – of one section or of the whole version – on the scale from 1 "
                + "(very low) to 5 (very high), with a reason. Your reviews stay internal until the strategy office "
                + "publishes them; until then you may change them."
        case .reviewSubject:
            "Subject"
        case .wholeVersion:
            "the whole version"
        case .acceptance:
            "Acceptance"
        case .practicality:
            "Practicality"
        case .ratingLabel(let p0):
            switch p0 {
            case 1: "1 – very low"
            case 2: "2 – low"
            case 3: "3 – medium"
            case 4: "4 – high"
            default: "5 – very high"
            }
        case .submitReview:
            "Save review"
        case .yourReviews:
            "Your reviews"
        case .allReviews:
            "All reviews"
        case .noReviews:
            "No reviews yet."
        case .chooseReview(let p0):
            "Choose review \(p0)"
        case .publishReviews:
            "Publish the chosen reviews"
        case .reviewInternal:
            "internal, not published"
        case .reviewPublic:
            "published"
        case .expertReviewsHeading:
            "Expert reviews"
        case .ratingSummary(let p0, let p1):
            "Acceptance \(p0) of 5, practicality \(p1) of 5"
        case .noPublishedVersionToReview:
            "There is no published version to review yet."
        case .figuresHeading:
            "Participation in figures"
        case .figuresSummary(let p0, let p1, let p2):
            "\(p0) participants, \(p1) contributions, \(p2) published expert reviews."
        case .figuresChartTitle:
            "Contributions by channel and decision"
        case .totalColumn:
            "Total"
        case .agreementPerBlock:
            "Contributions and agreement per section"
        case .agreeColumn:
            "Agree"
        case .disagreeColumn:
            "Disagree"
        case .contributionsColumn:
            "Contributions"
        case .ratingsCaption:
            "Published expert reviews (scale 1 to 5)"
        case .aspectColumn:
            "Aspect"
        case .meanColumn:
            "Mean"
        case .reviewCountColumn:
            "Reviews"
        case .feedVersions(let p0):
            "\(p0): versions of the strategy text"
        case .feedDecisions(let p0):
            "\(p0): published decisions on contributions"
        case .feedStatusChanges(let p0):
            "\(p0): status changes of the measures"
        case .feedFieldStatusChanges(let p0, let p1):
            "Status changes in field of action \(p0). \(p1)"
        case .feedMeasureStatusChanges(let p0, let p1):
            "Status changes of measure \(p0) \(p1)"
        case .feedDecisionTitle(let p0, let p1, let p2, let p3):
            "Contribution \(p0) (version \(p1), section \(p2)): \(p3)"
        case .feedDiscussionPhase(let p0, let p1):
            "Open for comments from \(p0) to \(p1)."
        case .feedStatusSince(let p0, let p1):
            "Status “\(p0)” since \(p1)."
        case .noFieldOfAction(let p0):
            "There is no field of action \(p0)."
        case .reportParticipation:
            "Include the discussion of a version (figures and decisions)"
        case .publicationTime:
            "Time (empty: now)"
        case .publicationTimeHint:
            "Date and time, German time. The decisions shown here are then published exactly as they are prepared now."
        case .scheduledPublications:
            "Publications set"
        case .scheduledPublication(let p0, let p1, let p2):
            "\(p0) decisions on \(p1), set by \(p2)"
        case .cancelPublication(let p0):
            "Call off the publication on \(p0)"
        case .correctEvent(let p0):
            "Correct the \(p0)"
        case .eventCorrected:
            "Corrected on "
        case .correctionReason:
            "Reason for the correction"
        case .saveCorrection:
            "Save the correction"
        case .cutInto(let p0):
            "Cut into \(p0) segments: each segment is decided on its own."
        case .cutContribution(let p0):
            "Cut contribution \(p0) into segments"
        case .segmentWords:
            "Words of the segment"
        case .segmentWordsHint:
            "Exactly as it stands in the contribution: copy it from the contribution above. "
                + "The contribution itself stays as it is."
        case .segmentBlock:
            "Concerns section"
        case .addSegment:
            "Add the segment"
        case .segmentsHeading:
            "Segments of this contribution"
        case .segmentOf(let p0):
            "Segment of contribution \(p0)"
        case .segmentsOfContribution(let p0):
            "The city cut this contribution into \(p0) segments and decides on each:"
        case .decisionMailSegment(let p0):
            "The decision concerns this part of your contribution: “\(p0)”"
        case .decidedInSegments(let p0):
            "decided in segments (\(p0))"
        case .alreadyFollowing(let p0):
            "You already follow this: \(p0)."
        case .decisionsColumn:
            "Decisions"
        case .figuresSegmentsNote(let p0):
            "Contributions cut into segments are decided segment by segment: \(p0) decisions in all."
        case .takeBackSegment(let p0):
            "Take back segment \(p0)"
        case .takeBackReason(let p0):
            "Why segment \(p0) is taken back"
        case .dataNav:
            "Data"
        case .datasetsTitle:
            "Open data"
        case .datasetsIntro:
            "The city's open data: what they hold, who publishes them and which measures of the strategy "
                + "they serve. Which other data the city holds, and why, is shown in the ethics register."
        case .ethicsRegister:
            "Ethics register"
        case .ethicsRegisterIntro:
            "Every dataset of the city with its ethics record, also those that are not public (without their "
                + "data): why the city holds it, on what legal basis, with what personal reference, for how long, "
                + "and how it was reviewed."
        case .noDatasets:
            "No datasets yet."
        case .dataTheme(let value):
            switch value {
            case .agriculture: "Agriculture, fisheries, forestry and food"
            case .economy: "Economy and finance"
            case .education: "Education, culture and sport"
            case .energy: "Energy"
            case .environment: "Environment"
            case .government: "Government and public sector"
            case .health: "Health"
            case .international: "International issues"
            case .justice: "Justice, legal system and public safety"
            case .regions: "Regions and cities"
            case .society: "Population and society"
            case .technology: "Science and technology"
            case .transport: "Transport"
            }
        case .updateFrequency(let value):
            switch value {
            case .continuous: "continuously"
            case .daily: "daily"
            case .weekly: "weekly"
            case .monthly: "monthly"
            case .quarterly: "quarterly"
            case .semiannual: "twice a year"
            case .annual: "annually"
            case .biennial: "every two years"
            case .irregular: "irregularly"
            case .never: "no longer"
            case .unknown: "unknown"
            }
        case .accessLevel(let value):
            switch value {
            case .open: "open"
            case .restricted: "restricted"
            case .internalOnly: "internal"
            }
        case .personalDataLevel(let value):
            switch value {
            case .none: "no personal data"
            case .pseudonymised: "pseudonymised"
            case .anonymised: "anonymised"
            case .personal: "personal data"
            }
        case .reviewOutcomeName(let value):
            switch value {
            case .approved: "approved"
            case .approvedWithConditions: "approved with conditions"
            case .rejected: "rejected"
            case .notRequired: "not required"
            }
        case .datasetSlugLabel:
            "Identifier (part of the address; never changes)"
        case .datasetTitleLabel:
            "Title"
        case .datasetDescriptionLabel:
            "Description"
        case .keywordsLabel:
            "Keywords"
        case .listHint:
            "Separated by commas."
        case .themeLabel:
            "Theme"
        case .publisherLabel:
            "Publishing department"
        case .contactLabel:
            "Contact"
        case .contactHint:
            "A team or functional mailbox, not a person: for open data it is public."
        case .contactEmailLabel:
            "Contact address (e-mail)"
        case .licenceLabel:
            "Licence"
        case .frequencyLabel:
            "Updated"
        case .accessLabel:
            "Access"
        case .accessHint:
            "Open only without personal data, or anonymised with an approving ethics review."
        case .datasetServesMeasures:
            "Serves the measures"
        case .measuresHint:
            "Numbers of the measure catalogue, separated by commas (e.g. 1.4, 2.3)."
        case .servesBlocks:
            "Serves the strategy's sections"
        case .blocksHint:
            "Strategy and section, separated by commas (e.g. smart-city/datenethik)."
        case .distributionLegend(let p0):
            "Distribution \(p0)"
        case .distributionTitleLabel:
            "Name"
        case .distributionURLLabel:
            "Address (https://…)"
        case .distributionFormatLabel:
            "Format"
        case .distributionSizeLabel:
            "Size in bytes (if known)"
        case .distributionsHint:
            "An empty address removes the distribution; after saving, another empty row is ready."
        case .ethicsRecordHeading:
            "Ethics record"
        case .purposeLabel:
            "Purpose"
        case .legalBasisLabel:
            "Legal basis"
        case .personalDataLabel:
            "Personal data"
        case .anonymisationLabel:
            "Anonymisation or pseudonymisation method"
        case .anonymisationParametersLabel:
            "The method's parameters (e.g. k = 5)"
        case .retentionLabel:
            "Retention"
        case .retentionHint:
            "As an ISO 8601 duration: P10Y ten years, P6M six months, P30D thirty days."
        case .reviewOutcomeLabel:
            "Outcome of the ethics review"
        case .reviewBodyLabel:
            "Reviewing body"
        case .reviewedOnLabel:
            "Reviewed on"
        case .conditionsLabel:
            "Conditions"
        case .nextReviewLabel:
            "Next review"
        case .changeReasonLabel:
            "Reason for the change"
        case .saveDataset:
            "Save dataset"
        case .newDataset:
            "New dataset"
        case .editDataset(let p0):
            "Edit dataset “\(p0)”"
        case .manageDatasets:
            "Datasets"
        case .datasetChanges:
            "Changes"
        case .datasetChangeLine(let p0, let p1):
            "Version \(p0), by \(p1):"
        case .downloadsHeading:
            "Data"
        case .dataNotPublic:
            "The data themselves are not public."
        case .unnamedDistribution(let p0):
            "File (\(p0))"
        case .byteSize(let p0):
            "\(p0) bytes"
        case .onlyDataStaff:
            "Datasets are kept by the strategy office and the departments."
        case .datasetOfOtherDepartment(let p0):
            "This dataset is kept by department \(p0)."
        case .noDataset(let p0):
            "There is no dataset “\(p0)” here."
        case .datasetCreated:
            "Created."
        case .applicationsTitle:
            "Applications"
        case .applicationsIntro:
            "Applications built on the data platform: what they are for, which data they use and what they teach "
                + "about the strategy. New questions go into the discussion of the next version."
        case .noApplications:
            "No applications yet."
        case .applicationField(let value):
            switch value {
            case .climateResilience: "Climate resilience"
            case .mobilityTransparency: "Mobility transparency"
            case .resourceEfficiency: "Resource efficiency"
            case .other: "Other field"
            }
        case .applicationStatus(let value):
            switch value {
            case .planned: "planned"
            case .pilot: "pilot"
            case .live: "live"
            case .retired: "retired"
            }
        case .applicationFieldLabel:
            "Data platform field"
        case .applicationStatusLabel:
            "Status"
        case .applicationPurposeLabel:
            "Purpose"
        case .applicationTitleLabel:
            "Name of the application"
        case .applicationSlugLabel:
            "Identifier (part of the address, e.g. hitzekarte)"
        case .responsibleLabel:
            "Responsible"
        case .usesDatasets:
            "Data used"
        case .nonPublicDatasetsUsed(let p0):
            "Datasets also used that are not public: \(p0). What the city holds and why is in the ethics register."
        case .applicationServesMeasures:
            "Serves the measures"
        case .findingsHeading:
            "Findings and new questions"
        case .noFindings:
            "No findings yet."
        case .findingLabel:
            "Finding"
        case .questionLabel:
            "New question for the strategy"
        case .questionHint:
            "Optional. The strategy office can put a question into a version's discussion as a contribution."
        case .findingRecorded(let p0):
            "Recorded on \(p0)"
        case .questionInDiscussion:
            "In the discussion: see the contribution"
        case .manageApplications:
            "Manage applications"
        case .newApplication:
            "New application"
        case .editApplication(let p0):
            "Edit application: \(p0)"
        case .saveApplication:
            "Save application"
        case .datasetsUsedHint:
            "Dataset identifiers, separated by commas, e.g. baumkataster, temperatur-messnetz."
        case .addFinding:
            "Record finding"
        case .putToDiscussion:
            "Put question to discussion"
        case .putToDiscussionTitle(let p0):
            "Put question to discussion: \(p0)"
        case .putToDiscussionIntro:
            "The question becomes a contribution (channel data platform) to the section you choose, and is weighed and "
                + "answered like every contribution. This works once per finding and only while the version is open "
                + "for discussion."
        case .discussionBlockLabel:
            "Section of a version under discussion"
        case .noOpenDiscussion:
            "No version is open for discussion at the moment."
        case .versionOption(let p0, let p1):
            "\(p0), version \(p1)"
        case .findingPut:
            "The question is now a contribution to the discussion."
        case .findingSaved:
            "Finding recorded."
        case .onlyAdminPutsToDiscussion:
            "Only the strategy office puts questions to discussion."
        case .applicationOfOtherDepartment(let p0):
            "This application is the responsibility of \(p0); its staff and the strategy office can change it."
        case .noApplication(let p0):
            "There is no application '\(p0)'."
        case .applicationChanges:
            "Changes"
        case .indicatorsTitle:
            "Indicators"
        case .indicatorsIntro:
            "How the city measures whether the strategy works: each indicator with baseline, targets, values and a "
                + "forecast of whether the next target will be met. Corrections stay visible."
        case .noIndicators:
            "No indicators yet."
        case .holdsSampleData:
            "Holds sample data; the description says which values are real."
        case .indicatorServesMeasures:
            "Shows the progress of the measures"
        case .sourceDatasets:
            "Source data"
        case .indicatorChartHeading:
            "Course"
        case .forecastHeading:
            "Forecast"
        case .valuesHeading:
            "Values"
        case .valuesCSV:
            "Values as CSV"
        case .valuesJSON:
            "Values as JSON"
        case .valueHistoryHeading:
            "Recorded values and corrections"
        case .valueHistoryIntro:
            "Every value is recorded with its time and reason; a correction replaces nothing, it is added."
        case .valueWithdrawn:
            "withdrawn"
        case .forecastStatus(let value):
            switch value {
            case .onTrack: "on track"
            case .atRisk: "at risk"
            case .offTrack: "off track"
            case .insufficientData: "too few values"
            case .noTarget: "no target"
            }
        case .noIndicatorValues:
            "No values yet."
        case .latestValue(let p0, let p1, let p2):
            "Latest \(p0) \(p1) (\(p2))."
        case .directionIncrease:
            "increase (more is better)"
        case .directionDecrease:
            "decrease (less is better)"
        case .directionBand(let p0, let p1):
            "stay between \(p0) and \(p1)"
        case .progressShare(let p0):
            "\(p0) % of the way from the baseline to the target"
        case .withinBand:
            "within the band"
        case .belowBand(let p0):
            "\(p0) below the band"
        case .aboveBand(let p0):
            "\(p0) above the band"
        case .unitLabel:
            "Unit"
        case .directionLabel:
            "Direction"
        case .baselineLabel:
            "Baseline"
        case .valueOn(let p0, let p1):
            "\(p0) on \(p1)"
        case .targetsLabel:
            "Targets"
        case .valueBy(let p0, let p1):
            "\(p0) by \(p1)"
        case .progressLabel:
            "Progress"
        case .forecastStatusLabel:
            "Assessment"
        case .forecastMethodLabel:
            "Method"
        case .forecastMethod(let p0, let p1, let p2):
            "Straight line by least squares over the latest \(p0) values; \"at risk\" from \(p1) % of the way to the "
                + "target, a band widened by \(p2) % of its width."
        case .forecastPointsLabel:
            "Values used"
        case .slopeLabel:
            "Change per year"
        case .predictedLabel:
            "Predicted"
        case .valuesCaption(let p0, let p1):
            "\(p0) in \(p1)"
        case .periodColumn:
            "Period"
        case .dimensionsColumn:
            "Breakdown"
        case .valueColumn:
            "Value"
        case .sourceColumn:
            "Source"
        case .totalName:
            "total"
        case .seriesFrom(let p0, let p1):
            "Values from \(p0) (\(p1))."
        case .targetSentence(let p0, let p1):
            "Target: \(p0) by \(p1)."
        case .forecastSentence(let p0, let p1, let p2):
            "Forecast: \(p0) on \(p1), \(p2)."
        case .chartTitle(let p0, let p1):
            "\(p0) (\(p1)): values, target and forecast"
        case .chartLegend:
            "Line with dots: values; diamond: target; dashed: forecast; green background: target band."
        case .manageIndicators:
            "Manage indicators"
        case .newIndicator:
            "New indicator"
        case .editIndicator(let p0):
            "Edit indicator: \(p0)"
        case .saveIndicator:
            "Save indicator"
        case .indicatorSlugLabel:
            "Identifier (part of the address, e.g. mobile-arbeit)"
        case .indicatorTitleLabel:
            "Name of the indicator"
        case .directionBandChoice:
            "stay within a band"
        case .lowerBoundLabel:
            "Lower bound of the band"
        case .upperBoundLabel:
            "Upper bound of the band"
        case .boundsHint:
            "Only for the direction \"stay within a band\"."
        case .baselineDateLabel:
            "Date of the baseline"
        case .targetsHint:
            "One target a line: date and value, e.g. 2027-12-31: 7500."
        case .indicatorOfOtherDepartment(let p0):
            "This indicator is the responsibility of \(p0); its staff and the strategy office can change it."
        case .importValues:
            "Import values"
        case .importValuesIntro:
            "Paste values as CSV. The preview first shows what would be added and what would change; only \"Record\" "
                + "records it. Nothing is deleted, and recording a file twice changes nothing."
        case .csvValuesLabel:
            "Values (CSV)"
        case .csvValuesHint:
            "Header Indikator;Zeitraum;Wert, optionally Dimensionen;Quelle. Periods: 2025, 2025-Q3, 2025-07 "
                + "or 2025-07-15."
        case .previewImport:
            "Preview"
        case .applyImport:
            "Record"
        case .importPreview:
            "Preview: nothing recorded yet"
        case .importRecorded:
            "Recorded"
        case .importCounts(let p0, let p1, let p2):
            "\(p0) new, \(p1) changed, \(p2) unchanged."
        case .importLine(let p0):
            "Line \(p0):"
        case .rule(let rule): Self.sentence(rule.english)
        }
    }
}

extension Text {
    /// A rule's English (lower-case, as the command line says it) as a sentence on a page.
    static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst() + (text.hasSuffix(".") ? "" : ".")
    }
}
