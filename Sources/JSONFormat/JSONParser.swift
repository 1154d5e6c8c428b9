// JSONFormat: reading JSON text (RFC 8259) into values.

/// Reads JSON text into ``JSONValue``s.
///
/// The parser follows RFC 8259 strictly: one value with optional white space around it, no
/// comments, no trailing commas, no leading zeros, no `NaN`, strings in valid UTF-8 with every
/// escape including `\uXXXX` surrogate pairs. Two deliberate limits: objects may not repeat a
/// key (the RFC allows it, but a repeated column name in metadata is always a mistake), and
/// nesting deeper than ``maximumDepth`` is refused with an error instead of exhausting the
/// stack. Numbers beyond `Double`'s range (`1e400`) are refused too.
public struct JSONParser: Sendable {
    /// The deepest nesting of arrays and objects accepted.
    public var maximumDepth: Int

    /// Creates a parser.
    ///
    /// - Parameter maximumDepth: The deepest nesting accepted; must be at least 1.
    public init(maximumDepth: Int = 512) {
        precondition(maximumDepth >= 1, "JSONParser: maximumDepth \(maximumDepth) < 1")
        self.maximumDepth = maximumDepth
    }

    /// Parses one JSON value from UTF-8 bytes.
    ///
    /// - Throws: ``JSONParseError`` naming the line, column, what was expected and what was
    ///   found.
    /// - Complexity: O(n) in the number of bytes.
    public func parse(_ bytes: some Collection<UInt8>) throws(JSONParseError) -> JSONValue {
        var scanner = JSONScanner(bytes: Array(bytes), maximumDepth: maximumDepth)
        return try scanner.parseDocument()
    }

    /// Parses one JSON value from a string.
    ///
    /// - Throws: ``JSONParseError`` naming the line, column, what was expected and what was
    ///   found.
    public func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        try parse(Array(text.utf8))
    }
}

extension JSONValue {
    /// Parses a JSON text with the default ``JSONParser``.
    ///
    /// - Throws: ``JSONParseError`` naming the line, column, what was expected and what was
    ///   found.
    public init(parsing text: String) throws(JSONParseError) {
        self = try JSONParser().parse(text)
    }

    /// Parses UTF-8 bytes with the default ``JSONParser``.
    ///
    /// - Throws: ``JSONParseError`` naming the line, column, what was expected and what was
    ///   found.
    public init(parsing bytes: some Collection<UInt8>) throws(JSONParseError) {
        self = try JSONParser().parse(bytes)
    }
}
