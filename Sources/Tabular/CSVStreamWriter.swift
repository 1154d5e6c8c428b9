// Tabular: writing a large CSV file a table at a time.

import Foundation

/// Writes one CSV file from many tables with the same columns: the header once, then each
/// appended table's rows. The text goes to a temporary file in the destination's folder that
/// ``finish()`` renames into place; until then (and after ``cancel()`` or a failure) the
/// destination is untouched.
///
/// ```swift
/// let stream = try CSVStreamWriter(url: output, columnNames: table.columnNames)
/// for chunk in chunks { try stream.append(chunk) }
/// try stream.finish()
/// ```
public final class CSVStreamWriter {
    private let file: AtomicFile
    private let writer: CSVWriter
    private let columnNames: [String]
    private var buffer: [UInt8] = []
    private var isFinished = false

    /// The number of rows appended so far.
    public private(set) var rowCount = 0

    /// Starts the file and writes the header.
    ///
    /// - Parameters:
    ///   - url: The destination.
    ///   - columnNames: The header; every appended table must have these columns in order.
    ///   - options: How to write.
    /// - Throws: ``CSVError/unwritable(path:reason:)``.
    public init(url: URL, columnNames: [String], options: CSVWriteOptions = CSVWriteOptions())
        throws(CSVError)
    {
        self.file = try AtomicFile(destination: url)
        self.writer = CSVWriter(options: options)
        self.columnNames = columnNames
        buffer.reserveCapacity(CSVWriter.chunkBytes + 4096)
        writer.appendHeader(columnNames, to: &buffer)
    }

    /// Appends the rows of `table`.
    ///
    /// - Throws: ``CSVError/columnsDiffer(path:expected:found:)`` when the columns differ
    ///   from the header; ``CSVError/unwritable(path:reason:)`` when writing fails (the
    ///   temporary file is then removed and the stream is finished).
    /// - Complexity: O(rows × columns).
    public func append(_ table: Table) throws(CSVError) {
        precondition(!isFinished, "CSVStreamWriter: append after finish or cancel")
        guard table.columnNames == columnNames else {
            throw .columnsDiffer(
                path: file.destination.path, expected: columnNames, found: table.columnNames)
        }
        let file = self.file
        try writer.appendRows(of: table, to: &buffer) { (chunk) throws(CSVError) in
            try file.write(chunk)
        }
        rowCount += table.rowCount
    }

    /// Writes what is left and renames the file into place.
    ///
    /// - Throws: ``CSVError/unwritable(path:reason:)``.
    public func finish() throws(CSVError) {
        precondition(!isFinished, "CSVStreamWriter: finish called twice")
        isFinished = true
        try file.write(buffer)
        buffer = []
        try file.commit()
    }

    /// Abandons the file: the temporary file is removed and the destination left as it was.
    public func cancel() {
        isFinished = true
        buffer = []
        file.discard()
    }
}
