/// The German texts: the pages are written in German first.
extension Text {
    var de: String {
        switch self {
        case .accessibilityStatement: "Erklärung zur Barrierefreiheit"
        case .accounts: "Konten"
        case .action: "Aktion"
        case .active: "aktiv"
        case .addAFieldOfAction: "Handlungsfeld anlegen"
        case .addAccount: "Konto anlegen"
        case .addNote: "Notiz hinzufügen"
        case .addOrRelabelAStatus: "Status anlegen oder umbenennen"
        case .addOrRenameADepartment: "Fachbereich anlegen oder umbenennen"
        case .addedToTheCatalogue: "In den Katalog aufgenommen"
        case .adoptedBy: "Beschlossen von: "
        case .all: "alle"
        case .allMeasures: "Alle Maßnahmen"
        case .allMeasuresWithInternalNotesRead: "Alle Maßnahmen, mit internen Notizen; nur lesend."
        case .workspaceLeadAdmin: "Alle Maßnahmen; Sie können jede bearbeiten."
        case .assumed: " (angenommen)"
        case .atLeast12Characters: "Mindestens 12 Zeichen"
        case .accessibilityChecksAreIncomplete:
            "Automatische Prüfungen finden nicht alle Barrieren. Wenn Ihnen eine auffällt, schreiben Sie uns bitte."
        case .badRequest: "Ungültige Anfrage"
        case .breadcrumb: "Pfad"
        case .by: "Von"
        case .byDueOn(let p0): " von \(p0), fällig am "
        case .byFieldOfAction: "Nach Handlungsfeld"
        case .byOn(let p0): ", von \(p0) am "
        case .catalogueAndReports: "Katalog und Berichte"
        case .change: "Ändern"
        case .changeHeading: "Änderung"
        case .changeDetails: "Angaben ändern"
        case .changeStatus: "Status ändern"
        case .changed: "Geändert: "
        case .closeRound: "Runde abschließen"
        case .closedOpened: "Abgeschlossen; geöffnet "
        case .code: "Kürzel"
        case .partnerCodesHint: "Kürzel, durch Komma getrennt, z. B. 15, 40"
        case .comparedWith: ", Vergleich mit "
        case .comparedWithEmptyLastReport: "Vergleich mit (leer: letzter Bericht)"
        case .complianceStatus: "Stand der Vereinbarkeit"
        case .confirmMeasureUnchanged(let p0): "Maßnahme \(p0) unverändert bestätigen"
        case .confirmUnchanged: "Unverändert bestätigen"
        case .confirmUnchangedUpdateRound: "Unverändert bestätigen (Aktualisierungsrunde)"
        case .inaccessibleContent: "Nicht barrierefreie Inhalte"
        case .correctionEntryWithdrawn(let p0): "Korrektur: Eintrag #\(p0) zurückgenommen"
        case .council: "Gemeinderat"
        case .councilPaper: "Vorlage"
        case .deactivated: " (deaktiviert)"
        case .department: "Fachbereich"
        case .departmentLowercase: "Fachbereich"
        case .departments: "Fachbereiche"
        case .departmentsCodesComma: "Fachbereiche (Kürzel, Komma)"
        case .description: "Beschreibung"
        case .descriptionLowercase: "Beschreibung"
        case .details: "Einzelheiten: "
        case .done: "erledigt"
        case .downloadTheMissingMeasuresAsCsv: "Offene Maßnahmen als CSV herunterladen"
        case .dueOn: "Fällig am"
        case .eMail: "E-Mail"
        case .eMail2: "E-Mail: "
        case .eMailAddress: "E-Mail-Adresse"
        case .signInFailed: "E-Mail-Adresse oder Passwort stimmen nicht."
        case .editPrefix: "Bearbeiten: "
        case .edit: "Bearbeiten"
        case .editMeasure(let p0): "Maßnahme \(p0) bearbeiten"
        case .effectiveInline: ", wirksam "
        case .effective: "Wirksam"
        case .effectiveFrom: "Gilt ab"
        case .enforcementProcedure: "Durchsetzungsverfahren"
        case .entryDate: "Aufnahmedatum"
        case .error: "Fehler"
        case .everyRecordedChangeOfThisMeasure: "Alle erfassten Änderungen dieser Maßnahme"
        case .feedbackAndContact: "Feedback und Kontakt"
        case .field: "Handlungsfeld"
        case .fieldOfAction: "Handlungsfeld"
        case .fieldOfAction2: "Handlungsfeld"
        case .fieldsOfAction: "Handlungsfelder"
        case .accountDepartmentsHint:
            "Für Fachbereichs-Konten: Kürzel, durch Komma getrennt. Bekannt: "
        case .signInLead:
            "Für Mitarbeitende der Verwaltung und Mitglieder des Gemeinderats. Bürgerinnen und "
                + "Bürger brauchen kein Konto."
        case .goToTheStartPage: "Zur Startseite"
        case .homeLead: "Hier sehen Sie, wo jede Maßnahme der Strategie steht."
        case .historyOfChanges: "Änderungen"
        case .home: "Start"
        case .accessibilityEnforcementAfterSixWeeks(let p0):
            "Wenn Sie auf Ihre Rückmeldung innerhalb von sechs Wochen keine zufriedenstellende "
                + "Antwort erhalten, können Sie sich an \(p0) wenden."
        case .imprint: "Impressum"
        case .inTheCatalogueSince: "Aufgenommen"
        case .internalNotesNotPublic: "Interne Notizen (nicht öffentlich)"
        case .key: "Schlüssel"
        case .kind: "Art"
        case .labelEnglish: "Bezeichnung (englisch)"
        case .labelGerman: "Bezeichnung (deutsch)"
        case .lastUpdated: "Zuletzt aktualisiert: "
        case .lead: "Federführung"
        case .leadDepartment: "Federführung"
        case .leadDepartment2: "Federführung"
        case .log: "Protokoll"
        case .logOfNames: "Protokoll der Namen"
        case .mainNavigation: "Hauptnavigation"
        case .manageUsers: "Benutzer verwalten"
        case .measure: "Maßnahme"
        case .measures: "Maßnahmen"
        case .measureCount(let p0): "\(p0) Maßnahmen"
        case .measuresInFieldsOfAction(let p0, let p1): "\(p0) Maßnahmen in \(p1) Handlungsfeldern."
        case .catalogueTableCaption: "Maßnahmen der Strategie; Spaltenköpfe sortieren"
        case .chartCaption: "Maßnahmen je Handlungsfeld und Status"
        case .missing: "offen"
        case .never: "noch nie"
        case .new: "neu: "
        case .newNote: "Neue Notiz"
        case .newPasswordOptional: "Neues Passwort (optional)"
        case .no: "Nr."
        case .noMeasureMatchesThisFilter: "Keine Maßnahme passt zu diesem Filter."
        case .noMeasures: "Keine Maßnahmen."
        case .noNamesGivenYet: "Noch keine Namen vergeben."
        case .noNotes: "Keine Notizen."
        case .noReportPublishedYet: "Noch kein Bericht veröffentlicht."
        case .noStatus: "ohne Status"
        case .noStatusRecordedYet: "Noch kein Status erfasst."
        case .noUpdateRoundIsOpen: "Es läuft keine Aktualisierungsrunde."
        case .none: "keine"
        case .notAllowed: "Keine Berechtigung"
        case .notFound: "Nicht gefunden"
        case .number: "Nummer"
        case .ofMeasures(let p0, let p1): "\(p0) von \(p1) Maßnahmen"
        case .roundProgress(let p0, let p1):
            "\(p0) von \(p1) Maßnahmen brauchen noch eine Bestätigung oder Aktualisierung."
        case .openANewRound: "Neue Runde öffnen"
        case .openDataApi: "Offene Daten (API)"
        case .openRound: "Runde öffnen"
        case .openSince: "Offen seit "
        case .paper: "Vorlage "
        case .partnerDepartments: "Beteiligte Fachbereiche"
        case .partnerDepartments2: "Beteiligt"
        case .partners: "Beteiligte"
        case .password: "Passwort"
        case .planned: "Geplant"
        case .plannedEnd: "Geplantes Ende"
        case .plannedEnd2: "geplantes Ende"
        case .plannedStart: "Geplanter Beginn"
        case .plannedStart2: "geplanter Beginn"
        case .pleaseCorrect: "Bitte korrigieren"
        case .pleaseEnterSomeText: "Bitte einen Text eingeben."
        case .accessibilityPreparation: "Erstellung dieser Erklärung"
        case .progressPerDepartment: "Stand je Fachbereich"
        case .provider: "Anbieter"
        case .publicPage: "Öffentliche Seite"
        case .publish: "Veröffentlichen"
        case .publishAReport: "Bericht veröffentlichen"
        case .published: "; veröffentlicht "
        case .publishedReportsList(let p0):
            "Veröffentlichte Berichte: \(p0). Ein veröffentlichter Bericht bleibt unverändert abrufbar."
        case .reasonInline: " – Grund: "
        case .reason: "Grund"
        case .recorded: "Erfasst"
        case .remark: "Bemerkung"
        case .removedFromTheCatalogue: "Aus dem Katalog entfernt"
        case .reportingDate: "Stichtag"
        case .reportingDate2: "Stichtag "
        case .reports: "Berichte"
        case .reportsToTheCityCouncil: "Berichte an den Gemeinderat"
        case .resetFilter: "Filter zurücksetzen"
        case .role: "Rolle"
        case .roleAndDepartments: "Rolle und Fachbereiche"
        case .round: "Runde"
        case .runsOnFortschritt:
            "Betrieben mit Fortschritt, freier Software für die öffentliche Steuerung kommunaler Digitalstrategien."
        case .save: "Speichern"
        case .saveNamed(let p0): "\(p0) speichern"
        case .saveDetails: "Angaben speichern"
        case .saveStatus: "Status speichern"
        case .saved: "Gespeichert."
        case .search: "Suche"
        case .show: "Anzeigen"
        case .shownPubliclyEmptyTheReason: "Öffentlich sichtbar; leer: der Grund"
        case .signIn: "Anmelden"
        case .signOut: "Abmelden"
        case .signingInIsLockedForMinutes(let p0):
            "Die Anmeldung ist nach zu vielen Fehlversuchen für \(p0) Minuten gesperrt."
        case .sinceLowercase: "seit"
        case .validSince: "Gilt seit"
        case .sinceInline: " seit "
        case .skipToContent: "Zum Inhalt springen"
        case .software: "Software"
        case .conflictHeading: "Jemand anderes hat diese Maßnahme inzwischen geändert"
        case .chartHeading: "Status der Maßnahmen nach Handlungsfeld"
        case .statusTimeline: "Statusverlauf"
        case .statusToday: "Stand heute"
        case .stillMissing: "Noch offen"
        case .strategyOffice: "Strategiebüro"
        case .accessibilityCommitment(let p0):
            "\(p0) ist bemüht, dieses Angebot barrierefrei zugänglich zu machen, nach der "
                + "Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und der EN 301 549, die die Web "
                + "Content Accessibility Guidelines (WCAG) 2.1 in den Stufen A und AA umsetzt."
        case .thatDidNotWork: "Das hat nicht geklappt."
        case .theDateTheStatusHoldsFrom: "Datum, ab dem der Status gilt"
        case .theDetailsWereSaved: "Die Angaben wurden gespeichert."
        case .chartInWordReports:
            "Die herunterladbaren Berichte im Word-Format enthalten das Diagramm als Grafik; seine "
                + "Aussage steht als Text darunter und in den Tabellen."
        case .theInputIsTooLargeAt(let p0): "Die Eingabe ist zu groß (höchstens \(p0) MB)."
        case .theMeasureWasConfirmedUnchanged: "Die Maßnahme wurde als unverändert bestätigt."
        case .theNoteWasAdded: "Die Notiz wurde hinzugefügt."
        case .conflictAdvice:
            "Die Seite zeigt jetzt den aktuellen Stand. Ihre Eingabe steht noch im Formular: prüfen "
                + "Sie sie und speichern Sie erneut, wenn sie weiterhin gelten soll."
        case .badParameterValue(let p0): "Der Parameter „\(p0)“ hat einen Wert, der nicht passt."
        case .badRequestDetail: "Die Anfrage passt nicht."
        case .theStatusWasSaved: "Der Status wurde gespeichert."
        case .thereHasBeenNoRoundYet: "Es gab noch keine Runde."
        case .thereIsNoSuchPage: "Diese Seite gibt es nicht."
        case .accessibilityCompliance:
            "Diese Website ist mit den Anforderungen weitgehend vereinbar. Jede Seite wird bei jeder "
                + "Änderung der Software automatisch mit axe-core (WCAG 2.1 A und AA) in einem echten "
                + "Browser geprüft, angemeldet und abgemeldet, auch in 320 Pixel Breite; Anmeldung und "
                + "Statusänderung werden allein mit der Tastatur getestet. Die Seiten funktionieren ohne "
                + "JavaScript."
        case .accessibilityAssessment:
            "Die Erklärung beruht auf einer Selbstbewertung mit automatischen und manuellen Tests."
        case .title: "Titel"
        case .title2: "Titel"
        case .tooManyFailedAttemptsPleaseWait(let p0):
            "Zu viele Fehlversuche. Bitte warten Sie \(p0) Sekunden und versuchen Sie es erneut."
        case .updateRound: "Aktualisierungsrunde"
        case .updateRoundOpenDueOn: "Aktualisierungsrunde läuft, fällig am "
        case .users: "Benutzer"
        case .whenTheChangeTakesEffect: "Ab wann die Änderung gilt"
        case .withdrawn: " (zurückgenommen)"
        case .workspace: "Arbeitsbereich"
        case .youAreNotAllowedToDo: "Dafür fehlt Ihnen die Berechtigung."
        case .accessibilityFeedback:
            "Sie können uns Mängel in der Barrierefreiheit mitteilen oder Informationen in "
                + "barrierefreier Form anfordern: "
        case .conflictNothingOverwritten:
            "Ihre Eingabe wurde nicht gespeichert; nichts wurde überschrieben. Diese Änderungen kamen hinzu:"
        case .yourMeasures: "Ihre Maßnahmen"
        case .requiredFor(let p0): "Pflicht bei: \(p0)"
        case .measuresLedBy(let p0): "Maßnahmen unter Federführung von \(p0)."
        case .confirmedBy(let p0): "bestätigt von \(p0)"
        case .updatedBy(let p0): "aktualisiert von \(p0)"
        case .reportHTML: "Bericht (HTML)"
        case .reportWord: "Bericht (Word, DOCX)"
        case .reportMarkdown: "Bericht (Markdown)"
        case .annexCatalogueCSV: "Anlage 1: Maßnahmenkatalog (CSV)"
        case .annexStatusChangesCSV: "Anlage 2: Statusänderungen (CSV)"
        case .noMeasure(let p0): "Es gibt keine Maßnahme \(p0)."
        case .languagesAre: "Sprachen: de, en."
        case .noSuchAccount: "Dieses Konto gibt es nicht."
        case .mayNoLongerEdit(let p0): "Sie dürfen die Maßnahme \(p0) nicht mehr bearbeiten."
        case .onlyStrategyOffice: "Nur das Strategiebüro (Administration) darf das."
        case .measureLedByOther(let p0, let p1):
            "Die Maßnahme \(p0) liegt in der Federführung von \(p1); Sie dürfen sie nicht bearbeiten."
        case .formFromAnotherSite(let p0): "Das Formular wurde von einer anderen Website gesendet (\(p0))."
        case .formExpired:
            "Das Formular ist abgelaufen oder kam von anderswo. Bitte laden Sie die Seite neu und "
                + "versuchen Sie es erneut."
        case .notAMeasureNumber(let p0): "„\(p0)“ ist keine Maßnahmennummer."
        case .expectedOneValue: "Dieses Feld braucht genau einen Wert."
        case .formUnreadable(let p0): "Das Formular lässt sich nicht lesen: \(p0)"
        case .administration: "Verwaltung"
        case .administrationNavigation: "Verwaltung"
        case .outbox: "Postausgang"
        case .outboxDelivering: "Nachrichten werden über den eingestellten SMTP-Server zugestellt."
        case .outboxNotDelivering:
            "Es ist kein SMTP-Server eingestellt (serve --smtp-url): Nachrichten werden nicht versendet und "
                + "stehen nur hier."
        case .outboxEmpty: "Der Postausgang ist leer."
        case .outboxMessages: "Nachrichten, die neuesten zuerst"
        case .outboxQueued: "Erstellt"
        case .outboxState: "Stand"
        case .outboxMessage: "Nachricht"
        case .outboxTo(let p0): "An: \(p0)"
        case .outboxText: "Text"
        case .outboxSent(let p0): "zugestellt \(p0); Adresse und Text gelöscht"
        case .outboxFailed(let p0, let p1): "aufgegeben nach \(p0) Versuchen: \(p1)"
        case .outboxWaiting: "wartet"
        case .outboxRetrying(let p0, let p1): "wartet (\(p0) Versuche bisher; zuletzt: \(p1))"
        case .strategies: "Strategien"
        case .strategiesLead: "Die Strategien der Stadt, ihre Maßnahmen und ihre Texte mit allen Fassungen."
        case .strategyNothingPublished: "Noch nichts veröffentlicht."
        case .textLatest(let p0, let p1): "\(p0) (Fassung \(p1))"
        case .textVersion(let p0): "Fassung \(p0)"
        case .textVersionOf(let p0, let p1): "Fassung \(p0) von \(p1) veröffentlichten Fassungen"
        case .textVersionNote: "Was sich geändert hat: "
        case .textVersions: "Fassungen"
        case .textPublishedOn: "Veröffentlicht am "
        case .discussionOpen: "Die Beteiligung läuft: "
        case .discussionUpcoming: "Die Beteiligung beginnt bald: "
        case .discussionClosed: "Die Beteiligung ist beendet: "
        case .compareFrom: "Vergleichen von"
        case .compareTo: "mit"
        case .compare: "Vergleichen"
        case .linkToSection(let p0): "Link zu diesem Abschnitt (\(p0))"
        case .servesMeasures: "Umgesetzt durch Maßnahme "
        case .comparisonTitle(let p0, let p1): "Fassung \(p0) und \(p1) im Vergleich"
        case .comparisonSummary(let p0, let p1, let p2, let p3):
            "\(p0) Abschnitte geändert, \(p1) neu, \(p2) entfallen, \(p3) verschoben."
        case .comparisonLegend:
            "Gestrichener Text ist als „gelöscht“ markiert, neuer Text als „eingefügt“; "
                + "jeder Abschnitt nennt, was mit ihm geschah."
        case .blockUnchanged: "unverändert"
        case .blockChanged: "geändert"
        case .blockAdded: "neu"
        case .blockRemoved: "entfällt"
        case .blockMoved: "verschoben"
        case .inserted: "[eingefügt:] "
        case .deleted: "[gelöscht:] "
        case .noTextVersion(let p0): "Es gibt keine veröffentlichte Fassung \(p0)."
        case .servedGoals: "Ziele der Strategie"
        case .servedGoalsLead: "Diese Maßnahme setzt folgende Abschnitte um:"
        case .discussionOf(let p0): "Diskussion zum Abschnitt „\(p0)“"
        case .agreementCounts(let p0, let p1): "Zustimmung: \(p0), Ablehnung: \(p1)"
        case .comments(let p0): "Kommentare (\(p0))"
        case .noCommentsYet: "Noch keine Kommentare."
        case .discussionNotOpenHere: "Diese Fassung ist nicht (mehr) zur Diskussion geöffnet."
        case .signInToComment: "Melden Sie sich an, um zu kommentieren oder zuzustimmen."
        case .unsubscribeTitle: "Benachrichtigungen abbestellen"
        case .unsubscribeAll: "Sie erhalten dann keine E-Mails mehr von uns, außer zur Bestätigung einer Adresse."
        case .unsubscribeFollow(let p0): "Sie folgen dann nicht mehr: \(p0)."
        case .unsubscribeButton: "Jetzt abbestellen"
        case .unsubscribed: "Abbestellt. Sie können Ihre Benachrichtigungen in Ihrem Konto wieder einrichten."
        case .unsubscribeLinkInvalid: "Dieser Abbestell-Link ist ungültig."
        case .followNewVersion(let p0, let p1): "Neue Fassung \(p1) von „\(p0)“"
        case .followNewContribution(let p0, let p1): "Neuer Beitrag \(p1) zu Abschnitt \(p0)"
        case .followStatusChange(let p0, let p1): "Maßnahme \(p0): Status jetzt „\(p1)“"
        case .followDigestSubject(let p0): "Ihre tägliche Übersicht: \(p0) Neuigkeiten"
        case .followMailFooter(let p0): "Sie erhalten diese E-Mail, weil Sie dem folgen. Ändern oder beenden: \(p0)"
        case .followHeading: "Benachrichtigungen"
        case .followExplanation: "Erhalten Sie eine E-Mail, wenn sich hier etwas ändert."
        case .followFrequencyLabel: "Wie oft?"
        case .followImmediate: "sofort"
        case .followDaily: "täglich gesammelt"
        case .followButton: "Folgen"
        case .myFollows: "Dem folgen Sie"
        case .noFollows:
            "Sie folgen noch nichts. Folgen können Sie einer Strategie, einem Abschnitt oder einer Maßnahme "
                + "auf deren Seite."
        case .unfollowButton: "Nicht mehr folgen"
        case .changeFrequency: "Ändern"
        case .followTargetStrategy(let p0): "Strategie „\(p0)“ (neue Fassungen)"
        case .followTargetBlock(let p0, let p1): "Abschnitt \(p1) von „\(p0)“ (neue Beiträge)"
        case .followTargetMeasure(let p0): "Maßnahme \(p0) (Statusänderungen)"
        case .yourAgreement(let p0):
            p0 == "agree" ? "Sie stimmen diesem Abschnitt zu." : "Sie lehnen diesen Abschnitt ab."
        case .noAgreementYet: "Stimmen Sie diesem Abschnitt zu?"
        case .agree: "Zustimmen"
        case .disagree: "Ablehnen"
        case .quoteLabel: "Zitat (optional)"
        case .quoteHint: "Die Worte aus dem Abschnitt, auf die Sie sich beziehen: abtippen oder einfügen"
        case .commentLabel: "Ihr Kommentar"
        case .replyLabel: "Ihre Antwort"
        case .sendComment: "Kommentar senden"
        case .sendReply: "Antwort senden"
        case .participantWithoutName: "Teilnehmer:in (ohne Namen)"
        case .contributionNumber(let p0): "Beitrag \(p0)"
        case .reply: "Antworten"
        case .commentOn: "Kommentieren"
        case .onEarlierVersions(let p0): "Kommentare zu früheren Fassungen (\(p0))"
        case .fateUnchanged: "Der kommentierte Text ist unverändert."
        case .fateTextChanged(let p0, let p1): "Text geändert: aus „\(p0)“ wurde „\(p1)“."
        case .fateEarlierVersion: "Die zitierten Worte gibt es in dieser Fassung nicht mehr."
        case .readComments: "Diskussion"
        case .commentOnSection(let p0, let p1): "\(p0): Abschnitt \(p1)"
        case .blockCounts(let p0, let p1, let p2): "\(p0) Kommentare, \(p1) Zustimmung, \(p2) Ablehnung"
        case .register: "Registrieren"
        case .takePart: "Mitmachen"
        case .staffSignIn: "Verwaltung"
        case .participantSignIn: "Anmelden zum Mitmachen"
        case .participantSignInLead: "Noch kein Konto? Registrieren Sie sich mit Ihrer E-Mail-Adresse."
        case .confirmAddressFirst: "Bitte bestätigen Sie zuerst Ihre Adresse über den Link in unserer E-Mail."
        case .registerLead:
            "Mit einem Konto können Sie Fassungen der Strategie kommentieren und bewerten. Wir fragen nur, was "
                + "dafür nötig ist; öffentlich erscheint nur Ihr Anzeigename."
        case .registerButton: "Registrieren"
        case .registrationSent:
            "Danke. Wir haben eine Nachricht an die angegebene Adresse geschickt. Bitte bestätigen Sie Ihre Adresse "
                + "über den Link darin; er gilt 48 Stunden."
        case .displayName: "Anzeigename"
        case .displayNameHint: "Öffentlich sichtbar bei Ihren Beiträgen, z. B. Vorname oder ein Pseudonym"
        case .consents: "Einwilligungen"
        case .consentToProcess:
            "Ich willige ein, dass die Stadt meine Adresse und meine Beiträge zur Durchführung der Beteiligung "
                + "verarbeitet (erforderlich)."
        case .consentToPublish: "Meine Beiträge dürfen unter meinem Anzeigenamen veröffentlicht werden (freiwillig)."
        case .confirmAddress: "Adresse bestätigen"
        case .confirmAddressLead: "Bitte bestätigen Sie, dass diese Adresse Ihnen gehört."
        case .addressConfirmed: "Ihre Adresse ist bestätigt. Sie können sich jetzt anmelden und mitmachen."
        case .confirmationInvalid:
            "Dieser Link gilt nicht (mehr). Er ist 48 Stunden gültig und lässt sich einmal verwenden; "
                + "registrieren Sie sich bei Bedarf erneut."
        case .confirmMailSubject: "Bitte bestätigen Sie Ihre E-Mail-Adresse"
        case .confirmMailBody(let p0, let p1):
            "Guten Tag,\n\nSie haben sich für die Beteiligung an der Strategie registriert. Bitte bestätigen Sie "
                + "Ihre Adresse über diesen Link (\(p1) Stunden gültig):\n\n\(p0)\n\nWenn Sie sich nicht registriert "
                + "haben, ignorieren Sie diese Nachricht; die Registrierung verfällt dann."
        case .alreadyRegisteredMailSubject: "Sie haben bereits ein Konto"
        case .alreadyRegisteredMailBody:
            "Guten Tag,\n\nmit dieser Adresse wurde erneut eine Registrierung versucht. Sie haben bereits ein Konto; "
                + "es wurde nichts geändert. Wenn Sie das nicht waren, können Sie diese Nachricht ignorieren."
        case .lockMailSubject: "Anmeldung gesperrt"
        case .lockMailBody(let p0, let p1):
            "Nach \(p0) fehlgeschlagenen Anmeldeversuchen ist die Anmeldung an Ihrem Konto für \(p1) "
                + "Minuten gesperrt. Die Versuche kamen von einem Gerät, von dem aus Sie sich noch nie angemeldet "
                + "haben; dort, wo Sie sich zuletzt angemeldet haben, können Sie sich weiter anmelden.\n\n"
                + "Wenn Sie das nicht waren, versucht jemand, Ihr Passwort zu erraten. Wählen Sie ein langes "
                + "Passwort, das Sie nirgends sonst verwenden, und wenden Sie sich an das Strategiebüro."
        case .onlyModerators:
            "Das dürfen nur Moderatorinnen, Moderatoren und das Strategiebüro."
        case .moderation:
            "Moderation"
        case .moderationQueues:
            "Ansichten der Moderation"
        case .queueOpen:
            "Offen"
        case .queueKept:
            "Behalten"
        case .queueHidden:
            "Ausgeblendet"
        case .queueEmpty:
            "Hier ist nichts."
        case .reportedBecause(let p0):
            "Gemeldet: \(p0)"
        case .moderateContribution(let p0):
            "Beitrag \(p0) prüfen"
        case .author:
            "Verfasst von"
        case .state:
            "Zustand"
        case .place:
            "Stelle im Text"
        case .reportsOfContribution(let p0):
            "Meldungen (\(p0))"
        case .noReports:
            "Keine Meldungen."
        case .approve:
            "Freigeben"
        case .keepContribution:
            "Behalten (Meldungen erledigt)"
        case .showAgain:
            "Wieder einblenden"
        case .hideReason:
            "Grund für das Ausblenden"
        case .hideReasonHint:
            "Wird öffentlich an Stelle des Beitrags gezeigt und der Verfasserin oder dem Verfasser per E-Mail "
                + "mitgeteilt."
        case .hideContribution:
            "Ausblenden"
        case .redactPassage:
            "Stelle schwärzen"
        case .redactHint:
            "Genau wie im Beitrag, z. B. Namen oder Adressen anderer. Die Stelle wird durch […] ersetzt; das "
                + "Protokoll vermerkt nur, dass und von wem geschwärzt wurde."
        case .redact:
            "Schwärzen"
        case .participants:
            "Teilnehmende"
        case .badgeExplanation:
            "Organisationen und Fachleute können gekennzeichnet werden; die Kennzeichnung steht neben ihrem "
                + "Namen. Adressen sehen Sie hier nicht."
        case .searchByName:
            "Nach Anzeigenamen suchen"
        case .noParticipantsFound:
            "Keine Teilnehmenden gefunden."
        case .registeredOn:
            "Registriert"
        case .contributionCount:
            "Beiträge"
        case .badge:
            "Kennzeichnung"
        case .noBadge:
            "keine"
        case .badgeOf(let p0):
            "Kennzeichnung von \(p0)"
        case .badgeOrganisation:
            "Organisation"
        case .badgeExpert:
            "Fachperson"
        case .formerParticipant(let p0):
            "Ehemalige:r Teilnehmende:r \(p0)"
        case .hiddenByModeration(let p0):
            "Von der Moderation ausgeblendet. Grund: \(p0)"
        case .withdrawnByAuthor:
            "Von der Verfasserin oder dem Verfasser gelöscht."
        case .awaitingApproval:
            "Wartet auf Freigabe"
        case .stateVisible:
            "sichtbar"
        case .stateHidden:
            "ausgeblendet"
        case .reportContribution(let p0):
            "Beitrag \(p0) melden"
        case .reportReceived:
            "Danke. Ihre Meldung ist eingegangen; die Moderation prüft den Beitrag."
        case .backToContribution:
            "Zurück zum Beitrag"
        case .reportExplanation:
            "Melden Sie Beiträge, die gegen die Regeln der Beteiligung verstoßen (z. B. Beleidigungen oder "
                + "persönliche Daten anderer). Nur die Moderation sieht Ihre Meldung."
        case .reportReason:
            "Grund der Meldung"
        case .sendReport:
            "Meldung senden"
        case .contributionAwaitsApproval(let p0):
            "Danke. Ihr Beitrag \(p0) wird nach Prüfung durch die Moderation veröffentlicht."
        case .moderatorRole:
            "Moderation"
        case .moderatorsWorkspace:
            "Sie moderieren die Beteiligung."
        case .hiddenMailSubject(let p0):
            "Ihr Beitrag \(p0) wurde ausgeblendet"
        case .hiddenMailBody(let p0, let p1, let p2):
            "Guten Tag,\n\nIhr Beitrag \(p0) wurde von der Moderation ausgeblendet. Der Grund:\n\n\(p1)\n\nDer "
                + "Beitrag ist nicht gelöscht; an seiner Stelle steht öffentlich der Grund:\n\n\(p2)\n\nWenn Sie "
                + "meinen, dass das ein Irrtum ist, antworten Sie bitte auf diese Nachricht."
        case .myAccount:
            "Mein Konto"
        case .emailAddress:
            "E-Mail-Adresse"
        case .consentToPublishLabel:
            "Veröffentlichung unter dem Anzeigenamen"
        case .givenOn(let p0):
            "erteilt am \(p0)"
        case .notGiven:
            "nicht erteilt (Beiträge erscheinen ohne Namen)"
        case .yourData:
            "Ihre Daten"
        case .downloadExplanation:
            "Sie können alles herunterladen, was wir über Sie gespeichert haben: Konto, Einwilligungen, "
                + "Beiträge mit vollem Text, Zustimmungen, Meldungen und den Verlauf Ihres Kontos (JSON)."
        case .downloadData:
            "Meine Daten herunterladen (JSON)"
        case .deleteAccount:
            "Konto löschen"
        case .deleteExplanation:
            "Ihre E-Mail-Adresse, Ihr Anzeigename und Ihr Passwort werden gelöscht. Ihre Beiträge "
                + "bleiben unter einem Pseudonym („Ehemalige:r Teilnehmende:r“ mit Nummer) stehen, damit "
                + "die Diskussion lesbar bleibt – es sei denn, Sie löschen sie mit."
        case .deleteContributionsToo:
            "Auch meine Beiträge löschen (ihr Text wird entfernt)"
        case .confirmWithPassword:
            "Zur Bestätigung: Ihr Passwort"
        case .deleteAccountNow:
            "Konto endgültig löschen"
        case .accountDeleted:
            "Konto gelöscht"
        case .accountDeletedWithContributions:
            "Ihr Konto und Ihre Beiträge wurden gelöscht."
        case .accountDeletedContributionsKept:
            "Ihr Konto wurde gelöscht. Ihre Beiträge stehen weiter unter einem Pseudonym."
        case .passwordWrong:
            "Das Passwort stimmt nicht."
        case .earlierCount(let p0): "\(p0) zu früheren Fassungen"
        case .editDraftOf(let p0):
            "Nächste Fassung: \(p0)"
        case .draftFollows(let p0):
            "Der Entwurf wird Fassung \(p0) fortschreiben; Abschnitte ohne Kennung werden den "
                + "Abschnitten dieser Fassung zugeordnet."
        case .firstVersion:
            "Es gibt noch keine veröffentlichte Fassung."
        case .noDraftYet:
            "Noch ist kein Entwurf gespeichert; das Feld zeigt den Text der letzten Fassung."
        case .draftSaved:
            "Entwurf gespeichert"
        case .versionTitle:
            "Titel der Fassung"
        case .whatChanged:
            "Was sich gegenüber der letzten Fassung geändert hat"
        case .draftMarkdown:
            "Text (Markdown)"
        case .draftMarkdownHint:
            "Überschriften mit #, Absätze durch Leerzeilen getrennt, Listenpunkte mit -. Am Ende eines "
                + "Abschnitts: {#kennung} für seine Kennung, {measures=1.4,2.3} für die Maßnahmen, denen "
                + "er dient. Kennungen bleiben über alle Fassungen gleich."
        case .checkMatching:
            "Zuordnung prüfen"
        case .saveDraftAsChecked:
            "Entwurf so speichern"
        case .matchingHeading:
            "Zuordnung der Abschnitte"
        case .matchingExplanation:
            "So wird der Entwurf gespeichert. Geänderte Abschnitte behalten ihre Kennung, damit ihre "
                + "Kommentare ihnen folgen; prüfen Sie die Zuordnung, bevor Sie speichern. Ändern Sie "
                + "den Text danach, wird erneut geprüft."
        case .line:
            "Zeile"
        case .blockID:
            "Kennung"
        case .matchedAs:
            "Zuordnung"
        case .blockText:
            "Text"
        case .matchRemoved:
            "entfällt (bleibt in früheren Fassungen)"
        case .matchUnchanged:
            "unverändert"
        case .matchEdited(let p0):
            "geändert (\(p0) % gleich)"
        case .matchGiven:
            "Kennung angegeben"
        case .matchNew:
            "neu"
        case .publishDraft:
            "Entwurf veröffentlichen"
        case .publishDraftExplanation:
            "Eine veröffentlichte Fassung ändert sich nie mehr. Mit Beginn und Ende wird sie in dieser "
                + "Zeit zur Diskussion gestellt; mit Vormoderation erscheinen Beiträge erst nach Freigabe."
        case .discussionOpens:
            "Diskussion ab"
        case .discussionCloses:
            "Diskussion bis"
        case .preModerationLabel:
            "Vormoderation: Beiträge erst nach Freigabe zeigen"
        case .publishDraftNow:
            "Jetzt veröffentlichen"
        case .strategyTexts:
            "Strategietexte"
        case .noPublishedVersion:
            "noch keine Fassung"
        case .textChangedSinceCheck:
            "Der Text wurde seit der Prüfung geändert. Bitte prüfen Sie die neue Zuordnung und speichern Sie dann."
        case .decisionsOf(let p0, let p1):
            "Abwägung: \(p0), Fassung \(p1)"
        case .decisionsSummary(let p0, let p1, let p2):
            "\(p0) Beiträge, \(p1) mit vorbereiteter Entscheidung, \(p2) davon noch nicht veröffentlicht."
        case .publishDecisionsExplanation:
            "Veröffentlicht alle vorbereiteten Entscheidungen dieser Fassung zugleich; wer den Beitrag "
                + "geschrieben hat, erhält eine E-Mail."
        case .publishDecisions(let p0):
            "\(p0) Entscheidungen veröffentlichen"
        case .sectionNamed(let p0):
            "Abschnitt \(p0)"
        case .chooseContribution(let p0):
            "Beitrag \(p0) auswählen"
        case .preparedDecision(let p0):
            "Vorbereitet: \(p0)"
        case .notYetPublished:
            "noch nicht veröffentlicht"
        case .decisionForChosen:
            "Entscheidung für die ausgewählten Beiträge"
        case .outcomeLabel:
            "Ergebnis"
        case .decisionReason:
            "Begründung"
        case .decisionReasonHint:
            "Pflicht außer bei „berücksichtigt“. Wird mit der Entscheidung veröffentlicht."
        case .appliedInLabel:
            "Umgesetzt in"
        case .notApplied:
            "(keinem Abschnitt)"
        case .placeLabel(let p0, let p1):
            "Fassung \(p0), Abschnitt \(p1)"
        case .prepareDecision:
            "Für die ausgewählten Beiträge vorbereiten"
        case .decisions:
            "Abwägung"
        case .decisionMailSubject(let p0):
            "Entscheidung zu Ihrem Beitrag \(p0)"
        case .decisionMailBody(let p0, let p1, let p2):
            "Guten Tag,\n\nzu Ihrem Beitrag \(p0) hat die Stadt entschieden: \(p1).\n\nDer Beitrag und "
                + "die Entscheidung: \(p2)"
        case .cityDecision(let p0):
            "Entscheidung der Stadt: \(p0)"
        case .appliedInPlace(let p0, let p1):
            "umgesetzt in Fassung \(p0), Abschnitt \(p1)"
        case .ledToThisChange:
            "Beiträge, die zu dieser Änderung geführt haben:"
        case .outcome(let outcome):
            switch outcome {
            case .open: "offen"
            case .inReview: "in Prüfung"
            case .adopted: "berücksichtigt"
            case .partlyAdopted: "teilweise berücksichtigt"
            case .notAdopted: "nicht berücksichtigt"
            case .noted: "zur Kenntnis genommen"
            }
        case .editorDecisionsHint:
            "Abwägung: Entscheidungen zu Beiträgen auf Abschnitte, die Ihren Maßnahmen dienen"
        case .decisionPublished: "veröffentlicht"
        case .receiptMailSubject(let p0):
            "Ihr Beitrag \(p0) ist eingegangen"
        case .receiptMailBody(let p0, let p1, let p2, let p3):
            "Guten Tag,\n\nwir haben Ihren Beitrag \(p0) zu Abschnitt \(p1) der Fassung \(p2) erhalten. "
                + "Er hat die Nummer \(p0); Sie finden ihn hier:\n\n\(p3)\n\nWenn die Stadt über ihn "
                + "entschieden hat, erhalten Sie eine Nachricht."
        case .receiptPending:
            "In dieser Phase prüft die Moderation Beiträge, bevor sie erscheinen."
        case .replyMailSubject(let p0):
            "Antwort auf Ihren Beitrag \(p0)"
        case .replyMailBody(let p0, let p1):
            "Guten Tag,\n\nauf Ihren Beitrag \(p0) hat jemand geantwortet:\n\n\(p1)"
        case .decisionTableOf(let p0, let p1):
            "Abwägungstabelle: \(p0), Fassung \(p1)"
        case .decisionTableExplanation:
            "Jeder Beitrag zu dieser Fassung mit der veröffentlichten Entscheidung der Stadt, ihrer "
                + "Begründung und der Stelle, an der er umgesetzt wurde. Beiträge ohne veröffentlichte "
                + "Entscheidung stehen als „offen“."
        case .variantFull:
            "Vollständig"
        case .variantAnonymised:
            "Ohne Namen von Privatpersonen"
        case .variantWithoutText:
            "Ohne Text der Beiträge (und ohne Namen)"
        case .downloadCSV:
            "Diese Ansicht als CSV herunterladen"
        case .downloadDOCX:
            "Diese Ansicht als Word-Dokument (DOCX) herunterladen"
        case .discussedFromTo(let p0, let p1):
            "Beteiligung vom \(p0) bis \(p1)"
        case .tableVariantNote(let p0):
            "Ansicht: \(p0)."
        case .annexToPaper(let p0):
            "Anlage zur Vorlage \(p0)."
        case .receivedColumn:
            "Eingang"
        case .referenceColumn:
            "Bezug"
        case .quotedPlace(let p0, let p1):
            "\(p0): „\(p1)“"
        case .tableLaidBeforeCouncil:
            "Dem Gemeinderat vorgelegt"
        case .tablePublishedWith(let p0):
            "Mit der Vorlage \(p0) veröffentlicht am "
        case .tableFrozenExplanation:
            "Diese Dateien bleiben, wie sie veröffentlicht wurden (ohne Namen von Privatpersonen); die Ansichten "
                + "oben zeigen den heutigen Stand."
        case .formatWord:
            "Word-Dokument (DOCX)"
        case .formatCSV:
            "Tabelle (CSV)"
        case .formatHTML:
            "Webseite (HTML)"
        case .checksumSHA256(let p0):
            "SHA-256: \(p0)"
        case .publishTableHeading:
            "Abwägungstabelle dem Gemeinderat vorlegen"
        case .publishTableExplanation:
            "Veröffentlicht die Tabelle ohne Namen von Privatpersonen als DOCX, CSV und HTML, als Dateien der "
                + "gewählten Vorlage (auch über OParl). Was veröffentlicht ist, ändert sich nicht mehr. Einmal je "
                + "Fassung, nach dem Ende der Diskussion und wenn jeder Beitrag eine veröffentlichte abschließende "
                + "Entscheidung hat."
        case .publishTable:
            "Tabelle veröffentlichen"
        case .noPaperYet:
            "Es gibt noch keine Vorlage; legen Sie sie zuerst an (fortschritt council add-paper)."
        case .rowNumber:
            "Nr."
        case .channel:
            "Kanal"
        case .date:
            "Datum"
        case .textVersionColumn:
            "Fassung"
        case .quotedWords:
            "Zitat"
        case .contributionColumn:
            "Beitrag"
        case .privatePerson:
            "Privatperson"
        case .decisionTable:
            "Abwägungstabelle"
        case .adoptedOn:
            "Vom Gemeinderat beschlossen am "
        case .adoptionDate:
            "Beschlossen am"
        case .adoptionHint:
            "Erst möglich, wenn jeder Beitrag zur Fassung davor eine veröffentlichte abschließende Entscheidung hat."
        case .recordAdoption:
            "Beschluss eintragen"
        case .blockChangedMailSubject(let p0, let p1):
            "Ihr Beitrag \(p0): Fassung \(p1) ist erschienen"
        case .blockChangedMailBody(let p0, let p1, let p2, let p3):
            "Guten Tag,\n\nder Abschnitt \(p1), zu dem Sie Beitrag \(p0) geschrieben haben, ist in "
                + "Fassung \(p2) geändert. Ihr Beitrag steht dort unter „Kommentare zu früheren "
                + "Fassungen“, mit altem und neuem Wortlaut:\n\n\(p3)"
        case .blockGoneMailBody(let p0, let p1, let p2, let p3):
            "Guten Tag,\n\nder Abschnitt \(p1) oder die Worte, auf die sich Ihr Beitrag \(p0) bezieht, "
                + "stehen in Fassung \(p2) nicht mehr. Ihr Beitrag bleibt bei der früheren Fassung "
                + "erhalten:\n\n\(p3)"
        case .recordEvent:
            "Veranstaltung eintragen"
        case .eventFormatLabel:
            "Format"
        case .eventPlace:
            "Ort"
        case .eventAttendees:
            "Teilnehmende"
        case .eventAttendeesHint:
            "Nur die Zahl, keine Namen."
        case .eventMinutes:
            "Protokoll"
        case .eventsHeading:
            "Veranstaltungen zu dieser Fassung"
        case .attendeesCount(let p0):
            "\(p0) Teilnehmende"
        case .eventFormat(let format):
            switch format {
            case .workshop: "Werkstatt"
            case .citizensForum: "Bürgerforum"
            case .expertTalk: "Fachgespräch"
            case .onlineSurvey: "Online-Umfrage"
            }
        case .channelName(let value):
            switch value {
            case .online: "online"
            case .letter: "Brief"
            case .email: "E-Mail"
            case .event: "Veranstaltung"
            case .dataPlatform: "Datenplattform"
            }
        case .entriesOf(let p0, let p1):
            "Eingaben zu „\(p0)“, Fassung \(p1)"
        case .entriesExplanation:
            "Beiträge, die per Brief, E-Mail oder in einer Veranstaltung eingegangen sind, erfassen Sie hier mit "
                + "Kanal und Quelle. Sie stehen wie Online-Beiträge an ihrem Abschnitt und erhalten Entscheidungen "
                + "wie diese."
        case .enterContribution:
            "Eingabe erfassen"
        case .receivedOnLabel:
            "Eingegangen am"
        case .eventLabel:
            "Veranstaltung"
        case .eventHint:
            "Nur für den Kanal „Veranstaltung“; es gilt dann das Datum der Veranstaltung."
        case .noEvent:
            "keine"
        case .sourceLabel:
            "Quelle"
        case .sourceHint:
            "Öffentlich sichtbar und ohne Namen von Privatpersonen, zum Beispiel „Brief vom 3. März“."
        case .organisationLabel:
            "Absendende Organisation"
        case .organisationHint:
            "Nur Organisationen werden genannt. Privatpersonen bleiben ohne Namen; keine Anschrift wird gespeichert."
        case .enteredContributions:
            "Erfasste Eingaben"
        case .noEnteredContributions:
            "Noch keine Eingaben erfasst."
        case .enterEntriesLink:
            "Eingaben per Brief, E-Mail oder aus Veranstaltungen erfassen"
        case .receivedVia(let p0, let p1):
            "Eingang per \(p0): \(p1)"
        case .expertRole:
            "Expertin/Experte"
        case .reviews:
            "Bewertungen"
        case .reviewsOf(let p0, let p1):
            "Bewertungen zu „\(p0)“, Fassung \(p1)"
        case .reviewsExplanation:
            "Bewerten Sie Akzeptanz und Praxistauglichkeit – eines Abschnitts oder der ganzen Fassung – auf der "
                + "Skala von 1 (sehr gering) bis 5 (sehr hoch), mit Begründung. Ihre Bewertungen bleiben intern, "
                + "bis das Strategiebüro sie veröffentlicht; bis dahin können Sie sie ändern."
        case .reviewSubject:
            "Gegenstand"
        case .wholeVersion:
            "die ganze Fassung"
        case .acceptance:
            "Akzeptanz"
        case .practicality:
            "Praxistauglichkeit"
        case .ratingLabel(let p0):
            switch p0 {
            case 1: "1 – sehr gering"
            case 2: "2 – gering"
            case 3: "3 – mittel"
            case 4: "4 – hoch"
            default: "5 – sehr hoch"
            }
        case .submitReview:
            "Bewertung speichern"
        case .yourReviews:
            "Ihre Bewertungen"
        case .allReviews:
            "Alle Bewertungen"
        case .noReviews:
            "Noch keine Bewertungen."
        case .chooseReview(let p0):
            "Bewertung \(p0) auswählen"
        case .publishReviews:
            "Ausgewählte Bewertungen veröffentlichen"
        case .reviewInternal:
            "intern, nicht veröffentlicht"
        case .reviewPublic:
            "veröffentlicht"
        case .expertReviewsHeading:
            "Bewertungen von Expertinnen und Experten"
        case .ratingSummary(let p0, let p1):
            "Akzeptanz \(p0) von 5, Praxistauglichkeit \(p1) von 5"
        case .noPublishedVersionToReview:
            "Es gibt noch keine veröffentlichte Fassung zum Bewerten."
        case .figuresHeading:
            "Beteiligung in Zahlen"
        case .figuresSummary(let p0, let p1, let p2):
            "\(p0) Teilnehmende, \(p1) Beiträge, \(p2) veröffentlichte Bewertungen von Expertinnen und Experten."
        case .figuresChartTitle:
            "Beiträge nach Kanal und Entscheidung"
        case .totalColumn:
            "Summe"
        case .agreementPerBlock:
            "Beiträge und Zustimmung je Abschnitt"
        case .agreeColumn:
            "Zustimmung"
        case .disagreeColumn:
            "Ablehnung"
        case .contributionsColumn:
            "Beiträge"
        case .ratingsCaption:
            "Veröffentlichte Bewertungen von Expertinnen und Experten (Skala 1 bis 5)"
        case .aspectColumn:
            "Gesichtspunkt"
        case .meanColumn:
            "Mittelwert"
        case .reviewCountColumn:
            "Bewertungen"
        case .feedVersions(let p0):
            "\(p0): Fassungen des Strategietexts"
        case .feedDecisions(let p0):
            "\(p0): veröffentlichte Entscheidungen zu Beiträgen"
        case .feedStatusChanges(let p0):
            "\(p0): Statusänderungen der Maßnahmen"
        case .feedFieldStatusChanges(let p0, let p1):
            "Statusänderungen im Handlungsfeld \(p0). \(p1)"
        case .feedMeasureStatusChanges(let p0, let p1):
            "Statusänderungen der Maßnahme \(p0) \(p1)"
        case .feedDecisionTitle(let p0, let p1, let p2, let p3):
            "Beitrag \(p0) (Fassung \(p1), Abschnitt \(p2)): \(p3)"
        case .feedDiscussionPhase(let p0, let p1):
            "Beteiligung vom \(p0) bis zum \(p1)."
        case .feedStatusSince(let p0, let p1):
            "Status „\(p0)“ seit \(p1)."
        case .noFieldOfAction(let p0):
            "Es gibt kein Handlungsfeld \(p0)."
        case .reportParticipation:
            "Beteiligung zu einer Fassung aufnehmen (Zahlen und Entscheidungen)"
        case .publicationTime:
            "Zeitpunkt (leer: sofort)"
        case .publicationTimeHint:
            "Datum und Uhrzeit, deutsche Zeit. Dann werden genau die hier gezeigten Entscheidungen "
                + "veröffentlicht, wie sie jetzt vorbereitet sind."
        case .scheduledPublications:
            "Vorgesehene Veröffentlichungen"
        case .scheduledPublication(let p0, let p1, let p2):
            "\(p0) Entscheidungen am \(p1), vorgesehen von \(p2)"
        case .cancelPublication(let p0):
            "Veröffentlichung am \(p0) absagen"
        case .correctEvent(let p0):
            "\(p0) korrigieren"
        case .eventCorrected:
            "Korrigiert am "
        case .correctionReason:
            "Grund der Korrektur"
        case .saveCorrection:
            "Korrektur speichern"
        case .cutInto(let p0):
            "In \(p0) Teile geteilt: Über jeden Teil wird einzeln entschieden."
        case .cutContribution(let p0):
            "Beitrag \(p0) in Teile teilen"
        case .segmentWords:
            "Wortlaut des Teils"
        case .segmentWordsHint:
            "Genau so, wie er im Beitrag steht: kopieren Sie ihn aus dem Beitrag oben. "
                + "Der Beitrag selbst bleibt unverändert."
        case .segmentBlock:
            "Betrifft Abschnitt"
        case .addSegment:
            "Teil anlegen"
        case .segmentsHeading:
            "Teile dieses Beitrags"
        case .segmentOf(let p0):
            "Teil von Beitrag \(p0)"
        case .segmentsOfContribution(let p0):
            "Die Stadt hat diesen Beitrag in \(p0) Teile geteilt und über jeden einzeln entschieden:"
        case .decisionMailSegment(let p0):
            "Die Entscheidung betrifft diesen Teil Ihres Beitrags: „\(p0)“"
        case .decidedInSegments(let p0):
            "in Teilen entschieden (\(p0))"
        case .alreadyFollowing(let p0):
            "Sie folgen dem bereits: \(p0)."
        case .decisionsColumn:
            "Entscheidungen"
        case .figuresSegmentsNote(let p0):
            "Beiträge, die in Teile geteilt wurden, sind mit jedem Teil entschieden: \(p0) Entscheidungen insgesamt."
        case .takeBackSegment(let p0):
            "Teil \(p0) zurücknehmen"
        case .takeBackReason(let p0):
            "Warum Teil \(p0) zurückgenommen wird"
        case .dataNav:
            "Daten"
        case .datasetsTitle:
            "Offene Daten"
        case .datasetsIntro:
            "Die offenen Daten der Stadt: was sie enthalten, wer sie veröffentlicht und welche Maßnahmen der "
                + "Strategie sie stützen. Welche Daten die Stadt außerdem hält und warum, zeigt das Ethikregister."
        case .ethicsRegister:
            "Ethikregister"
        case .ethicsRegisterIntro:
            "Jeder Datensatz der Stadt mit seinem Ethikprotokoll, auch die nicht öffentlichen (ohne ihre "
                + "Daten): wozu die Stadt ihn hält, auf welcher Rechtsgrundlage, mit welchem Personenbezug, wie "
                + "lange, und wie er geprüft wurde."
        case .noDatasets:
            "Noch keine Datensätze."
        case .dataTheme(let value):
            switch value {
            case .agriculture: "Landwirtschaft, Fischerei, Forstwirtschaft und Nahrungsmittel"
            case .economy: "Wirtschaft und Finanzen"
            case .education: "Bildung, Kultur und Sport"
            case .energy: "Energie"
            case .environment: "Umwelt"
            case .government: "Regierung und öffentlicher Sektor"
            case .health: "Gesundheit"
            case .international: "Internationale Themen"
            case .justice: "Justiz, Rechtssystem und öffentliche Sicherheit"
            case .regions: "Regionen und Städte"
            case .society: "Bevölkerung und Gesellschaft"
            case .technology: "Wissenschaft und Technologie"
            case .transport: "Verkehr"
            }
        case .updateFrequency(let value):
            switch value {
            case .continuous: "laufend"
            case .daily: "täglich"
            case .weekly: "wöchentlich"
            case .monthly: "monatlich"
            case .quarterly: "vierteljährlich"
            case .semiannual: "halbjährlich"
            case .annual: "jährlich"
            case .biennial: "alle zwei Jahre"
            case .irregular: "unregelmäßig"
            case .never: "nicht mehr"
            case .unknown: "unbekannt"
            }
        case .accessLevel(let value):
            switch value {
            case .open: "offen"
            case .restricted: "eingeschränkt"
            case .internalOnly: "intern"
            }
        case .personalDataLevel(let value):
            switch value {
            case .none: "kein Personenbezug"
            case .pseudonymised: "pseudonymisiert"
            case .anonymised: "anonymisiert"
            case .personal: "personenbezogen"
            }
        case .reviewOutcomeName(let value):
            switch value {
            case .approved: "genehmigt"
            case .approvedWithConditions: "genehmigt mit Auflagen"
            case .rejected: "abgelehnt"
            case .notRequired: "nicht erforderlich"
            }
        case .datasetSlugLabel:
            "Kennung (Teil der Adresse; bleibt für immer)"
        case .datasetTitleLabel:
            "Titel"
        case .datasetDescriptionLabel:
            "Beschreibung"
        case .keywordsLabel:
            "Schlagworte"
        case .listHint:
            "Durch Kommas getrennt."
        case .themeLabel:
            "Thema"
        case .publisherLabel:
            "Veröffentlichender Fachbereich"
        case .contactLabel:
            "Kontakt"
        case .contactHint:
            "Ein Team oder Funktionspostfach, keine Person: die Angabe ist bei offenen Daten öffentlich."
        case .contactEmailLabel:
            "Kontaktadresse (E-Mail)"
        case .licenceLabel:
            "Lizenz"
        case .frequencyLabel:
            "Aktualisierung"
        case .accessLabel:
            "Zugang"
        case .accessHint:
            "Offen nur ohne Personenbezug, oder anonymisiert mit zustimmender Ethikprüfung."
        case .datasetServesMeasures:
            "Dient den Maßnahmen"
        case .measuresHint:
            "Nummern des Maßnahmenkatalogs, durch Kommas getrennt (z. B. 1.4, 2.3)."
        case .servesBlocks:
            "Dient den Abschnitten der Strategie"
        case .blocksHint:
            "Strategie und Abschnitt, durch Kommas getrennt (z. B. smart-city/datenethik)."
        case .distributionLegend(let p0):
            "Verteilung \(p0)"
        case .distributionTitleLabel:
            "Bezeichnung"
        case .distributionURLLabel:
            "Adresse (https://…)"
        case .distributionFormatLabel:
            "Format"
        case .distributionSizeLabel:
            "Größe in Bytes (wenn bekannt)"
        case .distributionsHint:
            "Eine leere Adresse entfernt die Verteilung; nach dem Speichern steht eine weitere leere Zeile bereit."
        case .ethicsRecordHeading:
            "Ethikprotokoll"
        case .purposeLabel:
            "Zweck"
        case .legalBasisLabel:
            "Rechtsgrundlage"
        case .personalDataLabel:
            "Personenbezug"
        case .anonymisationLabel:
            "Verfahren der Anonymisierung oder Pseudonymisierung"
        case .anonymisationParametersLabel:
            "Parameter des Verfahrens (z. B. k = 5)"
        case .retentionLabel:
            "Aufbewahrung"
        case .retentionHint:
            "Als Dauer nach ISO 8601: P10Y zehn Jahre, P6M sechs Monate, P30D dreißig Tage."
        case .reviewOutcomeLabel:
            "Ergebnis der Ethikprüfung"
        case .reviewBodyLabel:
            "Prüfendes Gremium"
        case .reviewedOnLabel:
            "Geprüft am"
        case .conditionsLabel:
            "Auflagen"
        case .nextReviewLabel:
            "Nächste Prüfung"
        case .changeReasonLabel:
            "Grund der Änderung"
        case .saveDataset:
            "Datensatz speichern"
        case .newDataset:
            "Neuer Datensatz"
        case .editDataset(let p0):
            "Datensatz „\(p0)“ bearbeiten"
        case .manageDatasets:
            "Datensätze"
        case .datasetChanges:
            "Änderungen"
        case .datasetChangeLine(let p0, let p1):
            "Stand \(p0), von \(p1):"
        case .downloadsHeading:
            "Daten"
        case .dataNotPublic:
            "Die Daten selbst sind nicht öffentlich."
        case .unnamedDistribution(let p0):
            "Datei (\(p0))"
        case .byteSize(let p0):
            "\(p0) Bytes"
        case .onlyDataStaff:
            "Datensätze pflegen das Strategiebüro und die Fachbereiche."
        case .datasetOfOtherDepartment(let p0):
            "Diesen Datensatz pflegt der Fachbereich \(p0)."
        case .noDataset(let p0):
            "Einen Datensatz „\(p0)“ gibt es hier nicht."
        case .datasetCreated:
            "Angelegt."
        case .applicationsTitle:
            "Anwendungen"
        case .applicationsIntro:
            "Anwendungen, die auf der Datenplattform entstehen: wofür sie da sind, welche Daten sie nutzen und was "
                + "sie über die Strategie lehren. Neue Fragen gehen in die Diskussion der nächsten Fassung."
        case .noApplications:
            "Noch keine Anwendungen."
        case .applicationField(let value):
            switch value {
            case .climateResilience: "Klimaresilienz"
            case .mobilityTransparency: "Mobilitätstransparenz"
            case .resourceEfficiency: "Ressourceneffizienz"
            case .other: "Weiteres Feld"
            }
        case .applicationStatus(let value):
            switch value {
            case .planned: "geplant"
            case .pilot: "Pilot"
            case .live: "in Betrieb"
            case .retired: "eingestellt"
            }
        case .applicationFieldLabel:
            "Handlungsfeld der Datenplattform"
        case .applicationStatusLabel:
            "Stand"
        case .applicationPurposeLabel:
            "Zweck"
        case .applicationTitleLabel:
            "Name der Anwendung"
        case .applicationSlugLabel:
            "Kennung (Teil der Adresse, z. B. hitzekarte)"
        case .responsibleLabel:
            "Verantwortlich"
        case .usesDatasets:
            "Genutzte Daten"
        case .nonPublicDatasetsUsed(let p0):
            "Außerdem genutzte, nicht öffentliche Datensätze: \(p0). Was die Stadt hält und warum, zeigt das "
                + "Ethikregister."
        case .applicationServesMeasures:
            "Dient den Maßnahmen"
        case .findingsHeading:
            "Befunde und neue Fragen"
        case .noFindings:
            "Noch keine Befunde."
        case .findingLabel:
            "Befund"
        case .questionLabel:
            "Neue Frage an die Strategie"
        case .questionHint:
            "Optional. Eine Frage kann die Strategiestelle als Beitrag in die Diskussion einer Fassung geben."
        case .findingRecorded(let p0):
            "Festgehalten am \(p0)"
        case .questionInDiscussion:
            "In der Diskussion: Beitrag ansehen"
        case .manageApplications:
            "Anwendungen verwalten"
        case .newApplication:
            "Neue Anwendung"
        case .editApplication(let p0):
            "Anwendung bearbeiten: \(p0)"
        case .saveApplication:
            "Anwendung speichern"
        case .datasetsUsedHint:
            "Kennungen der Datensätze, durch Kommas getrennt, z. B. baumkataster, temperatur-messnetz."
        case .addFinding:
            "Befund festhalten"
        case .putToDiscussion:
            "Frage zur Diskussion stellen"
        case .putToDiscussionTitle(let p0):
            "Frage zur Diskussion stellen: \(p0)"
        case .putToDiscussionIntro:
            "Die Frage wird ein Beitrag (Kanal Datenplattform) zu dem Abschnitt, den Sie wählen, und wird wie jeder "
                + "Beitrag abgewogen und beantwortet. Das geht einmal je Befund und nur, solange die Fassung zur "
                + "Diskussion steht."
        case .discussionBlockLabel:
            "Abschnitt einer Fassung in der Diskussion"
        case .noOpenDiscussion:
            "Zurzeit steht keine Fassung zur Diskussion."
        case .versionOption(let p0, let p1):
            "\(p0), Fassung \(p1)"
        case .findingPut:
            "Die Frage ist jetzt ein Beitrag zur Diskussion."
        case .findingSaved:
            "Befund festgehalten."
        case .onlyAdminPutsToDiscussion:
            "Fragen stellt nur die Strategiestelle zur Diskussion."
        case .applicationOfOtherDepartment(let p0):
            "Diese Anwendung verantwortet \(p0); ändern können sie dessen Beschäftigte und die Strategiestelle."
        case .noApplication(let p0):
            "Eine Anwendung „\(p0)“ gibt es nicht."
        case .applicationChanges:
            "Änderungen"
        case .indicatorsTitle:
            "Indikatoren"
        case .indicatorsIntro:
            "Woran die Stadt misst, ob die Strategie wirkt: jeder Indikator mit Ausgangswert, Zielen, Werten und einer "
                + "Prognose, ob das nächste Ziel erreicht wird. Korrekturen bleiben sichtbar."
        case .noIndicators:
            "Noch keine Indikatoren."
        case .holdsSampleData:
            "Enthält Beispieldaten; welche Werte belegt sind, sagt die Beschreibung."
        case .indicatorServesMeasures:
            "Zeigt den Fortschritt der Maßnahmen"
        case .sourceDatasets:
            "Quelldaten"
        case .indicatorChartHeading:
            "Verlauf"
        case .forecastHeading:
            "Prognose"
        case .valuesHeading:
            "Werte"
        case .valuesCSV:
            "Werte als CSV"
        case .valuesJSON:
            "Werte als JSON"
        case .valueHistoryHeading:
            "Erfasste Werte und Korrekturen"
        case .valueHistoryIntro:
            "Jeder Wert wird mit Zeitpunkt und Grund erfasst; eine Korrektur ersetzt nichts, sie kommt hinzu."
        case .valueWithdrawn:
            "zurückgezogen"
        case .forecastStatus(let value):
            switch value {
            case .onTrack: "im Plan"
            case .atRisk: "gefährdet"
            case .offTrack: "nicht im Plan"
            case .insufficientData: "zu wenige Werte"
            case .noTarget: "ohne Ziel"
            }
        case .noIndicatorValues:
            "Noch keine Werte."
        case .latestValue(let p0, let p1, let p2):
            "Zuletzt \(p0) \(p1) (\(p2))."
        case .directionIncrease:
            "steigen (mehr ist besser)"
        case .directionDecrease:
            "sinken (weniger ist besser)"
        case .directionBand(let p0, let p1):
            "zwischen \(p0) und \(p1) bleiben"
        case .progressShare(let p0):
            "\(p0) % des Weges vom Ausgangswert zum Ziel"
        case .withinBand:
            "im Zielband"
        case .belowBand(let p0):
            "\(p0) unter dem Zielband"
        case .aboveBand(let p0):
            "\(p0) über dem Zielband"
        case .unitLabel:
            "Einheit"
        case .directionLabel:
            "Richtung"
        case .baselineLabel:
            "Ausgangswert"
        case .valueOn(let p0, let p1):
            "\(p0) am \(p1)"
        case .targetsLabel:
            "Ziele"
        case .valueBy(let p0, let p1):
            "\(p0) bis \(p1)"
        case .progressLabel:
            "Stand"
        case .forecastStatusLabel:
            "Einschätzung"
        case .forecastMethodLabel:
            "Verfahren"
        case .forecastMethod(let p0, let p1, let p2):
            "Gerade nach der Methode der kleinsten Quadrate über die letzten \(p0) Werte; „gefährdet“ ab "
                + "\(p1) % des "
                + "Weges zum Ziel, ein Zielband um \(p2) % seiner Breite erweitert."
        case .forecastPointsLabel:
            "Verwendete Werte"
        case .slopeLabel:
            "Veränderung je Jahr"
        case .predictedLabel:
            "Vorhergesagt"
        case .valuesCaption(let p0, let p1):
            "\(p0) in \(p1)"
        case .periodColumn:
            "Zeitraum"
        case .dimensionsColumn:
            "Aufschlüsselung"
        case .valueColumn:
            "Wert"
        case .sourceColumn:
            "Quelle"
        case .totalName:
            "gesamt"
        case .seriesFrom(let p0, let p1):
            "Werte ab \(p0) (\(p1))."
        case .targetSentence(let p0, let p1):
            "Ziel: \(p0) bis \(p1)."
        case .forecastSentence(let p0, let p1, let p2):
            "Prognose: \(p0) am \(p1), \(p2)."
        case .chartTitle(let p0, let p1):
            "\(p0) (\(p1)): Werte, Ziel und Prognose"
        case .chartLegend:
            "Linie mit Punkten: Werte; Raute: Ziel; gestrichelt: Prognose; grün hinterlegt: Zielband."
        case .manageIndicators:
            "Indikatoren verwalten"
        case .newIndicator:
            "Neuer Indikator"
        case .editIndicator(let p0):
            "Indikator bearbeiten: \(p0)"
        case .saveIndicator:
            "Indikator speichern"
        case .indicatorSlugLabel:
            "Kennung (Teil der Adresse, z. B. mobile-arbeit)"
        case .indicatorTitleLabel:
            "Name des Indikators"
        case .directionBandChoice:
            "in einem Band bleiben"
        case .lowerBoundLabel:
            "Untergrenze des Bands"
        case .upperBoundLabel:
            "Obergrenze des Bands"
        case .boundsHint:
            "Nur bei der Richtung „in einem Band bleiben“."
        case .baselineDateLabel:
            "Datum des Ausgangswerts"
        case .targetsHint:
            "Ein Ziel je Zeile: Datum und Wert, z. B. 2027-12-31: 7500."
        case .indicatorOfOtherDepartment(let p0):
            "Diesen Indikator verantwortet \(p0); ändern können ihn dessen Beschäftigte und die Strategiestelle."
        case .importValues:
            "Werte importieren"
        case .importValuesIntro:
            "Werte als CSV einfügen. Zuerst zeigt die Vorschau, was hinzukäme und was sich änderte; "
                + "erst „Übernehmen“ "
                + "erfasst es. Nichts wird gelöscht, und eine Datei zweimal zu übernehmen ändert nichts."
        case .csvValuesLabel:
            "Werte (CSV)"
        case .csvValuesHint:
            "Kopfzeile Indikator;Zeitraum;Wert, wahlweise Dimensionen;Quelle. Zeiträume: 2025, 2025-Q3, 2025-07 "
                + "oder 2025-07-15."
        case .previewImport:
            "Vorschau"
        case .applyImport:
            "Übernehmen"
        case .importPreview:
            "Vorschau: noch nichts erfasst"
        case .importRecorded:
            "Erfasst"
        case .importCounts(let p0, let p1, let p2):
            "\(p0) neu, \(p1) geändert, \(p2) unverändert."
        case .importLine(let p0):
            "Zeile \(p0):"
        case .rule(let rule): rule.german
        }
    }
}
