import Foundation

/// Writes a ZIP archive of deflated entries with a fixed timestamp, so that the same content always
/// gives the same bytes: published documents must regenerate byte for byte.
struct ZipArchive {
    private var body = Data()
    private var directory = Data()
    private var count: UInt16 = 0

    /// 1980-01-01 00:00, the earliest DOS time: no clock or time zone leaks into the file.
    private static let dosTime: UInt16 = 0
    private static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1

    mutating func add(_ path: String, _ content: Data) {
        let name = Data(path.utf8)
        let crc = CRC32.checksum(content)
        let compressed = Deflate.compress(content)
        let offset = UInt32(body.count)
        var local = Data()
        local.append(le32: 0x0403_4B50)
        local.append(le16: 20)  // version needed
        local.append(le16: 0x0800)  // UTF-8 names
        local.append(le16: 8)  // deflated
        local.append(le16: Self.dosTime)
        local.append(le16: Self.dosDate)
        local.append(le32: crc)
        local.append(le32: UInt32(compressed.count))
        local.append(le32: UInt32(content.count))
        local.append(le16: UInt16(name.count))
        local.append(le16: 0)
        body.append(local)
        body.append(name)
        body.append(compressed)

        directory.append(le32: 0x0201_4B50)
        directory.append(le16: 20)  // made by
        directory.append(le16: 20)
        directory.append(le16: 0x0800)
        directory.append(le16: 8)
        directory.append(le16: Self.dosTime)
        directory.append(le16: Self.dosDate)
        directory.append(le32: crc)
        directory.append(le32: UInt32(compressed.count))
        directory.append(le32: UInt32(content.count))
        directory.append(le16: UInt16(name.count))
        directory.append(le16: 0)  // extra
        directory.append(le16: 0)  // comment
        directory.append(le16: 0)  // disk
        directory.append(le16: 0)  // internal attributes
        directory.append(le32: 0)  // external attributes
        directory.append(le32: offset)
        directory.append(name)
        count += 1
    }

    var data: Data {
        var out = body
        out.append(directory)
        out.append(le32: 0x0605_4B50)
        out.append(le16: 0)
        out.append(le16: 0)
        out.append(le16: count)
        out.append(le16: count)
        out.append(le32: UInt32(directory.count))
        out.append(le32: UInt32(body.count))
        out.append(le16: 0)
        return out
    }
}

enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum(_ data: Data) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        table.withUnsafeBufferPointer { table in
            data.withUnsafeBytes { bytes in
                for byte in bytes { c = table[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
            }
        }
        return c ^ 0xFFFF_FFFF
    }
}

extension Data {
    mutating func append(le16 value: UInt16) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
    mutating func append(le32 value: UInt32) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
    mutating func append(be32 value: UInt32) { Swift.withUnsafeBytes(of: value.bigEndian) { append(contentsOf: $0) } }
}
