// Metadata: reading a table object and its columns, with the legacy conversions.

import JSONFormat

extension MetadataDecoder {
    mutating func decodeTable(
        _ object: JSONObject,
        name: String,
        path: String,
        version: MetadataSpecVersion
    ) -> TableMetadata {
        var rest = object
        rest.removeValue(forKey: "METADATA_SPEC_VERSION")
        var table = TableMetadata(name: name)
        let prefix = path == "$" ? "" : path + "."

        if let columns = rest.removeValue(forKey: "columns") {
            if let columnsObject = columns.objectValue {
                table.columns = columnsObject.compactMap { columnName, value in
                    decodeColumn(
                        value,
                        name: columnName,
                        path: "\(prefix)columns[\(quoted(columnName))]",
                        version: version
                    )
                }
            } else {
                report(prefix + "columns", "expected an object of columns, found "
                    + columns.typeName)
            }
        } else {
            report(path, "missing 'columns'; every table lists its columns")
        }

        decodeKeys(&rest, into: &table, prefix: prefix)
        table.columnRelationships = decodeColumnRelationships(
            rest.removeValue(forKey: "column_relationships"),
            path: prefix + "column_relationships"
        )
        table.extraKeys = rest
        return table
    }

    private mutating func decodeKeys(
        _ rest: inout JSONObject,
        into table: inout TableMetadata,
        prefix: String
    ) {
        if let value = rest.removeValue(forKey: "primary_key"), !value.isNull {
            table.primaryKey = keyColumns(value, path: prefix + "primary_key") ?? []
        }
        if let value = rest.removeValue(forKey: "alternate_keys"), !value.isNull {
            if let array = value.arrayValue {
                table.alternateKeys = array.enumerated().compactMap { index, element in
                    keyColumns(element, path: "\(prefix)alternate_keys[\(index)]")
                }
            } else {
                report(prefix + "alternate_keys", "expected an array of keys, found "
                    + value.typeName)
            }
        }
        table.sequenceKey = optionalString(&rest, "sequence_key", prefix: prefix)
        table.sequenceIndex = optionalString(&rest, "sequence_index", prefix: prefix)
    }

    private mutating func optionalString(
        _ object: inout JSONObject,
        _ key: String,
        prefix: String
    ) -> String? {
        guard let value = object.removeValue(forKey: key), !value.isNull else { return nil }
        guard let text = value.stringValue else {
            report(prefix + key, "expected a column name, found \(value.typeName)")
            return nil
        }
        return text
    }

    private mutating func decodeColumnRelationships(
        _ value: JSONValue?,
        path: String
    ) -> [ColumnRelationship] {
        guard let value, !value.isNull else { return [] }
        guard let array = value.arrayValue else {
            report(path, "expected an array, found \(value.typeName)")
            return []
        }
        var relationships: [ColumnRelationship] = []
        for (index, element) in array.enumerated() {
            let elementPath = "\(path)[\(index)]"
            guard var object = element.objectValue else {
                report(elementPath, "expected an object, found \(element.typeName)")
                continue
            }
            let type = requiredString(&object, "type", path: elementPath)
            let names = requiredKey(&object, "column_names", path: elementPath)
            guard let type, let names else { continue }
            relationships.append(
                ColumnRelationship(type: type, columnNames: names, extraKeys: object)
            )
        }
        return relationships
    }

    // MARK: - Columns

    mutating func decodeColumn(
        _ value: JSONValue,
        name: String,
        path: String,
        version: MetadataSpecVersion
    ) -> ColumnMetadata? {
        guard var rest = value.objectValue else {
            report(path, "expected an object with an 'sdtype', found \(value.typeName)")
            return nil
        }
        var column = ColumnMetadata(name: name, sdtype: .unknown)
        if let sdtype = requiredString(&rest, "sdtype", path: path) {
            column.sdtype = SemanticType(rawValue: sdtype)
        }
        if version != .v2 {
            convertLegacyKeys(&rest, column: &column, path: path)
        }

        column.rangeMin = rangeBound(&rest, "range_min", path: path)
        column.rangeMax = rangeBound(&rest, "range_max", path: path)
        column.rangeIsNullable = boolean(&rest, "range_is_nullable", path: path)
        column.highCardinality = boolean(&rest, "high_cardinality", path: path)
        column.pii = boolean(&rest, "pii", path: path)
        column.datetimeFormat = string(&rest, "datetime_format", path: path)
        column.regexFormat = string(&rest, "regex_format", path: path)
        if let places = rest.removeValue(forKey: "decimal_places"), !places.isNull {
            column.decimalPlaces = places.intValue
            if column.decimalPlaces == nil {
                report(path + ".decimal_places", "expected a whole number, found "
                    + places.serialized())
            }
        }
        if let values = rest.removeValue(forKey: "range_values"), !values.isNull {
            column.rangeValues = values.arrayValue
            if column.rangeValues == nil {
                report(path + ".range_values", "expected an array, found \(values.typeName)")
            }
        }
        column.extraKeys = rest
        return column
    }

    /// SDV 1.x keys: `computer_representation` is dropped (the data decides the number type);
    /// a categorical `order` becomes an ordinal column with that order; `order_by` is dropped.
    private mutating func convertLegacyKeys(
        _ rest: inout JSONObject,
        column: inout ColumnMetadata,
        path: String
    ) {
        rest.removeValue(forKey: "computer_representation")
        rest.removeValue(forKey: "order_by")
        guard let order = rest.removeValue(forKey: "order"), !order.isNull else { return }
        guard let values = order.arrayValue else {
            report(path + ".order", "expected an array of categories, found \(order.typeName)")
            return
        }
        if column.sdtype == .categorical { column.sdtype = .ordinal }
        if !rest.contains("range_values") { rest["range_values"] = .array(values) }
    }

    private mutating func rangeBound(
        _ object: inout JSONObject,
        _ key: String,
        path: String
    ) -> JSONValue? {
        guard let value = object.removeValue(forKey: key), !value.isNull else { return nil }
        guard value.isNumber || value.stringValue != nil else {
            report("\(path).\(key)", "expected a number or a date string, found "
                + value.typeName)
            return nil
        }
        return value
    }

    private mutating func boolean(_ object: inout JSONObject, _ key: String, path: String)
        -> Bool?
    {
        guard let value = object.removeValue(forKey: key), !value.isNull else { return nil }
        guard let flag = value.boolValue else {
            report("\(path).\(key)", "expected true or false, found \(value.serialized())")
            return nil
        }
        return flag
    }

    private mutating func string(_ object: inout JSONObject, _ key: String, path: String)
        -> String?
    {
        guard let value = object.removeValue(forKey: key), !value.isNull else { return nil }
        guard let text = value.stringValue else {
            report("\(path).\(key)", "expected a string, found \(value.typeName)")
            return nil
        }
        return text
    }
}
