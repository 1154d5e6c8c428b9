// Metadata: a group of columns that belong together.

import JSONFormat

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
