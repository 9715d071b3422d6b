import FortschrittDomain
import Foundation
import SQLKit

/// The whole state of a dataset or an application as its events store it: JSON with sorted keys.
enum StateJSON {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<Value: Decodable>(_ type: Value.Type, _ text: String) throws -> Value {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw StoreError.unreadable(column: "state", text: String(text.prefix(80)))
        }
    }
}

/// What datasets and applications share: a row that fixes the slug, and events numbered 1, 2, … that
/// each hold the whole state.
enum StateEvents {
    /// The row and the next event's number for saving `new` under `slug` in `table` ("datasets",
    /// "applications"): a new row when none exists and none was read; else the existing one, if the
    /// version read is the current one and something changed.
    static func target<Value: Equatable>(
        _ table: String, slug: String, new: Value, existing: (value: Value, version: Int)?, read: Int?,
        at time: RecordedTime, _ db: any SQLDatabase
    ) async throws -> (id: Int64, number: Int) {
        switch (existing, read) {
        case (nil, nil):
            let id = try await db.raw(
                """
                INSERT INTO \(unsafeRaw: table) (slug, created_at) VALUES (\(bind: slug), \(bind: time.iso))
                RETURNING id
                """
            ).first().required().decode(column: "id", as: Int64.self)
            return (id, 1)
        case (.some, nil): throw RuleViolation("kennung", .datasetExists(slug))
        case (nil, .some): throw RuleViolation("kennung", .noSuchDataset(slug))
        case (.some(let current), .some(let read)):
            guard current.version == read else { throw RuleViolation("stand", .datasetChanged(current.version)) }
            guard current.value != new else { throw RuleViolation("grund", .nothingToChange) }
            let id = try await db.raw("SELECT id FROM \(unsafeRaw: table) WHERE slug = \(bind: slug)").first()
                .required().decode(column: "id", as: Int64.self)
            return (id, current.version + 1)
        }
    }
}
