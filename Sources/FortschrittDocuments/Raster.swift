import Foundation

/// An RGB picture to draw the charts' PNG fallbacks on: filled boxes, thick and dashed lines, dots,
/// diamonds and words in the chart font. Coordinates are doubles as in the SVG; whatever falls off
/// the canvas, or is no number at all, is left out.
struct Raster {
    typealias Colour = (red: UInt8, green: UInt8, blue: UInt8)
    enum Anchor { case start, middle, end }

    let width: Int, height: Int
    private(set) var pixels: [UInt8]

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        pixels = [UInt8](repeating: 255, count: width * height * 3)
    }

    /// "#1565c0" as a colour (black if it is none).
    static func colour(_ hex: String) -> Colour {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        return (UInt8(truncatingIfNeeded: value >> 16), UInt8(truncatingIfNeeded: value >> 8), UInt8(value & 0xFF))
    }

    /// A canvas position for a double: far-off and non-numbers land outside.
    static func pixel(_ value: Double) -> Int {
        guard value.isFinite else { return -1_000_000 }
        return Int(min(max(value, -1_000_000), 1_000_000).rounded(.down))
    }

    mutating func set(_ x: Int, _ y: Int, _ colour: Colour) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let i = (y * width + x) * 3
        (pixels[i], pixels[i + 1], pixels[i + 2]) = (colour.red, colour.green, colour.blue)
    }

    mutating func fill(x: Int, y: Int, width w: Int, height h: Int, _ colour: Colour) {
        for yy in max(0, y)..<max(max(0, y), min(height, y + h)) {
            for xx in max(0, x)..<max(max(0, x), min(width, x + w)) { set(xx, yy, colour) }
        }
    }

    /// A filled circle around (x, y).
    mutating func disc(x: Double, y: Double, radius: Double, _ colour: Colour) {
        let reach = Int(radius.rounded(.up))
        let (cx, cy) = (Self.pixel(x), Self.pixel(y))
        for dy in -reach...reach {
            for dx in -reach...reach where Double(dx * dx + dy * dy) <= radius * radius {
                set(cx + dx, cy + dy, colour)
            }
        }
    }

    /// A filled diamond around (x, y), `radius` from its centre to each corner.
    mutating func diamond(x: Double, y: Double, radius: Int, _ colour: Colour) {
        let (cx, cy) = (Self.pixel(x), Self.pixel(y))
        for dy in -radius...radius {
            for dx in -radius...radius where abs(dx) + abs(dy) <= radius { set(cx + dx, cy + dy, colour) }
        }
    }

    /// A line `thickness` wide; with `dash` (on, off) in pixels, a dashed one.
    mutating func line(
        from start: (x: Double, y: Double), to end: (x: Double, y: Double), thickness: Double, _ colour: Colour,
        dash: (on: Double, off: Double)? = nil
    ) {
        let (dx, dy) = (end.x - start.x, end.y - start.y)
        let length = (dx * dx + dy * dy).squareRoot()
        guard length.isFinite else { return }
        let steps = Int(min(length * 2, 20_000).rounded(.up))
        for step in 0...max(steps, 0) {
            let along = steps > 0 ? Double(step) / Double(steps) : 0
            if let dash, dash.on + dash.off > 0,
                (along * length).truncatingRemainder(dividingBy: dash.on + dash.off) >= dash.on
            {
                continue
            }
            disc(x: start.x + dx * along, y: start.y + dy * along, radius: thickness / 2, colour)
        }
    }

    /// Words in the chart font, their baseline at `baseline`, placed by `anchor` at `x`.
    mutating func text(_ words: String, x: Int, baseline: Int, _ colour: Colour, anchor: Anchor = .start) {
        let width = ChartFont.width(of: words)
        let start =
            switch anchor {
            case .start: x
            case .middle: x - width / 2
            case .end: x - width
            }
        ChartFont.draw(
            words, x: start, baseline: baseline, rgb: (colour.red, colour.green, colour.blue), into: &pixels,
            width: self.width, height: height)
    }

    func png() throws -> Data { try PNG.encode(width: width, height: height, rgb: pixels) }
}
