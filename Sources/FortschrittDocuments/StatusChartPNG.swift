import FortschrittDomain
import Foundation
import ZIPFoundation

/// The status chart as a PNG, for programs that cannot show the SVG (LibreOffice, older Word): the
/// same bars, numbers, labels and legend, drawn on the same grid.
enum StatusChartPNG {
    static func render(_ chart: StatusChart) throws -> Data {
        let layout = StatusChartSVG.Layout(chart)
        var raster = Raster(width: layout.width, height: layout.height)
        let (ink, white) = (Raster.colour("#1a1a1a"), Raster.colour("#ffffff"))
        let maximum = max(1, chart.bars.map { $0.segments.reduce(0, +) }.max() ?? 1)
        for (row, bar) in chart.bars.enumerated() {
            let y = layout.top + row * layout.rowHeight
            raster.text(bar.label, x: 0, baseline: y + 17, ink)
            var x = layout.labelWidth
            for (segment, value) in bar.segments.enumerated() where value > 0 {
                let w = value * layout.barWidth / maximum
                raster.fill(
                    x: x, y: y + 2, width: max(1, w), height: 22,
                    Raster.colour(StatusChartSVG.colour(chart.series[segment].kind)))
                if w >= 18 { raster.text(String(value), x: x + w / 2, baseline: y + 17, white, anchor: .middle) }
                x += w
            }
            raster.text(String(bar.segments.reduce(0, +)), x: x + 6, baseline: y + 17, ink)
        }
        for (index, series) in chart.series.enumerated() {
            let x = (index % 3) * 230
            let y = layout.legendTop + (index / 3) * 24
            raster.fill(x: x, y: y, width: 14, height: 14, Raster.colour(StatusChartSVG.colour(series.kind)))
            raster.text(series.label, x: x + 20, baseline: y + 12, ink)
        }
        return try raster.png()
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
