// Synthesizers: reading the model file's byte encoding back, with bounds checked everywhere.

import Foundation

/// Reads values written by ``ModelWriter``; every read checks the bounds and throws
/// ``ModelFileError/malformed(_:)`` instead of trapping on a damaged file.
public struct ModelReader: Sendable {
    private let bytes: [UInt8]

    /// The position of the next byte to read.
    public private(set) var offset: Int

    /// Creates a reader over `bytes`, starting at `offset`.
    public init(bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    /// Whether every byte has been read.
    public var isAtEnd: Bool { offset >= bytes.count }

    private mutating func take(_ count: Int, for what: String) throws(ModelFileError) -> Int {
        guard count >= 0, count <= bytes.count - offset else {
            throw .malformed("\(what) runs past the end of the model data at byte \(offset)")
        }
        defer { offset += count }
        return offset
    }

    /// Reads an unsigned 64-bit integer.
    public mutating func readUInt64() throws(ModelFileError) -> UInt64 {
        let start = try take(8, for: "an integer")
        var value: UInt64 = 0
        for index in 0..<8 {
            value |= UInt64(bytes[start + index]) << UInt64(8 * index)
        }
        return value
    }

    /// Reads a signed integer.
    public mutating func readInt() throws(ModelFileError) -> Int {
        Int(Int64(bitPattern: try readUInt64()))
    }

    /// Reads a count: a non-negative integer no larger than the bytes left divided by
    /// `elementSize` (so a damaged count cannot ask for a huge allocation).
    public mutating func readCount(elementSize: Int = 1) throws(ModelFileError) -> Int {
        let count = try readInt()
        let left = bytes.count - offset
        guard count >= 0, count <= left / max(1, elementSize) else {
            throw .malformed("a length of \(count) at byte \(offset - 8) exceeds the data left")
        }
        return count
    }

    /// Reads a double.
    public mutating func readDouble() throws(ModelFileError) -> Double {
        Double(bitPattern: try readUInt64())
    }

    /// Reads a Boolean.
    public mutating func readBool() throws(ModelFileError) -> Bool {
        let start = try take(1, for: "a flag")
        switch bytes[start] {
        case 0: return false
        case 1: return true
        default: throw .malformed("a flag at byte \(start) holds \(bytes[start]), not 0 or 1")
        }
    }

    /// Reads a string.
    public mutating func readString() throws(ModelFileError) -> String {
        let count = try readCount()
        let start = try take(count, for: "a string")
        return String(decoding: bytes[start..<(start + count)], as: UTF8.self)
    }

    /// Reads a block of bytes written by ``ModelWriter/write(bytes:)``.
    public mutating func readBytes() throws(ModelFileError) -> [UInt8] {
        let count = try readCount()
        let start = try take(count, for: "a block of bytes")
        return Array(bytes[start..<(start + count)])
    }

    /// Reads an optional double.
    public mutating func readOptionalDouble() throws(ModelFileError) -> Double? {
        try readBool() ? try readDouble() : nil
    }

    /// Reads an optional integer.
    public mutating func readOptionalInt() throws(ModelFileError) -> Int? {
        try readBool() ? try readInt() : nil
    }

    /// Reads an optional string.
    public mutating func readOptionalString() throws(ModelFileError) -> String? {
        try readBool() ? try readString() : nil
    }

    /// Reads an array of doubles.
    public mutating func readDoubles() throws(ModelFileError) -> [Double] {
        let count = try readCount(elementSize: 8)
        var values: [Double] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try readDouble()) }
        return values
    }

    /// Reads an array of strings.
    public mutating func readStrings() throws(ModelFileError) -> [String] {
        let count = try readCount(elementSize: 8)
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try readString()) }
        return values
    }

    /// Reads an array of unsigned integers.
    public mutating func readUInt64s() throws(ModelFileError) -> [UInt64] {
        let count = try readCount(elementSize: 8)
        var values: [UInt64] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try readUInt64()) }
        return values
    }

    /// Reads a one-byte tag and returns it.
    public mutating func readTag() throws(ModelFileError) -> UInt8 {
        let start = try take(1, for: "a tag")
        return bytes[start]
    }
}
