// FacsimileCLI: the metadata the commands use: read from --metadata, or detected.

import Facsimile
import Foundation

/// Reads metadata files, or detects metadata when none is given.
enum MetadataLoading {
    /// The metadata of `table`: read from `path` when given, else detected.
    ///
    /// - Throws: ``MetadataError`` for a bad file; ``CommandError`` when the file holds
    ///   several tables or its columns differ from the data's.
    static func metadata(for table: Table, path: String?, dataPath: String) throws
        -> TableMetadata
    {
        guard let path else {
            return TableMetadata(
                detectingFrom: table, name: TableLoading.tableName(dataPath))
        }
        let document = try MetadataDocument(contentsOf: URL(fileURLWithPath: path))
        guard let metadata = document.singleTable else {
            throw CommandError(
                "\(path) describes \(document.tables.count) tables; give a metadata file that "
                    + "describes exactly the table in \(dataPath)")
        }
        try checkColumns(metadata, table: table, path: path, dataPath: dataPath)
        return metadata
    }

    private static func checkColumns(
        _ metadata: TableMetadata, table: Table, path: String, dataPath: String
    ) throws {
        let described = Set(metadata.columnNames)
        let present = Set(table.columnNames)
        let missingFromData = metadata.columnNames.filter { !present.contains($0) }
        let undescribed = table.columnNames.filter { !described.contains($0) }
        guard missingFromData.isEmpty && undescribed.isEmpty else {
            var parts: [String] = []
            if !missingFromData.isEmpty {
                parts.append(
                    "\(path) describes columns \(dataPath) lacks: "
                        + missingFromData.map { "'\($0)'" }.joined(separator: ", "))
            }
            if !undescribed.isEmpty {
                parts.append(
                    "\(dataPath) has columns \(path) does not describe: "
                        + undescribed.map { "'\($0)'" }.joined(separator: ", "))
            }
            throw CommandError(
                parts.joined(separator: "; ")
                    + "; make the metadata describe the same columns (facsimile inspect "
                    + "--metadata-out writes a matching file)")
        }
    }
}
