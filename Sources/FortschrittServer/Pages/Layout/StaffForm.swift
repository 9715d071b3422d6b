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
}
