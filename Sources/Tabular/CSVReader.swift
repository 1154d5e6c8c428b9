// Tabular: reading a CSV file into a typed Table.

import Foundation

/// Reads CSV text into a ``Table``, inferring each column's kind.
///
/// The reader follows RFC 4180 (quoted fields with delimiters, doubled quotes and line breaks
/// inside; LF or CRLF line endings), accepts UTF-8 with or without a byte-order mark and skips
/// blank lines. The first line is the header; names are kept exactly as written.
///
/// ```swift
/// let table = try CSVReader().read(contentsOf: URL(fileURLWithPath: "flights.csv"))
/// ```
///
/// Each column's kind is inferred from all of its present values (missing tokens are
/// set aside):
///
/// - numbers when every value is a decimal number (`holdsIntegers` when none has a point or an
///   exponent; `decimals` is the most digits shown after a point); a column with no present
///   value at all is numbers, all missing;
/// - booleans when every value is `true` or `false` in some letter case (not `Y`/`N`,
///   `yes`/`no` or `0`/`1`, which stay strings or numbers as in the reference);
/// - datetimes when every value parses with one format (see ``DatetimeFormat/detect(in:)``);
/// - otherwise strings: ``ColumnKind/text`` when there are more than
///   ``CSVReadOptions/textMinimumRows`` present values and the distinct ones exceed
///   ``CSVReadOptions/textDistinctShare`` of them, ``ColumnKind/category`` otherwise.
///
/// A file is read in blocks of about 2 MiB, never held whole: peak memory is about the table
/// being built plus one block.
public struct CSVReader: Sendable {
    /// How files are read.
    public var options: CSVReadOptions

    /// Creates a reader.
    public init(options: CSVReadOptions = CSVReadOptions()) {
        self.options = options
    }

    /// Reads the CSV file at `url`.
    ///
    /// - Throws: ``CSVError`` naming the file, line and column of the problem.
    /// - Complexity: O(bytes); the file is read in blocks of about 2 MiB, never all at once.
    public func read(contentsOf url: URL) throws(CSVError) -> Table {
        try read(contentsOf: url, blockBytes: CSVSource.defaultBlockBytes)
    }

    /// Reads the file at `url` in blocks of `blockBytes` (tests use tiny blocks to put block
    /// ends everywhere).
    ///
    /// A pipe or device cannot be read twice (which turning a column of numbers into strings
    /// needs), so anything but a regular file is read into memory whole first.
    func read(contentsOf url: URL, blockBytes: Int) throws(CSVError) -> Table {
        let name = options.fileName ?? url.lastPathComponent
        guard Self.isRegularFile(url) else { return try readWhole(url, name: name) }
        return try parse(CSVSource(file: url, name: name, blockBytes: blockBytes))
    }

    private static func isRegularFile(_ url: URL) -> Bool {
        let path = url.resolvingSymlinksInPath().path
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return attributes?[.type] as? FileAttributeType == .typeRegular
    }

    private func readWhole(_ url: URL, name: String) throws(CSVError) -> Table {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw .fileNotFound(path: url.path)
        }
        if let problem = FileProblem.reading(from: url) {
            throw .unreadable(path: url.path, reason: problem)
        }
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            data = try handle.readToEnd() ?? Data()
            try handle.close()
        } catch {
            throw .unreadable(
                path: url.path, reason: FileProblem.reading(from: url, failedWith: error))
        }
        return try read(data: data, source: name)
    }

    /// Reads CSV text held in `data`; `source` names it in error messages.
    ///
    /// - Throws: ``CSVError``.
    public func read(data: Data, source: String) throws(CSVError) -> Table {
        let result: Result<Table, CSVError> = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            return Result { () throws(CSVError) in try parse(bytes, source: source) }
        }
        return try result.get()
    }

    /// Reads CSV text held in `bytes`; `source` names it in error messages.
    ///
    /// - Throws: ``CSVError``.
    public func read(bytes: [UInt8], source: String) throws(CSVError) -> Table {
        let result: Result<Table, CSVError> = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(CSVError) in try parse(buffer, source: source) }
        }
        return try result.get()
    }

    /// Reads CSV text from a string; `source` names it in error messages.
    ///
    /// - Throws: ``CSVError``.
    public func read(string: String, source: String = "<text>") throws(CSVError) -> Table {
        try read(bytes: Array(string.utf8), source: source)
    }

    private func parse(_ bytes: UnsafeBufferPointer<UInt8>, source: String) throws(CSVError)
        -> Table
    {
        try parse(CSVSource(memory: bytes, name: options.fileName ?? source))
    }

    private func parse(_ source: CSVSource) throws(CSVError) -> Table {
        let delimiter = options.delimiter ?? DelimiterDetection.detect(source.bytes)
        var parser = CSVTableParser(source: source, delimiter: delimiter, options: options)
        return try parser.parse()
    }
}
