import Foundation

/// A small RDF graph of named nodes only (no blank nodes, so every node keeps its address), written
/// as Turtle, RDF/XML or JSON-LD. Written here because none of the packages on hand writes RDF;
/// each format has its one escaper below.
public struct RDFGraph: Sendable {
    public enum Term: Hashable, Sendable {
        case iri(String)
        case text(String, language: String?)
        case typed(String, datatype: String)
    }

    public struct Triple: Hashable, Sendable {
        public var subject: String
        public var predicate: String
        public var object: Term
    }

    public static let rdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

    /// The namespaces a serialisation abbreviates, by prefix; predicates and types must lie in one.
    public var prefixes: [(prefix: String, namespace: String)]
    public private(set) var triples: [Triple] = []

    public init(prefixes: [(prefix: String, namespace: String)]) {
        self.prefixes = [("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")] + prefixes
    }

    public mutating func add(_ subject: String, _ predicate: String, _ object: Term) {
        triples.append(Triple(subject: subject, predicate: predicate, object: object))
    }

    public mutating func add(_ subject: String, type: String) {
        add(subject, Self.rdfType, .iri(type))
    }

    /// The subjects in the order they first appear, each with its triples in order.
    var subjects: [(subject: String, triples: [Triple])] {
        var order: [String] = []
        var grouped: [String: [Triple]] = [:]
        for triple in triples {
            if grouped[triple.subject] == nil { order.append(triple.subject) }
            grouped[triple.subject, default: []].append(triple)
        }
        return order.map { ($0, grouped[$0] ?? []) }
    }

    /// The prefix and local name of an IRI in a known namespace, if the local name is a plain name.
    func split(_ iri: String) -> (prefix: String, local: String)? {
        for (prefix, namespace) in prefixes where iri.hasPrefix(namespace) {
            let local = String(iri.dropFirst(namespace.count))
            guard let first = local.first, first.isLetter || first == "_",
                local.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") })
            else { continue }
            return (prefix, local)
        }
        return nil
    }
}
