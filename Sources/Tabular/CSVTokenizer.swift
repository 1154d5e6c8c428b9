// Tabular: splitting CSV bytes into records and fields (RFC 4180), without copying them.

/// Where one field's content lies in the window, and how it was written.
struct FieldSpan {
    /// Where the content starts (after an opening quote).
    var start: Int
    /// Where the content ends (before a closing quote).
    var end: Int
    /// Whether the field was quoted.
    var isQuoted: Bool
    /// Whether a quoted field holds doubled quotes that must be undone.
    var isEscaped: Bool
}

/// The fields of one record, as byte ranges into the window.
struct FieldList {
    /// The fields; only the first ``count`` belong to the current record.
    var spans: [FieldSpan] = []
    /// The number of fields in the record.
    var count = 0

    @inline(__always)
    mutating func append(start: Int, end: Int, isQuoted: Bool, isEscaped: Bool) {
        let span = FieldSpan(start: start, end: end, isQuoted: isQuoted, isEscaped: isEscaped)
        if count < spans.count {
            spans[count] = span
        } else {
            spans.append(span)
        }
        count += 1
    }
}

/// What reading a record found.
enum RecordStatus {
    /// A whole record.
    case record
    /// The end of the input.
    case end
    /// The window ends inside a record (or before one): more bytes are needed. The position
    /// and line are back where the record starts.
    case incomplete
}

/// Reads records one at a time from CSV bytes: quoted fields with doubled quotes and line
/// breaks inside, LF, CRLF or CR line endings, and blank lines skipped.
struct CSVTokenizer {
    let bytes: UnsafeBufferPointer<UInt8>
    let delimiter: UInt8
    let file: String

    /// Whether the bytes run to the end of the input; otherwise a record cut off by their
    /// end is ``RecordStatus/incomplete`` rather than complete or an error.
    let isFinal: Bool

    /// The next byte to read.
    var position: Int

    /// The line of ``position``, counting from 1.
    var line: Int

    /// Where the last record read starts, and its line.
    private(set) var recordStart = 0
    private(set) var recordLine = 0

    init(
        bytes: UnsafeBufferPointer<UInt8>,
        delimiter: UInt8,
        file: String,
        isFinal: Bool = true,
        position: Int = 0,
        line: Int = 1
    ) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.file = file
        self.isFinal = isFinal
        self.position = position
        self.line = line
    }

    /// Reads the next record into `fields`.
    ///
    /// - Throws: ``CSVError/unterminatedQuote(file:line:column:)`` or
    ///   ``CSVError/textAfterClosingQuote(file:line:column:)``.
    mutating func nextRecord(into fields: inout FieldList) throws(CSVError) -> RecordStatus {
        fields.count = 0
        guard skipBlankLines() else { return .incomplete }
        guard position < bytes.count, let base = bytes.baseAddress else {
            return isFinal ? .end : .incomplete
        }
        recordStart = position
        recordLine = line
        let status = try readFields(base, into: &fields)
        if status == .incomplete {
            position = recordStart
            line = recordLine
        }
        return status
    }

    private mutating func readFields(_ base: UnsafePointer<UInt8>, into fields: inout FieldList)
        throws(CSVError) -> RecordStatus
    {
        let count = bytes.count
        while true {
            if position < count, base[position] == UInt8(ascii: "\"") {
                guard try readQuoted(base, count, into: &fields) else { return .incomplete }
            } else {
                let start = position
                while position < count {
                    let byte = base[position]
                    if byte == delimiter || byte == 10 || byte == 13 { break }
                    position += 1
                }
                fields.append(start: start, end: position, isQuoted: false, isEscaped: false)
            }
            guard position < count else { return isFinal ? .record : .incomplete }
            let byte = base[position]
            position += 1
            if byte == delimiter { continue }
            if byte == 13 {
                guard position < count || isFinal else { return .incomplete }
                if position < count, base[position] == 10 { position += 1 }
            }
            line += 1
            return .record
        }
    }

    /// Reads a quoted field starting at the opening quote, leaving ``position`` after the
    /// closing quote, which must be followed by a delimiter, a line break or the end; returns
    /// `false` when the window ends first and is not final.
    private mutating func readQuoted(
        _ base: UnsafePointer<UInt8>,
        _ count: Int,
        into fields: inout FieldList
    ) throws(CSVError) -> Bool {
        let openingLine = line
        let column = fields.count + 1
        position += 1
        let start = position
        var isEscaped = false
        while true {
            guard position < count else {
                guard isFinal else { return false }
                throw .unterminatedQuote(file: file, line: openingLine, column: column)
            }
            let byte = base[position]
            if byte == UInt8(ascii: "\"") {
                guard position + 1 < count || isFinal else { return false }
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
        return true
    }

    /// Moves past empty lines; returns `false` when a CR ends a window that is not final (its
    /// LF may follow in the next one).
    private mutating func skipBlankLines() -> Bool {
        while position < bytes.count {
            let byte = bytes[position]
            guard byte == 10 || byte == 13 else { return true }
            if byte == 13, position + 1 == bytes.count, !isFinal { return false }
            position += 1
            if byte == 13, position < bytes.count, bytes[position] == 10 { position += 1 }
            line += 1
        }
        return true
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
        let span = fields.spans[index]
        let (start, end) = (span.start, span.end)
        guard span.isEscaped, let base = bytes.baseAddress else {
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
