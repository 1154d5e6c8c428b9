// Metadata: checks on metadata values that the JSON types alone cannot express.

import JSONFormat

extension ColumnMetadata {
    /// What is wrong with the column's keys, each with where it is and how to fix it.
    ///
    /// Checks that the sdtype is not a misspelt one, that ranges are ordered, `decimal_places`
    /// is not negative, `range_values` is a non-empty list of plain values that does not sit
    /// beside `high_cardinality: true`, range bounds have the sdtype's JSON type, and
    /// `datetime_format` uses known directives only.
    ///
    /// - Parameter path: Where the column sits, for the problems' locations.
    public func validationProblems(path: String? = nil) -> [MetadataProblem] {
        let path = path ?? "columns[\(JSONValue.string(name).serialized())]"
        var problems: [MetadataProblem] = []
        func report(_ key: String, _ message: String) {
            problems.append(MetadataProblem(location: "\(path).\(key)", message: message))
        }

        if case .other(let unknown) = sdtype,
            let problem = SemanticType.problem(withUnknownName: unknown)
        {
            report("sdtype", problem)
        }
        if let places = decimalPlaces, places < 0 {
            report("decimal_places", "\(places) is negative; use 0 or more digits")
        }
        checkBoundTypes(report)
        if let low = rangeMin?.doubleValue, let high = rangeMax?.doubleValue, high < low {
            report(
                "range_max",
                "\(rangeMax?.serialized() ?? "") is below range_min "
                    + "\(rangeMin?.serialized() ?? ""); swap them or fix the wrong one")
        }
        if let values = rangeValues {
            checkRangeValues(values, report)
        }
        if let format = datetimeFormat, let problem = DatetimePattern.problem(in: format) {
            report("datetime_format", problem)
        }
        return problems
    }

    private func checkBoundTypes(_ report: (String, String) -> Void) {
        for (key, bound) in [("range_min", rangeMin), ("range_max", rangeMax)] {
            guard let bound else { continue }
            if sdtype == .numerical, !bound.isNumber {
                report(
                    key,
                    "expected a number for a numerical column, found "
                        + bound.serialized())
            } else if sdtype == .datetime, bound.stringValue == nil {
                report(
                    key,
                    "expected a date string in the column's datetime_format, found "
                        + bound.serialized())
            }
        }
    }

    private func checkRangeValues(_ values: [JSONValue], _ report: (String, String) -> Void) {
        if values.isEmpty {
            report("range_values", "the list is empty; list the categories or remove the key")
        }
        for (index, value) in values.enumerated() {
            switch value {
            case .null:
                report(
                    "range_values[\(index)]",
                    "null is not a category; missing values are "
                        + "allowed through range_is_nullable")
            case .array, .object:
                report(
                    "range_values[\(index)]",
                    "expected a string, number or Boolean, "
                        + "found \(value.typeName)")
            default:
                continue
            }
        }
        if highCardinality == true {
            report(
                "high_cardinality",
                "cannot be true while range_values lists the "
                    + "categories; remove one of the two")
        }
    }
}

extension TableMetadata {
    /// What is wrong with the table: its columns' problems, then keys, sequence columns and
    /// column relationships that name columns the table lacks, and repeated column names.
    ///
    /// - Parameter path: Where the table sits, for the problems' locations; empty for the top.
    public func validationProblems(path: String = "") -> [MetadataProblem] {
        let prefix = path.isEmpty ? "" : path + "."
        var problems: [MetadataProblem] = []
        var seen: Set<String> = []
        for column in columns {
            let columnPath = "\(prefix)columns[\(JSONValue.string(column.name).serialized())]"
            if !seen.insert(column.name).inserted {
                problems.append(
                    MetadataProblem(location: columnPath, message: "the column appears twice")
                )
            }
            problems += column.validationProblems(path: columnPath)
        }

        func check(_ names: [String], _ key: String) {
            for name in names where !seen.contains(name) {
                let message =
                    "names column '\(name)', which the table does not have; "
                    + "the columns are: " + columnNames.map { "'\($0)'" }.joined(separator: ", ")
                problems.append(MetadataProblem(location: prefix + key, message: message))
            }
        }
        check(primaryKey, "primary_key")
        for (index, key) in alternateKeys.enumerated() {
            check(key, "alternate_keys[\(index)]")
        }
        check(sequenceKey.map { [$0] } ?? [], "sequence_key")
        check(sequenceIndex.map { [$0] } ?? [], "sequence_index")
        for (index, relationship) in columnRelationships.enumerated() {
            check(relationship.columnNames, "column_relationships[\(index)].column_names")
        }
        return problems
    }
}

extension MetadataDocument {
    /// Every problem of every table, then relationships naming missing tables or columns, and
    /// repeated table names.
    public func validationProblems() -> [MetadataProblem] {
        var problems: [MetadataProblem] = []
        let single = sourceVersion.isSingleTable && tables.count == 1
        var names: Set<String> = []
        for table in tables {
            let path = single ? "" : "tables[\(JSONValue.string(table.name).serialized())]"
            if !names.insert(table.name).inserted {
                problems.append(MetadataProblem(location: path, message: "the table appears twice"))
            }
            problems += table.validationProblems(path: path)
        }
        for (index, relationship) in relationships.enumerated() {
            problems += relationshipProblems(relationship, path: "relationships[\(index)]")
        }
        return problems
    }

    private func relationshipProblems(
        _ relationship: TableRelationship,
        path: String
    ) -> [MetadataProblem] {
        var problems: [MetadataProblem] = []
        let ends = [
            ("parent", relationship.parentTableName, relationship.parentPrimaryKey),
            ("child", relationship.childTableName, relationship.childForeignKey),
        ]
        for (role, tableName, key) in ends {
            guard let table = table(named: tableName) else {
                problems.append(
                    MetadataProblem(
                        location: "\(path).\(role)_table_name",
                        message: "names table '\(tableName)', which the file does not have"
                    )
                )
                continue
            }
            for column in key where table[column: column] == nil {
                problems.append(
                    MetadataProblem(
                        location: path,
                        message: "names column '\(column)' of table '\(tableName)', "
                            + "which that table does not have"
                    )
                )
            }
        }
        return problems
    }
}
