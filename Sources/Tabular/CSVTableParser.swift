// Tabular: the pass over a CSV input's records that fills one builder per column.

/// Reads the header and then every record of a CSV source into column builders.
struct CSVTableParser {
    /// How many rows with a wrong field count an error lists.
    static let listedBadRows = 5

    private let source: CSVSource
    private var tokenizer: CSVTokenizer
    private let options: CSVReadOptions
    private var fields = FieldList()
    private var scratch: [UInt8] = []
    private var rowCount = 0

    /// Starts reading `source` after its byte-order mark, if any.
    init(source: CSVSource, delimiter: UInt8, options: CSVReadOptions) {
        let bytes = source.bytes
        let hasMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        self.source = source
        self.tokenizer = CSVTokenizer(
            bytes: bytes, delimiter: delimiter, file: source.name, isFinal: source.isComplete,
            position: hasMark ? 3 : 0)
        self.options = options
    }

    /// Reads the whole input into a table.
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

    /// Reads the next record into ``fields``, reading more of the source when the window ends
    /// inside one; returns `false` at the end.
    mutating func nextRecord() throws(CSVError) -> Bool {
        while true {
            switch try tokenizer.nextRecord(into: &fields) {
            case .record: return true
            case .end: return false
            case .incomplete:
                let keep = source.start + tokenizer.position
                try source.advance(keepingFrom: keep)
                tokenizer = CSVTokenizer(
                    bytes: source.bytes, delimiter: tokenizer.delimiter, file: source.name,
                    isFinal: source.isComplete, position: keep - source.start,
                    line: tokenizer.line)
            }
        }
    }

    /// Reads the header line; it must name every column once.
    mutating func readHeader() throws(CSVError) -> [String] {
        guard try nextRecord() else { throw .emptyFile(file: source.name) }
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
        let file = source.name
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

    private func makeBuilders(columns: Int) -> [ColumnBuilder] {
        let expectedRows = estimatedRowCount()
        let missing = MissingTokens(options.missingTokens)
        return (0..<columns).map { _ in ColumnBuilder(missing: missing, expectedRows: expectedRows)
        }
    }

    /// The rows left, guessed from the line breaks in the next 64 KiB, a little generously so
    /// that the column arrays rarely grow (growing briefly holds the old and new storage).
    private func estimatedRowCount() -> Int {
        let bytes = tokenizer.bytes
        let start = tokenizer.position
        let sampleEnd = min(bytes.count, start + 65_536)
        var lineBreaks = 0
        for index in start..<sampleEnd where bytes[index] == 10 { lineBreaks += 1 }
        let remaining = source.totalBytes - source.start - start
        guard lineBreaks > 0, sampleEnd - start < remaining else { return lineBreaks + 1 }
        let bytesPerLine = Double(sampleEnd - start) / Double(lineBreaks)
        return Int(Double(remaining) / bytesPerLine * 1.05) + 16
    }

    /// Reads every record after the header into `builders`.
    private mutating func readRecords(into builders: inout [ColumnBuilder]) throws(CSVError) {
        let columnCount = builders.count
        var badRows: [CSVError.BadRow] = []
        var badRowCount = 0
        while try nextRecord() {
            guard fields.count == columnCount else {
                badRowCount += 1
                if badRows.count < Self.listedBadRows {
                    badRows.append(.init(line: tokenizer.recordLine, fieldCount: fields.count))
                }
                continue
            }
            guard badRowCount == 0 else { continue }
            for column in 0..<columnCount {
                try add(column: column, to: &builders[column])
            }
            rowCount += 1
        }
        if badRowCount > 0 {
            throw .fieldCountMismatch(
                file: source.name, expected: columnCount, rows: badRows, total: badRowCount)
        }
    }

    @inline(__always)
    private mutating func add(column: Int, to builder: inout ColumnBuilder) throws(CSVError) {
        let quoted = fields.spans[column].isQuoted
        let added = tokenizer.withField(column, of: fields, scratch: &scratch) { field in
            builder.add(field, quoted: quoted)
        }
        guard !added else { return }

        try convertToStrings(column: column, builder: &builder)
        let addedAgain = tokenizer.withField(column, of: fields, scratch: &scratch) { field in
            builder.add(field, quoted: quoted)
        }
        precondition(addedAgain, "ColumnBuilder: a string column refused a field")
    }

    /// Turns a number column into strings by reading the input again from its start for the
    /// text of the column's earlier fields.
    private func convertToStrings(column: Int, builder: inout ColumnBuilder) throws(CSVError) {
        var rereader = CSVTableParser(
            source: try source.restarted(), delimiter: tokenizer.delimiter, options: options)
        _ = try rereader.readHeader()
        var nextRow = 0
        var failure: CSVError?
        builder.convertToStrings { row, body in
            do throws(CSVError) {
                while nextRow <= row {
                    guard try rereader.nextRecord() else { return }
                    nextRow += 1
                }
            } catch {
                failure = error
                return
            }
            rereader.tokenizer.withField(
                column, of: rereader.fields, scratch: &rereader.scratch, body)
        }
        if let failure { throw failure }
    }
}
