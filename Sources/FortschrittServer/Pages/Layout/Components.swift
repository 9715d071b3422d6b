import FortschrittDomain
import Foundation
import Plot

/// Pieces several pages share.
enum Components {
    static func statusLabel(_ key: String?, _ statuses: StatusSet, _ page: PageContext) -> String {
        guard let key, let definition = statuses[key] else { return page.text(.noStatus) }
        return page.language == .de ? definition.labelDE : definition.labelEN
    }

    static func statusBadge(_ key: String?, _ statuses: StatusSet, _ page: PageContext) -> Node<HTML.BodyContext> {
        let kind = key.flatMap { statuses[$0]?.kind }
        return .span(.class("status status-\(kind?.rawValue ?? "none")"), .text(statusLabel(key, statuses, page)))
    }

    static func date(_ date: CalendarDate, _ page: PageContext) -> Node<HTML.BodyContext> {
        .time(.datetime(date.iso), .text(dateText(date, page)))
    }

    static func dateText(_ date: CalendarDate, _ page: PageContext) -> String {
        page.language == .de ? date.german : date.iso
    }

    static func time(_ time: RecordedTime, _ page: PageContext) -> Node<HTML.BodyContext> {
        .time(.datetime(time.iso), .text(format(time, page)))
    }

    static func format(_ time: RecordedTime, _ page: PageContext) -> String {
        let formatter = DateFormatter()
        formatter.timeZone = .germany
        formatter.locale = Locale(identifier: page.language == .de ? "de_DE" : "en_GB")
        formatter.dateFormat = page.language == .de ? "dd.MM.yyyy, HH:mm 'Uhr'" : "d MMM yyyy, HH:mm"
        return formatter.string(from: time.date)
    }

    static func chart(_ catalogue: Catalogue, _ page: PageContext) -> StatusChart {
        let statuses = catalogue.statuses.all
        return StatusChart(
            title: page.text(.chartHeading),
            series: statuses.map { (page.language == .de ? $0.labelDE : $0.labelEN, $0.kind) },
            bars: catalogue.fields.map { field in
                let measures = catalogue.measures.filter { $0.details.field == field.number }
                return StatusChart.Bar(
                    label: field.title,
                    segments: statuses.map { s in measures.filter { $0.status?.key == s.key }.count })
            })
    }

    /// A labelled form field, its hint and, after a failed save, the error named next to it.
    static func field(
        _ id: String, label: String, error: String?, hint: String? = nil, _ control: Node<HTML.BodyContext>
    ) -> Node<HTML.BodyContext> {
        .div(
            .class(error == nil ? "field" : "field invalid"),
            .label(.attr("for", id), .text(label)),
            .if(hint != nil, .p(.class("hint"), .attr("id", "\(id)-hint"), .text(hint ?? ""))),
            .if(error != nil, .p(.class("error"), .attr("id", "\(id)-error"), .text(error ?? ""))),
            control
        )
    }

    /// The aria-describedby value for a control with optional hint and error.
    static func describedBy(_ id: String, hint: Bool, error: Bool) -> (String, String)? {
        let ids = (hint ? ["\(id)-hint"] : []) + (error ? ["\(id)-error"] : [])
        return ids.isEmpty ? nil : ("aria-describedby", ids.joined(separator: " "))
    }

    /// The same, for select and textarea elements.
    static func describedByNode(_ id: String, hint: Bool, error: Bool) -> Node<HTML.BodyContext> {
        describedBy(id, hint: hint, error: error).map { .attr($0.0, $0.1) } ?? .empty
    }

    static func errorSummary(_ errors: [String: String], order: [String], labels: [String: String], _ page: PageContext)
        -> Node<HTML.BodyContext>
    {
        let keys = order.filter { errors[$0] != nil } + errors.keys.filter { !order.contains($0) }.sorted()
        return .if(
            !errors.isEmpty,
            .div(
                .class("error-summary"), .attr("role", "alert"),
                .h2(.text(page.text(.pleaseCorrect))),
                .ul(
                    .forEach(keys) { key in
                        .li(.a(.attr("href", "#\(key)"), .text("\(labels[key] ?? key): \(errors[key] ?? "")")))
                    })
            ))
    }

    static func notice(_ text: String?) -> Node<HTML.BodyContext> {
        .if(text != nil, .p(.class("notice"), .attr("role", "status"), .text(text ?? "")))
    }
}
