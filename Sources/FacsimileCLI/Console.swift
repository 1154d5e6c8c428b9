// FacsimileCLI: where the command writes, so that tests can capture it.

import Foundation

/// The two output streams of the command. Tests pass a console that records what is written.
public struct Console: Sendable {
    /// Writes text to standard output.
    public let writeOutput: @Sendable (String) -> Void

    /// Writes text to standard error.
    public let writeError: @Sendable (String) -> Void

    /// Creates a console from two writers.
    public init(
        writeOutput: @escaping @Sendable (String) -> Void,
        writeError: @escaping @Sendable (String) -> Void
    ) {
        self.writeOutput = writeOutput
        self.writeError = writeError
    }

    /// The process's standard output and standard error.
    public static let standard = Console(
        writeOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
        writeError: { FileHandle.standardError.write(Data($0.utf8)) }
    )

    /// Writes `line` and a newline to standard output.
    func print(_ line: String = "") {
        writeOutput(line + "\n")
    }

    /// Writes `line` and a newline to standard error.
    func printError(_ line: String) {
        writeError(line + "\n")
    }
}
