// FacsimileCLI: the declared shape of a command: its operands, options and help text.

/// An option a command accepts: `--name VALUE`, or a flag `--name` that takes no value.
struct OptionSpecification: Sendable {
    /// The name without the leading dashes, in kebab case (`metadata-out`).
    let name: String

    /// The placeholder shown in help for the value (`FILE`), or `nil` for a flag.
    let valueName: String?

    /// One line of help.
    let help: String

    /// Whether the option may be given more than once (per-column settings).
    let repeats: Bool

    /// Whether the command cannot run without the option.
    let isRequired: Bool

    /// An option that takes a value.
    static func value(
        _ name: String, _ valueName: String, help: String, repeats: Bool = false
    ) -> OptionSpecification {
        OptionSpecification(
            name: name, valueName: valueName, help: help, repeats: repeats, isRequired: false)
    }

    /// An option that takes a value and must be given.
    static func required(_ name: String, _ valueName: String, help: String)
        -> OptionSpecification
    {
        OptionSpecification(
            name: name, valueName: valueName, help: help, repeats: false, isRequired: true)
    }

    /// An option that takes no value.
    static func flag(_ name: String, help: String) -> OptionSpecification {
        OptionSpecification(
            name: name, valueName: nil, help: help, repeats: false, isRequired: false)
    }
}

/// What a command accepts, and the text `facsimile help COMMAND` prints.
struct CommandSpecification: Sendable {
    /// The command's name (`inspect`).
    let name: String

    /// One line saying what the command does.
    let summary: String

    /// The placeholders of the operands, in order (`DATA.csv`).
    let operands: [String]

    /// The options.
    let options: [OptionSpecification]

    /// Whether options not in ``options`` are accepted and handed to the command (synthesizer
    /// parameters, which depend on the synthesizer chosen).
    let acceptsOpenOptions: Bool

    /// A paragraph or two after the option list.
    let discussion: String

    init(
        name: String,
        summary: String,
        operands: [String],
        options: [OptionSpecification],
        acceptsOpenOptions: Bool = false,
        discussion: String = ""
    ) {
        self.name = name
        self.summary = summary
        self.operands = operands
        self.options = options
        self.acceptsOpenOptions = acceptsOpenOptions
        self.discussion = discussion
    }

    /// The one-line usage: `facsimile inspect DATA.csv [--delimiter C] [--json]`.
    var usageLine: String {
        let optionParts = options.map { option in
            let text = "--\(option.name)" + (option.valueName.map { " \($0)" } ?? "")
            return option.isRequired ? text : "[\(text)]"
        }
        let open = acceptsOpenOptions ? ["[--PARAMETER VALUE ...]"] : []
        return (["facsimile", name] + operands + optionParts + open).joined(separator: " ")
    }

    /// The full help text.
    var helpText: String {
        var lines = ["usage: \(usageLine)", "", summary]
        if !options.isEmpty {
            lines += ["", "options:"]
            for option in options {
                let label = "--\(option.name)" + (option.valueName.map { " \($0)" } ?? "")
                let padded = label.padding(
                    toLength: max(26, label.count + 2), withPad: " ",
                    startingAt: 0)
                lines.append("  \(padded)\(option.help)")
            }
        }
        if !discussion.isEmpty {
            lines += ["", discussion]
        }
        return lines.joined(separator: "\n")
    }
}
