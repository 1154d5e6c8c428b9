// JSONFormat: where and why a JSON text could not be read.

/// A JSON text that could not be parsed: where the problem is and what was expected there.
public struct JSONParseError: Error, Equatable, CustomStringConvertible {
    /// The line of the problem, counting from 1.
    public var line: Int

    /// The column of the problem, counting Unicode scalars from 1.
    public var column: Int

    /// The offset of the problem in bytes from the start of the text, counting from 0.
    public var byteOffset: Int

    /// What the parser expected there, for example "',' or '}' after an object member".
    public var expected: String

    /// What it found instead, for example "'x'" or "the end of the text".
    public var found: String

    /// Creates an error.
    public init(line: Int, column: Int, byteOffset: Int, expected: String, found: String) {
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
        self.expected = expected
        self.found = found
    }

    /// A sentence naming the place, what was expected and what was found.
    public var description: String {
        "line \(line), column \(column): expected \(expected), found \(found)"
    }
}
