// Metadata: what is known about one table.

import JSONFormat

/// What is known about one table: its columns in order, its keys and the relationships
/// between its columns.
///
/// Column order matters: it is the column order of sampled data.
public struct TableMetadata: Sendable, Equatable {
    /// The table's name; `"table"` for a single table unless told otherwise.
    public var name: String

    /// The columns, in order.
    public var columns: [ColumnMetadata]

    /// The columns of the primary key: empty when there is none, one name for a simple key,
    /// several for a composite key (`primary_key`).
    public var primaryKey: [String]

    /// Other keys whose values are unique, each a list of column names (`alternate_keys`).
    public var alternateKeys: [[String]]

    /// The column that identifies each sequence, for sequential data (`sequence_key`).
    public var sequenceKey: String?

    /// The column that orders rows inside a sequence (`sequence_index`).
    public var sequenceIndex: String?

    /// Groups of columns that belong together, such as an address (`column_relationships`).
    public var columnRelationships: [ColumnRelationship]

    /// Keys this type does not know, in file order, kept so that they round-trip.
    public var extraKeys: JSONObject

    /// Creates table metadata.
    public init(
        name: String = "table",
        columns: [ColumnMetadata] = [],
        primaryKey: [String] = [],
        alternateKeys: [[String]] = [],
        sequenceKey: String? = nil,
        sequenceIndex: String? = nil,
        columnRelationships: [ColumnRelationship] = [],
        extraKeys: JSONObject = JSONObject()
    ) {
        self.name = name
        self.columns = columns
        self.primaryKey = primaryKey
        self.alternateKeys = alternateKeys
        self.sequenceKey = sequenceKey
        self.sequenceIndex = sequenceIndex
        self.columnRelationships = columnRelationships
        self.extraKeys = extraKeys
    }

    /// The column names, in order.
    public var columnNames: [String] { columns.map(\.name) }

    /// The primary key's column when the key is a single column, else `nil`.
    public var primaryKeyColumn: String? {
        primaryKey.count == 1 ? primaryKey.first : nil
    }

    /// The metadata of the column called `name`, or `nil` when there is none.
    ///
    /// - Complexity: O(number of columns).
    public subscript(column name: String) -> ColumnMetadata? {
        columns.first { $0.name == name }
    }

    /// The keys a table object may hold besides unknown ones, as the files spell them.
    public static let knownKeys: Set<String> = [
        "columns", "primary_key", "alternate_keys", "sequence_key", "sequence_index",
        "column_relationships",
    ]

    /// The table as the reference's JSON object, in the order the reference writes it;
    /// absent and empty keys are left out, as the reference does.
    public var jsonObject: JSONObject {
        var columnsObject = JSONObject()
        for column in columns {
            columnsObject[column.name] = .object(column.jsonObject)
        }
        var object: JSONObject = ["columns": .object(columnsObject)]
        if !primaryKey.isEmpty {
            object["primary_key"] = Self.keyValue(primaryKey)
        }
        if !alternateKeys.isEmpty {
            object["alternate_keys"] = .array(alternateKeys.map(Self.keyValue))
        }
        object["sequence_key"] = sequenceKey.map(JSONValue.string)
        object["sequence_index"] = sequenceIndex.map(JSONValue.string)
        if !columnRelationships.isEmpty {
            object["column_relationships"] = .array(
                columnRelationships.map { .object($0.jsonObject) }
            )
        }
        for (key, value) in extraKeys where !object.contains(key) {
            object[key] = value
        }
        return object
    }

    /// A one-column key as a string, a composite key as an array of strings.
    static func keyValue(_ key: [String]) -> JSONValue {
        if key.count == 1, let only = key.first { return .string(only) }
        return .array(key.map(JSONValue.string))
    }
}

/// A group of columns that belong together, such as the parts of an address or a GPS pair.
public struct ColumnRelationship: Sendable, Equatable {
    /// The kind of group, for example `"address"` or `"gps"`.
    public var type: String

    /// The columns in the group.
    public var columnNames: [String]

    /// Keys this type does not know, kept so that they round-trip.
    public var extraKeys: JSONObject

    /// Creates a relationship.
    public init(type: String, columnNames: [String], extraKeys: JSONObject = JSONObject()) {
        self.type = type
        self.columnNames = columnNames
        self.extraKeys = extraKeys
    }

    /// The relationship as the reference's JSON object.
    public var jsonObject: JSONObject {
        var object: JSONObject = [
            "type": .string(type), "column_names": .array(columnNames.map(JSONValue.string)),
        ]
        for (key, value) in extraKeys where !object.contains(key) {
            object[key] = value
        }
        return object
    }
}
