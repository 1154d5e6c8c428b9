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
/// Kinds are inferred as ``ColumnBuilder/finish(name:options:)`` describes: numbers, booleans
/// (`true`/`false` in any case only), datetimes (see ``DatetimeFormat/detect(in:)``),
/// categories and text.
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
    /// - Complexity: O(bytes); the file is read into memory once.
    public func read(contentsOf url: URL) throws(CSVError) -> Table {
        let path = url.path
        let name = options.fileName ?? url.lastPathComponent
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .fileNotFound(path: path)
        }
        guard !isDirectory.boolValue else {
            throw .unreadable(path: path, reason: "it is a folder")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
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
        let file = options.fileName ?? source
        let hasMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let text = UnsafeBufferPointer(rebasing: bytes[(hasMark ? 3 : 0)...])
        guard text.contains(where: { $0 != 10 && $0 != 13 }) else { throw .emptyFile(file: file) }
        try TextValidation.validate(text, file: file, offsetBase: hasMark ? 3 : 0)

        let delimiter = options.delimiter ?? DelimiterDetection.detect(text)
        var parser = CSVTableParser(bytes: text, delimiter: delimiter, file: file, options: options)
        return try parser.parse()
    }
}
