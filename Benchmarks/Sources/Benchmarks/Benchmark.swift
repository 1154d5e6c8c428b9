// Benchmarks: what one benchmark is, and what it is given.

import Foundation

/// One named benchmark: a preparation step that is not timed, returning the body that is.
///
/// The body runs once as a warm-up and then for the timed repetitions. It returns counters
/// (rows, bytes, FLOPs) that are printed beside the timings.
struct Benchmark: Sendable {
    /// The name used on the command line, for example `csv-read-flights`.
    let name: String

    /// One line saying what a repetition does.
    let summary: String

    /// How many timed repetitions to run after the warm-up.
    let repetitions: Int

    /// Reads inputs and builds state outside the timing; returns the timed body.
    let prepare: @Sendable (BenchmarkContext) throws -> @Sendable () throws -> [String: Double]

    init(
        name: String,
        summary: String,
        repetitions: Int = 5,
        prepare:
            @escaping @Sendable (BenchmarkContext) throws -> @Sendable () throws -> [String: Double]
    ) {
        self.name = name
        self.summary = summary
        self.repetitions = repetitions
        self.prepare = prepare
    }
}

/// What a benchmark may use: where the datasets are, and a scratch folder for its output.
struct BenchmarkContext: Sendable {
    /// The folder holding the shared datasets (`--data`, by default `../shared/datasets`).
    let dataDirectory: URL

    /// A fresh folder that is removed when the run ends.
    let scratchDirectory: URL

    /// The path of a dataset file in ``dataDirectory``, for example `dataset("flights")`.
    func dataset(_ name: String) -> URL {
        dataDirectory.appendingPathComponent("\(name).csv")
    }
}

/// A problem that stops a benchmark run, with the fix.
struct BenchmarkError: Error, CustomStringConvertible {
    /// A sentence that names the problem and the fix.
    let description: String
}
