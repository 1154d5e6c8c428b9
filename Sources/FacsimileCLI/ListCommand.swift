// FacsimileCLI: `facsimile list`: every synthesizer with every parameter.

import Facsimile

/// `facsimile list [--json]`.
enum ListCommand: Command {
    static let specification = CommandSpecification(
        name: "list",
        summary: "Show every synthesizer with its parameters, types, defaults and values.",
        operands: [],
        options: [.flag("json", help: "print the list as JSON")]
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws {
        let entries = SynthesizerRegistry.standard.entries
        if arguments.has("json") {
            console.print(json(entries).serialized(style: .pretty))
        } else {
            console.print(text(entries))
        }
    }

    /// The readable listing.
    static func text(_ entries: [SynthesizerEntry]) -> String {
        var lines: [String] = []
        for entry in entries {
            lines += ["\(entry.name): \(entry.summary)"]
            for parameter in entry.schema.specifications {
                let perColumn = parameter.isPerColumn ? " per column (COLUMN=VALUE)," : ""
                let defaultText = parameter.defaultValue.map { " default \($0)," } ?? ""
                lines.append(
                    "  \(parameter.flag) \(parameter.kind.typeName),\(perColumn)"
                        + "\(defaultText) \(parameter.kind.allowedDescription)")
                lines.append("      \(parameter.help)")
            }
            lines.append("")
        }
        return lines.dropLast().joined(separator: "\n")
    }

    /// The listing as JSON: an array of synthesizers with their parameters.
    static func json(_ entries: [SynthesizerEntry]) -> JSONValue {
        .array(
            entries.map { entry in
                .object([
                    "name": .string(entry.name),
                    "summary": .string(entry.summary),
                    "parameters": .array(entry.schema.specifications.map(parameterJSON)),
                ])
            })
    }

    private static func parameterJSON(_ parameter: ParameterSpecification) -> JSONValue {
        .object([
            "name": .string(parameter.name),
            "flag": .string(parameter.flag),
            "type": .string(parameter.kind.typeName),
            "default": parameter.defaultValue.map { .string($0.description) } ?? .null,
            "allowed": .string(parameter.kind.allowedDescription),
            "per_column": .bool(parameter.isPerColumn),
            "help": .string(parameter.help),
        ])
    }
}
