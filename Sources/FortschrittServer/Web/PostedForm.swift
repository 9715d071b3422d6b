import FortschrittDomain
import Foundation
import Hummingbird

/// A form as posted: its body read once (bounded) and decoded once by Hummingbird's
/// `URLEncodedFormDecoder` into the route's `Fields`, every value checked for control characters (NUL,
/// say, which PostgreSQL cannot store, or one that would break a document) with its field named, and
/// the CSRF token checked against the one derived from the session. Routes that change anything
/// are registered with `postForm`, so no handler runs before this check.
struct PostedForm<Fields: Decodable & Sendable>: Decodable, Sendable {
    let fields: Fields
    /// Every value by field name, to show again what was entered when a form is refused.
    let entered: [String: String]
    fileprivate let token: String?

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: FieldName.self)
        var entered: [String: String] = [:]
        for key in container.allKeys {
            guard let value = try? container.decode(String.self, forKey: key) else {
                throw NotOneValue(field: Input.excerpt(key.stringValue))
            }
            entered[key.stringValue] = try Input.text(
                value, Input.excerpt(key.stringValue), limit: Input.textLimit, multiline: true)
        }
        self.entered = entered
        self.token = entered[CSRFToken.field]
        self.fields = try Fields(from: decoder)
    }

    static func read(_ request: Request, _ context: WebRequestContext) async throws -> Self {
        // Browsers send a text area's line breaks as CRLF (HTML's form encoding): they become LF here.
        let body = String(buffer: try await request.body.collect(upTo: context.maxUploadSize))
            .replacingOccurrences(of: "%0D%0A", with: "%0A", options: .caseInsensitive)
        let form: Self
        do {
            form = try URLEncodedFormDecoder().decode(Self.self, from: body)
        } catch let error as NotOneValue {
            throw Problem.badParameter(error.field, context.language.text(.expectedOneValue))
        } catch let error as URLEncodedFormError {
            throw Problem.badParameter("form", context.language.text(.formUnreadable(Input.excerpt(error.description))))
        } catch let error as DecodingError {
            throw Problem.badParameter("form", context.language.text(.formUnreadable(error.localizedDescription)))
        }
        guard !context.csrfToken.isEmpty, let token = form.token, CSRFToken.same(token, context.csrfToken) else {
            throw HTTPError(.forbidden, message: context.language.text(.formExpired))
        }
        return form
    }
}

/// A field sent more than once or as a list: said in the page's language where the form is read.
struct NotOneValue: Error {
    let field: String
}

struct FieldName: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// Forms with no fields but the token (sign out, close the round, confirm a measure).
struct NoFields: Decodable, Sendable {}

extension Router where Context == WebRequestContext {
    /// A POST route for a form; `handler` gets the form only once it was read and its token checked.
    func postForm<Fields: Decodable & Sendable>(
        _ path: RouterPath, _ fields: Fields.Type,
        use handler: @escaping @Sendable (Request, WebRequestContext, PostedForm<Fields>) async throws -> Response
    ) {
        post(path) { request, context in
            try await handler(request, context, try await PostedForm<Fields>.read(request, context))
        }
    }
}

extension Optional where Wrapped == String {
    /// The value with blanks trimmed; nil when missing or empty.
    var nonBlank: String? {
        guard let value = self?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }
}
