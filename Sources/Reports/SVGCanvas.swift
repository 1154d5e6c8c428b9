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
    let sink: ByteSink

    /// Starts a picture of `width` × `height` pixels described by `title`, written at the end
    /// of `sink` (a buffer of its own when not given).
    init(width: Double, height: Double, title: String, into sink: ByteSink = ByteSink()) {
        self.width = width
        self.height = height
        self.sink = sink
        let label = Markup.escape(title)
        sink.append("<svg role=\"img\" width=\"")
        sink.append(coordinate: width)
        sink.append("\" height=\"")
        sink.append(coordinate: height)
        sink.append("\" viewBox=\"0 0 ")
        sink.append(coordinate: width)
        sink.append(UInt8(ascii: " "))
        sink.append(coordinate: height)
        sink.append("\" aria-label=\"")
        sink.append(text: label)
        sink.append("\"><title>")
        sink.append(text: label)
        sink.append("</title>")
    }

    /// Appends ` name="value"` with a coordinate value (`name` is ` name="`).
    private func attribute(_ name: StaticString, _ value: Double) {
        sink.append(name)
        sink.append(coordinate: value, closingQuote: true)
    }

    /// Appends `start` (an attribute's name, `=` and the opening quote), `value` and the
    /// closing quote.
    private func quoted(_ start: StaticString, _ value: String) {
        sink.append(start)
        sink.append(text: value)
        sink.append(UInt8(ascii: "\""))
    }

    /// A rectangle; `tooltip`, when given, becomes its `<title>` (shown on hover).
    mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String,
        tooltip: String? = nil, opacity: Double? = nil
    ) {
        sink.append("<rect")
        attribute(" x=\"", x)
        attribute(" y=\"", y)
        attribute(" width=\"", max(0, width))
        attribute(" height=\"", max(0, height))
        quoted(" fill=\"", fill)
        if let opacity {
            sink.append(" fill-opacity=\"")
            sink.append(fixed: opacity, digits: 2)
            sink.append(UInt8(ascii: "\""))
        }
        if let tooltip {
            sink.append("><title>")
            sink.append(text: Markup.escape(tooltip))
            sink.append("</title></rect>")
        } else {
            sink.append("/>")
        }
    }

    /// A rectangle whose `<title>` (shown on hover) `tooltip` writes into the picture: markup
    /// the caller has escaped, written in place rather than built as a string first.
    mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String,
        tooltip: (ByteSink) -> Void
    ) {
        sink.append("<rect")
        attribute(" x=\"", x)
        attribute(" y=\"", y)
        attribute(" width=\"", max(0, width))
        attribute(" height=\"", max(0, height))
        quoted(" fill=\"", fill)
        sink.append("><title>")
        tooltip(sink)
        sink.append("</title></rect>")
    }

    /// A heat map cell: a rectangle coloured by `ramp` whose tooltip reads "row × column: name
    /// value" (the value as a score). The caller gives the escaped tooltip in two parts made
    /// once per label rather than once per cell: "row × " and "column: name ".
    mutating func cell(
        x: Double, y: Double, size: Double, value: Double, ramp: ColorRamp,
        tooltip: (row: String, column: String)
    ) {
        sink.append("<rect")
        attribute(" x=\"", x)
        attribute(" y=\"", y)
        attribute(" width=\"", max(0, size))
        attribute(" height=\"", max(0, size))
        sink.append(" fill=\"")
        ramp.write(value, into: sink)
        sink.append("\"><title>")
        sink.append(text: tooltip.row)
        sink.append(text: tooltip.column)
        sink.append(score: value)
        sink.append("</title></rect>")
    }

    /// `count` squares of side `size` in a row, `step` apart from `x`, as one path with one
    /// `<title>` (`tooltip`, escaped here).
    mutating func squares(
        x: Double, y: Double, count: Int, step: Double, size: Double, fill: String,
        tooltip: String
    ) {
        let side = max(0, size)
        sink.append("<path d=\"")
        for index in 0..<count {
            sink.append("M")
            sink.append(coordinate: x + Double(index) * step)
            sink.append(" ")
            sink.append(coordinate: y)
            sink.append("h")
            sink.append(coordinate: side)
            sink.append("v")
            sink.append(coordinate: side)
            sink.append("h")
            sink.append(coordinate: -side)
            sink.append("z")
        }
        sink.append("\" fill=\"")
        sink.append(text: fill)
        sink.append("\"><title>")
        sink.append(text: Markup.escape(tooltip))
        sink.append("</title></path>")
    }

    /// A straight line.
    mutating func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1,
        dashed: Bool = false
    ) {
        sink.append("<line")
        attribute(" x1=\"", x1)
        attribute(" y1=\"", y1)
        attribute(" x2=\"", x2)
        attribute(" y2=\"", y2)
        quoted(" stroke=\"", stroke)
        attribute(" stroke-width=\"", width)
        sink.append(dashed ? " stroke-dasharray=\"5 3\"/>" : "/>")
    }

    /// A text label at `(x, y)` (the baseline), optionally rotated about that point.
    mutating func text(
        _ content: String, x: Double, y: Double, anchor: TextAnchor = .start,
        size: Double = 11, rotate: Double? = nil, bold: Bool = false, fill: String = "#222"
    ) {
        sink.append("<text")
        attribute(" x=\"", x)
        attribute(" y=\"", y)
        attribute(" font-size=\"", size)
        quoted(" text-anchor=\"", anchor.rawValue)
        quoted(" fill=\"", fill)
        if bold { sink.append(" font-weight=\"bold\"") }
        if let rotate {
            sink.append(" transform=\"rotate(")
            sink.append(coordinate: rotate)
            sink.append(UInt8(ascii: " "))
            sink.append(coordinate: x)
            sink.append(UInt8(ascii: " "))
            sink.append(coordinate: y)
            sink.append(")\"")
        }
        sink.append(UInt8(ascii: ">"))
        sink.append(text: Markup.escape(content))
        sink.append("</text>")
    }

    /// Starts a `<path>` of round dots: the attributes up to the opening quote of `d`.
    func pathStart(color: String, size: Double, opacity: Double) {
        sink.append("<path fill=\"none\"")
        quoted(" stroke=\"", color)
        attribute(" stroke-width=\"", size)
        sink.append(" stroke-linecap=\"round\" stroke-opacity=\"")
        sink.append(fixed: opacity, digits: 2)
        sink.append("\" d=\"")
    }

    /// Appends raw SVG markup that the caller has already escaped.
    mutating func raw(_ markup: String) {
        sink.append(text: markup)
    }

    /// Closes the `<svg>` element.
    func finish() {
        sink.append("</svg>")
    }

    /// Closes the `<svg>` element and returns the picture's bytes (for a canvas with a buffer
    /// of its own).
    func finished() -> SVGMarkup {
        finish()
        return SVGMarkup(bytes: sink.bytes)
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
