// JSONFormat: strings and numbers for the scanner.

extension JSONScanner {
    /// A string starting at the opening quote; validates UTF-8 and every escape.
    mutating func parseString() throws(JSONParseError) -> String {
        let stringStart = position
        position += 1
        var buffer: [UInt8] = []
        while true {
            guard let byte = peek() else {
                throw failure(expected: "a closing '\"' of the string")
            }
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return try decodeUTF8(buffer, stringStart: stringStart)
            case UInt8(ascii: "\\"):
                try parseEscape(into: &buffer)
            case 0x00..<0x20:
                throw failure(expected: "a control character written as an escape such as \\n")
            default:
                buffer.append(byte)
                position += 1
            }
        }
    }

    private func decodeUTF8(
        _ buffer: [UInt8],
        stringStart: Int
    ) throws(JSONParseError) -> String {
        guard let text = String(validating: buffer, as: UTF8.self) else {
            throw failure(at: stringStart, expected: "a string in valid UTF-8")
        }
        return text
    }

    private mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONParseError) {
        position += 1
        guard let byte = peek() else { throw failure(expected: "an escape character") }
        let simple: UInt8? =
            switch byte {
            case UInt8(ascii: "\""): 0x22
            case UInt8(ascii: "\\"): 0x5C
            case UInt8(ascii: "/"): 0x2F
            case UInt8(ascii: "b"): 0x08
            case UInt8(ascii: "f"): 0x0C
            case UInt8(ascii: "n"): 0x0A
            case UInt8(ascii: "r"): 0x0D
            case UInt8(ascii: "t"): 0x09
            default: nil
            }
        if let simple {
            buffer.append(simple)
            position += 1
            return
        }
        guard byte == UInt8(ascii: "u") else {
            throw failure(expected: "one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")
        }
        let scalar = try parseUnicodeEscape()
        buffer.append(contentsOf: Array(String(Character(scalar)).utf8))
    }

    /// `uXXXX`, or a surrogate pair `uD83D\uDE00`; the position is on the `u`.
    private mutating func parseUnicodeEscape() throws(JSONParseError) -> Unicode.Scalar {
        let escapeStart = position - 1
        position += 1
        let first = try parseHexQuad()
        if (0xDC00...0xDFFF).contains(first) {
            throw failure(at: escapeStart, expected: "a high surrogate before a low surrogate")
        }
        guard (0xD800...0xDBFF).contains(first) else {
            return Unicode.Scalar(first) ?? "\u{FFFD}"
        }
        guard peek() == UInt8(ascii: "\\"), position + 1 < bytes.count,
            bytes[position + 1] == UInt8(ascii: "u")
        else {
            throw failure(expected: "a low surrogate \\uDC00-\\uDFFF after a high surrogate")
        }
        position += 2
        let second = try parseHexQuad()
        guard (0xDC00...0xDFFF).contains(second) else {
            throw failure(
                at: position - 6,
                expected: "a low surrogate \\uDC00-\\uDFFF after a high surrogate"
            )
        }
        let combined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        return Unicode.Scalar(combined) ?? "\u{FFFD}"
    }

    private mutating func parseHexQuad() throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek(), let digit = hexDigitValue(byte) else {
                throw failure(expected: "four hexadecimal digits after \\u")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private func hexDigitValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    // MARK: - Numbers

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    mutating func parseNumber() throws(JSONParseError) -> JSONValue {
        let start = position
        if peek() == UInt8(ascii: "-") { position += 1 }
        if peek() == UInt8(ascii: "0") {
            position += 1
            if let next = peek(), isDigit(next) {
                throw failure(expected: "'.', 'e' or the end of the number after a leading 0")
            }
        } else {
            try skipDigits(expected: "a digit")
        }
        var isInteger = true
        if peek() == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            try skipDigits(expected: "a digit after the decimal point")
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            isInteger = false
            position += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
            try skipDigits(expected: "a digit in the exponent")
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        return try numberValue(text, isInteger: isInteger, start: start)
    }

    private func numberValue(
        _ text: String,
        isInteger: Bool,
        start: Int
    ) throws(JSONParseError) -> JSONValue {
        if isInteger, text != "-0", let integer = Int64(text) {
            return .integer(integer)
        }
        guard let double = Double(text), double.isFinite else {
            throw failure(at: start, expected: "a number within the range of a Double")
        }
        return .number(double)
    }

    private mutating func skipDigits(expected: String) throws(JSONParseError) {
        guard let first = peek(), isDigit(first) else { throw failure(expected: expected) }
        while let byte = peek(), isDigit(byte) {
            position += 1
        }
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
