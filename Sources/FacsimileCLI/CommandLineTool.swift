// FacsimileCLI: the entry point of `facsimile`: dispatch, help and exit statuses.

import Facsimile

/// The `facsimile` command: finds the subcommand, runs it and turns errors into exit statuses.
///
/// Exit statuses: 0 on success; 1 for bad data or bad values, with one `error: ...` paragraph
/// on standard error; 2 for bad usage, with the usage text.
public enum CommandLineTool {
    /// The version printed by `facsimile --version`.
    public static let version = FacsimileVersion.current

    /// Every subcommand, in the order help lists them.
    static let commands: [any Command.Type] = [
        InspectCommand.self, ListCommand.self, FitCommand.self, SampleCommand.self,
        GenerateCommand.self, EvaluateCommand.self, DemoCommand.self,
    ]

    /// Runs `facsimile` with `arguments` (without the program name) and returns the exit status.
    public static func run(_ arguments: [String], console: Console = .standard) -> Int32 {
        guard let first = arguments.first else {
            console.printError(overview)
            return 2
        }
        switch first {
        case "--help", "-h":
            console.print(overview)
            return 0
        case "--version":
            console.print("facsimile \(version)")
            return 0
        case "help":
            return help(Array(arguments.dropFirst()), console: console)
        default:
            return dispatch(first, Array(arguments.dropFirst()), console: console)
        }
    }

    private static func dispatch(_ name: String, _ arguments: [String], console: Console)
        -> Int32
    {
        guard let command = commands.first(where: { $0.specification.name == name }) else {
            console.printError("error: there is no command '\(name)'\n\n\(overview)")
            return 2
        }
        if arguments.contains("--help") || arguments.contains("-h") {
            console.print(command.specification.helpText)
            return 0
        }
        do {
            let parsed = try ParsedArguments(arguments, specification: command.specification)
            try command.run(parsed, console: console)
            return 0
        } catch let error as UsageError {
            console.printError(
                "error: \(error.message)\n\nusage: "
                    + command.specification.usageLine)
            return 2
        } catch {
            console.printError("error: \(error)")
            return 1
        }
    }

    private static func help(_ arguments: [String], console: Console) -> Int32 {
        guard let name = arguments.first else {
            console.print(overview)
            return 0
        }
        guard let command = commands.first(where: { $0.specification.name == name }) else {
            console.printError("error: there is no command '\(name)'\n\n\(overview)")
            return 2
        }
        console.print(command.specification.helpText)
        return 0
    }

    /// The top-level help: what the tool is and its commands.
    static var overview: String {
        var lines = [
            "facsimile: learn a table from a CSV file and make a synthetic one like it.",
            "",
            "usage: facsimile COMMAND [ARGUMENTS]",
            "",
            "commands:",
        ]
        for command in commands {
            let name = command.specification.name.padding(
                toLength: 12, withPad: " ",
                startingAt: 0)
            lines.append("  \(name)\(command.specification.summary)")
        }
        lines += [
            "",
            "'facsimile help COMMAND' or 'facsimile COMMAND --help' explains a command.",
        ]
        return lines.joined(separator: "\n")
    }
}
