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

    /// Text for XML content and attribute values. By scalar: a "<" with a combining mark or a joiner
    /// after it is one Character to Swift but still a "<" to an XML parser.
    static func xml(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&apos;".unicodeScalars)
            case "\r": out.append(contentsOf: "&#13;".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
