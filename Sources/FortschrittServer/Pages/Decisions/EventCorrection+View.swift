import FortschrittDomain
import Plot

extension EventCorrectionModel {
    func render(_ page: PageContext) -> String {
        let title = page.text(.correctEvent(page.text(.eventFormat(event.format))))
        return Layout.render(
            page, title: title, siteName: siteName,
            .h1(.text(title)),
            .if(error != nil, .div(.class("error-summary"), .attr("role", "alert"), .p(.text(error ?? "")))),
            .p(.a(.attr("href", decisionsPath), .text(page.text(.decisionsOf(strategy.title, "\(version.number)"))))),
            .if(
                event.correctedAt != nil,
                .p(
                    .text(page.text(.eventCorrected)), Components.time(event.correctedAt ?? .earliest, page),
                    .text(": " + (event.correctionReason ?? "")))),
            .formTag(
                .attr("method", "post"), .attr("action", path), Layout.csrfField(page),
                DecisionsModel.eventFields(page, entered: values),
                Components.field(
                    "grund", label: page.text(.correctionReason), error: nil,
                    .inputTag(("type", "text"), ("id", "grund"), ("name", "grund"), ("value", entered["grund"] ?? ""))),
                .button(.type(.submit), .text(page.text(.saveCorrection))))
        )
    }
}
