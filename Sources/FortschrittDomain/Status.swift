import Foundation

/// What a status means, whatever a city calls it. Reports and charts count by kind.
public enum StatusKind: String, CaseIterable, Hashable, Sendable, Codable {
    case planned
    case active
    case delayed
    case done
    case handedOver = "handed_over"
    case discarded

    /// Setting a status of this kind needs a reason: why it is late, to whom it went, why it was dropped.
    public var requiresReason: Bool {
        switch self {
        case .delayed, .handedOver, .discarded: return true
        case .planned, .active, .done: return false
        }
    }
}

/// One status of a strategy's set, with a stable key and its labels.
public struct StatusDefinition: Hashable, Sendable, Codable {
    public var key: String
    public var labelDE: String
    public var labelEN: String
    public var kind: StatusKind

    public init(key: String, labelDE: String, labelEN: String, kind: StatusKind) {
        self.key = key
        self.labelDE = labelDE
        self.labelEN = labelEN
        self.kind = kind
    }

    /// The six statuses of the Mannheim report V111/2021, in the order the paper lists them.
    public static let defaultSet: [StatusDefinition] = [
        StatusDefinition(key: "etabliert", labelDE: "etabliert", labelEN: "established", kind: .done),
        StatusDefinition(key: "im-zeitplan", labelDE: "im Zeitplan", labelEN: "on schedule", kind: .active),
        StatusDefinition(key: "verzoegert", labelDE: "verzögert", labelEN: "delayed", kind: .delayed),
        StatusDefinition(key: "in-planung", labelDE: "in Planung", labelEN: "in planning", kind: .planned),
        StatusDefinition(
            key: "in-linie-ueberfuehrt", labelDE: "in Linie überführt", labelEN: "handed over to line",
            kind: .handedOver),
        StatusDefinition(key: "verworfen", labelDE: "verworfen", labelEN: "discarded", kind: .discarded),
    ]
}

/// A strategy's statuses, found by key or by either label, ignoring case and surrounding space.
public struct StatusSet: Sendable {
    public let all: [StatusDefinition]

    public init(_ all: [StatusDefinition]) {
        self.all = all
    }

    public subscript(key: String) -> StatusDefinition? {
        all.first { $0.key == key }
    }

    public func find(_ text: String) -> StatusDefinition? {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        return all.first {
            $0.key.lowercased() == wanted || $0.labelDE.lowercased() == wanted || $0.labelEN.lowercased() == wanted
        }
    }

    public var keys: [String] { all.map(\.key) }
}
