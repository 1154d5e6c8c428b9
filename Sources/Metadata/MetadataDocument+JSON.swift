// Metadata: reading and writing the reference's metadata JSON files.

import Foundation
import JSONFormat
import Tabular

/// The layouts ``MetadataDocument`` can write.
public enum MetadataFileFormat: Sendable, Equatable {
    /// The reference's current format: `{"tables": {...}, "relationships": [...],
    /// "METADATA_SPEC_VERSION": "V2"}`.
    case v2
    /// The legacy single-table format: the table object at the top level with
    /// `"METADATA_SPEC_VERSION": "SINGLE_TABLE_V1"` first, range keys included (the layout of
    /// the golden files). Only for documents with exactly one table.
    case singleTableV1
}

extension MetadataDocument {
    /// Reads metadata from a parsed JSON value in any of the reference's formats.
    ///
    /// `V2`, `MULTI_TABLE_V1` and `V1` files hold `tables`; a `SINGLE_TABLE_V1` file (or one
    /// without a version that has `columns` at the top) is one table, named `defaultTableName`.
    /// Files older than V2 are converted: `computer_representation` and `order_by` are
    /// dropped, and a categorical column with an `order` becomes ordinal with that order as its
    /// `range_values`. Unknown keys are kept (the reference rejects them).
    ///
    /// - Parameters:
    ///   - json: The parsed file.
    ///   - source: How to name the file in errors.
    ///   - defaultTableName: The name of the table of a single-table file.
    /// - Throws: ``MetadataError/invalid(source:problems:)`` listing every problem at once.
    public init(
        json: JSONValue,
        source: String = "metadata",
        defaultTableName: String = "table"
    ) throws(MetadataError) {
        var decoder = MetadataDecoder()
        let document = decoder.decodeDocument(json, defaultTableName: defaultTableName)
        let problems = decoder.problems + document.validationProblems()
        guard problems.isEmpty else { throw .invalid(source: source, problems: problems) }
        self = document
    }

    /// Checks the document as reading a file would, for metadata built or edited in code.
    ///
    /// - Parameter source: How to name the metadata in the error.
    /// - Throws: ``MetadataError/invalid(source:problems:)`` listing every problem of
    ///   ``validationProblems()``.
    public func validate(source: String = "metadata") throws(MetadataError) {
        let problems = validationProblems()
        guard problems.isEmpty else { throw .invalid(source: source, problems: problems) }
    }

    /// Reads metadata from JSON text; see ``init(json:source:defaultTableName:)``.
    ///
    /// - Throws: ``MetadataError/notJSON(source:_:)`` with the line and column when the text is
    ///   not JSON, ``MetadataError/invalid(source:problems:)`` listing every problem otherwise.
    public init(
        parsing bytes: some Collection<UInt8>,
        source: String = "metadata",
        defaultTableName: String = "table"
    ) throws(MetadataError) {
        let json: JSONValue
        do {
            json = try JSONParser().parse(bytes)
        } catch {
            throw .notJSON(source: source, error)
        }
        try self.init(json: json, source: source, defaultTableName: defaultTableName)
    }

    /// Reads a metadata file; see ``init(json:source:defaultTableName:)``.
    ///
    /// - Throws: ``MetadataError/unreadable(path:reason:)`` when the file cannot be read, and
    ///   the errors of ``init(parsing:source:defaultTableName:)`` naming the file.
    public init(contentsOf url: URL, defaultTableName: String = "table") throws(MetadataError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(
                path: url.path, reason: FileProblem.reading(from: url, failedWith: error))
        }
        try self.init(parsing: data, source: url.path, defaultTableName: defaultTableName)
    }

    /// The document as the reference's JSON.
    ///
    /// - Precondition: `format` is ``MetadataFileFormat/v2`` or the document holds exactly
    ///   one table.
    public func jsonValue(format: MetadataFileFormat = .v2) -> JSONValue {
        switch format {
        case .v2:
            var tablesObject = JSONObject()
            for table in tables {
                tablesObject[table.name] = .object(table.jsonObject)
            }
            var object: JSONObject = [
                "tables": .object(tablesObject),
                "relationships": .array(relationships.map { .object($0.jsonObject) }),
                "METADATA_SPEC_VERSION": .string(MetadataSpecVersion.v2.rawValue),
            ]
            for (key, value) in extraKeys where !object.contains(key) {
                object[key] = value
            }
            return .object(object)
        case .singleTableV1:
            precondition(
                tables.count == 1,
                "MetadataDocument: SINGLE_TABLE_V1 holds one table, this document has "
                    + "\(tables.count)"
            )
            var object: JSONObject = [
                "METADATA_SPEC_VERSION": .string(MetadataSpecVersion.singleTableV1.rawValue)
            ]
            for (key, value) in tables.first?.jsonObject ?? JSONObject() {
                object[key] = value
            }
            return .object(object)
        }
    }

    /// The document as JSON text indented by 4 spaces, like the reference's files.
    public func jsonText(format: MetadataFileFormat = .v2) -> String {
        jsonValue(format: format).serialized(style: .pretty) + "\n"
    }

    /// Writes the document atomically (a temporary file, then a rename).
    ///
    /// - Parameters:
    ///   - url: Where to write.
    ///   - format: The layout.
    ///   - overwrite: Whether an existing file may be replaced (the reference's
    ///     `mode='overwrite'`); by default it may not.
    /// - Throws: ``MetadataError/fileExists(path:)`` or ``MetadataError/unwritable(path:reason:)``.
    public func write(
        to url: URL,
        format: MetadataFileFormat = .v2,
        overwrite: Bool = false
    ) throws(MetadataError) {
        if !overwrite, FileManager.default.fileExists(atPath: url.path) {
            throw .fileExists(path: url.path)
        }
        do {
            try Data(jsonText(format: format).utf8).write(to: url, options: .atomic)
        } catch {
            throw .unwritable(
                path: url.path, reason: FileProblem.writing(to: url, failedWith: error))
        }
    }
}
