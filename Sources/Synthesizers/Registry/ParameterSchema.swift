// Synthesizers: a synthesizer's list of parameters, which parses and checks settings.

/// The parameters of a synthesizer; converts settings given as text (from the command line or
/// a form) into ``ParameterValues``, with clear errors.
public struct ParameterSchema: Sendable, Equatable {
    /// The synthesizer's registered name, used in error messages.
    public let synthesizer: String

    /// The parameters, in listing order.
    public let specifications: [ParameterSpecification]

    /// Creates a schema.
    public init(synthesizer: String, specifications: [ParameterSpecification]) {
        self.synthesizer = synthesizer
        self.specifications = specifications
    }

    /// The specification called `name` (snake or kebab case, with or without `--`), or `nil`.
    public func specification(named name: String) -> ParameterSpecification? {
        var key = name
        while key.hasPrefix("-") { key.removeFirst() }
        let normalized = ParameterSpecification.normalized(key)
        return specifications.first { ParameterSpecification.normalized($0.name) == normalized }
    }

    /// The defaults of every plain parameter that has one.
    public var defaults: ParameterValues {
        var values: [String: ParameterValue] = [:]
        for specification in specifications where !specification.isPerColumn {
            if let value = specification.defaultValue { values[specification.name] = value }
        }
        return ParameterValues(values: values, columnValues: [:])
    }

    /// Parses settings given as (name, text) pairs; per-column parameters take `COLUMN=VALUE`
    /// and may repeat; a plain parameter given twice keeps the last value. Unset parameters
    /// take their defaults.
    ///
    /// - Parameter settings: Names in snake or kebab case (a leading `--` is allowed).
    /// - Returns: The converted values.
    /// - Throws: ``SynthesizerError/unknownParameter(name:synthesizer:known:)`` listing the
    ///   known names, or ``SynthesizerError/invalidParameterValue(parameter:value:expected:)``
    ///   naming the allowed values.
    public func parse(
        _ settings: [(name: String, value: String)]
    ) throws(SynthesizerError) -> ParameterValues {
        var values = defaults.values
        var columnValues: [String: [ParameterValues.ColumnSetting]] = [:]
        for (name, text) in settings {
            guard let specification = specification(named: name) else {
                throw .unknownParameter(
                    name: name, synthesizer: synthesizer,
                    known: specifications.map(\.flag))
            }
            if specification.isPerColumn {
                guard let equals = text.lastIndex(of: "="), equals != text.startIndex else {
                    throw .invalidParameterValue(
                        parameter: specification.name, value: text,
                        expected: "COLUMN=VALUE where VALUE is "
                            + specification.kind.allowedDescription)
                }
                let column = String(text[..<equals])
                let value = try specification.convert(String(text[text.index(after: equals)...]))
                columnValues[specification.name, default: []].append(
                    ParameterValues.ColumnSetting(column: column, value: value))
            } else {
                values[specification.name] = try specification.convert(text)
            }
        }
        return ParameterValues(values: values, columnValues: columnValues)
    }

    /// Checks that every per-column setting names one of `columns`.
    ///
    /// - Throws: ``SynthesizerError/unknownColumn(parameter:column:available:)``.
    public func checkColumns(
        _ values: ParameterValues, columns: [String]
    ) throws(SynthesizerError) {
        let available = Set(columns)
        for (name, settings) in values.columnValues.sorted(by: { $0.key < $1.key }) {
            for setting in settings where !available.contains(setting.column) {
                throw .unknownColumn(parameter: name, column: setting.column, available: columns)
            }
        }
    }
}
