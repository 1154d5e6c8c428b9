// Metadata: checking and applying strftime patterns for datetime columns.

/// The strftime directives a `datetime_format` may use, and a formatter for UTC instants.
enum DatetimePattern {
    /// Directive letters Python's `strftime` accepts on the platforms the reference runs on.
    static let directives: Set<Character> = [
        "a", "A", "w", "d", "b", "B", "m", "y", "Y", "H", "I", "p", "M", "S", "f", "z", "Z", "j",
        "U", "W", "c", "x", "X", "%", "G", "u", "V", "e", "T", "D", "F", "R", "h", "C", "k", "l",
        "s", "P", "r", "n", "t",
    ]

    /// A sentence describing the first bad directive of `pattern`, or `nil` when it is valid.
    static func problem(in pattern: String) -> String? {
        var iterator = pattern.makeIterator()
        while let character = iterator.next() {
            guard character == "%" else { continue }
            guard let directive = iterator.next() else {
                return "'\(pattern)' ends with a lone '%'; write '%%' for a percent sign"
            }
            guard directives.contains(directive) else {
                return "'%\(directive)' in '\(pattern)' is not a strftime directive; "
                    + "use directives such as %Y, %m, %d, %H, %M, %S"
            }
        }
        return nil
    }
}
