import Crypto
import Foundation
import ZIPFoundation

/// The ZIP container of an Office Open XML document, written and read with ZIPFoundation (zlib).
/// Every entry carries the same fixed time, so that the same parts give the same bytes with one zlib.
enum OfficePackage {
    /// 1980-01-01 00:00 local time, the earliest DOS time: no clock leaks into the file.
    private static let fixedTime: Date = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        return calendar.date(from: DateComponents(year: 1980, month: 1, day: 1)) ?? Date(timeIntervalSince1970: 0)
    }()

    struct Unreadable: Error, CustomStringConvertible {
        let description: String
    }

    /// The archive of the parts, in the order given (deflated unless a test asks otherwise).
    static func write(_ parts: [(name: String, content: Data)], deflated: Bool = true) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in parts {
            try archive.addEntry(
                with: part.name, type: .file, uncompressedSize: Int64(part.content.count),
                modificationDate: fixedTime, compressionMethod: deflated ? .deflate : .none
            ) { position, size in
                let start = Int(position)
                return part.content.subdata(in: start..<min(start + size, part.content.count))
            }
        }
        guard let data = archive.data else { throw Unreadable(description: "the archive was not written") }
        return data
    }

    /// The parts of an archive by name, inflated.
    static func parts(of data: Data) throws -> [String: Data] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive where entry.type == .file {
            var content = Data()
            _ = try archive.extract(entry) { content.append($0) }
            parts[entry.path] = content
        }
        return parts
    }

    /// SHA-256 over the parts' names and uncompressed bytes, in name order: what a document says,
    /// independent of how a zlib version compresses it.
    static func contentHash(of data: Data) throws -> String {
        var hash = SHA256()
        for (name, content) in try parts(of: data).sorted(by: { $0.key < $1.key }) {
            hash.update(data: Data("\(name)\u{0}\(content.count)\u{0}".utf8))
            hash.update(data: content)
        }
        return hash.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
