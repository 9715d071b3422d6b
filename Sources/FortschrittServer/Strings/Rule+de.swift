import FortschrittDomain

extension Rule {
    /// The rule in German, for German pages (the English is the domain's own).
    var german: String {
        switch self {
        case .notAWholeNumber(let text): "„\(text)“ ist keine ganze Zahl."
        case .outOfRange(let value, let lower, let upper): "\(value) liegt außerhalb des Bereichs \(lower)–\(upper)."
        case .notADate(let text): "„\(text)“ ist kein Datum (TT.MM.JJJJ oder JJJJ-MM-TT)."
        case .notATime(let text):
            "„\(text)“ ist kein Zeitpunkt (ISO 8601, z. B. 2021-02-23T12:00:00Z, oder ein Datum)."
        case .notALocalTime(let text):
            "„\(text)“ ist kein Zeitpunkt (Datum und Uhrzeit, z. B. 2027-01-15T09:00, deutsche Zeit)."
        case .containsLineBreak: "Enthält einen Zeilenumbruch; bitte entfernen."
        case .containsControlCharacter(let code): "Enthält das Steuerzeichen U+\(code); bitte entfernen."
        case .longerThan(let limit): "Ist länger als \(limit) Zeichen."
        case .notOneOf(let text, let options): "„\(text)“ ist keiner der Werte \(options)."
        case .dateRequired: "Bitte ein Datum angeben (TT.MM.JJJJ oder JJJJ-MM-TT)."
        case .notAnEmailAddress(let text): "„\(text)“ ist keine E-Mail-Adresse."
        case .nothingToChange: "Es wurde nichts geändert."
        case .statusNeedsReason(let status): "Der Status „\(status)“ braucht einen Grund."
        case .removalNeedsReason: "Das Entfernen einer Maßnahme braucht einen Grund."
        case .measureNeedsTitle: "Eine Maßnahme braucht einen Titel."
        case .measureExists(let number): "Die Maßnahme \(number) gibt es schon."
        case .noMeasure(let number): "Es gibt keine Maßnahme \(number)."
        case .unknownStatus(let text, let known): "Unbekannter Status „\(text)“ (bekannt: \(known))."
        case .unknownField(let text, let known):
            "Unbekanntes Handlungsfeld „\(text)“\(known.isEmpty ? "" : " (bekannt: \(known))")."
        case .unknownDepartment(let code, let known): "Unbekannter Fachbereich „\(code)“ (bekannt: \(known))."
        case .unknownStatusKind(let text): "Unbekannte Art von Status „\(text)“."
        case .beforeEntry(let date, let entry):
            "\(german(date)) liegt vor der Aufnahme der Maßnahme in den Katalog (\(german(entry)))."
        case .endsBeforeStart(let end, let start): "Das Ende (\(german(end))) liegt vor dem Beginn (\(german(start)))."
        case .leadIsPartner(let code): "Der federführende Fachbereich \(code) kann nicht zugleich beteiligt sein."
        case .leadOnlyToOwnDepartments:
            "Die Federführung kann nur an einen Ihrer Fachbereiche gehen; für andere wenden Sie sich an das "
                + "Strategiebüro."
        case .changeNeedsActor: "Jede Änderung braucht eine:n Urheber:in."
        case .strategySlug(let slug): "„\(slug)“ darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten."
        case .strategyExists(let slug): "Eine Strategie „\(slug)“ gibt es schon."
        case .strategyNeedsTitle: "Eine Strategie braucht einen Titel."
        case .strategyNeedsStatus: "Eine Strategie braucht mindestens einen Status."
        case .statusKey(let key): "„\(key)“ darf nur Buchstaben, Ziffern, „-“ und „_“ enthalten."
        case .statusNeedsLabels: "Ein Status braucht eine deutsche und eine englische Bezeichnung."
        case .departmentNeedsCode: "Ein Fachbereich braucht ein Kürzel."
        case .fieldNeedsTitle: "Ein Handlungsfeld braucht einen Titel."
        case .fieldExists(let number): "Das Handlungsfeld \(number) gibt es schon."
        case .fieldsFixed: "Die Handlungsfelder dieser Strategie stehen fest."
        case .accountExists(let email): "Ein Konto für \(email) gibt es schon."
        case .accountNeedsName: "Ein Konto braucht einen Namen."
        case .noAccount(let id): "Es gibt kein Konto \(id)."
        case .lastAdmin(let email): "\(email) ist die letzte aktive Administration."
        case .editorNeedsDepartment: "Eine Redaktion braucht mindestens einen Fachbereich."
        case .passwordTooShort(let length): "Ein Passwort braucht mindestens \(length) Zeichen."
        case .passwordTooLong(let bytes): "Ein Passwort darf höchstens \(bytes) Bytes haben."
        case .roundOpen(let due): "Es läuft schon eine Runde (fällig am \(german(due))); schließen Sie sie zuerst."
        case .dueDatePassed(let due): "Das Fälligkeitsdatum \(german(due)) ist vorbei."
        case .roundClosed: "Die Runde ist geschlossen."
        case .noteNeedsText: "Eine Notiz braucht einen Text."
        case .bodyNeedsName: "Ein Gremium braucht einen Namen."
        case .noBody(let id): "Es gibt kein Gremium \(id)."
        case .termNeedsName: "Eine Wahlperiode braucht einen Namen."
        case .paperNeedsNumber: "Eine Vorlage braucht eine Nummer."
        case .paperNeedsSubject: "Eine Vorlage braucht einen Betreff."
        case .meetingOfAnotherBody(let meeting, let body): "Die Sitzung \(meeting) ist keine des Gremiums \(body)."
        case .consultationsSharePosition: "Zwei Beratungen haben dieselbe Position."
        case .programmeNeedsName: "Ein Förderprogramm braucht einen Namen."
        case .phaseEndsBeforeStart(let phase): "Die Phase \(phase) endet vor ihrem Beginn."
        case .ownShareOutsideVolume(let phase):
            "Phase \(phase): Der Eigenanteil muss zwischen 0 und dem Volumen liegen."
        case .noPhase(let phase, let programme): "Es gibt keine Phase \(phase) in \(programme)."
        case .reportPublished(let key, let on):
            "\(key) ist schon veröffentlicht\(on.map { " (\(german($0)))" } ?? ""); ein veröffentlichter Bericht "
                + "wird nie erneut veröffentlicht."
        case .textMarkdown(let problem): "Der Text lässt sich nicht lesen: \(problem)"
        case .noDraft: "Es gibt keinen Entwurf zum Veröffentlichen."
        case .draftHasNoBlocks: "Der Entwurf hat keine Abschnitte."
        case .phaseNeedsBothDates: "Eine Beteiligungsphase braucht ein Anfangs- und ein Enddatum."
        case .unknownMeasures(let numbers): "Der Katalog hat keine Maßnahme \(numbers)."
        case .displayNameTooShort: "Ein Anzeigename braucht mindestens 2 Zeichen."
        case .displayNameIsAnAddress: "Der Anzeigename ist öffentlich: bitte keine E-Mail-Adresse."
        case .discussionNotOpen: "Diese Fassung ist nicht zur Diskussion geöffnet."
        case .noSuchBlock(let id): "Die Fassung hat keinen Abschnitt „\(id)“."
        case .addressNotConfirmed: "Bitte bestätigen Sie zuerst Ihre Adresse."
        case .contributionNeedsText: "Ein Kommentar braucht einen Text."
        case .tooManyContributions(let limit): "Höchstens \(limit) Beiträge pro Stunde; bitte warten Sie etwas."
        case .quoteNotInBlock: "Die zitierten Worte stehen nicht in diesem Abschnitt; bitte genau übernehmen."
        case .quoteAmbiguous(let count):
            "Die zitierten Worte kommen \(count)-mal vor; bitte zitieren Sie ein paar Worte mehr."
        case .noSuchContribution: "Diesen Beitrag gibt es nicht."
        case .reasonRequired: "Bitte geben Sie einen Grund an (mindestens drei Zeichen)."
        case .tooManyReports(let limit): "Höchstens \(limit) Meldungen pro Stunde; bitte warten Sie etwas."
        case .moderationNotPossible(let state):
            "Das ist bei einem Beitrag im Zustand „\(state)“ nicht möglich."
        case .passageNotInText: "Diese Stelle steht nicht im Beitrag; bitte kopieren Sie sie genau."
        case .segmentAfterDecision(let id):
            "Zu Beitrag \(id) ist eine Entscheidung veröffentlicht: Er wird nicht mehr geteilt."
        case .segmentDecided(let id):
            "Zu Teil \(id) ist eine Entscheidung veröffentlicht: Er wird nicht zurückgenommen."
        case .decideSegments(let id): "Beitrag \(id) ist in Teile geteilt: Bitte entscheiden Sie über jeden Teil."
        case .accountErased: "Dieses Konto wurde gelöscht."
        case .unknownFollowTarget: "Dem lässt sich nicht folgen: es gibt nichts dieses Namens."
        case .decisionNeedsReason: "Jede Entscheidung außer „berücksichtigt“ braucht eine Begründung."
        case .noSuchPlace(let place): "Einen Abschnitt \(place) in einer späteren Fassung gibt es nicht."
        case .notYourBlock(let block): "Abschnitt \(block) dient keiner Maßnahme Ihrer Fachbereiche."
        case .nothingChosen: "Bitte wählen Sie mindestens einen Beitrag."
        case .publicationNotSet: "Diese Veröffentlichung ist nicht mehr vorgesehen: Sie ist erfolgt oder abgesagt."
        case .decisionsOpen(let count, let version):
            "\(count) Beiträge zu Fassung \(version) haben noch keine veröffentlichte abschließende Entscheidung."
        case .alreadyAdopted(let version): "Fassung \(version) ist bereits beschlossen."
        case .correctionNeedsReason: "Eine Korrektur braucht ihren Grund."
        case .noSuchEvent: "Diese Veranstaltung gibt es zu dieser Fassung nicht."
        case .eventNeedsPlace: "Bitte geben Sie den Ort der Veranstaltung an."
        case .versionNotPublished(let number): "Fassung \(number) ist nicht veröffentlicht."
        case .entryNeedsSource: "Bitte geben Sie die Quelle an (zum Beispiel „Brief vom 3. März“)."
        case .reviewNeedsReason: "Bitte begründen Sie Ihre Bewertung."
        case .reviewPublished: "Diese Bewertung ist veröffentlicht und bleibt, wie sie ist."
        case .entryNeedsEvent:
            "Ein Beitrag aus einer Veranstaltung braucht eine Veranstaltung dieser Fassung – und nur er."
        case .discussionStillOpen(let version, let closes):
            "Die Diskussion von Fassung \(version) läuft noch bis \(closes); beschließen Sie danach."
        case .consentRequired: "Zum Mitmachen brauchen wir Ihre Einwilligung in die Verarbeitung Ihrer Daten."
        case .noPaper(let number): "Es gibt keine Vorlage \(number)."
        case .decisionTablePublished(let version, let paper, let on):
            "Die Abwägungstabelle von Fassung \(version) ist schon mit \(paper) am \(german(on)) veröffentlicht; "
                + "sie wird nie erneut veröffentlicht."
        case .tableBeforeDiscussionClosed(let version, let closes):
            "Die Diskussion von Fassung \(version) läuft noch bis \(german(closes)); legen Sie die Tabelle danach vor."
        case .noBaseline:
            "Die Strategie hat kein Beschlussdatum und keinen früheren Bericht; bitte ein Basisdatum angeben."
        case .baselineAfterReportDate(let baseline, let reportDate):
            "Das Basisdatum \(german(baseline)) liegt nach dem Stichtag \(german(reportDate))."
        case .fieldRequired: "Bitte füllen Sie dieses Feld aus."
        case .notADuration(let text): "„\(text)“ ist keine Dauer (ISO 8601: P10Y, P6M, P2W, P30D)."
        case .notAWebAddress(let text): "„\(text)“ ist keine Webadresse (http:// oder https://)."
        case .afterToday(let date): "Der \(german(date)) liegt nach heute."
        case .reviewRequired: "Daten mit Personenbezug brauchen eine Ethikprüfung."
        case .openNeedsEthics(let personal):
            "Ein Datensatz mit Personenbezug „\(personal)“ kann nicht offen sein: nur Daten ohne "
                + "Personenbezug oder anonymisierte Daten mit zustimmender Prüfung."
        case .openNeedsOpenLicence(let licence):
            "Ein offener Datensatz braucht eine offene Lizenz, nicht „\(licence)“."
        case .datasetSlug(let text):
            "„\(text)“ kann keinen Datensatz benennen: 3 bis 80 Kleinbuchstaben, Ziffern und Bindestriche."
        case .datasetExists(let slug): "Einen Datensatz „\(slug)“ gibt es schon."
        case .noSuchDataset(let slug): "Einen Datensatz „\(slug)“ gibt es nicht."
        case .datasetChanged(let number):
            "Der Datensatz wurde inzwischen geändert (jetzt Stand \(number)); bitte sehen Sie ihn sich erneut an."
        case .noSuchFinding: "Diesen Befund gibt es nicht."
        case .noSuchApplication(let slug): "Eine Anwendung „\(slug)“ gibt es nicht."
        case .reviewByOffice:
            "Die Ethikprüfung trägt das Strategiebüro ein; nur es setzt den Personenbezug eines Datensatzes herab."
        case .findingAlreadyPut: "Die Frage dieses Befunds steht schon zur Diskussion."
        case .findingWithoutQuestion: "Dieser Befund wirft keine Frage auf, die sich zur Diskussion stellen ließe."
        case .notAnIndicatorValue(let text):
            "„\(text)“ ist kein Wert: Ziffern mit höchstens einem Dezimaltrennzeichen (, oder .), ohne "
                + "Tausenderpunkte und Exponent, höchstens 15 Stellen, davon 6 nach dem Komma."
        case .notAPeriod(let text):
            "„\(text)“ ist kein Zeitraum (ein Jahr 2020, ein Quartal 2020-Q3, ein Monat 2020-07 oder ein Tag "
                + "15.07.2020)."
        case .badDimensions(let text):
            "„\(text)“ sind keine Dimensionen: höchstens 5 Paare Schlüssel=Wert, getrennt durch „;“; "
                + "Schlüssel aus 1 bis 40 Kleinbuchstaben, Ziffern und Bindestrichen, jeder einmal; Werte mit 1 bis "
                + "100 Zeichen."
        case .indicatorSlug(let text):
            "„\(text)“ kann keinen Indikator benennen: 3 bis 80 Kleinbuchstaben, Ziffern und Bindestriche."
        case .noSuchIndicator(let slug): "Einen Indikator „\(slug)“ gibt es nicht."
        case .noSuchIndicatorValue(let key): "Einen Wert „\(key)“, der sich zurückziehen ließe, gibt es nicht."
        case .bandNeedsLowerBelowUpper(let lower, let upper):
            "Die Untergrenze des Korridors (\(number(lower))) muss unter seiner Obergrenze (\(number(upper))) liegen."
        case .notATarget(let text): "„\(text)“ ist kein Ziel: ein Datum und ein Wert, z. B. 31.12.2025: 5000."
        case .targetDatesRepeat(let date): "Zwei Ziele haben dasselbe Datum \(german(date)); je Datum ein Ziel."
        case .targetNotAfterBaseline(let target, let baseline):
            "Das Ziel zum \(german(target)) liegt nicht nach dem Basisdatum \(german(baseline))."
        case .targetAgainstDirection(let target, let baseline):
            "Das Ziel \(number(target)) liegt vom Basiswert \(number(baseline)) aus gegen die Richtung des Indikators."
        case .targetOutsideBand(let value): "Das Ziel \(number(value)) liegt außerhalb des Korridors."
        case .unknownIndicator(let slug, let line): "Zeile \(line): Einen Indikator „\(slug)“ gibt es nicht."
        case .unknownSource(let slug, let line):
            "Zeile \(line): Einen Datensatz „\(slug)“ als Quelle gibt es nicht."
        case .duplicateValueLines(let lines, let key):
            "Zeilen \(lines): derselbe Indikator, Zeitraum und dieselben Dimensionen (\(key)); jeden Wert nur "
                + "einmal je Datei."
        }
    }

    /// An ISO date as Germans write it (rules carry dates as text).
    private func german(_ iso: String) -> String { CalendarDate(iso)?.german ?? iso }

    /// A value as Germans write it, with a decimal comma (rules carry values in their canonical text).
    private func number(_ text: String) -> String { IndicatorNumber(text)?.german ?? text }
}
