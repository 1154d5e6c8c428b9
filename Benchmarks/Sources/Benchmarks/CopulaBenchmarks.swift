// Benchmarks: fitting gaussian-copula on a shared dataset and sampling as many rows.

import Foundation
import Metadata
import Synthesizers
import Tabular

extension BenchmarkCatalog {
    /// `copula-<dataset>` for iris, penguins, credit, ames, diamonds and flights.
    ///
    /// One repetition fits `gaussian-copula` (default parameters, metadata detected outside
    /// the timing, seed 0) and samples as many rows as the data has. Counters: rows, fit and
    /// sample seconds, the table's storage bytes and, around the fit, the resident memory
    /// before it and its peak (the peak is reset through `/proc/self/clear_refs` first).
    ///
    /// For fidelity runs, `FACSIMILE_COPULA_OUTPUT=DIR` writes each sample to
    /// `DIR/<dataset>-<seed>.csv` (inside the timing, so do not time such runs) and
    /// `FACSIMILE_COPULA_SEED=N` changes the seed.
    static let copula: [Benchmark] = ["iris", "penguins", "credit", "ames", "diamonds", "flights"]
        .map { name in
            Benchmark(
                name: "copula-\(name)",
                summary: "fit gaussian-copula on \(name) and sample as many rows",
                repetitions: name == "flights" ? 3 : 5
            ) { context in
                let table = try CSVReader().read(contentsOf: context.dataset(name))
                let plan = TablePlan(metadata: TableMetadata(detectingFrom: table, name: name))
                return { try CopulaBenchmarkRun(name: name, table: table, plan: plan).run() }
            }
        }
}

/// One timed fit and sample, with its counters.
struct CopulaBenchmarkRun {
    let name: String
    let table: Table
    let plan: TablePlan

    func run() throws -> [String: Double] {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["FACSIMILE_COPULA_SEED"].flatMap { UInt64($0) } ?? 0
        var synthesizer = try TableSynthesizer(named: "gaussian-copula")

        let baseline = CSVBenchmarkSupport.residentBytes()
        Self.resetPeak()
        let start = DispatchTime.now().uptimeNanoseconds
        try synthesizer.fit(table, plan: plan, seed: seed)
        let fitted = DispatchTime.now().uptimeNanoseconds
        let fitPeak = PeakMemory.residentBytes()
        let sample = try synthesizer.sample(rows: table.rowCount)
        let end = DispatchTime.now().uptimeNanoseconds

        if let directory = environment["FACSIMILE_COPULA_OUTPUT"] {
            let url = URL(fileURLWithPath: directory).appendingPathComponent("\(name)-\(seed).csv")
            try CSVWriter().write(sample, to: url)
        }
        let tableBytes = CSVBenchmarkSupport.memoryBytes(of: table)
        return [
            "rows": Double(sample.rowCount),
            "fit_seconds": Double(fitted - start) / 1e9,
            "sample_seconds": Double(end - fitted) / 1e9,
            "table_bytes": Double(tableBytes),
            "fit_baseline_resident_bytes": Double(baseline),
            "fit_peak_resident_bytes": Double(fitPeak),
            "fit_extra_over_table": Double(fitPeak - baseline) / Double(max(1, tableBytes)),
        ]
    }

    /// Resets the kernel's peak resident counter (VmHWM) to the current size.
    static func resetPeak() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }
}
