import FortschrittDomain
import Foundation
import Hummingbird
import NIOCore

/// An `application/x-www-form-urlencoded` body: the first value of each name.
struct FormData: Sendable {
    private var pairs: [(String, String)]

    init(_ buffer: ByteBuffer) {
        self.init(String(buffer: buffer))
    }

    init(_ text: String) {
        pairs = text.split(separator: "&").map { part in
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s)
            }
            return (decode(pieces[0]), pieces.count > 1 ? decode(pieces[1]) : "")
        }
    }

    subscript(name: String) -> String? { pairs.first { $0.0 == name }?.1 }

    /// The value with blanks trimmed; nil when missing or empty.
    func text(_ name: String) -> String? {
        guard let value = self[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            return nil
        }
        return value
    }

    /// The request's form; a field with a control character (NUL, say, which PostgreSQL cannot
    /// store, or one that would break a document) is refused with its name before anything reads it.
    static func read(_ request: Request, _ context: some RequestContext) async throws -> FormData {
        let form = FormData(try await request.body.collect(upTo: context.maxUploadSize))
        for (name, value) in form.pairs {
            _ = try Input.text(value, Input.excerpt(name), limit: Input.textLimit, multiline: true)
        }
        return form
    }
}
