import Foundation

/// DEFLATE (RFC 1951) with the fixed Huffman codes and LZ77 matches found through a hash of the
/// next three bytes: small, deterministic (the same input always gives the same bytes, which
/// published documents need) and without a zlib dependency. XML and the chart's PNG shrink several
/// times; it does not try to match zlib's ratios.
enum Deflate {
    static func compress(_ input: Data) -> Data {
        let bytes = [UInt8](input)
        var out = BitWriter()
        out.write(1, bits: 1)  // the final block
        out.write(1, bits: 2)  // fixed Huffman codes
        let window = 32_768
        let maxMatch = 258
        let chainLimit = 32
        var head = [Int32](repeating: -1, count: 1 << 15)
        var previous = [Int32](repeating: -1, count: bytes.count)
        func hash(_ i: Int) -> Int { (Int(bytes[i]) << 10 ^ Int(bytes[i + 1]) << 5 ^ Int(bytes[i + 2])) & 0x7FFF }
        func remember(_ i: Int) {
            guard i + 2 < bytes.count else { return }
            let h = hash(i)
            previous[i] = head[h]
            head[h] = Int32(i)
        }
        var i = 0
        while i < bytes.count {
            var bestLength = 0
            var bestDistance = 0
            if i + 2 < bytes.count {
                var candidate = Int(head[hash(i)])
                var tries = 0
                let limit = min(maxMatch, bytes.count - i)
                while candidate >= 0, i - candidate <= window, tries < chainLimit {
                    var length = 0
                    while length < limit, bytes[candidate + length] == bytes[i + length] { length += 1 }
                    if length > bestLength {
                        bestLength = length
                        bestDistance = i - candidate
                        if length == limit { break }
                    }
                    candidate = Int(previous[candidate])
                    tries += 1
                }
            }
            if bestLength >= 3 {
                out.writeLength(bestLength)
                out.writeDistance(bestDistance)
                for j in i..<(i + bestLength) { remember(j) }
                i += bestLength
            } else {
                out.writeLiteral(Int(bytes[i]))
                remember(i)
                i += 1
            }
        }
        out.writeLiteral(256)  // end of block
        return out.finish()
    }

    /// The zlib wrapping PNG needs: header, DEFLATE data, Adler-32 of the input.
    static func zlib(_ input: Data) -> Data {
        var data = Data([0x78, 0x01])
        data.append(compress(input))
        var a: UInt32 = 1
        var b: UInt32 = 0
        input.withUnsafeBytes { bytes in
            for byte in bytes {
                a = (a + UInt32(byte)) % 65_521
                b = (b + a) % 65_521
            }
        }
        data.append(be32: (b << 16) | a)
        return data
    }

    static let lengthBases = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBases = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
        4097, 6145, 8193, 12289, 16385, 24577,
    ]
    static let distanceExtra = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]

    private struct BitWriter {
        var data = Data()
        var buffer: UInt64 = 0
        var count = 0

        /// Writes `bits` bits of `value`, least significant first (how DEFLATE packs numbers).
        mutating func write(_ value: Int, bits: Int) {
            buffer |= UInt64(value) << UInt64(count)
            count += bits
            while count >= 8 {
                data.append(UInt8(buffer & 0xFF))
                buffer >>= 8
                count -= 8
            }
        }

        /// Writes a Huffman code, which DEFLATE packs most significant bit first.
        mutating func writeCode(_ code: Int, bits: Int) {
            var reversed = 0
            for bit in 0..<bits where code & (1 << bit) != 0 { reversed |= 1 << (bits - 1 - bit) }
            write(reversed, bits: bits)
        }

        /// A literal byte, the end of the block (256) or a length symbol (257…285), in the fixed code.
        mutating func writeLiteral(_ symbol: Int) {
            switch symbol {
            case 0...143: writeCode(0x30 + symbol, bits: 8)
            case 144...255: writeCode(0x190 + symbol - 144, bits: 9)
            case 256...279: writeCode(symbol - 256, bits: 7)
            default: writeCode(0xC0 + symbol - 280, bits: 8)
            }
        }

        mutating func writeLength(_ length: Int) {
            let index = (Deflate.lengthBases.lastIndex { $0 <= length })!
            writeLiteral(257 + index)
            write(length - Deflate.lengthBases[index], bits: Deflate.lengthExtra[index])
        }

        mutating func writeDistance(_ distance: Int) {
            let index = (Deflate.distanceBases.lastIndex { $0 <= distance })!
            writeCode(index, bits: 5)
            write(distance - Deflate.distanceBases[index], bits: Deflate.distanceExtra[index])
        }

        mutating func finish() -> Data {
            if count > 0 { data.append(UInt8(buffer & 0xFF)) }
            buffer = 0
            count = 0
            return data
        }
    }
}
