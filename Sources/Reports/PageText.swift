// Reports: the page being written, as one growing buffer of UTF-8 bytes.

/// The HTML of a page as it is written: UTF-8 bytes appended to one buffer, turned into a
/// `String` once at the end.
///
/// `+=` appends a string's bytes, so the writers read as string building while each piece
/// costs a copy of its bytes and no bookkeeping of a growing `String`.
struct PageText {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// An empty text with room for `capacity` bytes.
    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends the UTF-8 bytes of `text`.
    static func += (page: inout PageText, text: String) {
        page.bytes.append(text: text)
    }

    /// Appends a finished picture's bytes.
    static func += (page: inout PageText, picture: SVGMarkup) {
        page.bytes.append(contentsOf: picture.bytes)
    }

    /// The text written, as a `String`.
    var text: String {
        String(decoding: bytes, as: UTF8.self)
    }
}
