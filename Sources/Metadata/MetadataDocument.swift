// Metadata: a whole metadata file: tables and the relationships between them.

import JSONFormat

/// A whole metadata file: one or more tables and the relationships between them, as the
/// reference's multi-table `Metadata` holds them (also for a single table).
public struct MetadataDocument: Sendable, Equatable {
    /// The tables, in file order.
    public var tables: [TableMetadata]

    /// Parent-child links between tables.
    public var relationships: [TableRelationship]

    /// The format the document was read from; ``MetadataSpecVersion/v2`` for a new document.
    public var sourceVersion: MetadataSpecVersion

    /// Top-level keys this type does not know, kept so that they round-trip.
    public var extraKeys: JSONObject

    /// Creates a document.
    public init(
        tables: [TableMetadata],
        relationships: [TableRelationship] = [],
        sourceVersion: MetadataSpecVersion = .v2,
        extraKeys: JSONObject = JSONObject()
    ) {
        self.tables = tables
        self.relationships = relationships
        self.sourceVersion = sourceVersion
        self.extraKeys = extraKeys
    }

    /// A document holding one table.
    public init(table: TableMetadata) {
        self.init(tables: [table])
    }

    /// The table called `name`, or `nil` when there is none.
    public func table(named name: String) -> TableMetadata? {
        tables.first { $0.name == name }
    }

    /// The only table, or `nil` when the document holds none or several.
    public var singleTable: TableMetadata? {
        tables.count == 1 ? tables.first : nil
    }
}

/// A parent-child link between two tables: the child's foreign key refers to the parent's
/// primary key.
public struct TableRelationship: Sendable, Equatable {
    /// The table whose primary key is referred to (`parent_table_name`).
    public var parentTableName: String

    /// The table holding the foreign key (`child_table_name`).
    public var childTableName: String

    /// The parent's key columns (`parent_primary_key`).
    public var parentPrimaryKey: [String]

    /// The child's foreign key columns (`child_foreign_key`).
    public var childForeignKey: [String]

    /// Keys this type does not know, kept so that they round-trip.
    public var extraKeys: JSONObject

    /// Creates a relationship.
    public init(
        parentTableName: String,
        childTableName: String,
        parentPrimaryKey: [String],
        childForeignKey: [String],
        extraKeys: JSONObject = JSONObject()
    ) {
        self.parentTableName = parentTableName
        self.childTableName = childTableName
        self.parentPrimaryKey = parentPrimaryKey
        self.childForeignKey = childForeignKey
        self.extraKeys = extraKeys
    }

    /// The relationship as the reference's JSON object.
    public var jsonObject: JSONObject {
        var object: JSONObject = [
            "parent_table_name": .string(parentTableName),
            "child_table_name": .string(childTableName),
            "parent_primary_key": TableMetadata.keyValue(parentPrimaryKey),
            "child_foreign_key": TableMetadata.keyValue(childForeignKey),
        ]
        for (key, value) in extraKeys where !object.contains(key) {
            object[key] = value
        }
        return object
    }
}

/// The versions of the reference's metadata format (`METADATA_SPEC_VERSION`).
public enum MetadataSpecVersion: String, Sendable, CaseIterable {
    /// The current multi-table format of SDV 2.0 (also used for one table).
    case v2 = "V2"
    /// The multi-table format of SDV 1.x.
    case multiTableV1 = "MULTI_TABLE_V1"
    /// Another spelling of ``multiTableV1``.
    case v1 = "V1"
    /// The single-table format of SDV 1.x: the table object at the top level.
    case singleTableV1 = "SINGLE_TABLE_V1"

    /// Whether the file holds the table object at the top level instead of under `tables`.
    public var isSingleTable: Bool { self == .singleTableV1 }
}
