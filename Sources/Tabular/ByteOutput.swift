// Tabular: where formatted bytes go: an array, or a raw growable buffer for the hot loops.

/// Something bytes can be appended to. The formatters are generic over it, so the same code
/// writes into a `[UInt8]` (simple callers) or a ``ByteSink`` (the CSV writer's inner loops).
protocol ByteOutput {
    /// Appends one byte.
    mutating func appendByte(_ byte: UInt8)

    /// Appends bytes from contiguous memory.
    mutating func appendBytes(_ bytes: UnsafeBufferPointer<UInt8>)

    /// Appends `value` in decimal with at least `width` digits (leading zeros), at most 20.
    mutating func appendDigits(_ value: UInt64, width: Int)
}

extension ByteOutput {
    /// Appends the bytes of an array.
    @inline(__always)
    mutating func appendBytes(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { appendBytes($0) }
    }

    /// Appends the bytes of any sequence, one at a time.
    @inline(__always)
    mutating func appendBytes(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { appendByte(byte) }
    }

    /// Appends `count` copies of `byte`.
    @inline(__always)
    mutating func appendRepeated(_ byte: UInt8, count: Int) {
        for _ in 0..<max(0, count) { appendByte(byte) }
    }

    /// Appends the digits through a small stack buffer, copied at once.
    @inline(__always)
    mutating func appendDigits(_ value: UInt64, width: Int) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { raw in
            let size = raw.count
            var index = size
            var remaining = value
            repeat {
                index -= 1
                raw[index] = UInt8(truncatingIfNeeded: 48 &+ remaining % 10)
                remaining /= 10
            } while remaining > 0
            while size - index < width, index > 0 {
                index -= 1
                raw[index] = 48
            }
            appendBytes(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[index...]))
        }
    }
}

extension Array: ByteOutput where Element == UInt8 {
    @inline(__always)
    mutating func appendByte(_ byte: UInt8) {
        append(byte)
    }

    @inline(__always)
    mutating func appendBytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        append(contentsOf: bytes)
    }
}

/// A growable byte buffer over raw memory: appending checks capacity and nothing else (no
/// reference counting, no uniqueness checks). The owner must call ``deallocate()``.
struct ByteSink: ByteOutput {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    /// Allocates `capacity` bytes.
    init(capacity: Int) {
        self.capacity = max(64, capacity)
        self.base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    /// The bytes written.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Frees the memory; the sink must not be used afterwards.
    func deallocate() {
        base.deallocate()
    }

    /// Forgets the bytes written, keeping the memory.
    mutating func removeAll() {
        count = 0
    }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        let grown = max(capacity * 2, count + extra)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        moved.initialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = grown
    }

    @inline(__always)
    mutating func appendByte(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func appendBytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        reserve(bytes.count)
        (base + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Writes the digits in place, right to left, after counting them.
    @inline(__always)
    mutating func appendDigits(_ value: UInt64, width: Int) {
        var length = 1
        var bound: UInt64 = 10
        while length < 20, value >= bound {
            length += 1
            bound = bound &* 10
        }
        let written = max(length, min(width, 20))
        reserve(written)
        var remaining = value
        var index = count + written - 1
        while index >= count {
            base[index] = UInt8(truncatingIfNeeded: 48 &+ remaining % 10)
            remaining /= 10
            index -= 1
        }
        count += written
    }
}
