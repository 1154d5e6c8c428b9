// Reports: the page being written, as one growing buffer of UTF-8 bytes.

/// The HTML of a page as it is written: UTF-8 bytes appended to one ``ByteSink``, turned into
/// a `String` (or an array of bytes) once at the end.
///
/// `+=` appends a string's bytes, or draws a picture straight into the page, so the writers
/// read as string building while each piece costs a copy of its bytes and no bookkeeping of a
/// growing `String`.
struct PageText {
    /// The bytes written so far.
    let sink: ByteSink

    /// An empty text with room for `capacity` bytes.
    init(capacity: Int) {
        sink = ByteSink(capacity: capacity)
    }

    /// Appends the UTF-8 bytes of `text`.
    static func += (page: inout PageText, text: String) {
        page.sink.append(text: text)
    }

    /// Draws a picture at the end of the page.
    static func += (page: inout PageText, picture: some Picture) {
        picture.draw(into: page.sink)
    }

    /// The text written, as a `String`.
    var text: String {
        sink.text
    }

    /// The text written, as UTF-8 bytes, handed over without a copy (the text is empty
    /// afterwards).
    func takeBytes() -> [UInt8] {
        sink.takeBytes()
    }
}

/// A picture that draws itself as one `<svg>` element.
protocol Picture {
    /// Appends the picture's `<svg>` element to `sink`.
    func draw(into sink: ByteSink)
}

extension Picture {
    /// The picture on its own, as a finished `<svg>` element (for tests).
    func svg() -> SVGMarkup {
        let sink = ByteSink(capacity: 8192)
        draw(into: sink)
        return SVGMarkup(bytes: sink.bytes)
    }
}
