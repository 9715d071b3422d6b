import Hummingbird

/// German by default; English when the visitor chose it (a cookie set by the language switch).
enum Language: String, CaseIterable, Sendable {
    case de, en

    static let cookie = "lang"

    init(_ request: Request) {
        self = request.cookies[Self.cookie].flatMap { Language(rawValue: $0.value) } ?? .de
    }

    var other: Language { self == .de ? .en : .de }
}
