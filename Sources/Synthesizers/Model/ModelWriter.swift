// Synthesizers: the little-endian byte encoding that model files are made of.

import Foundation

/// Appends values to a byte buffer in the model file's encoding: little-endian fixed-width
/// integers, IEEE-754 doubles by bit pattern, and length-prefixed UTF-8 strings and arrays.
///
/// Synthesizers from outside the module write their model numbers with it.
public struct ModelWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// Creates an empty writer.
    public init() {}

    /// Writes an unsigned 64-bit integer.
    public mutating func write(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) {
            bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift)))
        }
    }

    /// Writes a signed integer as 64 bits.
    public mutating func write(_ value: Int) {
        write(UInt64(bitPattern: Int64(value)))
    }

    /// Writes a double by its bit pattern, so NaN and infinities survive exactly.
    public mutating func write(_ value: Double) {
        write(value.bitPattern)
    }

    /// Writes a Boolean as one byte.
    public mutating func write(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    /// Writes a string as its UTF-8 byte count and bytes.
    public mutating func write(_ value: String) {
        let utf8 = Array(value.utf8)
        write(utf8.count)
        bytes.append(contentsOf: utf8)
    }

    /// Writes an optional as a presence byte and, when present, the value.
    public mutating func write(_ value: Double?) {
        write(value != nil)
        if let value { write(value) }
    }

    /// Writes an optional integer as a presence byte and, when present, the value.
    public mutating func write(_ value: Int?) {
        write(value != nil)
        if let value { write(value) }
    }

    /// Writes an optional string as a presence byte and, when present, the value.
    public mutating func write(_ value: String?) {
        write(value != nil)
        if let value { write(value) }
    }

    /// Writes an array of doubles as its count and the values.
    public mutating func write(_ values: [Double]) {
        write(values.count)
        bytes.reserveCapacity(bytes.count + 8 * values.count)
        for value in values { write(value) }
    }

    /// Writes an array of strings as its count and the strings.
    public mutating func write(_ values: [String]) {
        write(values.count)
        for value in values { write(value) }
    }

    /// Writes an array of unsigned integers as its count and the values.
    public mutating func write(_ values: [UInt64]) {
        write(values.count)
        for value in values { write(value) }
    }

    /// Writes a block of bytes as its count and the bytes (a network's encoded state).
    public mutating func write(bytes block: [UInt8]) {
        write(block.count)
        bytes.append(contentsOf: block)
    }

    /// Appends raw bytes without a length.
    mutating func append(raw: [UInt8]) {
        bytes.append(contentsOf: raw)
    }
}
