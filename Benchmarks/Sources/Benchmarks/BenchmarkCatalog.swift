// Benchmarks: every benchmark the executable knows, by name.

/// The list of all benchmarks. Each area adds its own in a `static let` in its own file
/// (`CSVBenchmarks.swift`, `LinalgBenchmarks.swift`, ...) and is listed here once.
enum BenchmarkCatalog {
    /// Every benchmark, in the order `list` prints them.
    static var all: [Benchmark] {
        [] + csv + metrics + linalg + neural + reports + copula + deep + modeEncoding
    }

    /// The benchmark called `name`, or `nil`.
    static func named(_ name: String) -> Benchmark? {
        all.first { $0.name == name }
    }
}
