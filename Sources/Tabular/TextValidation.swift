// Tabular: checking that a file's bytes are UTF-8 text before reading it as CSV.

/// Checks bytes for NUL (binary files) and for invalid UTF-8, eight ASCII bytes at a time.
enum TextValidation {
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowBits: UInt64 = 0x0101_0101_0101_0101

    /// Throws when `bytes` hold a NUL byte or are not UTF-8.
    ///
    /// - Parameters:
    ///   - bytes: The file's bytes, after any byte-order mark.
    ///   - file: The name for messages.
    ///   - offsetBase: Added to offsets in messages (the length of a skipped byte-order mark).
    /// - Throws: ``CSVError/notText(file:byteOffset:)`` or
    ///   ``CSVError/invalidUTF8(file:line:byteOffset:)``.
    /// - Complexity: O(`bytes.count`).
    static func validate(_ bytes: UnsafeBufferPointer<UInt8>, file: String, offsetBase: Int)
        throws(CSVError)
    {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let hasZero = (word &- lowBits) & ~word & highBits
                if word & highBits == 0, hasZero == 0 {
                    index += 8
                    continue
                }
            }
            let byte = base[index]
            if byte == 0 { throw .notText(file: file, byteOffset: offsetBase + index) }
            if byte < 0x80 {
                index += 1
                continue
            }
            guard let length = sequenceLength(base, index, count) else {
                let line = lineNumber(at: index, in: bytes)
                throw .invalidUTF8(file: file, line: line, byteOffset: offsetBase + index)
            }
            index += length
        }
    }

    /// The length of the valid multi-byte UTF-8 sequence at `index`, or `nil`.
    private static func sequenceLength(_ base: UnsafePointer<UInt8>, _ index: Int, _ count: Int)
        -> Int?
    {
        let lead = base[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: (length, low) = (3, 0xA0)
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: (length, high) = (3, 0x9F)
        case 0xF0: (length, low) = (4, 0x90)
        case 0xF1...0xF3: length = 4
        case 0xF4: (length, high) = (4, 0x8F)
        default: return nil
        }
        guard index + length <= count else { return nil }
        let second = base[index + 1]
        guard second >= low, second <= high else { return nil }
        for offset in 2..<length where base[index + offset] & 0xC0 != 0x80 { return nil }
        return length
    }

    /// The line (from 1) holding the byte at `offset`.
    static func lineNumber(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        var index = 0
        while index < offset, index < bytes.count {
            if bytes[index] == 10 { line += 1 }
            index += 1
        }
        return line
    }
}
