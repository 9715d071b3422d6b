import FortschrittDomain
import Plot

/// The fields of the staff's long forms (datasets, applications), filled with the form's values:
/// each labelled, with its hint tied to it for screen readers.
struct StaffForm {
    var values: [String: String]
    var page: PageContext

    func input(_ name: String, _ label: Text, hint: Text? = nil, type: String = "text") -> Node<HTML.BodyContext> {
        Components.field(
            name, label: page.text(label), error: nil, hint: hint.map { page.text($0) },
            .inputTag(
                ("type", type), ("id", name), ("name", name), ("value", values[name] ?? ""),
                Components.describedBy(name, hint: hint != nil, error: false)))
    }

    func area(_ name: String, _ label: Text, hint: Text? = nil) -> Node<HTML.BodyContext> {
        Components.field(
            name, label: page.text(label), error: nil, hint: hint.map { page.text($0) },
            .textareaTag(
                .attr("id", name), .attr("name", name), .attr("rows", "4"),
                Components.describedByNode(name, hint: hint != nil, error: false), .text(values[name] ?? "")))
    }

    func select(_ name: String, _ label: Text, hint: Text? = nil, _ options: [(String, String)])
        -> Node<HTML.BodyContext>
    {
        Components.field(
            name, label: page.text(label), error: nil, hint: hint.map { page.text($0) },
            .selectTag(
                .attr("id", name), .attr("name", name),
                Components.describedByNode(name, hint: hint != nil, error: false),
                .forEach(options) { value, text in .optionTag(value, selected: values[name] == value, text) }))
    }

    /// A keeper's form page: title, notice, the refusal, the way back, and the form with what every
    /// such form carries: the version read (a refused stale save stays stale until the page is read
    /// again) and the identifier, typed only for a new one.
    func render(
        title: String, siteName: String, notice: String?, error: String?, back: (path: String, label: Text),
        action: String, version: Int?, slug: String?, slugLabel: Text, submit: Text,
        _ fields: Node<HTML.BodyContext>, after: Node<HTML.BodyContext> = .empty
    ) -> String {
        Layout.render(
            page, title: title, siteName: siteName,
            .h1(.text(title)),
            Components.notice(notice),
            .if(error != nil, .div(.class("error-summary"), .attr("role", "alert"), .p(.text(error ?? "")))),
            .p(.a(.attr("href", back.path), .text(page.text(back.label)))),
            .formTag(
                .attr("method", "post"), .attr("action", action), Layout.csrfField(page),
                .if(
                    version != nil,
                    .inputTag(("type", "hidden"), ("name", "stand"), ("value", values["stand"] ?? "\(version ?? 0)"))),
                slug.map { .inputTag(("type", "hidden"), ("name", "kennung"), ("value", $0)) }
                    ?? input("kennung", slugLabel),
                fields,
                .if(slug != nil, input("grund", .changeReasonLabel)),
                .button(.type(.submit), .text(page.text(submit)))),
            after)
    }
}
