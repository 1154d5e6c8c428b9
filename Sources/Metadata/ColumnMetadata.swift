// Metadata: what is known about one column.

import JSONFormat

/// What is known about one column: its sdtype and the keys the reference's metadata gives it.
///
/// Every key is optional, as in the files: `nil` means the key is absent. Keys this type does
/// not know are kept in ``extraKeys`` and written back unchanged (the reference rejects them;
/// keeping them lets files from newer versions round-trip).
///
/// The range keys (``rangeMin``, ``rangeMax``, ``rangeValues``, ``rangeIsNullable``,
/// ``decimalPlaces``) are advisory here: they describe the data detection saw, and they are
/// never used to reject later data (the reference rejects a new batch that strays outside
/// them, see `Detection.md`).
public struct ColumnMetadata: Sendable, Equatable {
    /// The column's name.
    public var name: String

    /// What the values mean.
    public var sdtype: SemanticType

    /// The smallest value seen: a number for numerical columns, a string in
    /// ``datetimeFormat`` for datetime columns (`range_min`).
    public var rangeMin: JSONValue?

    /// The largest value seen, typed like ``rangeMin`` (`range_max`).
    public var rangeMax: JSONValue?

    /// Whether missing values were seen (`range_is_nullable`).
    public var rangeIsNullable: Bool?

    /// The digits after the decimal point that the values are rounded to; 15 when they follow
    /// no rounding (`decimal_places`).
    public var decimalPlaces: Int?

    /// The categories: distinct values in order, typed as in the data (strings, numbers or
    /// Booleans). For ordinal columns this is the category order (`range_values`).
    public var rangeValues: [JSONValue]?

    /// Whether there were too many categories to list (`high_cardinality`).
    public var highCardinality: Bool?

    /// The strftime pattern of datetime values, such as `%Y-%m-%d` (`datetime_format`).
    public var datetimeFormat: String?

    /// The regular expression id values follow (`regex_format`).
    public var regexFormat: String?

    /// Whether the column holds personal information (`pii`).
    public var pii: Bool?

    /// Keys this type does not know, in file order, kept so that they round-trip.
    public var extraKeys: JSONObject

    /// Creates column metadata; every key but the sdtype starts absent.
    public init(
        name: String,
        sdtype: SemanticType,
        rangeMin: JSONValue? = nil,
        rangeMax: JSONValue? = nil,
        rangeIsNullable: Bool? = nil,
        decimalPlaces: Int? = nil,
        rangeValues: [JSONValue]? = nil,
        highCardinality: Bool? = nil,
        datetimeFormat: String? = nil,
        regexFormat: String? = nil,
        pii: Bool? = nil,
        extraKeys: JSONObject = JSONObject()
    ) {
        self.name = name
        self.sdtype = sdtype
        self.rangeMin = rangeMin
        self.rangeMax = rangeMax
        self.rangeIsNullable = rangeIsNullable
        self.decimalPlaces = decimalPlaces
        self.rangeValues = rangeValues
        self.highCardinality = highCardinality
        self.datetimeFormat = datetimeFormat
        self.regexFormat = regexFormat
        self.pii = pii
        self.extraKeys = extraKeys
    }

    /// The keys this type reads into properties, as the files spell them.
    public static let knownKeys: Set<String> = [
        "sdtype", "range_min", "range_max", "range_is_nullable", "decimal_places",
        "range_values", "high_cardinality", "datetime_format", "regex_format", "pii",
    ]

    /// The column as the reference's JSON object: `sdtype` first, then the present keys, then
    /// the extra keys.
    public var jsonObject: JSONObject {
        var object = JSONObject()
        object["sdtype"] = .string(sdtype.rawValue)
        object["pii"] = pii.map(JSONValue.bool)
        object["datetime_format"] = datetimeFormat.map(JSONValue.string)
        object["regex_format"] = regexFormat.map(JSONValue.string)
        object["range_is_nullable"] = rangeIsNullable.map(JSONValue.bool)
        object["range_min"] = rangeMin
        object["range_max"] = rangeMax
        object["decimal_places"] = decimalPlaces.map { JSONValue.integer(Int64($0)) }
        object["range_values"] = rangeValues.map(JSONValue.array)
        object["high_cardinality"] = highCardinality.map(JSONValue.bool)
        for (key, value) in extraKeys where !object.contains(key) {
            object[key] = value
        }
        return object
    }
}
