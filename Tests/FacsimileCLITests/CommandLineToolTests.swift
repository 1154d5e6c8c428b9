// FacsimileCLITests: the top level of `facsimile`: help, version and exit statuses.

import Testing

@testable import FacsimileCLI

@Suite("The facsimile command")
struct CommandLineToolTests {
    @Test("no arguments prints the overview to standard error with status 2")
    func noArguments() {
        let run = runTool([])

        #expect(run.status == 2)
        #expect(run.error.contains("usage: facsimile COMMAND"))
        #expect(run.output.isEmpty)
    }

    @Test("--help prints the overview with every command", arguments: [["--help"], ["help"]])
    func help(arguments: [String]) {
        let run = runTool(arguments)

        #expect(run.status == 0)
        for command in CommandLineTool.commands {
            #expect(run.output.contains(command.specification.name))
        }
    }

    @Test("--version prints the version")
    func version() {
        let run = runTool(["--version"])

        #expect(run.status == 0)
        #expect(run.output == "facsimile \(CommandLineTool.version)\n")
    }

    @Test("an unknown command is a usage error")
    func unknownCommand() {
        let run = runTool(["frobnicate"])

        #expect(run.status == 2)
        #expect(run.error.hasPrefix("error: there is no command 'frobnicate'"))
    }

    @Test("help for an unknown command is a usage error")
    func helpForUnknownCommand() {
        let run = runTool(["help", "frobnicate"])

        #expect(run.status == 2)
    }
}
