// Benchmarks: `swift run -c release Benchmarks list | run NAME... [--data DIR] [--json]`.

import Foundation

let usage = """
    usage: Benchmarks list
           Benchmarks run NAME... [--data DIRECTORY] [--json]

    Runs each named benchmark once to warm up, then times its repetitions. --data is the folder
    of the shared datasets (default ../shared/datasets); --json prints one JSON object a line.
    """

func runBenchmarks(_ arguments: [String]) throws {
    var names: [String] = []
    var dataDirectory = URL(fileURLWithPath: "../shared/datasets")
    var printsJSON = false
    var remaining = arguments[...]
    while let argument = remaining.popFirst() {
        switch argument {
        case "--json":
            printsJSON = true
        case "--data":
            guard let path = remaining.popFirst() else {
                throw BenchmarkError(description: "--data needs a directory")
            }
            dataDirectory = URL(fileURLWithPath: path)
        default:
            guard BenchmarkCatalog.named(argument) != nil else {
                throw BenchmarkError(
                    description: "no benchmark is named '\(argument)'; see 'Benchmarks list'")
            }
            names.append(argument)
        }
    }
    guard !names.isEmpty else { throw BenchmarkError(description: "name at least one benchmark") }

    let runner = BenchmarkRunner(dataDirectory: dataDirectory, printsJSON: printsJSON)
    for name in names {
        if let benchmark = BenchmarkCatalog.named(name) {
            try runner.run(benchmark)
        }
    }
}

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case "list":
        for benchmark in BenchmarkCatalog.all {
            print(
                "\(benchmark.name.padding(toLength: 26, withPad: " ", startingAt: 0))"
                    + benchmark.summary)
        }
    case "run":
        try runBenchmarks(Array(arguments.dropFirst()))
    default:
        FileHandle.standardError.write(Data((usage + "\n").utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
