// Reports: an SVG picture built as text, with its title and label for screen readers.

/// Text anchoring of an SVG `<text>`.
enum TextAnchor: String {
    case start, middle, end
}

/// Builds one `<svg>` element as text: shapes in drawing order, coordinates in pixels.
///
/// Every picture carries a `<title>` and an `aria-label` (`role="img"`), so a screen reader
/// announces what it shows. All text passes through ``Markup/escape(_:)``.
struct SVGCanvas {
    /// The width in pixels.
    let width: Double
    /// The height in pixels.
    let height: Double
    private var body: String

    /// Starts a picture of `width` × `height` pixels described by `title`.
    init(width: Double, height: Double, title: String) {
        self.width = width
        self.height = height
        let label = Markup.escape(title)
        body = "<svg role=\"img\" width=\""
        body.reserveCapacity(4096)
        body += NumberText.coordinate(width) + "\" height=\"" + NumberText.coordinate(height)
        body += "\" viewBox=\"0 0 " + NumberText.coordinate(width) + " "
        body += NumberText.coordinate(height) + "\" aria-label=\"" + label + "\"><title>"
        body += label + "</title>"
    }

    /// A rectangle; `tooltip`, when given, becomes its `<title>` (shown on hover).
    mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String,
        tooltip: String? = nil, opacity: Double? = nil
    ) {
        body += "<rect x=\"" + NumberText.coordinate(x) + "\" y=\"" + NumberText.coordinate(y)
        body += "\" width=\"" + NumberText.coordinate(max(0, width)) + "\" height=\""
        body += NumberText.coordinate(max(0, height)) + "\" fill=\"" + fill + "\""
        if let opacity { body += " fill-opacity=\"" + NumberText.fixed(opacity, 2) + "\"" }
        if let tooltip {
            body += "><title>" + Markup.escape(tooltip) + "</title></rect>"
        } else {
            body += "/>"
        }
    }

    /// A straight line.
    mutating func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1,
        dashed: Bool = false
    ) {
        body += "<line x1=\"" + NumberText.coordinate(x1) + "\" y1=\""
        body += NumberText.coordinate(y1) + "\" x2=\"" + NumberText.coordinate(x2)
        body += "\" y2=\"" + NumberText.coordinate(y2) + "\" stroke=\"" + stroke
        body += "\" stroke-width=\"" + NumberText.coordinate(width) + "\""
        body += dashed ? " stroke-dasharray=\"5 3\"/>" : "/>"
    }

    /// A text label at `(x, y)` (the baseline), optionally rotated about that point.
    mutating func text(
        _ content: String, x: Double, y: Double, anchor: TextAnchor = .start,
        size: Double = 11, rotate: Double? = nil, bold: Bool = false, fill: String = "#222"
    ) {
        body += "<text x=\"" + NumberText.coordinate(x) + "\" y=\"" + NumberText.coordinate(y)
        body += "\" font-size=\"" + NumberText.coordinate(size) + "\" text-anchor=\""
        body += anchor.rawValue + "\" fill=\"" + fill + "\""
        if bold { body += " font-weight=\"bold\"" }
        if let rotate {
            body += " transform=\"rotate(" + NumberText.coordinate(rotate) + " "
            body += NumberText.coordinate(x) + " " + NumberText.coordinate(y) + ")\""
        }
        body += ">" + Markup.escape(content) + "</text>"
    }

    /// Many dots drawn as one path (a zero-length segment per point with round caps), at
    /// whole pixels: about 10 bytes per point instead of 40 for a `<circle>`. Points are given
    /// in data units and placed by the two scales; non-finite ones are skipped, and so is a
    /// point on a pixel the path already covers (one path is painted once, so a repeated
    /// pixel would not darken it: dropping it changes nothing on screen).
    ///
    /// - Complexity: O(p), written byte by byte: this is the page's hottest loop.
    mutating func dots(
        xs: [Double], ys: [Double], x: LinearScale, y: LinearScale, color: String,
        size: Double = 3.5, opacity: Double = 0.55
    ) {
        guard !xs.isEmpty else { return }
        body += "<path fill=\"none\" stroke=\"" + color + "\" stroke-width=\""
        body += NumberText.coordinate(size) + "\" stroke-linecap=\"round\" stroke-opacity=\""
        body += NumberText.fixed(opacity, 2) + "\" d=\""
        var covered = PixelSet(width: width, height: height)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(xs.count * 10)
        for index in 0..<min(xs.count, ys.count) {
            let (px, py) = (x(xs[index]).rounded(), y(ys[index]).rounded())
            guard px.isFinite, py.isFinite, abs(px) < 1e9, abs(py) < 1e9 else { continue }
            let (column, row) = (Int(px), Int(py))
            guard covered.insert(column, row) else { continue }
            bytes.append(UInt8(ascii: "M"))
            Self.appendInteger(column, to: &bytes)
            bytes.append(UInt8(ascii: " "))
            Self.appendInteger(row, to: &bytes)
            bytes.append(UInt8(ascii: "h"))
            bytes.append(UInt8(ascii: "0"))
        }
        body += String(decoding: bytes, as: UTF8.self)
        body += "\"/>"
    }

    /// Appends the decimal digits of `value` to `bytes` (pixel positions: a fast path below
    /// 10,000, the standard library beyond).
    private static func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
        guard value >= 0, value < 10_000 else {
            bytes.append(contentsOf: String(value).utf8)
            return
        }
        let zero = UInt8(ascii: "0")
        if value >= 1000 { bytes.append(zero + UInt8(value / 1000)) }
        if value >= 100 { bytes.append(zero + UInt8(value / 100 % 10)) }
        if value >= 10 { bytes.append(zero + UInt8(value / 10 % 10)) }
        bytes.append(zero + UInt8(value % 10))
    }

    /// Appends raw SVG markup that the caller has already escaped.
    mutating func raw(_ markup: String) {
        body += markup
    }

    /// The finished `<svg>` element.
    func finished() -> String {
        body + "</svg>"
    }
}

/// The whole pixels of a picture already drawn on, one bit each.
struct PixelSet {
    private let columns: Int
    private let rows: Int
    private var words: [UInt64]

    /// An empty set over a `width` × `height` picture.
    init(width: Double, height: Double) {
        columns = Int(max(0, min(1e5, width.rounded(.up)))) + 1
        rows = Int(max(0, min(1e5, height.rounded(.up)))) + 1
        words = [UInt64](repeating: 0, count: (columns * rows + 63) / 64)
    }

    /// Adds the pixel `(column, row)`; `false` when it was already there. Pixels outside the
    /// picture are never recorded, so they always count as new.
    mutating func insert(_ column: Int, _ row: Int) -> Bool {
        guard column >= 0, column < columns, row >= 0, row < rows else { return true }
        let bit = row * columns + column
        let mask = UInt64(1) << UInt64(bit & 63)
        guard words[bit >> 6] & mask == 0 else { return false }
        words[bit >> 6] |= mask
        return true
    }
}
