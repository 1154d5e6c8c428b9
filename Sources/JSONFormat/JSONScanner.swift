// JSONFormat: the recursive-descent scanner behind JSONParser.

/// Walks a byte array once, building values and reporting the first problem with its position.
struct JSONScanner {
    let bytes: [UInt8]
    let maximumDepth: Int
    var position = 0
    var depth = 0

    init(bytes: [UInt8], maximumDepth: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
    }

    /// One value surrounded by optional white space, and nothing else.
    mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        skipWhiteSpace()
        let value = try parseValue()
        skipWhiteSpace()
        guard position == bytes.count else {
            throw failure(expected: "the end of the text after the value")
        }
        return value
    }

    mutating func parseValue() throws(JSONParseError) -> JSONValue {
        guard let byte = peek() else { throw failure(expected: "a value") }
        switch byte {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): return try parseWord("true", as: .bool(true))
        case UInt8(ascii: "f"): return try parseWord("false", as: .bool(false))
        case UInt8(ascii: "n"): return try parseWord("null", as: .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw failure(expected: "a value")
        }
    }

    private mutating func parseWord(
        _ word: String,
        as value: JSONValue
    ) throws(JSONParseError) -> JSONValue {
        for expected in word.utf8 {
            guard peek() == expected else { throw failure(expected: "'\(word)'") }
            position += 1
        }
        return value
    }

    private mutating func parseObject() throws(JSONParseError) -> JSONValue {
        try enterNesting()
        position += 1
        var object = JSONObject()
        skipWhiteSpace()
        if peek() == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return .object(object)
        }
        while true {
            skipWhiteSpace()
            guard peek() == UInt8(ascii: "\"") else {
                throw failure(expected: "a string key in double quotes")
            }
            let keyStart = position
            let key = try parseString()
            guard !object.contains(key) else {
                throw failure(at: keyStart, expected: "a key not used before in this object")
            }
            skipWhiteSpace()
            guard peek() == UInt8(ascii: ":") else {
                throw failure(expected: "':' after the object key")
            }
            position += 1
            skipWhiteSpace()
            object[key] = try parseValue()
            skipWhiteSpace()
            if try closes(with: "}", context: "an object member") { break }
        }
        depth -= 1
        return .object(object)
    }

    private mutating func parseArray() throws(JSONParseError) -> JSONValue {
        try enterNesting()
        position += 1
        var elements: [JSONValue] = []
        skipWhiteSpace()
        if peek() == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            skipWhiteSpace()
            elements.append(try parseValue())
            skipWhiteSpace()
            if try closes(with: "]", context: "an array element") { break }
        }
        depth -= 1
        return .array(elements)
    }

    /// Consumes ',' (returns false) or the closing bracket (returns true).
    private mutating func closes(
        with closer: Unicode.Scalar,
        context: String
    ) throws(JSONParseError) -> Bool {
        switch peek() {
        case UInt8(ascii: ","):
            position += 1
            return false
        case UInt8(ascii: closer):
            position += 1
            return true
        default:
            throw failure(expected: "',' or '\(closer)' after \(context)")
        }
    }

    private mutating func enterNesting() throws(JSONParseError) {
        depth += 1
        guard depth <= maximumDepth else {
            throw failure(expected: "at most \(maximumDepth) levels of nested arrays and objects")
        }
    }

    // MARK: - Bytes and positions

    func peek() -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    mutating func skipWhiteSpace() {
        while let byte = peek(),
            byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
        {
            position += 1
        }
    }

    /// An error at the current position (or `offset`), describing what is there.
    func failure(at offset: Int? = nil, expected: String) -> JSONParseError {
        let offset = min(offset ?? position, bytes.count)
        var line = 1
        var column = 1
        for byte in bytes[..<offset] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return JSONParseError(
            line: line,
            column: column,
            byteOffset: offset,
            expected: expected,
            found: describeByte(at: offset)
        )
    }

    private func describeByte(at offset: Int) -> String {
        guard offset < bytes.count else { return "the end of the text" }
        let byte = bytes[offset]
        switch byte {
        case 0x0A: return "a line break"
        case 0x0D: return "a carriage return"
        case 0x09: return "a tab"
        case 0x20..<0x7F: return "'\(Character(Unicode.Scalar(byte)))'"
        default:
            let hex = String(byte, radix: 16, uppercase: true)
            return "byte 0x\(hex.count < 2 ? "0" + hex : hex)"
        }
    }
}
