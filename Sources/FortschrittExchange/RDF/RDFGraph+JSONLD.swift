import Foundation

extension RDFGraph {
    /// JSON-LD in expanded form: full IRIs, so it needs no context from the network.
    public var jsonLD: Data {
        var nodes: [[String: Any]] = []
        for (subject, triples) in subjects {
            var node: [String: Any] = ["@id": subject]
            for triple in triples {
                if triple.predicate == Self.rdfType, case .iri(let type) = triple.object {
                    node["@type"] = ((node["@type"] as? [String]) ?? []) + [type]
                    continue
                }
                let value: [String: String]
                switch triple.object {
                case .iri(let iri): value = ["@id": iri]
                case .text(let text, let language):
                    value = language.map { ["@value": text, "@language": $0] } ?? ["@value": text]
                case .typed(let text, let datatype): value = ["@value": text, "@type": datatype]
                }
                node[triple.predicate] = ((node[triple.predicate] as? [[String: String]]) ?? []) + [value]
            }
            nodes.append(node)
        }
        // Only strings, arrays and dictionaries: serialisation cannot fail; an empty graph if it did.
        return (try? JSONSerialization.data(withJSONObject: nodes, options: [.sortedKeys, .prettyPrinted]))
            ?? Data("[]".utf8)
    }
}
