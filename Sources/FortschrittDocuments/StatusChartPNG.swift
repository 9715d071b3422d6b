import FortschrittDomain
import Foundation
import ZIPFoundation

/// The status chart as a PNG, for programs that cannot show the SVG (LibreOffice, older Word): the
/// same bars, numbers, labels and legend, drawn on the same grid.
enum StatusChartPNG {
    static func render(_ chart: StatusChart) throws -> Data {
        let layout = StatusChartSVG.Layout(chart)
        let (width, height, rowHeight, top, legendTop) = (
            layout.width, layout.height, layout.rowHeight, layout.top, layout.legendTop
        )
        var pixels = [UInt8](repeating: 255, count: width * height * 3)
        func fill(_ x: Int, _ y: Int, _ w: Int, _ h: Int, _ hex: String) {
            let v = Int(hex.dropFirst(), radix: 16)!
            let rgb = [UInt8(v >> 16), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)]
            for yy in max(0, y)..<min(height, y + h) {
                for xx in max(0, x)..<min(width, x + w) {
                    let i = (yy * width + xx) * 3
                    pixels[i] = rgb[0]
                    pixels[i + 1] = rgb[1]
                    pixels[i + 2] = rgb[2]
                }
            }
        }
        func text(_ words: String, _ x: Int, _ baseline: Int, _ rgb: (UInt8, UInt8, UInt8) = (0x1a, 0x1a, 0x1a)) {
            ChartFont.draw(words, x: x, baseline: baseline, rgb: rgb, into: &pixels, width: width, height: height)
        }
        let maximum = max(1, chart.bars.map { $0.segments.reduce(0, +) }.max() ?? 1)
        for (row, bar) in chart.bars.enumerated() {
            let y = top + row * rowHeight
            text(bar.label, 0, y + 17)
            var x = layout.labelWidth
            for (segment, value) in bar.segments.enumerated() where value > 0 {
                let w = value * layout.barWidth / maximum
                fill(x, y + 2, max(1, w), 22, StatusChartSVG.colour(chart.series[segment].kind))
                if w >= 18 {
                    text(String(value), x + w / 2 - ChartFont.width(of: String(value)) / 2, y + 17, (255, 255, 255))
                }
                x += w
            }
            text(String(bar.segments.reduce(0, +)), x + 6, y + 17)
        }
        for (index, series) in chart.series.enumerated() {
            let x = (index % 3) * 230
            let y = legendTop + (index / 3) * 24
            fill(x, y, 14, 14, StatusChartSVG.colour(series.kind))
            text(series.label, x + 20, y + 12)
        }
        return try PNG.encode(width: width, height: height, rgb: pixels)
    }
}

/// A minimal PNG encoder: 8-bit RGB, no filtering, compressed by zlib through ZIPFoundation.
enum PNG {
    static func encode(width: Int, height: Int, rgb: [UInt8]) throws -> Data {
        var raw = Data(capacity: (width * 3 + 1) * height)
        for y in 0..<height {
            raw.append(0)
            raw.append(contentsOf: rgb[(y * width * 3)..<((y + 1) * width * 3)])
        }
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        var header = Data()
        header.append(bigEndian: UInt32(width))
        header.append(bigEndian: UInt32(height))
        header.append(contentsOf: [8, 2, 0, 0, 0])
        chunk("IHDR", header, into: &png)
        chunk("IDAT", try zlibStream(raw), into: &png)
        chunk("IEND", Data(), into: &png)
        return png
    }

    private static func chunk(_ type: String, _ content: Data, into png: inout Data) {
        png.append(bigEndian: UInt32(content.count))
        let typed = Data(type.utf8) + content
        png.append(typed)
        png.append(bigEndian: typed.crc32(checksum: 0))
    }

    /// PNG wants a zlib stream (RFC 1950); ZIPFoundation offers zlib's raw DEFLATE, so the two-byte
    /// header and the Adler-32 trailer are added here.
    private static func zlibStream(_ raw: Data) throws -> Data {
        var stream = Data([0x78, 0x9C])
        _ = try Data.compress(
            size: Int64(raw.count), bufferSize: 64 * 1024,
            provider: { position, size in
                let start = Int(position)
                return raw.subdata(in: start..<min(start + size, raw.count))
            },
            consumer: { stream.append($0) })
        var (a, b): (UInt32, UInt32) = (1, 0)
        for byte in raw {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        stream.append(bigEndian: b << 16 | a)
        return stream
    }
}

extension Data {
    mutating func append(bigEndian value: UInt32) {
        Swift.withUnsafeBytes(of: value.bigEndian) { append(contentsOf: $0) }
    }
}
