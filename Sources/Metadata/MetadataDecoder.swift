// Metadata: turning the reference's JSON into metadata values, collecting every problem.

import JSONFormat

/// Reads documents, tables and columns from JSON, recording each problem instead of stopping
/// at the first, so that one error can list them all.
struct MetadataDecoder {
    var problems: [MetadataProblem] = []

    mutating func report(_ location: String, _ message: String) {
        problems.append(MetadataProblem(location: location, message: message))
    }

    mutating func decodeDocument(
        _ json: JSONValue,
        defaultTableName: String
    ) -> MetadataDocument {
        guard let top = json.objectValue else {
            report("$", "expected an object at the top level, found \(json.typeName)")
            return MetadataDocument(tables: [])
        }
        let version = decodeVersion(top)
        if version.isSingleTable {
            var table = decodeTable(top, name: defaultTableName, path: "$", version: version)
            table.extraKeys.removeValue(forKey: "METADATA_SPEC_VERSION")
            return MetadataDocument(tables: [table], sourceVersion: version)
        }
        return decodeMultiTable(top, version: version)
    }

    private mutating func decodeVersion(_ top: JSONObject) -> MetadataSpecVersion {
        guard let value = top["METADATA_SPEC_VERSION"] else {
            return top.contains("tables") || !top.contains("columns") ? .v2 : .singleTableV1
        }
        let allowed = MetadataSpecVersion.allCases.map { "'\($0.rawValue)'" }
            .joined(separator: ", ")
        guard let text = value.stringValue, let version = MetadataSpecVersion(rawValue: text)
        else {
            report(
                "METADATA_SPEC_VERSION",
                "unknown version \(value.serialized()); use one of \(allowed)"
            )
            return top.contains("tables") || !top.contains("columns") ? .v2 : .singleTableV1
        }
        return version
    }

    private mutating func decodeMultiTable(
        _ top: JSONObject,
        version: MetadataSpecVersion
    ) -> MetadataDocument {
        var tables: [TableMetadata] = []
        if let tablesValue = top["tables"] {
            if let tablesObject = tablesValue.objectValue {
                for (name, value) in tablesObject {
                    let path = "tables[\(quoted(name))]"
                    guard let object = value.objectValue else {
                        report(path, "expected an object describing the table, found "
                            + value.typeName)
                        continue
                    }
                    tables.append(decodeTable(object, name: name, path: path, version: version))
                }
            } else {
                report("tables", "expected an object of tables, found \(tablesValue.typeName)")
            }
        } else {
            report("$", "missing 'tables' (or 'columns' at the top level for a single table)")
        }

        let relationships = decodeRelationships(top["relationships"])
        var extra = top
        for key in ["tables", "relationships", "METADATA_SPEC_VERSION"] {
            extra.removeValue(forKey: key)
        }
        return MetadataDocument(
            tables: tables,
            relationships: relationships,
            sourceVersion: version,
            extraKeys: extra
        )
    }

    private mutating func decodeRelationships(_ value: JSONValue?) -> [TableRelationship] {
        guard let value, !value.isNull else { return [] }
        guard let array = value.arrayValue else {
            report("relationships", "expected an array, found \(value.typeName)")
            return []
        }
        var relationships: [TableRelationship] = []
        for (index, element) in array.enumerated() {
            let path = "relationships[\(index)]"
            guard var object = element.objectValue else {
                report(path, "expected an object, found \(element.typeName)")
                continue
            }
            let parent = requiredString(&object, "parent_table_name", path: path)
            let child = requiredString(&object, "child_table_name", path: path)
            let parentKey = requiredKey(&object, "parent_primary_key", path: path)
            let childKey = requiredKey(&object, "child_foreign_key", path: path)
            guard let parent, let child, let parentKey, let childKey else { continue }
            relationships.append(
                TableRelationship(
                    parentTableName: parent,
                    childTableName: child,
                    parentPrimaryKey: parentKey,
                    childForeignKey: childKey,
                    extraKeys: object
                )
            )
        }
        return relationships
    }

    // MARK: - Shared readers

    /// Removes `key` from `object`; reports a missing or non-string value.
    mutating func requiredString(
        _ object: inout JSONObject,
        _ key: String,
        path: String
    ) -> String? {
        guard let value = object.removeValue(forKey: key) else {
            report(path, "missing '\(key)'")
            return nil
        }
        guard let text = value.stringValue else {
            report("\(path).\(key)", "expected a string, found \(value.typeName)")
            return nil
        }
        return text
    }

    /// Removes `key`; reports a missing value or one that is not a key.
    mutating func requiredKey(
        _ object: inout JSONObject,
        _ key: String,
        path: String
    ) -> [String]? {
        guard let value = object.removeValue(forKey: key) else {
            report(path, "missing '\(key)'")
            return nil
        }
        return keyColumns(value, path: "\(path).\(key)")
    }

    /// A key: a column name, or a non-empty array of column names.
    mutating func keyColumns(_ value: JSONValue, path: String) -> [String]? {
        if let name = value.stringValue { return [name] }
        if let array = value.arrayValue, !array.isEmpty {
            let names = array.compactMap(\.stringValue)
            if names.count == array.count { return names }
        }
        report(path, "expected a column name or an array of column names, found "
            + value.serialized())
        return nil
    }

    func quoted(_ name: String) -> String {
        JSONValue.string(name).serialized()
    }
}
