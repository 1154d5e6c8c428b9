// JSONFormat: a JSON value that keeps the order of object keys.

/// A JSON value (RFC 8259) whose objects keep their keys in the order they were written.
///
/// Numbers written without a fraction or an exponent that fit in 64 bits are kept as
/// ``integer(_:)``, so that `5` is written back as `5` while `5.0` stays ``number(_:)`` and is
/// written back as `5.0`. Equality is structural: `.integer(5)` and `.number(5)` differ, and
/// objects with the same members in another order differ. Use ``doubleValue`` to compare
/// numbers by value.
///
/// ```swift
/// let value = try JSONValue(parsing: #"{"b": 1, "a": [true, null]}"#)
/// value["b"]?.int64Value            // 1
/// value.serialized(style: .compact) // {"b":1,"a":[true,null]}
/// ```
public enum JSONValue: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number written without fraction or exponent that fits in `Int64`.
    case integer(Int64)
    /// Any other number. Non-finite values are written as `null`.
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object, with its keys in order.
    case object(JSONObject)
}

extension JSONValue {
    /// Whether the value is `null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The Boolean, when the value is one.
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The string, when the value is one.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The number as a `Double`, when the value is an integer or a number.
    public var doubleValue: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    /// The number as an `Int64`, when the value is an integer or a whole number in range.
    public var int64Value: Int64? {
        switch self {
        case .integer(let value):
            return value
        case .number(let value):
            guard value.rounded() == value, let exact = Int64(exactly: value) else { return nil }
            return exact
        default:
            return nil
        }
    }

    /// The number as an `Int`, when ``int64Value`` exists and fits.
    public var intValue: Int? {
        int64Value.flatMap { Int(exactly: $0) }
    }

    /// Whether the value is an integer or a number.
    public var isNumber: Bool {
        doubleValue != nil
    }

    /// The elements, when the value is an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The object, when the value is one.
    public var objectValue: JSONObject? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// The member called `key`, when the value is an object that has it.
    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }

    /// The element at `index`, when the value is an array and `index` lies inside it.
    public subscript(index: Int) -> JSONValue? {
        guard let array = arrayValue, array.indices.contains(index) else { return nil }
        return array[index]
    }

    /// A short name of the value's JSON type, for messages: "null", "a Boolean", "a number",
    /// "a string", "an array" or "an object".
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "a Boolean"
        case .integer, .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
