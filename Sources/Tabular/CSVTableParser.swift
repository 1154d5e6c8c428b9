// Tabular: the pass over a CSV file's records that fills one builder per column.

/// Reads the header and then every record of validated CSV bytes into column builders.
struct CSVTableParser {
    /// How many rows with a wrong field count an error lists.
    static let listedBadRows = 5

    private var tokenizer: CSVTokenizer
    private let file: String
    private let options: CSVReadOptions
    private var fields = FieldList()
    private var scratch: [UInt8] = []
    private var rowStarts: [Int] = []

    init(bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, file: String, options: CSVReadOptions)
    {
        self.tokenizer = CSVTokenizer(bytes: bytes, delimiter: delimiter, file: file)
        self.file = file
        self.options = options
    }

    /// Reads the whole file into a table.
    ///
    /// - Throws: ``CSVError`` for a bad header, bad quoting or rows of the wrong length.
    mutating func parse() throws(CSVError) -> Table {
        let names = try readHeader()
        var builders = makeBuilders(columns: names.count)
        try readRecords(into: &builders)

        var columns: [Column] = []
        for (name, builder) in zip(names, builders) {
            columns.append(builder.finish(name: name, options: options))
        }
        do {
            return try Table(columns: columns)
        } catch {
            preconditionFailure("CSVTableParser: checked header gave \(error)")
        }
    }

    /// Reads and checks the header line.
    private mutating func readHeader() throws(CSVError) -> [String] {
        guard try tokenizer.nextRecord(into: &fields) else { throw .emptyFile(file: file) }
        var names: [String] = []
        var texts: [[UInt8]] = []
        for index in 0..<fields.count {
            let text = tokenizer.withField(index, of: fields, scratch: &scratch) { Array($0) }
            texts.append(text)
            names.append(String(decoding: text, as: UTF8.self))
        }
        try checkHeader(names: names, texts: texts)
        return names
    }

    private func checkHeader(names: [String], texts: [[UInt8]]) throws(CSVError) {
        let empty = names.indices.filter { names[$0].isEmpty }.map { $0 + 1 }
        if !empty.isEmpty { throw .emptyColumnNames(file: file, positions: empty) }

        var seen: Set<String> = []
        var repeated: [String] = []
        for name in names where !seen.insert(name).inserted && !repeated.contains(name) {
            repeated.append(name)
        }
        if !repeated.isEmpty { throw .duplicateColumnNames(file: file, names: repeated) }

        let looksLikeData = texts.allSatisfy { text in
            let isNumber = text.withUnsafeBufferPointer { DecimalParser.parse($0) != nil }
            return isNumber || DatetimeFormat.looksLikeDatetime(text)
        }
        if looksLikeData { throw .missingHeader(file: file, firstLine: names) }
    }

    private mutating func makeBuilders(columns: Int) -> [ColumnBuilder] {
        let expectedRows = estimatedRowCount()
        rowStarts.reserveCapacity(expectedRows)
        let missing = MissingTokens(options.missingTokens)
        return (0..<columns).map { _ in ColumnBuilder(missing: missing, expectedRows: expectedRows) }
    }

    /// The rows left, guessed from the line breaks in the next 64 KiB, a little generously so
    /// that the column arrays rarely grow (growing briefly holds the old and new storage).
    private func estimatedRowCount() -> Int {
        let bytes = tokenizer.bytes
        let start = tokenizer.position
        let sampleEnd = min(bytes.count, start + 65_536)
        var lineBreaks = 0
        for index in start..<sampleEnd where bytes[index] == 10 { lineBreaks += 1 }
        guard lineBreaks > 0, sampleEnd < bytes.count else { return lineBreaks + 1 }
        let bytesPerLine = Double(sampleEnd - start) / Double(lineBreaks)
        return Int(Double(bytes.count - start) / bytesPerLine * 1.05) + 16
    }

    /// Reads every record after the header into `builders`, noting where each row starts.
    private mutating func readRecords(into builders: inout [ColumnBuilder]) throws(CSVError) {
        let columnCount = builders.count
        var badRows: [CSVError.BadRow] = []
        var badRowCount = 0
        while try tokenizer.nextRecord(into: &fields) {
            guard fields.count == columnCount else {
                badRowCount += 1
                if badRows.count < Self.listedBadRows {
                    badRows.append(.init(line: tokenizer.recordLine, fieldCount: fields.count))
                }
                continue
            }
            guard badRowCount == 0 else { continue }
            rowStarts.append(tokenizer.recordStart)
            for column in 0..<columnCount {
                add(column: column, to: &builders[column])
            }
        }
        if badRowCount > 0 {
            throw .fieldCountMismatch(
                file: file, expected: columnCount, rows: badRows, total: badRowCount)
        }
    }

    @inline(__always)
    private mutating func add(column: Int, to builder: inout ColumnBuilder) {
        let quoted = fields.quoted[column]
        let added = tokenizer.withField(column, of: fields, scratch: &scratch) { field in
            builder.add(field, quoted: quoted)
        }
        guard !added else { return }

        let earlierStarts = rowStarts.dropLast()
        let reader = FieldRereader(tokenizer: tokenizer, column: column)
        builder.convertToStrings { row, body in reader.field(startingAt: earlierStarts[row], body) }
        let addedAgain = tokenizer.withField(column, of: fields, scratch: &scratch) { field in
            builder.add(field, quoted: quoted)
        }
        precondition(addedAgain, "ColumnBuilder: a string column refused a field")
    }
}

/// Reads one field of an earlier record again, to recover its text.
private struct FieldRereader {
    let tokenizer: CSVTokenizer
    let column: Int

    /// Passes the text of field ``column`` of the record starting at `start` to `body`.
    func field(startingAt start: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var rereader = CSVTokenizer(
            bytes: tokenizer.bytes, delimiter: tokenizer.delimiter, file: tokenizer.file,
            position: start)
        var fields = FieldList()
        var scratch: [UInt8] = []
        guard (try? rereader.nextRecord(into: &fields)) == true, column < fields.count else {
            preconditionFailure("CSVTableParser: a record read before no longer reads")
        }
        rereader.withField(column, of: fields, scratch: &scratch, body)
    }
}
