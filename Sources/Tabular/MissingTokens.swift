// Tabular: recognising the texts that stand for a missing value.

/// The set of missing-value tokens, compared byte by byte without making Strings.
struct MissingTokens: Sendable {
    private let tokens: [[UInt8]]
    private let longest: Int
    /// Bit `b % 64` of word `b / 64` is set when some token starts with byte `b`.
    private let firstBytes: (UInt64, UInt64, UInt64, UInt64)

    /// Creates the matcher for `tokens`; the empty token is always included.
    init(_ tokens: Set<String>) {
        self.tokens = tokens.map { Array($0.utf8) }.filter { !$0.isEmpty }
            .sorted { $0.lexicographicallyPrecedes($1) }
        self.longest = self.tokens.map(\.count).max() ?? 0
        var words: [UInt64] = [0, 0, 0, 0]
        for token in self.tokens {
            if let first = token.first { words[Int(first >> 6)] |= 1 << UInt64(first & 63) }
        }
        self.firstBytes = (words[0], words[1], words[2], words[3])
    }

    /// Whether a field is missing: empty (quoted or not), or unquoted and equal to a token.
    @inline(__always)
    func matches(_ field: UnsafeBufferPointer<UInt8>, quoted: Bool) -> Bool {
        if field.isEmpty { return true }
        if quoted || field.count > longest { return false }
        let first = field[0]
        let word: UInt64
        switch first >> 6 {
        case 0: word = firstBytes.0
        case 1: word = firstBytes.1
        case 2: word = firstBytes.2
        default: word = firstBytes.3
        }
        guard word & (1 << UInt64(first & 63)) != 0 else { return false }
        return tokens.contains { $0.count == field.count && $0.elementsEqual(field) }
    }

    /// Whether `text` is a token (used by the writer to quote strings that would read back
    /// as missing).
    func contains(_ text: [UInt8]) -> Bool {
        text.isEmpty || tokens.contains(text)
    }
}
