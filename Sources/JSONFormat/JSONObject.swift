// JSONFormat: a JSON object that keeps its keys in order.

/// A JSON object: string keys mapped to values, kept in insertion order, with keyed lookup.
///
/// Setting an existing key replaces its value in place; setting a new key appends it.
/// Equality compares keys and values in order.
///
/// - Complexity: lookup, insertion and replacement are O(1) on average; removal is O(n).
public struct JSONObject: Sendable, Equatable {
    /// The keys, in order.
    public private(set) var keys: [String]

    /// The values, in the order of ``keys``.
    public private(set) var values: [JSONValue]

    private var positions: [String: Int]

    /// Creates an empty object.
    public init() {
        self.keys = []
        self.values = []
        self.positions = [:]
    }

    /// Creates an object from key-value pairs in order; a repeated key keeps its first position
    /// and its last value.
    public init(_ members: some Sequence<(String, JSONValue)>) {
        self.init()
        for (key, value) in members {
            self[key] = value
        }
    }

    /// The number of members.
    public var count: Int { keys.count }

    /// Whether the object has no members.
    public var isEmpty: Bool { keys.isEmpty }

    /// The value for `key`; setting `nil` removes the member.
    public subscript(key: String) -> JSONValue? {
        get {
            positions[key].map { values[$0] }
        }
        set {
            if let newValue {
                if let position = positions[key] {
                    values[position] = newValue
                } else {
                    positions[key] = keys.count
                    keys.append(key)
                    values.append(newValue)
                }
            } else {
                removeValue(forKey: key)
            }
        }
    }

    /// Whether the object has a member called `key`.
    public func contains(_ key: String) -> Bool {
        positions[key] != nil
    }

    /// Removes the member called `key` and returns its value, or `nil` when there is none.
    @discardableResult
    public mutating func removeValue(forKey key: String) -> JSONValue? {
        guard let position = positions[key] else { return nil }
        let removed = values[position]
        keys.remove(at: position)
        values.remove(at: position)
        positions[key] = nil
        for index in position..<keys.count {
            positions[keys[index]] = index
        }
        return removed
    }

    /// The members, in order.
    public var members: [(key: String, value: JSONValue)] {
        zip(keys, values).map { (key: $0, value: $1) }
    }

    /// Two objects are equal when they have the same keys with equal values in the same order.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.keys == rhs.keys && lhs.values == rhs.values
    }
}

extension JSONObject: Sequence {
    /// Iterates over the members in order.
    public func makeIterator() -> some IteratorProtocol<(key: String, value: JSONValue)> {
        members.makeIterator()
    }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    /// Creates an object from a literal, keeping the literal's order.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements)
    }
}
