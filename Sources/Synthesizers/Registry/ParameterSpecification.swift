// Synthesizers: the description of one synthesizer parameter, for the CLI, docs and forms.

import Foundation

/// The type of a parameter's values and what is allowed.
public enum ParameterKind: Sendable, Equatable {
    /// `true` or `false` (also accepted: yes/no, 1/0, on/off).
    case boolean
    /// An integer in the range.
    case integer(ClosedRange<Int>)
    /// A real number in the range.
    case real(ClosedRange<Double>)
    /// One of the listed words.
    case choice([String])
    /// A comma-separated list of one or more integers, each in the range (layer sizes).
    case integers(ClosedRange<Int>)

    /// A short name of the type, for listings (`boolean`, `integer`, `real`, `choice`).
    public var typeName: String {
        switch self {
        case .boolean: "boolean"
        case .integer: "integer"
        case .real: "real"
        case .choice: "choice"
        case .integers: "integers"
        }
    }

    /// The allowed values in words, for listings and error messages.
    public var allowedDescription: String {
        switch self {
        case .boolean: "true or false"
        case .integer(let range): "an integer from \(range.lowerBound) to \(range.upperBound)"
        case .real(let range): "a number from \(range.lowerBound) to \(range.upperBound)"
        case .choice(let words): "one of " + words.joined(separator: ", ")
        case .integers(let range):
            "integers from \(range.lowerBound) to \(range.upperBound), separated by commas"
        }
    }
}

/// A converted parameter value.
public enum ParameterValue: Sendable, Hashable, CustomStringConvertible {
    /// A Boolean.
    case boolean(Bool)
    /// An integer.
    case integer(Int)
    /// A real number.
    case real(Double)
    /// A word from a choice.
    case choice(String)
    /// A list of integers.
    case integers([Int])

    /// The value as the command line writes it.
    public var description: String {
        switch self {
        case .boolean(let value): String(value)
        case .integer(let value): String(value)
        case .real(let value): String(value)
        case .choice(let value): value
        case .integers(let values): values.map(String.init).joined(separator: ",")
        }
    }
}

/// One parameter of a synthesizer: its name, type, default, allowed values, whether it is set
/// per column, and a help line.
public struct ParameterSpecification: Sendable, Equatable {
    /// The name as the reference spells it (snake case), e.g. `default_distribution`.
    public let name: String
    /// The type and allowed values.
    public let kind: ParameterKind
    /// The default; for per-column parameters, the value of a column not listed (`nil` when
    /// another parameter supplies it).
    public let defaultValue: ParameterValue?
    /// Whether the parameter takes `COLUMN=VALUE` settings, which may repeat.
    public let isPerColumn: Bool
    /// One line saying what it does.
    public let help: String

    /// Creates a specification.
    public init(
        name: String, kind: ParameterKind, defaultValue: ParameterValue?,
        isPerColumn: Bool = false, help: String
    ) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.isPerColumn = isPerColumn
        self.help = help
    }

    /// The command-line flag: the name in kebab case, e.g. `--default-distribution`.
    public var flag: String {
        "--" + name.replacingOccurrences(of: "_", with: "-")
    }

    /// Converts a value given as text.
    ///
    /// - Throws: ``SynthesizerError/invalidParameterValue(parameter:value:expected:)`` naming
    ///   the allowed values.
    public func convert(_ text: String) throws(SynthesizerError) -> ParameterValue {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let failure = SynthesizerError.invalidParameterValue(
            parameter: name, value: text, expected: kind.allowedDescription)
        switch kind {
        case .boolean:
            switch trimmed.lowercased() {
            case "true", "yes", "1", "on": return .boolean(true)
            case "false", "no", "0", "off": return .boolean(false)
            default: throw failure
            }
        case .integer(let range):
            guard let value = Int(trimmed), range.contains(value) else { throw failure }
            return .integer(value)
        case .real(let range):
            guard let value = Double(trimmed), value.isFinite, range.contains(value) else {
                throw failure
            }
            return .real(value)
        case .choice(let words):
            let key = Self.normalized(trimmed)
            guard let word = words.first(where: { Self.normalized($0) == key }) else {
                throw failure
            }
            return .choice(word)
        case .integers(let range):
            let parts = trimmed.split(separator: ",", omittingEmptySubsequences: false)
            let values = parts.compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard !parts.isEmpty, values.count == parts.count, values.allSatisfy(range.contains)
            else { throw failure }
            return .integers(values)
        }
    }

    /// A name lower-cased with `-` read as `_`, for matching names written either way.
    static func normalized(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: "-", with: "_")
    }
}
