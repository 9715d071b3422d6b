extension RDFGraph {
    /// Turtle (RDF 1.1): prefixes, then each subject with its predicates.
    public var turtle: String {
        var out = prefixes.map { "@prefix \($0.prefix): <\(Self.iriref($0.namespace))> .\n" }.joined() + "\n"
        for (subject, triples) in subjects {
            out += "<\(Self.iriref(subject))>"
            for (index, triple) in triples.enumerated() {
                let predicate =
                    triple.predicate == Self.rdfType
                    ? "a"
                    : split(triple.predicate).map { "\($0.prefix):\($0.local)" } ?? "<\(Self.iriref(triple.predicate))>"
                out += (index == 0 ? " " : " ;\n    ") + predicate + " " + turtle(triple.object)
            }
            out += " .\n\n"
        }
        return out
    }

    func turtle(_ term: Term) -> String {
        switch term {
        case .iri(let iri): return split(iri).map { "\($0.prefix):\($0.local)" } ?? "<\(Self.iriref(iri))>"
        case .text(let text, let language):
            return "\"\(Self.string(text))\"" + (language.map { "@\($0)" } ?? "")
        case .typed(let text, let datatype):
            let type = split(datatype).map { "\($0.prefix):\($0.local)" } ?? "<\(Self.iriref(datatype))>"
            return "\"\(Self.string(text))\"^^\(type)"
        }
    }

    /// An IRI inside <…>: the characters Turtle's IRIREF forbids are percent-encoded.
    public static func iriref(_ iri: String) -> String {
        var out = ""
        for scalar in iri.unicodeScalars {
            if scalar.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(scalar) {
                for byte in String(scalar).utf8 { out += "%" + hex(UInt32(byte), digits: 2) }
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A string inside "…": backslash, quote, line breaks, tabs and other controls escaped.
    static func string(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u" + hex(scalar.value, digits: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}

/// `value` in upper-case hex with at least `digits` digits.
private func hex(_ value: UInt32, digits: Int) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
}
