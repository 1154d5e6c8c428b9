// FacsimileCLI: splitting a command's arguments into operands and options.

/// A command's arguments after parsing: operands in order, and every option's values.
struct ParsedArguments: Sendable {
    /// The operands (arguments that are not options), in order.
    let operands: [String]

    /// Every option given, by name, with its values in order (flags have an empty value).
    let values: [String: [String]]

    /// Options not in the specification, in the order given, for commands that accept them.
    let openOptions: [(name: String, value: String)]

    /// Parses `arguments` against `specification`.
    ///
    /// Options take the forms `--name VALUE` and `--name=VALUE`; `--` ends the options.
    ///
    /// - Throws: ``UsageError`` for an unknown option, a missing value, a repeated option that
    ///   may not repeat, or a wrong number of operands.
    init(_ arguments: [String], specification: CommandSpecification) throws(UsageError) {
        var operands: [String] = []
        var values: [String: [String]] = [:]
        var openOptions: [(name: String, value: String)] = []
        var remaining = arguments[...]
        var optionsEnded = false

        while let argument = remaining.popFirst() {
            guard !optionsEnded, argument.hasPrefix("--"), argument.count > 2 else {
                if argument == "--" && !optionsEnded {
                    optionsEnded = true
                } else {
                    operands.append(argument)
                }
                continue
            }
            let (name, inlineValue) = Self.split(argument)
            if let option = specification.options.first(where: { $0.name == name }) {
                let value = try Self.value(
                    for: option, inline: inlineValue, from: &remaining,
                    command: specification.name)
                if values[name] != nil && !option.repeats {
                    throw UsageError(
                        command: specification.name,
                        message: "--\(name) is given more than once; give it once")
                }
                values[name, default: []].append(value)
            } else if specification.acceptsOpenOptions {
                guard let value = inlineValue ?? remaining.popFirst() else {
                    throw UsageError(
                        command: specification.name,
                        message: "--\(name) needs a value")
                }
                openOptions.append((name, value))
            } else {
                throw UsageError(
                    command: specification.name,
                    message: "'facsimile \(specification.name)' has no option --\(name)")
            }
        }

        for option in specification.options where option.isRequired && values[option.name] == nil {
            throw UsageError(
                command: specification.name,
                message: "--\(option.name) is required (\(option.help))")
        }
        guard operands.count == specification.operands.count else {
            throw UsageError(
                command: specification.name,
                message: Self.operandMessage(operands, specification))
        }
        self.operands = operands
        self.values = values
        self.openOptions = openOptions
    }

    /// The value of option `name`, or `nil` when it was not given.
    func value(_ name: String) -> String? {
        values[name]?.last
    }

    /// The value of a required option, which parsing has already checked is present.
    func requiredValue(_ name: String) -> String {
        guard let value = values[name]?.last else {
            preconditionFailure("option --\(name) is not declared as required")
        }
        return value
    }

    /// Whether the flag or option `name` was given.
    func has(_ name: String) -> Bool {
        values[name] != nil
    }

    private static func split(_ argument: String) -> (String, String?) {
        let body = argument.dropFirst(2)
        guard let equals = body.firstIndex(of: "=") else { return (String(body), nil) }
        return (String(body[..<equals]), String(body[body.index(after: equals)...]))
    }

    private static func value(
        for option: OptionSpecification,
        inline: String?,
        from remaining: inout ArraySlice<String>,
        command: String
    ) throws(UsageError) -> String {
        guard let valueName = option.valueName else {
            guard inline == nil else {
                throw UsageError(command: command, message: "--\(option.name) takes no value")
            }
            return ""
        }
        if let inline { return inline }
        guard let next = remaining.popFirst(), !next.hasPrefix("--") else {
            throw UsageError(
                command: command,
                message: "--\(option.name) needs a value (\(valueName))")
        }
        return next
    }

    private static func operandMessage(
        _ operands: [String], _ specification: CommandSpecification
    ) -> String {
        let expected = specification.operands
        if operands.count < expected.count {
            let missing = expected[operands.count...].joined(separator: " ")
            return "'facsimile \(specification.name)' needs \(missing)"
        }
        let extra = operands[expected.count...].map { "'\($0)'" }.joined(separator: " ")
        return "'facsimile \(specification.name)' takes \(expected.count) operand(s); "
            + "remove \(extra)"
    }
}

/// A mistake in how the command was called: exit status 2, with the usage text.
struct UsageError: Error, CustomStringConvertible {
    /// The command whose usage to show, or `nil` for the top-level usage.
    let command: String?

    /// What is wrong and how to fix it.
    let message: String

    var description: String { message }
}
