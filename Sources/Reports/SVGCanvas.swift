// Reports: an SVG picture built as text, with its title and label for screen readers.

/// Text anchoring of an SVG `<text>`.
enum TextAnchor: String {
    case start, middle, end
}

/// Writes one `<svg>` element into a ``ByteSink``: shapes in drawing order, coordinates in
/// pixels; ``finish()`` closes the element.
///
/// Every picture carries a `<title>` and an `aria-label` (`role="img"`), so a screen reader
/// announces what it shows. All text passes through ``Markup/escape(_:)``.
struct SVGCanvas {
    /// The width in pixels.
    let width: Double
    /// The height in pixels.
    let height: Double
    /// Where the picture is written (the page's bytes, or the picture's own).
    private let body: ByteSink

    /// Starts a picture of `width` × `height` pixels described by `title`, written at the end
    /// of `sink` (a buffer of its own when not given).
    init(width: Double, height: Double, title: String, into sink: ByteSink = ByteSink()) {
        self.width = width
        self.height = height
        body = sink
        let label = Markup.escape(title)
        body.append("<svg role=\"img\" width=\"")
        body.append(coordinate: width)
        body.append("\" height=\"")
        body.append(coordinate: height)
        body.append("\" viewBox=\"0 0 ")
        body.append(coordinate: width)
        body.append(UInt8(ascii: " "))
        body.append(coordinate: height)
        body.append("\" aria-label=\"")
        body.append(text: label)
        body.append("\"><title>")
        body.append(text: label)
        body.append("</title>")
    }

    /// Appends ` name="value"` with a coordinate value (`name` is ` name="`).
    private func attribute(_ name: StaticString, _ value: Double) {
        body.append(name)
        body.append(coordinate: value, closingQuote: true)
    }

    /// Appends `start` (an attribute's name, `=` and the opening quote), `value` and the
    /// closing quote.
    private func quoted(_ start: StaticString, _ value: String) {
        body.append(start)
        body.append(text: value)
        body.append(UInt8(ascii: "\""))
    }

