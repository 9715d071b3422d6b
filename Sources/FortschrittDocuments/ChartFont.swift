import Foundation

/// Words in the PNG status chart: grey coverage bitmaps of Liberation Sans at 13 px (the size and
/// metrics of the SVG's Arial), made by `scripts/make-chart-font.py`, blended onto the pixels.
/// Characters it lacks are drawn as "?".
enum ChartFont {
    struct Glyph {
        var advance: Int
        var width: Int, height: Int
        /// The box's top left, from the pen position on the baseline.
        var left: Int, top: Int
        var coverage: ArraySlice<UInt8>
    }

    static let glyphs: [Character: Glyph] = {
        guard let data = Data(base64Encoded: glyphData) else { return [:] }
        let bytes = [UInt8](data)
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> UInt32 { UInt32(u16(at)) | UInt32(u16(at + 2)) << 16 }
        var glyphs: [Character: Glyph] = [:]
        var at = 4
        for _ in 0..<u16(0) {
            let scalar = Unicode.Scalar(u32(at)) ?? "?"
            let (width, height) = (Int(bytes[at + 5]), Int(bytes[at + 6]))
            let start = at + 9
            glyphs[Character(scalar)] = Glyph(
                advance: Int(bytes[at + 4]), width: width, height: height,
                left: Int(Int8(bitPattern: bytes[at + 7])), top: Int(Int8(bitPattern: bytes[at + 8])),
                coverage: bytes[start..<start + width * height])
            at = start + width * height
        }
        return glyphs
    }()

    static func glyph(_ character: Character) -> Glyph? { glyphs[character] ?? glyphs["?"] }

    /// How wide a text is drawn, in pixels.
    static func width(of text: String) -> Int { text.reduce(0) { $0 + (glyph($1)?.advance ?? 0) } }

    /// Draws `text` with its baseline at `baseline`, starting at `x`, in `rgb`, onto an RGB image.
    static func draw(
        _ text: String, x: Int, baseline: Int, rgb: (UInt8, UInt8, UInt8),
        into pixels: inout [UInt8], width: Int, height: Int
    ) {
        var pen = x
        for character in text {
            guard let glyph = glyph(character) else { continue }
            for row in 0..<glyph.height {
                let y = baseline + glyph.top + row
                guard y >= 0, y < height else { continue }
                for column in 0..<glyph.width {
                    let px = pen + glyph.left + column
                    guard px >= 0, px < width else { continue }
                    let alpha = Int(glyph.coverage[glyph.coverage.startIndex + row * glyph.width + column])
                    guard alpha > 0 else { continue }
                    let i = (y * width + px) * 3
                    pixels[i] = blend(pixels[i], rgb.0, alpha)
                    pixels[i + 1] = blend(pixels[i + 1], rgb.1, alpha)
                    pixels[i + 2] = blend(pixels[i + 2], rgb.2, alpha)
                }
            }
            pen += glyph.advance
        }
    }

    private static func blend(_ under: UInt8, _ over: UInt8, _ alpha: Int) -> UInt8 {
        UInt8((Int(under) * (255 - alpha) + Int(over) * alpha + 127) / 255)
    }
}
