// Synthesizers: the parameter values a synthesizer is configured with, checked by its schema.

/// A synthesizer's parameter values: one value per plain parameter and, for per-column ones,
/// a value per named column. Built by ``ParameterSchema/parse(_:)``, which validates and
/// converts text settings, and fills defaults.
public struct ParameterValues: Sendable, Equatable {
    /// The values of plain parameters, by schema name.
    public private(set) var values: [String: ParameterValue]

    /// The per-column settings, by schema name, in the order given: (column, value).
    public private(set) var columnValues: [String: [ColumnSetting]]

    /// A per-column setting.
    public struct ColumnSetting: Sendable, Equatable {
        /// The column name.
        public var column: String
        /// Its value.
        public var value: ParameterValue
    }

    /// Creates values; normally made by a schema.
    init(values: [String: ParameterValue], columnValues: [String: [ColumnSetting]]) {
        self.values = values
        self.columnValues = columnValues
    }

    /// The value of a plain parameter.
    public subscript(name: String) -> ParameterValue? {
        values[name]
    }

    /// The Boolean value of `name`, or `fallback`.
    public func boolean(_ name: String, default fallback: Bool) -> Bool {
        if case .boolean(let value) = values[name] { return value }
        return fallback
    }

    /// The word value of `name`, or `fallback`.
    public func choice(_ name: String, default fallback: String) -> String {
        if case .choice(let value) = values[name] { return value }
        return fallback
    }

    /// The integer value of `name`, or `fallback`.
    public func integer(_ name: String, default fallback: Int) -> Int {
        if case .integer(let value) = values[name] { return value }
        return fallback
    }

    /// The real value of `name` (an integer value is read as real), or `fallback`.
    public func real(_ name: String, default fallback: Double) -> Double {
        switch values[name] {
        case .real(let value): value
        case .integer(let value): Double(value)
        default: fallback
        }
    }

    /// The integer-list value of `name`, or `fallback`.
    public func integers(_ name: String, default fallback: [Int]) -> [Int] {
        if case .integers(let value) = values[name] { return value }
        return fallback
    }

    /// The per-column values of `name` by column (a later setting of a column wins).
    public func perColumn(_ name: String) -> [String: ParameterValue] {
        var result: [String: ParameterValue] = [:]
        for setting in columnValues[name] ?? [] { result[setting.column] = setting.value }
        return result
    }

    /// Every setting as (name, column or `nil`, text), sorted by name, for saving and listing.
    public var settings: [(name: String, column: String?, text: String)] {
        let plain = values.map { (name: $0.key, column: String?.none, text: $0.value.description) }
        let columns = columnValues.flatMap { name, settings in
            settings.map { (name: name, column: Optional($0.column), text: $0.value.description) }
        }
        return (plain + columns).sorted { ($0.name, $0.column ?? "") < ($1.name, $1.column ?? "") }
    }
}
