// FacsimileCLITests: a console that records what the command writes.

import FacsimileCLI
import Synchronization

/// Records standard output and standard error of one command run.
final class CapturedConsole: Sendable {
    private let output = Mutex("")
    private let error = Mutex("")

    /// A console writing into this recorder.
    var console: Console {
        Console(
            writeOutput: { text in self.output.withLock { $0 += text } },
            writeError: { text in self.error.withLock { $0 += text } }
        )
    }

    /// What was written to standard output.
    var standardOutput: String { output.withLock { $0 } }

    /// What was written to standard error.
    var standardError: String { error.withLock { $0 } }
}

/// The result of running `facsimile` in-process.
struct CommandRun {
    let status: Int32
    let output: String
    let error: String
}

/// Runs `facsimile` with `arguments` in-process and captures its streams.
func runTool(_ arguments: [String]) -> CommandRun {
    let captured = CapturedConsole()
    let status = CommandLineTool.run(arguments, console: captured.console)
    return CommandRun(
        status: status, output: captured.standardOutput, error: captured.standardError)
}
