// Metadata: a parent-child link between two tables.

import JSONFormat

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
