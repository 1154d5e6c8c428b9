// Reports: the bytes of a page as they are written: one growing buffer that markup, numbers and
// pictures are appended to, without a `String` or an array per piece.

/// A growing buffer of UTF-8 bytes, shared by the page and the pictures drawn into it.
///
/// A class, so that a picture drawn on the page appends to the page's own bytes: no copy of
/// the picture afterwards. An append is a capacity check and a copy; numbers are written digit
/// by digit in place. The bytes live in an array whose unwritten tail is left uninitialized
/// (bytes need no initialization), so the finished page is handed over without a copy.
/// One writer at a time.
final class ByteSink {
    /// The buffer: `count` bytes written, then room (`storage.count` is the capacity).
    /// Accesses are not checked for exclusivity at run time: the sink is private to one
    /// writer, and a check per append would cost more than the append.
    @exclusivity(unchecked) private var storage: [UInt8]
    /// The bytes written so far.
    @exclusivity(unchecked) private(set) var count = 0

    /// An empty buffer with room for `capacity` bytes (it grows as needed).
    init(capacity: Int = 4096) {
        storage = Self.room(max(64, capacity))
    }

    /// An array of `size` bytes left uninitialized.
    private static func room(_ size: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: size) { _, initialized in initialized = size }
    }

    /// Lets `body` write at most `maximum` bytes at the end of the buffer; `body` returns how
    /// many it wrote.
    @inline(__always)
    func write(atMost maximum: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        if count + maximum > storage.count { grow(to: count + maximum) }
        let start = count
        count += storage.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            return body(base + start)
        }
    }

    private func grow(to needed: Int) {
        var larger = storage.count * 2
        while larger < needed { larger *= 2 }
        var moved = Self.room(larger)
        moved.withUnsafeMutableBufferPointer { moved in
            storage.withUnsafeBufferPointer { old in
                guard let target = moved.baseAddress, let source = old.baseAddress else { return }
                target.update(from: source, count: count)
            }
        }
        storage = moved
    }

    /// Appends one byte.
    @inline(__always)
    func append(_ byte: UInt8) {
        write(atMost: 1) { target in
            target.pointee = byte
            return 1
        }
    }

    /// Appends bytes.
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        write(atMost: bytes.count) { target in
            target.update(from: source, count: bytes.count)
            return bytes.count
        }
    }

    /// Appends the bytes of a literal (markup), with no `String` in between.
    @inline(__always)
    func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends the UTF-8 bytes of `text` (markup the caller has escaped).
    func append(text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// The bytes written, as an array (a copy).
    var bytes: [UInt8] {
        Array(storage[..<count])
    }

    /// The bytes written, as an array, handed over without a copy; the buffer is empty
    /// afterwards.
    func takeBytes() -> [UInt8] {
        var taken = Self.room(64)
        swap(&taken, &storage)
        taken.removeLast(taken.count - count)
        count = 0
        return taken
    }

    /// The bytes written, as text.
    var text: String {
        storage.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }
}
