// FacsimileCLITests: parsing operands, options and flags against a command's specification.

import Testing

@testable import FacsimileCLI

@Suite("Parsing arguments")
struct ParsedArgumentsTests {
    let specification = CommandSpecification(
        name: "probe",
        summary: "A command for tests.",
        operands: ["FILE"],
        options: [
            .value("out", "PATH", help: "where to write"),
            .value("set", "KEY=VALUE", help: "a repeated setting", repeats: true),
            .flag("json", help: "print JSON"),
        ]
    )

    @Test("operands, values, inline values, repeated options and flags")
    func parsesEverything() throws {
        let parsed = try ParsedArguments(
            ["data.csv", "--out", "x.csv", "--set=a=1", "--set", "b=2", "--json"],
            specification: specification
        )

        #expect(parsed.operands == ["data.csv"])
        #expect(parsed.value("out") == "x.csv")
        #expect(parsed.values["set"] == ["a=1", "b=2"])
        #expect(parsed.has("json"))
        #expect(!parsed.has("missing"))
    }

    @Test("an operand that starts with dashes after --")
    func doubleDashEndsOptions() throws {
        let parsed = try ParsedArguments(["--", "--odd.csv"], specification: specification)

        #expect(parsed.operands == ["--odd.csv"])
    }

    @Test(
        "usage mistakes are reported with what to do",
        arguments: [
            (["data.csv", "--nope", "1"], "has no option --nope"),
            (["data.csv", "--out"], "--out needs a value (PATH)"),
            (["data.csv", "--out", "a", "--out", "b"], "--out is given more than once"),
            (["data.csv", "--json=yes"], "--json takes no value"),
            ([], "needs FILE"),
            (["a.csv", "b.csv"], "remove 'b.csv'"),
        ]
    )
    func reportsUsageMistakes(arguments: [String], message: String) {
        #expect {
            _ = try ParsedArguments(arguments, specification: specification)
        } throws: { error in
            (error as? UsageError)?.message.contains(message) ?? false
        }
    }

    @Test("open options are collected in order for commands that accept them")
    func collectsOpenOptions() throws {
        let open = CommandSpecification(
            name: "fit", summary: "", operands: [], options: [], acceptsOpenOptions: true)

        let parsed = try ParsedArguments(
            ["--epochs", "10", "--numerical-distributions=age=gamma"], specification: open)

        #expect(parsed.openOptions.map(\.name) == ["epochs", "numerical-distributions"])
        #expect(parsed.openOptions.map(\.value) == ["10", "age=gamma"])
    }

    @Test("the usage line lists operands and options")
    func usageLine() {
        #expect(
            specification.usageLine
                == "facsimile probe FILE [--out PATH] [--set KEY=VALUE] [--json]")
    }
}
