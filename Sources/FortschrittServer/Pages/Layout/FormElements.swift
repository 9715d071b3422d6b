import FortschrittDocuments
import Plot

/// Form controls as plain body nodes. Plot types forms, inputs and options strictly by context;
/// these let shared helpers build any control. Attributes of an input are name/value pairs; nil
/// entries (conditions not met) are left out.
extension Node where Context == HTML.BodyContext {
    static func formTag(_ nodes: Node...) -> Node { .element(named: "form", nodes: nodes) }
    static func selectTag(_ nodes: Node...) -> Node { .element(named: "select", nodes: nodes) }
    static func textareaTag(_ nodes: Node...) -> Node { .element(named: "textarea", nodes: nodes) }
    /// A group of controls under a legend.
    static func fieldsetTag(legend: String, _ nodes: Node...) -> Node {
        .element(named: "fieldset", nodes: [.element(named: "legend", nodes: [.text(legend)])] + nodes)
    }

    static func inputTag(_ attributes: (String, String)?...) -> Node {
        .selfClosedElement(
            named: "input",
            attributes: attributes.compactMap { $0 }.map {
                Attribute<HTML.BodyContext>(name: $0.0, value: XMLText.escape($0.1), ignoreIfValueIsEmpty: false)
            })
    }

    static func optionTag(_ value: String, selected: Bool, _ label: String) -> Node {
        .element(
            named: "option", nodes: [.attr("value", value), .if(selected, .attribute(named: "selected")), .text(label)])
    }
}

extension Node {
    /// An attribute with an escaped value, also an empty one. Plot writes attribute values as they
    /// are, so every value that is not a constant goes through here.
    static func attr(_ name: String, _ value: String) -> Node {
        .attribute(named: name, value: XMLText.escape(value), ignoreIfValueIsEmpty: false)
    }
}
