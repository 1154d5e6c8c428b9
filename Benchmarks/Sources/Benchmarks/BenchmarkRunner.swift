// Benchmarks: runs benchmarks, times them and prints the results.

import Foundation
import Linalg

/// Runs benchmarks: one warm-up, then timed repetitions, reporting median, minimum and maximum.
struct BenchmarkRunner {
    /// Where the datasets are.
    let dataDirectory: URL

    /// Whether to print one JSON object per benchmark instead of a readable line.
    let printsJSON: Bool

    /// Runs `benchmark` and prints its result.
    func run(_ benchmark: Benchmark) throws {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("facsimile-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }

        let context = BenchmarkContext(dataDirectory: dataDirectory, scratchDirectory: scratch)
        let body = try benchmark.prepare(context)
        _ = try body()

        var seconds: [Double] = []
        var counters: [String: Double] = [:]
        for _ in 0..<benchmark.repetitions {
            let start = DispatchTime.now().uptimeNanoseconds
            counters = try body()
            let end = DispatchTime.now().uptimeNanoseconds
            seconds.append(Double(end - start) / 1e9)
        }

        report(benchmark, seconds: seconds.sorted(), counters: counters)
    }

    private func report(_ benchmark: Benchmark, seconds: [Double], counters: [String: Double]) {
        let median = seconds[seconds.count / 2]
        let peakBytes = Double(PeakMemory.residentBytes())
        if printsJSON {
            var fields: [(String, String)] = [
                ("benchmark", "\"\(benchmark.name)\""),
                ("median_seconds", "\(median)"),
                ("min_seconds", "\(seconds.first ?? median)"),
                ("max_seconds", "\(seconds.last ?? median)"),
                ("repetitions", "\(seconds.count)"),
                ("peak_resident_bytes", "\(Int(peakBytes))"),
                ("blas_kernels", "\"\(BLAS.kernelName)\""),
            ]
            fields += counters.sorted { $0.key < $1.key }.map { ($0.key, "\($0.value)") }
            let body = fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ")
            print("{\(body)}")
        } else {
            let extras = counters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            let line = String(
                format: "%-24@ median %.4f s  min %.4f s  max %.4f s  peak %.0f MB",
                benchmark.name as NSString, median, seconds.first ?? median,
                seconds.last ?? median, peakBytes / 1e6)
            print(([line] + extras).joined(separator: "  "))
        }
    }
}

/// The process's peak resident memory, read from `/proc/self/status` (`VmHWM`).
enum PeakMemory {
    /// The peak resident set size in bytes, or 0 where the system does not say.
    static func residentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
            return kilobytes * 1024
        }
        return 0
    }
}
