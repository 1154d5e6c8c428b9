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
