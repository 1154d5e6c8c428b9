// Tabular: writing a Table as CSV text that CSVReader reads back equal.

import Foundation

/// Writes tables as CSV: a header line, then one line per row.
///
/// Integers are written without a decimal point, decimals with the column's
/// ``NumberColumn/decimals`` when that reads back exactly (else the shortest text that does),
/// booleans in their spelling, datetimes in their format, missing values as empty fields.
/// Fields are quoted only where needed: a delimiter, quote or line break inside, a leading or
/// trailing space, an empty string or a missing token (so `"NA"` stays text).
///
/// ```swift
/// try CSVWriter().write(table, to: URL(fileURLWithPath: "out.csv"))
/// ```
public struct CSVWriter: Sendable {
    /// How tables are written.
    public var options: CSVWriteOptions

    /// Bytes gathered before they are written to the file.
    static let chunkBytes = 1 << 20

    /// Creates a writer.
    public init(options: CSVWriteOptions = CSVWriteOptions()) {
        self.options = options
    }

    /// Writes `table` to `url` atomically: to a temporary file in the same folder, renamed
    /// into place at the end, so a failure leaves no partial file.
    ///
    /// - Throws: ``CSVError/unwritable(path:reason:)``.
    /// - Complexity: O(rows × columns), with memory for about a megabyte of text.
    public func write(_ table: Table, to url: URL) throws(CSVError) {
        let file = try AtomicFile(destination: url)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(Self.chunkBytes + 4096)
        appendHeader(table.columnNames, to: &buffer)
        try appendRows(of: table, to: &buffer) { (chunk) throws(CSVError) in
            try file.write(chunk)
        }
        try file.write(buffer)
        try file.commit()
    }

    /// Writes `table` to an open file handle (a pipe, standard output, a file being built),
    /// in chunks of about a megabyte. Nothing is renamed: this is not atomic.
    ///
    /// - Parameters:
    ///   - table: The table.
    ///   - handle: Where to write.
    ///   - includesHeader: Whether to write the header line first.
    ///   - name: The name error messages use for the handle.
    /// - Throws: ``CSVError/unwritable(path:reason:)``.
    public func write(
        _ table: Table,
        to handle: FileHandle,
        includesHeader: Bool = true,
        name: String = "<stream>"
    ) throws(CSVError) {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(Self.chunkBytes + 4096)
        if includesHeader { appendHeader(table.columnNames, to: &buffer) }
        let write = { (chunk: [UInt8]) throws(CSVError) in
            do {
                try handle.write(contentsOf: chunk)
            } catch {
                throw .unwritable(path: name, reason: FileProblem.systemReason(error))
            }
        }
        try appendRows(of: table, to: &buffer, flush: write)
        try write(buffer)
    }

    /// The CSV text of `table` as UTF-8 bytes.
    public func bytes(_ table: Table) -> [UInt8] {
        var buffer: [UInt8] = []
        appendHeader(table.columnNames, to: &buffer)
        appendRows(of: table, to: &buffer) { (_: [UInt8]) throws(Never) in }
        return buffer
    }

    /// The CSV text of `table`.
    public func string(_ table: Table) -> String {
        String(decoding: bytes(table), as: UTF8.self)
    }

    /// Appends the header line for `names`.
    func appendHeader(_ names: [String], to buffer: inout [UInt8]) {
        let escaper = FieldEscaper(options: options)
        for (index, name) in names.enumerated() {
            if index > 0 { buffer.append(options.delimiter) }
            escaper.append(name, to: &buffer)
        }
        appendLineEnd(to: &buffer)
    }

    /// Appends every row of `table`, handing the buffer to `flush` whenever it passes
    /// ``chunkBytes`` (and emptying it); what is left stays in `buffer`.
    ///
    /// Rows go in blocks: each column's fields for the block are formatted into one arena,
    /// then the block's lines are assembled from it by copying byte ranges.
    func appendRows<Failure: Error>(
        of table: Table,
        to buffer: inout [UInt8],
        flush: ([UInt8]) throws(Failure) -> Void
    ) throws(Failure) {
        let escaper = FieldEscaper(options: options)
        let encoders = table.columns.map { ColumnEncoder($0, escaper: escaper) }
        let missingText = encoders.count == 1 ? Array("\"\"".utf8) : []
        let blockRows = 4096
        var arena = ByteSink(capacity: 1 << 20)
        defer { arena.deallocate() }
        var ends = Array(repeating: 0, count: blockRows * encoders.count)
        var columnStarts = Array(repeating: 0, count: encoders.count)
        for blockStart in stride(from: 0, to: table.rowCount, by: blockRows) {
            let rows = blockStart..<min(table.rowCount, blockStart + blockRows)
            arena.removeAll()
            for (column, encoder) in encoders.enumerated() {
                columnStarts[column] = arena.count
                encoder.appendFields(
                    rows, to: &arena, ends: &ends, first: column * blockRows,
                    missingText: missingText)
            }
            appendLines(
                count: rows.count, blockRows: blockRows, arena: arena.bytes, ends: ends,
                columnStarts: columnStarts, to: &buffer)
            if buffer.count >= Self.chunkBytes {
                try flush(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
    }

    /// Assembles `count` lines from the fields in `arena`, copying byte ranges into a block
    /// of exactly the right size.
    private func appendLines(
        count: Int,
        blockRows: Int,
        arena: UnsafeBufferPointer<UInt8>,
        ends: [Int],
        columnStarts: [Int],
        to buffer: inout [UInt8]
    ) {
        let columnCount = columnStarts.count
        let lineEnd: [UInt8] = options.usesCRLF ? [13, 10] : [10]
        let total = arena.count + count * (columnCount - 1 + lineEnd.count)
        let delimiter = options.delimiter
        let block = [UInt8](unsafeUninitializedCapacity: total) { output, initialized in
            guard let target = output.baseAddress else { return }
            var position = 0
            for row in 0..<count {
                for column in 0..<columnCount {
                    if column > 0 {
                        target[position] = delimiter
                        position += 1
                    }
                    let slot = column * blockRows + row
                    let start = row == 0 ? columnStarts[column] : ends[slot - 1]
                    let length = ends[slot] - start
                    if length > 0, let source = arena.baseAddress {
                        (target + position).update(from: source + start, count: length)
                        position += length
                    }
                }
                for byte in lineEnd {
                    target[position] = byte
                    position += 1
                }
            }
            initialized = position
        }
        buffer.append(contentsOf: block)
    }

    private func appendLineEnd(to buffer: inout [UInt8]) {
        if options.usesCRLF { buffer.append(13) }
        buffer.append(10)
    }
}
