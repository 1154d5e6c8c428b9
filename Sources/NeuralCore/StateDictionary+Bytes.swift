// NeuralCore: the binary layout of a `StateDictionary`.

extension StateDictionary {
    /// The entries as bytes, in the layout described in ``init(decoding:)``.
    public func encoded() -> [UInt8] {
        var bytes: [UInt8] = Array("FXNC".utf8)
        append(UInt32(1), to: &bytes)
        append(UInt32(entries.count), to: &bytes)
        for entry in entries {
            let name = Array(entry.name.utf8)
            append(UInt32(name.count), to: &bytes)
            bytes += name
            append(UInt32(entry.tensor.rank), to: &bytes)
            for extent in entry.tensor.shape {
                append(UInt64(extent), to: &bytes)
            }
            entry.tensor.withUnsafeBufferPointer { values in
                bytes.reserveCapacity(bytes.count + 4 * values.count)
                for value in values {
                    append(value.bitPattern, to: &bytes)
                }
            }
        }
        return bytes
    }

    /// Reads entries written by ``encoded()``.
    ///
    /// The layout, all integers little-endian:
    /// ```
    /// "FXNC"                      4 bytes, magic
    /// version: UInt32             1
    /// count: UInt32               number of entries
    /// per entry:
    ///   nameLength: UInt32, name: UTF-8 bytes
    ///   rank: UInt32 (0, 1 or 2), extents: UInt64 × rank
    ///   values: Float32 (IEEE 754 bit pattern) × product of extents, row-major
    /// ```
    ///
    /// - Throws: ``StateError`` when the bytes are not this layout, are truncated, or come
    ///   from a newer version.
    public init(decoding bytes: [UInt8]) throws(StateError) {
        var reader = ByteReader(bytes: bytes)
        guard bytes.count >= 4, Array(bytes[0..<4]) == Array("FXNC".utf8) else {
            throw StateError(problems: [.notAStateDictionary])
        }
        reader.offset = 4
        let version: UInt32 = try reader.read()
        guard version == 1 else { throw StateError(problems: [.unsupportedVersion(version)]) }
        let count: UInt32 = try reader.read()
        var entries: [Entry] = []
        for index in 0..<Int(count) {
            entries.append(try reader.readEntry(index: index))
        }
        guard reader.offset == bytes.count else {
            throw StateError(problems: [.trailingBytes(count: bytes.count - reader.offset)])
        }
        self.init(entries)
    }

    private func append<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }
}

/// Reads little-endian integers from bytes, throwing at the end instead of trapping.
private struct ByteReader {
    let bytes: [UInt8]
    var offset = 0

    mutating func read<T: FixedWidthInteger>() throws(StateError) -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= bytes.count else {
            throw StateError(problems: [.truncated(offset: bytes.count)])
        }
        var value: T = 0
        for index in 0..<size {
            value |= T(bytes[offset + index]) << (8 * index)
        }
        offset += size
        return value
    }

    mutating func readEntry(index: Int) throws(StateError) -> StateDictionary.Entry {
        let nameLength = Int(try read() as UInt32)
        guard offset + nameLength <= bytes.count else {
            throw StateError(problems: [.truncated(offset: bytes.count)])
        }
        guard let name = String(validating: bytes[offset..<(offset + nameLength)], as: UTF8.self)
        else {
            throw StateError(problems: [.malformedEntry(index: index, reason: "name not UTF-8")])
        }
        offset += nameLength

        let rank = try read() as UInt32
        guard rank <= 2 else {
            throw StateError(problems: [.malformedEntry(index: index, reason: "rank \(rank)")])
        }
        var shape: [Int] = []
        for _ in 0..<rank {
            let extent = try read() as UInt64
            guard extent <= UInt64(bytes.count) else {
                throw StateError(problems: [.truncated(offset: bytes.count)])
            }
            shape.append(Int(extent))
        }

        let count = shape.reduce(1, *)
        guard count <= (bytes.count - offset) / 4 else {
            throw StateError(problems: [.truncated(offset: bytes.count)])
        }
        var values: [Float] = []
        values.reserveCapacity(count)
        for _ in 0..<count {
            values.append(Float(bitPattern: try read()))
        }
        return StateDictionary.Entry(name: name, tensor: Tensor(shape: shape, scalars: values))
    }
}
