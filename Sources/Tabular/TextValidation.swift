// Tabular: checking that a file's bytes are UTF-8 text before reading them as CSV.

/// Checks bytes for NUL (binary files) and for invalid UTF-8, eight ASCII bytes at a time.
enum TextValidation {
    /// What is wrong with the bytes, at an offset counted from the start of the checked bytes.
    enum Problem: Equatable {
        case nulByte(offset: Int)
        case invalidUTF8(offset: Int)
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowBits: UInt64 = 0x0101_0101_0101_0101

    /// Checks `bytes`; returns how many bytes are valid and the first problem, if any.
    ///
    /// When `isFinal` is false, a multi-byte sequence cut off by the end of `bytes` is not a
    /// problem: the count stops before it, so it can be checked again with the bytes after.
    ///
    /// - Complexity: O(`bytes.count`).
    static func check(_ bytes: UnsafeBufferPointer<UInt8>, isFinal: Bool)
        -> (validCount: Int, problem: Problem?)
    {
        guard let base = bytes.baseAddress else { return (0, nil) }
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
            if byte == 0 { return (index, .nulByte(offset: index)) }
            if byte < 0x80 {
                index += 1
                continue
            }
            switch sequenceLength(base, index, count) {
            case .valid(let length): index += length
            case .cutOff where !isFinal: return (index, nil)
            case .cutOff, .invalid: return (index, .invalidUTF8(offset: index))
            }
        }
        return (count, nil)
    }

    private enum Sequence {
        case valid(Int)
        case cutOff
        case invalid
    }

    /// The length of the multi-byte UTF-8 sequence at `index`, checking every byte.
    private static func sequenceLength(_ base: UnsafePointer<UInt8>, _ index: Int, _ count: Int)
        -> Sequence
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
        default: return .invalid
        }
        for offset in 1..<length {
            guard index + offset < count else { return .cutOff }
            let byte = base[index + offset]
            let (lowest, highest) = offset == 1 ? (low, high) : (0x80, 0xBF)
            guard byte >= lowest, byte <= highest else { return .invalid }
        }
        return .valid(length)
    }

    /// The number of line feeds in `bytes`.
    static func lineBreaks(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count { $0 == 10 }
    }
}
