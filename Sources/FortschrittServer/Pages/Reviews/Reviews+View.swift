import FortschrittDomain
import Plot

extension ReviewsModel {
    func render(_ page: PageContext) -> String {
        let title = page.text(.reviewsOf(strategy.title, "\(version.number)"))
        return Layout.render(
            page, title: title, siteName: siteName,
            .h1(.text(title)),
            .if(notice != nil, .p(.class("notice"), .attr("role", "status"), .text(notice ?? ""))),
            .if(error != nil, .div(.class("error-summary"), .attr("role", "alert"), .p(.text(error ?? "")))),
            .p(.text(page.text(.reviewsExplanation))),
            .if(isExpert, form(page)),
            .h2(.text(page.text(isExpert ? .yourReviews : .allReviews))),
            reviews.isEmpty
                ? .p(.text(page.text(.noReviews)))
                : isExpert
                    ? .ul(.class("comments"), .forEach(reviews) { .li(.class("comment"), Self.review($0, page)) })
                    : publishForm(page)
        )
    }

    /// One review: who, on what, both ratings, the reason, and whether it is published.
    static func review(_ review: ExpertReview, _ page: PageContext, state: Bool = true) -> Node<HTML.BodyContext> {
        .group(
            .p(
                .class("meta"), .strong(.text(review.expertName)),
                .text(" · " + subject(review.block, page)),
                .if(state, .text(" · " + page.text(review.publishedAt == nil ? .reviewInternal : .reviewPublic)))),
            .p(.text(page.text(.ratingSummary("\(review.acceptance)", "\(review.practicality)")))),
            .p(.text(review.reason)))
    }

    static func subject(_ block: BlockID?, _ page: PageContext) -> String {
        block.map { page.text(.sectionNamed($0.text)) } ?? page.text(.wholeVersion)
    }

    func form(_ page: PageContext) -> Node<HTML.BodyContext> {
        .formTag(
            .attr("method", "post"), .attr("action", path), Layout.csrfField(page),
            .fieldsetTag(
                legend: page.text(.submitReview),
                Components.field(
                    "abschnitt", label: page.text(.reviewSubject), error: nil,
                    .selectTag(
                        .attr("id", "abschnitt"), .attr("name", "abschnitt"),
                        .optionTag("", selected: false, page.text(.wholeVersion)),
                        .forEach(version.blocks) { block in
                            .optionTag(
                                block.id.text, selected: entered["abschnitt"] == block.id.text,
                                page.text(.sectionNamed(block.id.text)))
                        })),
                scale("akzeptanz", page.text(.acceptance), page),
                scale("praxistauglichkeit", page.text(.practicality), page),
                Components.field(
                    "begruendung", label: page.text(.decisionReason), error: nil,
                    .textareaTag(
                        .attr("id", "begruendung"), .attr("name", "begruendung"), .attr("rows", "5"),
                        .text(entered["begruendung"] ?? ""))),
                .button(.type(.submit), .text(page.text(.submitReview)))))
    }

    /// A rating on the fixed scale: five radio buttons in their own group.
    func scale(_ name: String, _ legend: String, _ page: PageContext) -> Node<HTML.BodyContext> {
        .fieldsetTag(
            legend: legend,
            .forEach(Array(ExpertReview.scale)) { value in
                .div(
                    .class("field checkbox"),
                    .inputTag(
                        ("type", "radio"), ("id", "\(name)-\(value)"), ("name", name), ("value", "\(value)"),
                        entered[name] == "\(value)" ? ("checked", "checked") : nil),
                    .label(.attr("for", "\(name)-\(value)"), .text(page.text(.ratingLabel(value)))))
            })
    }

    func publishForm(_ page: PageContext) -> Node<HTML.BodyContext> {
        .formTag(
            .attr("method", "post"), .attr("action", path + "/veroeffentlichen"), Layout.csrfField(page),
            .ul(
                .class("comments"),
                .forEach(reviews) { review in
                    let box = "gutachten-\(review.id)"
                    return .li(
                        .class("comment"),
                        .if(
                            review.publishedAt == nil,
                            .div(
                                .class("field checkbox"),
                                .inputTag(("type", "checkbox"), ("id", box), ("name", box), ("value", "1")),
                                .label(.attr("for", box), .text(page.text(.chooseReview("\(review.id)")))))),
                        Self.review(review, page))
                }),
            .button(.type(.submit), .text(page.text(.publishReviews))))
    }
}
