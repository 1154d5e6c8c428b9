// Synthesizers: bad data, bad parameters and misuse, each named with its fix.

import Metadata

/// A problem with the data, the parameters or the order of calls of a synthesizer.
public enum SynthesizerError: Error, Equatable, CustomStringConvertible {
    /// The table does not fit its plan; every problem found is listed.
    case invalidData([String])
    /// No synthesizer is registered under `name`.
    case unknownSynthesizer(name: String, known: [String])
    /// A parameter name is not in the synthesizer's schema.
    case unknownParameter(name: String, synthesizer: String, known: [String])
    /// A parameter value cannot be converted or is not allowed.
    case invalidParameterValue(parameter: String, value: String, expected: String)
    /// A per-column parameter names a column the table does not have.
    case unknownColumn(parameter: String, column: String, available: [String])
    /// Sampling was asked of a synthesizer that has not been fitted.
    case notFitted(synthesizer: String)
    /// The model step failed.
    case modelFailure(String)

    /// A sentence naming the subject, the bad value and the fix.
    public var description: String {
        switch self {
        case .invalidData(let problems):
            if problems.count == 1 { return "the data does not fit its metadata: \(problems[0])" }
            return "the data does not fit its metadata (\(problems.count) problems):\n"
                + problems.map { "  - \($0)" }.joined(separator: "\n")
        case .unknownSynthesizer(let name, let known):
            return "there is no synthesizer '\(name)'\(Self.suggestion(for: name, among: known)); "
                + "choose one of: " + known.joined(separator: ", ")
        case .unknownParameter(let name, let synthesizer, let known):
            return "synthesizer '\(synthesizer)' has no parameter '\(name)'"
                + "\(Self.suggestion(for: name, among: known)); its parameters are: "
                + known.joined(separator: ", ")
        case .invalidParameterValue(let parameter, let value, let expected):
            return "parameter '\(parameter)' cannot be '\(value)'; expected \(expected)"
        case .unknownColumn(let parameter, let column, let available):
            let nearest = Spelling.closest(to: column, among: available).map {
                " (did you mean '\($0)'?)"
            }
            return "parameter '\(parameter)' names column '\(column)', which the table does not "
                + "have\(nearest ?? ""); the columns are: "
                + available.map { "'\($0)'" }.joined(separator: ", ")
        case .notFitted(let synthesizer):
            return "synthesizer '\(synthesizer)' has not been fitted; call fit before sampling"
        case .modelFailure(let detail):
            return "the model could not be fitted: \(detail)"
        }
    }

    /// ` (did you mean X?)` for the known name nearest to `name`, or nothing. Names are
    /// compared as the registry matches them (`ParameterSpecification.normalized`, after
    /// any leading `--`).
    private static func suggestion(for name: String, among known: [String]) -> String {
        let nearest = Spelling.closest(to: name, among: known) { text in
            ParameterSpecification.normalized(String(text.drop { $0 == "-" }))
        }
        return nearest.map { " (did you mean \($0)?)" } ?? ""
    }
}
