// Tabular: recognising the texts that stand for a missing value.

/// The set of missing-value tokens, compared byte by byte without making Strings.
struct MissingTokens: Sendable {
    private let tokens: [[UInt8]]
    private let longest: Int

    /// Creates the matcher for `tokens`; the empty token is always included.
    init(_ tokens: Set<String>) {
        self.tokens = tokens.map { Array($0.utf8) }.filter { !$0.isEmpty }.sorted { $0.lexicographicallyPrecedes($1) }
        self.longest = self.tokens.map(\.count).max() ?? 0
    }

    /// Whether a field is missing: empty (quoted or not), or unquoted and equal to a token.
    @inline(__always)
    func matches(_ field: UnsafeBufferPointer<UInt8>, quoted: Bool) -> Bool {
        if field.isEmpty { return true }
        if quoted || field.count > longest { return false }
        return tokens.contains { $0.count == field.count && $0.elementsEqual(field) }
    }

    /// Whether `text` is a token (used by the writer to quote strings that would read back
    /// as missing).
    func contains(_ text: [UInt8]) -> Bool {
        text.isEmpty || tokens.contains(text)
    }
}
