extension RDFGraph {
    /// RDF/XML: one rdf:Description per subject; every predicate in a declared namespace.
    public var rdfXML: String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF"
        for (prefix, namespace) in prefixes { out += "\n    xmlns:\(prefix)=\"\(Self.xml(namespace))\"" }
        out += ">\n"
        for (subject, triples) in subjects {
            out += "  <rdf:Description rdf:about=\"\(Self.xml(subject))\">\n"
            for triple in triples {
                // Predicates are the exporter's own, all in declared namespaces; one that is not is left out.
                guard let name = split(triple.predicate).map({ "\($0.prefix):\($0.local)" }) else { continue }
                switch triple.object {
                case .iri(let iri): out += "    <\(name) rdf:resource=\"\(Self.xml(iri))\"/>\n"
                case .text(let text, let language):
                    let lang = language.map { " xml:lang=\"\(Self.xml($0))\"" } ?? ""
                    out += "    <\(name)\(lang)>\(Self.xml(text))</\(name)>\n"
                case .typed(let text, let datatype):
                    out += "    <\(name) rdf:datatype=\"\(Self.xml(datatype))\">\(Self.xml(text))</\(name)>\n"
                }
            }
            out += "  </rdf:Description>\n"
        }
        return out + "</rdf:RDF>\n"
    }

    /// Text for XML content and attribute values.
    static func xml(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\r": out += "&#13;"
            default: out.append(character)
            }
        }
        return out
    }
}
