// FacsimileCLI: what every subcommand of `facsimile` provides.

/// A subcommand of `facsimile`: its specification and what it does with parsed arguments.
///
/// A command throws ``UsageError`` for a mistake in the call (exit status 2) and any other
/// error for bad data or bad values (exit status 1). It never exits the process itself.
protocol Command: Sendable {
    /// The command's name, operands, options and help.
    static var specification: CommandSpecification { get }

    /// Runs the command.
    static func run(_ arguments: ParsedArguments, console: Console) throws
}
