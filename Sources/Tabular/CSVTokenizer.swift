// Tabular: splitting CSV bytes into records and fields (RFC 4180), without copying them.

/// The fields of one record, as byte ranges into the file.
struct FieldList {
    /// Where each field's content starts (after an opening quote).
    var starts: [Int] = []
    /// Where each field's content ends (before a closing quote).
    var ends: [Int] = []
    /// Whether each field was quoted.
    var quoted: [Bool] = []
    /// Whether each quoted field holds doubled quotes that must be undone.
    var escaped: [Bool] = []
    /// The number of fields in the record (the arrays may be longer).
    var count = 0

    @inline(__always)
    mutating func append(start: Int, end: Int, isQuoted: Bool, isEscaped: Bool) {
        if count < starts.count {
            starts[count] = start
            ends[count] = end
            quoted[count] = isQuoted
            escaped[count] = isEscaped
        } else {
            starts.append(start)
            ends.append(end)
            quoted.append(isQuoted)
            escaped.append(isEscaped)
        }
        count += 1
    }
}

/// Reads records one at a time from CSV bytes: quoted fields with doubled quotes and line
/// breaks inside, LF, CRLF or CR line endings, and blank lines skipped.
struct CSVTokenizer {
    let bytes: UnsafeBufferPointer<UInt8>
    let delimiter: UInt8
    let file: String

    /// The next byte to read.
    var position: Int

    /// The line of ``position``, counting from 1.
    var line: Int

    /// Where the last record read starts, and its line.
    private(set) var recordStart = 0
    private(set) var recordLine = 0

    init(bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, file: String, position: Int = 0) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.file = file
        self.position = position
        self.line = 1
    }

    /// Reads the next record into `fields`; returns `false` at the end of the bytes.
    ///
    /// - Throws: ``CSVError/unterminatedQuote(file:line:column:)`` or
    ///   ``CSVError/textAfterClosingQuote(file:line:column:)``.
    mutating func nextRecord(into fields: inout FieldList) throws(CSVError) -> Bool {
        fields.count = 0
        skipBlankLines()
        guard position < bytes.count, let base = bytes.baseAddress else { return false }
        recordStart = position
        recordLine = line

        let count = bytes.count
        while true {
            if position < count, base[position] == UInt8(ascii: "\"") {
                try readQuoted(base, count, into: &fields)
            } else {
                let start = position
                while position < count {
                    let byte = base[position]
                    if byte == delimiter || byte == 10 || byte == 13 { break }
                    position += 1
                }
                fields.append(start: start, end: position, isQuoted: false, isEscaped: false)
            }
            guard position < count else { return true }
            let byte = base[position]
            position += 1
            if byte == delimiter { continue }
            if byte == 13, position < count, base[position] == 10 { position += 1 }
            line += 1
            return true
        }
    }

    /// Reads a quoted field starting at the opening quote, leaving ``position`` after the
    /// closing quote, which must be followed by a delimiter, a line break or the end.
    private mutating func readQuoted(
        _ base: UnsafePointer<UInt8>,
        _ count: Int,
        into fields: inout FieldList
    ) throws(CSVError) {
        let openingLine = line
        let column = fields.count + 1
        position += 1
        let start = position
        var isEscaped = false
        while true {
            guard position < count else {
                throw .unterminatedQuote(file: file, line: openingLine, column: column)
            }
            let byte = base[position]
            if byte == UInt8(ascii: "\"") {
                if position + 1 < count, base[position + 1] == UInt8(ascii: "\"") {
                    isEscaped = true
                    position += 2
                    continue
                }
                break
            }
            if byte == 10 || (byte == 13 && (position + 1 >= count || base[position + 1] != 10)) {
                line += 1
            }
            position += 1
        }
        fields.append(start: start, end: position, isQuoted: true, isEscaped: isEscaped)
        position += 1
        if position < count {
            let next = base[position]
            guard next == delimiter || next == 10 || next == 13 else {
                throw .textAfterClosingQuote(file: file, line: line, column: column)
            }
        }
    }

    /// Moves past empty lines.
    private mutating func skipBlankLines() {
        while position < bytes.count {
            let byte = bytes[position]
            guard byte == 10 || byte == 13 else { return }
            position += 1
            if byte == 13, position < bytes.count, bytes[position] == 10 { position += 1 }
            line += 1
        }
    }

    /// The content of field `index` of `fields`, with doubled quotes undone into `scratch`
    /// when needed, passed to `body`.
    @inline(__always)
    func withField<Result>(
        _ index: Int,
        of fields: FieldList,
        scratch: inout [UInt8],
        _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        let start = fields.starts[index]
        let end = fields.ends[index]
        guard fields.escaped[index], let base = bytes.baseAddress else {
            return body(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
        scratch.removeAll(keepingCapacity: true)
        var position = start
        while position < end {
            let byte = base[position]
            scratch.append(byte)
            position += byte == UInt8(ascii: "\"") ? 2 : 1
        }
        return scratch.withUnsafeBufferPointer(body)
    }
}
