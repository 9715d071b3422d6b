import Plot

/// The accessibility statement (Erklärung zur Barrierefreiheit) and the imprint.
enum LegalPages {
    static func accessibility(_ page: PageContext, siteName: String, operator op: SiteOperator) -> String {
        Layout.render(
            page, title: page.text(.accessibilityStatement), siteName: siteName,
            .h1(.text(page.text(.accessibilityStatement))),
            .p(
                .text(
                    page.text(.accessibilityCommitment("\(op.name)")))),
            .h2(.text(page.text(.complianceStatus))),
            .p(
                .text(
                    page.text(.accessibilityCompliance))),
            .h2(.text(page.text(.inaccessibleContent))),
            .ul(
                .li(
                    .text(
                        page.text(.chartInWordReports))),
                .li(
                    .text(
                        page.text(.accessibilityChecksAreIncomplete)))
            ),
            .h2(.text(page.text(.accessibilityPreparation))),
            .p(
                .text(
                    page.text(.accessibilityAssessment))),
            .h2(.id("feedback"), .text(page.text(.feedbackAndContact))),
            .p(
                .text(
                    page.text(.accessibilityFeedback)),
                .a(.attr("href", "mailto:\(op.email)"), .text(op.email))),
            .p(.text(op.name)), .p(.text(op.address)),
            .h2(.text(page.text(.enforcementProcedure))),
            .p(
                .text(
                    page.text(.accessibilityEnforcementAfterSixWeeks("\(op.enforcementBody)"))))
        )
    }

    static func imprint(_ page: PageContext, siteName: String, operator op: SiteOperator) -> String {
        Layout.render(
            page, title: page.text(.imprint), siteName: siteName,
            .h1(.text(page.text(.imprint))),
            .h2(.text(page.text(.provider))),
            .p(.text(op.name)), .p(.text(op.address)),
            .p(.text(page.text(.eMail2)), .a(.attr("href", "mailto:\(op.email)"), .text(op.email))),
            .h2(.text(page.text(.software))),
            .p(
                .text(
                    page.text(.runsOnFortschritt)))
        )
    }
}
