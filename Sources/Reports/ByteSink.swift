// Reports: the bytes of a page as they are written: one growing buffer that markup, numbers and
// pictures are appended to, without a `String` or an array per piece.

/// A growing buffer of UTF-8 bytes, shared by the page and the pictures drawn into it.
///
/// A class, so that a picture drawn on the page appends to the page's own bytes: no copy of
/// the picture afterwards, and no copy-on-write check per append. An append is a capacity
/// check and a copy; numbers are written digit by digit in place. One writer at a time.
final class ByteSink {
    /// The first byte of the buffer.
    private var base: UnsafeMutablePointer<UInt8>
    /// The bytes the buffer has room for.
    private var capacity: Int
    /// The bytes written so far.
    private(set) var count = 0

    /// An empty buffer with room for `capacity` bytes (it grows as needed).
    init(capacity: Int = 4096) {
        self.capacity = max(64, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// Makes room for `extra` more bytes and returns where they start; the caller writes at
    /// most `extra` bytes there and then calls ``commit(_:)``.
    @inline(__always)
    func reserve(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
        if count + extra > capacity { grow(to: count + extra) }
        return base + count
    }

    /// Counts `written` bytes, written after a ``reserve(_:)``, as part of the buffer.
    @inline(__always)
    func commit(_ written: Int) {
        count += written
    }

    private func grow(to needed: Int) {
        var larger = capacity * 2
        while larger < needed { larger *= 2 }
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: base, count: count)
        base.deallocate()
        (base, capacity) = (moved, larger)
    }

    /// Appends one byte.
    @inline(__always)
    func append(_ byte: UInt8) {
        reserve(1).pointee = byte
        count += 1
    }

    /// Appends bytes.
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends the UTF-8 bytes of `text` (markup the caller has escaped).
    func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Appends the bytes of another buffer.
    func append(_ other: ByteSink) {
        append(UnsafeBufferPointer(start: other.base, count: other.count))
    }

    /// The bytes written, as an array.
    var bytes: [UInt8] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }

    /// The bytes written, as text.
    var text: String {
        String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
    }
}