    /// A rectangle; `tooltip`, when given, becomes its `<title>` (shown on hover).
    mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String,
        tooltip: String? = nil, opacity: Double? = nil
    ) {
        body.append("<rect")
        attribute(" x=\"", x)
        attribute(" y=\"", y)
        attribute(" width=\"", max(0, width))
        attribute(" height=\"", max(0, height))
        quoted(" fill=\"", fill)
        if let opacity {
            body.append(" fill-opacity=\"")
            body.append(fixed: opacity, digits: 2)
            body.append(UInt8(ascii: "\""))
        }
        if let tooltip {
            body.append("><title>")
            body.append(text: Markup.escape(tooltip))
            body.append("</title></rect>")
        } else {
            body.append("/>")
        }
    }

    /// A rectangle whose `<title>` (shown on hover) `tooltip` writes into the picture: markup
    /// the caller has escaped, written in place rather than built as a string first.
    mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String,
        tooltip: (ByteSink) -> Void
    ) {
        body.append("<rect")
        attribute(" x=\"", x)
        attribute(" y=\"", y)
        attribute(" width=\"", max(0, width))
        attribute(" height=\"", max(0, height))
        quoted(" fill=\"", fill)
        body.append("><title>")
        tooltip(body)
        body.append("</title></rect>")
    }

    /// A heat map cell: a rectangle coloured by `ramp` whose tooltip reads "row × column: name
    /// value" (the value as a score), from labels the caller has escaped (once per label
    /// rather than once per cell).
    mutating func cell(
        x: Double, y: Double, size: Double, value: Double, ramp: ColorRamp,
        tooltip: (row: String, column: String, name: String)
    ) {
        body.append("<rect")
        attribute(" x=\"", x)
        attribute(" y=\"", y)
        attribute(" width=\"", max(0, size))
        attribute(" height=\"", max(0, size))
        body.append(" fill=\"")
        ramp.write(value, into: body)
        body.append("\"><title>")
        body.append(text: tooltip.row)
        body.append(" × ")
        body.append(text: tooltip.column)
        body.append(": ")
        body.append(text: tooltip.name)
        body.append(UInt8(ascii: " "))
        body.append(score: value)
        body.append("</title></rect>")
    }

    /// A straight line.
    mutating func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1,
        dashed: Bool = false
    ) {
        body.append("<line")
        attribute(" x1=\"", x1)
        attribute(" y1=\"", y1)
        attribute(" x2=\"", x2)
        attribute(" y2=\"", y2)
        quoted(" stroke=\"", stroke)
        attribute(" stroke-width=\"", width)
        body.append(dashed ? " stroke-dasharray=\"5 3\"/>" : "/>")
    }

    /// A text label at `(x, y)` (the baseline), optionally rotated about that point.
    mutating func text(
        _ content: String, x: Double, y: Double, anchor: TextAnchor = .start,
        size: Double = 11, rotate: Double? = nil, bold: Bool = false, fill: String = "#222"
    ) {
        body.append("<text")
        attribute(" x=\"", x)
        attribute(" y=\"", y)
        attribute(" font-size=\"", size)
        quoted(" text-anchor=\"", anchor.rawValue)
        quoted(" fill=\"", fill)
        if bold { body.append(" font-weight=\"bold\"") }
        if let rotate {
            body.append(" transform=\"rotate(")
            body.append(coordinate: rotate)
            body.append(UInt8(ascii: " "))
            body.append(coordinate: x)
            body.append(UInt8(ascii: " "))
            body.append(coordinate: y)
            body.append(")\"")
        }
        body.append(UInt8(ascii: ">"))
        body.append(text: Markup.escape(content))
        body.append("</text>")
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
        body.append("<path fill=\"none\"")
        quoted(" stroke=\"", color)
        attribute(" stroke-width=\"", size)
        body.append(" stroke-linecap=\"round\" stroke-opacity=\"")
        body.append(fixed: opacity, digits: 2)
        body.append("\" d=\"")
        var covered = PixelSet(width: width, height: height)
        let (xMap, yMap) = (x.affine, y.affine)
        let count = min(xs.count, ys.count)
        // At most "M", two integers of 20 digits and a sign each, " " and "h0" per point.
        body.write(atMost: count * 46) { start in
            var written = 0
            xs.withUnsafeBufferPointer { xs in
                ys.withUnsafeBufferPointer { ys in
                    for index in 0..<count {
                        let px = xMap.offset + xMap.slope * xs[index]
                        let py = yMap.offset + yMap.slope * ys[index]
                        guard abs(px) < 1e9, abs(py) < 1e9 else { continue }  // also drops NaN
                        let (column, row) = (Self.nearest(px), Self.nearest(py))
                        guard covered.insert(column, row) else { continue }
                        var cursor = start + written
                        cursor.pointee = UInt8(ascii: "M")
                        cursor = Self.write(column, at: cursor + 1)
                        cursor.pointee = UInt8(ascii: " ")
                        cursor = Self.write(row, at: cursor + 1)
                        cursor[0] = UInt8(ascii: "h")
                        cursor[1] = UInt8(ascii: "0")
                        written = cursor + 2 - start
                    }
                }
            }
            return written
        }
        body.append("\"/>")
    }

    /// The whole number nearest to `value` (halves upward), for |value| < 10⁹, without a call
    /// into the C library.
    static func nearest(_ value: Double) -> Int {
        let shifted = value + 0.5
        let truncated = Int(shifted)
        return Double(truncated) > shifted ? truncated - 1 : truncated
    }

    /// Writes the decimal digits of `value` (|value| < 10⁹) at `cursor` and returns the
    /// position after them.
    private static func write(_ value: Int, at cursor: UnsafeMutablePointer<UInt8>)
        -> UnsafeMutablePointer<UInt8>
    {
        var cursor = cursor
        if value < 0 {
            cursor.pointee = UInt8(ascii: "-")
            cursor += 1
        }
        var rest = value.magnitude
        var digits = 1
        var power: UInt = 10
        while rest >= power && digits < 19 {
            digits += 1
            power *= 10
        }
        for position in stride(from: digits - 1, through: 0, by: -1) {
            cursor[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        return cursor + digits
    }

    /// Appends raw SVG markup that the caller has already escaped.
    mutating func raw(_ markup: String) {
        body.append(text: markup)
    }

    /// Closes the `<svg>` element.
    func finish() {
        body.append("</svg>")
    }

    /// Closes the `<svg>` element and returns the picture's bytes (for a canvas with a buffer
    /// of its own).
    func finished() -> SVGMarkup {
        finish()
        return SVGMarkup(bytes: body.bytes)
    }
}

/// A finished `<svg>` element on its own, as UTF-8 bytes (pictures on the page are drawn
/// straight into it instead).
struct SVGMarkup {
    /// The element's UTF-8 bytes.
    let bytes: [UInt8]

    /// The element as text (for tests and text alternatives).
    var text: String { String(decoding: bytes, as: UTF8.self) }
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
    @inline(__always)
    mutating func insert(_ column: Int, _ row: Int) -> Bool {
        guard column >= 0, column < columns, row >= 0, row < rows else { return true }
        let bit = row * columns + column
        let mask = UInt64(1) << UInt64(bit & 63)
        guard words[bit >> 6] & mask == 0 else { return false }
        words[bit >> 6] |= mask
        return true
    }
}
