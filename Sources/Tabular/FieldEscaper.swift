// Tabular: quoting a CSV field only where the reader needs it.

/// Appends text fields, quoting those that hold the delimiter, a quote, a line break, a
/// leading or trailing space or tab, that are empty, or that equal a missing token.
struct FieldEscaper: Sendable {
    let delimiter: UInt8
    let missing: MissingTokens

    init(options: CSVWriteOptions) {
        self.delimiter = options.delimiter
        self.missing = MissingTokens(options.missingTokens)
    }

    /// The bytes to write for `text`.
    func escaped(_ text: String) -> [UInt8] {
        var output: [UInt8] = []
        append(text, to: &output)
        return output
    }

    /// Appends the field for `text`.
    @inline(__always)
    func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { append($0, to: &output) }
    }

    /// Appends the field for the UTF-8 bytes `text`.
    func append(_ text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        guard needsQuotes(text) else {
            output.append(contentsOf: text)
            return
        }
        output.append(UInt8(ascii: "\""))
        for byte in text {
            output.append(byte)
            if byte == UInt8(ascii: "\"") { output.append(byte) }
        }
        output.append(UInt8(ascii: "\""))
    }

    private func needsQuotes(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = text.first, let last = text.last else { return true }
        if first == 32 || first == 9 || last == 32 || last == 9 { return true }
        for byte in text
        where byte == delimiter || byte == UInt8(ascii: "\"") || byte == 10 || byte == 13 {
            return true
        }
        return missing.matches(text, quoted: false)
    }
}
