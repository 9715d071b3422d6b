import FortschrittDomain

/// Every text the web pages and answers show, by key. The German and the English table
/// (`Text+de.swift`, `Text+en.swift`) each switch over all keys, so a text missing in one language
/// does not compile. Values that vary (a number, a name) are the keys' parameters.
enum Text: Sendable, Hashable {
    case accessibilityStatement
    case accounts
    case action
    case active
    case addAFieldOfAction
    case addAccount
    case addNote
    case addOrRelabelAStatus
    case addOrRenameADepartment
    case addedToTheCatalogue
    case adoptedBy
    case all
    case allMeasures
    case allMeasuresWithInternalNotesRead
    case workspaceLeadAdmin
    case assumed
    case atLeast12Characters
    case accessibilityChecksAreIncomplete
    case badRequest
    case breadcrumb
    case by
    case byDueOn(String)
    case byFieldOfAction
    case byOn(String)
    case catalogueAndReports
    case change
    case changeHeading
    case changeDetails
    case changeStatus
    case changed
    case closeRound
    case closedOpened
    case code
    case partnerCodesHint
    case comparedWith
    case comparedWithEmptyLastReport
    case complianceStatus
    case confirmMeasureUnchanged(String)
    case confirmUnchanged
    case confirmUnchangedUpdateRound
    case inaccessibleContent
    case correctionEntryWithdrawn(String)
    case council
    case councilPaper
    case deactivated
    case department
    case departmentLowercase
    case departments
    case departmentsCodesComma
    case description
    case descriptionLowercase
    case details
    case done
    case downloadTheMissingMeasuresAsCsv
    case dueOn
    case eMail
    case eMail2
    case eMailAddress
    case signInFailed
    case editPrefix
    case edit
    case editMeasure(String)
    case effectiveInline
    case effective
    case effectiveFrom
    case enforcementProcedure
    case entryDate
    case error
    case everyRecordedChangeOfThisMeasure
    case feedbackAndContact
    case field
    case fieldOfAction
    case fieldOfAction2
    case fieldsOfAction
    case accountDepartmentsHint
    case signInLead
    case goToTheStartPage
    case homeLead
    case historyOfChanges
    case home
    case accessibilityEnforcementAfterSixWeeks(String)
    case imprint
    case inTheCatalogueSince
    case internalNotesNotPublic
    case key
    case kind
    case labelEnglish
    case labelGerman
    case lastUpdated
    case lead
    case leadDepartment
    case leadDepartment2
    case log
    case logOfNames
    case mainNavigation
    case manageUsers
    case measure
    case measures
    case measureCount(String)
    case measuresInFieldsOfAction(String, String)
    case catalogueTableCaption
    case chartCaption
    case missing
    case never
    case new
    case newNote
    case newPasswordOptional
    case no
    case noMeasureMatchesThisFilter
    case noMeasures
    case noNamesGivenYet
    case noNotes
    case noReportPublishedYet
    case noStatus
    case noStatusRecordedYet
    case noUpdateRoundIsOpen
    case none
    case notAllowed
    case notFound
    case number
    case ofMeasures(String, String)
    case roundProgress(String, String)
    case openANewRound
    case openDataApi
    case openRound
    case openSince
    case paper
    case partnerDepartments
    case partnerDepartments2
    case partners
    case password
    case planned
    case plannedEnd
    case plannedEnd2
    case plannedStart
    case plannedStart2
    case pleaseCorrect
    case pleaseEnterSomeText
    case accessibilityPreparation
    case progressPerDepartment
    case provider
    case publicPage
    case publish
    case publishAReport
    case published
    case publishedReportsList(String)
    case reasonInline
    case reason
    case recorded
    case remark
    case removedFromTheCatalogue
    case reportingDate
    case reportingDate2
    case reports
    case reportsToTheCityCouncil
    case resetFilter
    case role
    case roleAndDepartments
    case round
    case runsOnFortschritt
    case save
    case saveNamed(String)
    case saveDetails
    case saveStatus
    case saved
    case search
    case show
    case shownPubliclyEmptyTheReason
    case signIn
    case signOut
    case signingInIsLockedForMinutes(String)
    case sinceLowercase
    case validSince
    case sinceInline
    case skipToContent
    case software
    case conflictHeading
    case chartHeading
    case statusTimeline
    case statusToday
    case stillMissing
    case strategyOffice
    case accessibilityCommitment(String)
    case thatDidNotWork
    case theDateTheStatusHoldsFrom
    case theDetailsWereSaved
    case chartInWordReports
    case theInputIsTooLargeAt(String)
    case theMeasureWasConfirmedUnchanged
    case theNoteWasAdded
    case conflictAdvice
    case badParameterValue(String)
    case badRequestDetail
    case theStatusWasSaved
    case thereHasBeenNoRoundYet
    case thereIsNoSuchPage
    case accessibilityCompliance
    case accessibilityAssessment
    case title
    case title2
    case tooManyFailedAttemptsPleaseWait(String)
    case updateRound
    case updateRoundOpenDueOn
    case users
    case whenTheChangeTakesEffect
    case withdrawn
    case workspace
    case youAreNotAllowedToDo
    case accessibilityFeedback
    case conflictNothingOverwritten
    case yourMeasures
    case requiredFor(String)
    case measuresLedBy(String)
    case confirmedBy(String)
    case updatedBy(String)
    case reportHTML
    case reportWord
    case reportMarkdown
    case annexCatalogueCSV
    case annexStatusChangesCSV
    case noMeasure(String)
    case languagesAre
    case noSuchAccount
    case mayNoLongerEdit(String)
    case onlyStrategyOffice
    case measureLedByOther(String, String)
    case formFromAnotherSite(String)
    case formExpired
    case notAMeasureNumber(String)
    case expectedOneValue
    case formUnreadable(String)
    /// A domain rule, by its code.
    case administration
    case administrationNavigation
    case outbox
    case outboxDelivering
    case outboxNotDelivering
    case outboxEmpty
    case outboxMessages
    case outboxQueued
    case outboxState
    case outboxMessage
    case outboxTo(String)
    case outboxText
    case outboxSent(String)
    case outboxFailed(String, String)
    case outboxWaiting
    case outboxRetrying(String, String)
    case strategies
    case strategiesLead
    case strategyNothingPublished
    /// Title, number.
    case textLatest(String, String)
    case textVersion(String)
    /// Number, count of published versions.
    case textVersionOf(String, String)
    case textVersionNote
    case textVersions
    case textPublishedOn
    case discussionOpen
    case discussionUpcoming
    case discussionClosed
    case compareFrom
    case compareTo
    case compare
    case linkToSection(String)
    case servesMeasures
    case comparisonTitle(String, String)
    /// Changed, added, removed, moved.
    case comparisonSummary(String, String, String, String)
    case comparisonLegend
    case blockUnchanged
    case blockChanged
    case blockAdded
    case blockRemoved
    case blockMoved
    case inserted
    case deleted
    case noTextVersion(String)
    case servedGoals
    case servedGoalsLead
    case discussionOf(String)
    /// Agree, disagree.
    case agreementCounts(String, String)
    case comments(String)
    case noCommentsYet
    case discussionNotOpenHere
    case signInToComment
    case unsubscribeTitle
    case unsubscribeAll
    case unsubscribeFollow(String)
    case unsubscribeButton
    case unsubscribed
    case unsubscribeLinkInvalid
    case followNewVersion(String, String)
    case followNewContribution(String, String)
    case followStatusChange(String, String)
    case followDigestSubject(String)
    case followMailFooter(String)
    case followHeading
    case followExplanation
    case followFrequencyLabel
    case followImmediate
    case followDaily
    case followButton
    case myFollows
    case noFollows
    case unfollowButton
    case changeFrequency
    case followTargetStrategy(String)
    case followTargetBlock(String, String)
    case followTargetMeasure(String)
    case yourAgreement(String)
    case noAgreementYet
    case agree
    case disagree
    case quoteLabel
    case quoteHint
    case commentLabel
    case replyLabel
    case sendComment
    case sendReply
    case participantWithoutName
    case contributionNumber(String)
    case reply
    case commentOn
    case onEarlierVersions(String)
    case fateUnchanged
    /// Old, new wording.
    case fateTextChanged(String, String)
    case fateEarlierVersion
    case readComments
    /// Action, block.
    case commentOnSection(String, String)
    /// Comments, agree, disagree.
    case blockCounts(String, String, String)
    case register
    case takePart
    case staffSignIn
    case participantSignIn
    case participantSignInLead
    case confirmAddressFirst
    case registerLead
    case registerButton
    case registrationSent
    case displayName
    case displayNameHint
    case consents
    case consentToProcess
    case consentToPublish
    case confirmAddress
    case confirmAddressLead
    case addressConfirmed
    case confirmationInvalid
    case confirmMailSubject
    /// Link, hours.
    case confirmMailBody(String, String)
    case alreadyRegisteredMailSubject
    case alreadyRegisteredMailBody
    case lockMailSubject
    /// Attempts, minutes.
    case lockMailBody(String, String)
    /// A broken rule (the English texts are the domain's, since the command line says them too).
    case onlyModerators
    case moderation
    case moderationQueues
    case queueOpen
    case queueKept
    case queueHidden
    case queueEmpty
    case reportedBecause(String)
    case moderateContribution(String)
    case author
    case state
    case place
    case reportsOfContribution(String)
    case noReports
    case approve
    case keepContribution
    case showAgain
    case hideReason
    case hideReasonHint
    case hideContribution
    case redactPassage
    case redactHint
    case redact
    case participants
    case badgeExplanation
    case searchByName
    case noParticipantsFound
    case registeredOn
    case contributionCount
    case badge
    case noBadge
    case badgeOf(String)
    case badgeOrganisation
    case badgeExpert
    case formerParticipant(String)
    case hiddenByModeration(String)
    case withdrawnByAuthor
    case awaitingApproval
    case stateVisible
    case stateHidden
    case reportContribution(String)
    case reportReceived
    case backToContribution
    case reportExplanation
    case reportReason
    case sendReport
    case contributionAwaitsApproval(String)
    case moderatorRole
    case moderatorsWorkspace
    case hiddenMailSubject(String)
    case hiddenMailBody(String, String, String)
    case myAccount
    case emailAddress
    case consentToPublishLabel
    case givenOn(String)
    case notGiven
    case yourData
    case downloadExplanation
    case downloadData
    case deleteAccount
    case deleteExplanation
    case deleteContributionsToo
    case confirmWithPassword
    case deleteAccountNow
    case accountDeleted
    case accountDeletedWithContributions
    case accountDeletedContributionsKept
    case passwordWrong
    case earlierCount(String)
    case editDraftOf(String)
    case draftFollows(String)
    case firstVersion
    case noDraftYet
    case draftSaved
    case versionTitle
    case whatChanged
    case draftMarkdown
    case draftMarkdownHint
    case checkMatching
    case saveDraftAsChecked
    case matchingHeading
    case matchingExplanation
    case line
    case blockID
    case matchedAs
    case blockText
    case matchRemoved
    case matchUnchanged
    case matchEdited(String)
    case matchGiven
    case matchNew
    case publishDraft
    case publishDraftExplanation
    case discussionOpens
    case discussionCloses
    case preModerationLabel
    case publishDraftNow
    case strategyTexts
    case noPublishedVersion
    case textChangedSinceCheck
    case decisionsOf(String, String)
    case decisionsSummary(String, String, String)
    case publishDecisionsExplanation
    case publishDecisions(String)
    case sectionNamed(String)
    case chooseContribution(String)
    case preparedDecision(String)
    case notYetPublished
    case decisionForChosen
    case outcomeLabel
    case decisionReason
    case decisionReasonHint
    case appliedInLabel
    case notApplied
    case placeLabel(String, String)
    case prepareDecision
    case decisions
    case decisionMailSubject(String)
    case decisionMailBody(String, String, String)
    case cityDecision(String)
    case appliedInPlace(String, String)
    case ledToThisChange
    case outcome(Decision.Outcome)
    case editorDecisionsHint
    case decisionPublished
    case receiptMailSubject(String)
    case receiptMailBody(String, String, String, String)
    case receiptPending
    case replyMailSubject(String)
    case replyMailBody(String, String)
    case decisionTableOf(String, String)
    case decisionTableExplanation
    case variantFull
    case variantAnonymised
    case variantWithoutText
    case downloadCSV
    case downloadDOCX
    case discussedFromTo(String, String)
    case tableVariantNote(String)
    case annexToPaper(String)
    case receivedColumn
    case referenceColumn
    case quotedPlace(String, String)
    case tableLaidBeforeCouncil
    case tablePublishedWith(String)
    case tableFrozenExplanation
    case formatWord
    case formatCSV
    case formatHTML
    case checksumSHA256(String)
    case publishTableHeading
    case publishTableExplanation
    case publishTable
    case noPaperYet
    case rowNumber
    case channel
    case date
    case textVersionColumn
    case quotedWords
    case contributionColumn
    case privatePerson
    case decisionTable
    case adoptedOn
    case adoptionDate
    case adoptionHint
    case recordAdoption
    case blockChangedMailSubject(String, String)
    case blockChangedMailBody(String, String, String, String)
    case blockGoneMailBody(String, String, String, String)
    case recordEvent
    case eventFormatLabel
    case eventPlace
    case eventAttendees
    case eventAttendeesHint
    case eventMinutes
    case eventsHeading
    case attendeesCount(String)
    case eventFormat(DiscussionEvent.Format)
    case channelName(ContributionChannel)
    case entriesOf(String, String)
    case entriesExplanation
    case enterContribution
    case receivedOnLabel
    case eventLabel
    case eventHint
    case noEvent
    case sourceLabel
    case sourceHint
    case organisationLabel
    case organisationHint
    case enteredContributions
    case noEnteredContributions
    case enterEntriesLink
    case receivedVia(String, String)
    case expertRole
    case reviews
    case reviewsOf(String, String)
    case reviewsExplanation
    case reviewSubject
    case wholeVersion
    case acceptance
    case practicality
    case ratingLabel(Int)
    case submitReview
    case yourReviews
    case allReviews
    case noReviews
    case chooseReview(String)
    case publishReviews
    case reviewInternal
    case reviewPublic
    case expertReviewsHeading
    case ratingSummary(String, String)
    case noPublishedVersionToReview
    case figuresHeading
    case figuresSummary(String, String, String)
    case figuresChartTitle
    case totalColumn
    case agreementPerBlock
    case agreeColumn
    case disagreeColumn
    case contributionsColumn
    case ratingsCaption
    case aspectColumn
    case meanColumn
    case reviewCountColumn
    case feedVersions(String)
    case feedDecisions(String)
    case feedStatusChanges(String)
    case feedFieldStatusChanges(String, String)
    case feedMeasureStatusChanges(String, String)
    case feedDecisionTitle(String, String, String, String)
    case feedDiscussionPhase(String, String)
    case feedStatusSince(String, String)
    case noFieldOfAction(String)
    case reportParticipation
    case publicationTime
    case publicationTimeHint
    case scheduledPublications
    case scheduledPublication(String, String, String)
    case cancelPublication(String)
    case correctEvent(String)
    case eventCorrected
    case correctionReason
    case saveCorrection
    case cutInto(String)
    case cutContribution(String)
    case segmentWords
    case segmentWordsHint
    case segmentBlock
    case addSegment
    case segmentsHeading
    case segmentOf(String)
    case segmentsOfContribution(String)
    case decisionMailSegment(String)
    case decidedInSegments(String)
    case alreadyFollowing(String)
    case decisionsColumn
    case figuresSegmentsNote(String)
    case takeBackSegment(String)
    case takeBackReason(String)
    case dataNav
    case datasetsTitle
    case datasetsIntro
    case ethicsRegister
    case ethicsRegisterIntro
    case noDatasets
    case dataTheme(DataTheme)
    case updateFrequency(UpdateFrequency)
    case accessLevel(Dataset.Access)
    case personalDataLevel(EthicsRecord.PersonalData)
    case reviewOutcomeName(EthicsRecord.ReviewOutcome)
    case datasetSlugLabel
    case datasetTitleLabel
    case datasetDescriptionLabel
    case keywordsLabel
    case listHint
    case themeLabel
    case publisherLabel
    case contactLabel
    case contactHint
    case contactEmailLabel
    case licenceLabel
    case frequencyLabel
    case accessLabel
    case accessHint
    case datasetServesMeasures
    case measuresHint
    case servesBlocks
    case blocksHint
    case distributionLegend(String)
    case distributionTitleLabel
    case distributionURLLabel
    case distributionFormatLabel
    case distributionSizeLabel
    case distributionsHint
    case ethicsRecordHeading
    case purposeLabel
    case legalBasisLabel
    case personalDataLabel
    case anonymisationLabel
    case anonymisationParametersLabel
    case retentionLabel
    case retentionHint
    case reviewOutcomeLabel
    case reviewBodyLabel
    case reviewedOnLabel
    case conditionsLabel
    case nextReviewLabel
    case changeReasonLabel
    case saveDataset
    case newDataset
    case editDataset(String)
    case manageDatasets
    case datasetChanges
    case datasetChangeLine(String, String)
    case downloadsHeading
    case dataNotPublic
    case unnamedDistribution(String)
    case byteSize(String)
    case onlyDataStaff
    case datasetOfOtherDepartment(String)
    case noDataset(String)
    case datasetCreated
    case applicationsTitle
    case applicationsIntro
    case noApplications
    case applicationField(DataApplication.Field)
    case applicationStatus(DataApplication.Status)
    case applicationFieldLabel
    case applicationStatusLabel
    case applicationPurposeLabel
    case applicationTitleLabel
    case applicationSlugLabel
    case responsibleLabel
    case usesDatasets
    case nonPublicDatasetsUsed(String)
    case applicationServesMeasures
    case findingsHeading
    case noFindings
    case findingLabel
    case questionLabel
    case questionHint
    case findingRecorded(String)
    case questionInDiscussion
    case manageApplications
    case newApplication
    case editApplication(String)
    case saveApplication
    case datasetsUsedHint
    case addFinding
    case putToDiscussion
    case putToDiscussionTitle(String)
    case putToDiscussionIntro
    case discussionBlockLabel
    case noOpenDiscussion
    case versionOption(String, String)
    case findingPut
    case findingSaved
    case onlyAdminPutsToDiscussion
    case applicationOfOtherDepartment(String)
    case noApplication(String)
    case applicationChanges
    case indicatorsTitle
    case indicatorsIntro
    case noIndicators
    case holdsSampleData
    case indicatorServesMeasures
    case sourceDatasets
    case indicatorChartHeading
    case forecastHeading
    case valuesHeading
    case valuesCSV
    case valuesJSON
    case valueHistoryHeading
    case valueHistoryIntro
    case valueWithdrawn
    case forecastStatus(ForecastStatus)
    case noIndicatorValues
    case latestValue(String, String, String)
    case directionIncrease
    case directionDecrease
    case directionBand(String, String)
    case progressShare(String)
    case withinBand
    case belowBand(String)
    case aboveBand(String)
    case unitLabel
    case directionLabel
    case baselineLabel
    case valueOn(String, String)
    case targetsLabel
    case valueBy(String, String)
    case progressLabel
    case forecastStatusLabel
    case forecastMethodLabel
    case forecastMethod(String, String, String)
    case forecastPointsLabel
    case slopeLabel
    case predictedLabel
    case valuesCaption(String, String)
    case periodColumn
    case dimensionsColumn
    case valueColumn
    case sourceColumn
    case totalName
    case seriesFrom(String, String)
    case targetSentence(String, String)
    case forecastSentence(String, String, String)
    case chartTitle(String, String)
    case chartLegend
    case rule(Rule)
}

extension Language {
    /// The text in this language.
    func text(_ key: Text) -> String { self == .de ? key.de : key.en }
}
