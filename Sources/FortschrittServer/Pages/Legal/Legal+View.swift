import Plot

/// The accessibility statement (Erklärung zur Barrierefreiheit) and the imprint.
enum LegalPages {
    static func accessibility(_ page: PageContext, siteName: String, operator op: SiteOperator) -> String {
        Layout.render(
            page, title: page.t("Erklärung zur Barrierefreiheit", "Accessibility statement"), siteName: siteName,
            .h1(.text(page.t("Erklärung zur Barrierefreiheit", "Accessibility statement"))),
            .p(
                .text(
                    page.t(
                        "\(op.name) ist bemüht, dieses Angebot barrierefrei zugänglich zu machen, nach der "
                            + "Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und der EN 301 549, die die Web "
                            + "Content Accessibility Guidelines (WCAG) 2.1 in den Stufen A und AA umsetzt.",
                        "\(op.name) strives to make this site accessible, following the German BITV 2.0 and EN 301 "
                            + "549, which implements the Web Content Accessibility Guidelines (WCAG) 2.1 at levels A "
                            + "and AA."
                    ))),
            .h2(.text(page.t("Stand der Vereinbarkeit", "Compliance status"))),
            .p(
                .text(
                    page.t(
                        "Diese Website ist mit den Anforderungen weitgehend vereinbar. Jede Seite wird bei jeder "
                            + "Änderung der Software automatisch mit axe-core (WCAG 2.1 A und AA) in einem echten "
                            + "Browser geprüft, angemeldet und abgemeldet, auch in 320 Pixel Breite; Anmeldung und "
                            + "Statusänderung werden allein mit der Tastatur getestet. Die Seiten "
                            + "funktionieren ohne JavaScript.",
                        "This site largely complies with the requirements. On every change of the software, each "
                            + "page is checked automatically with axe-core (WCAG 2.1 A and AA) in a real browser, "
                            + "signed in and out, also at 320 pixels width; signing in and changing a status are "
                            + "tested with the keyboard alone. The pages work without JavaScript."
                    ))),
            .h2(.text(page.t("Nicht barrierefreie Inhalte", "Content that is not accessible"))),
            .ul(
                .li(
                    .text(
                        page.t(
                            "Die herunterladbaren Berichte im Word-Format enthalten das Diagramm als Grafik; seine "
                                + "Aussage steht als Text darunter und in den Tabellen.",
                            "The downloadable Word reports show the chart as a picture; what it says is written "
                                + "below it and in the tables."
                        ))),
                .li(
                    .text(
                        page.t(
                            "Automatische Prüfungen finden nicht alle Barrieren. Wenn Ihnen eine auffällt, schreiben "
                                + "Sie uns bitte.",
                            "Automated checks do not find every barrier. If you notice one, please tell us.")))
            ),
            .h2(.text(page.t("Erstellung dieser Erklärung", "Preparation of this statement"))),
            .p(
                .text(
                    page.t(
                        "Die Erklärung beruht auf einer Selbstbewertung mit automatischen und manuellen Tests.",
                        "This statement is based on a self-assessment with automated and manual tests."))),
            .h2(.id("feedback"), .text(page.t("Feedback und Kontakt", "Feedback and contact"))),
            .p(
                .text(
                    page.t(
                        "Sie können uns Mängel in der Barrierefreiheit mitteilen oder Informationen in "
                            + "barrierefreier Form anfordern: ",
                        "You can report accessibility problems or ask for information in an accessible form: ")),
                .a(.attr("href", "mailto:\(op.email)"), .text(op.email))),
            .p(.text(op.name)), .p(.text(op.address)),
            .h2(.text(page.t("Durchsetzungsverfahren", "Enforcement procedure"))),
            .p(
                .text(
                    page.t(
                        "Wenn Sie auf Ihre Rückmeldung innerhalb von sechs Wochen keine zufriedenstellende Antwort "
                            + "erhalten, können Sie sich an \(op.enforcementBody) wenden.",
                        "If you do not receive a satisfactory answer within six weeks, you can turn to "
                            + "\(op.enforcementBody)."
                    )))
        )
    }

    static func imprint(_ page: PageContext, siteName: String, operator op: SiteOperator) -> String {
        Layout.render(
            page, title: page.t("Impressum", "Imprint"), siteName: siteName,
            .h1(.text(page.t("Impressum", "Imprint"))),
            .h2(.text(page.t("Anbieter", "Provider"))),
            .p(.text(op.name)), .p(.text(op.address)),
            .p(.text(page.t("E-Mail: ", "E-mail: ")), .a(.attr("href", "mailto:\(op.email)"), .text(op.email))),
            .h2(.text(page.t("Software", "Software"))),
            .p(
                .text(
                    page.t(
                        "Betrieben mit Fortschritt, freier Software für die öffentliche Steuerung kommunaler "
                            + "Digitalstrategien.",
                        "Runs on Fortschritt, free software for running a city's digital strategy in public.")))
        )
    }
}
