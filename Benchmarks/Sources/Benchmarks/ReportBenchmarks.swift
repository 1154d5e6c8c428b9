// Benchmarks: `report-<dataset>`, the HTML evaluation page of a golden pair, set against the
// evaluation (both reports) it shows.

import Foundation
import Metrics
import Reports

extension BenchmarkCatalog {
    /// One benchmark per golden dataset: rendering the evaluation page from both reports.
    ///
    /// The reports are computed outside the timing, a few times, and their best time is
    /// reported as `evaluation_seconds`; `page_seconds` is the best time of the timed
    /// repetitions to make the page's bytes (`htmlBytes`, what `facsimile evaluate --html`
    /// writes) and `page_share` = page / evaluation, the figure issue #7 asks to keep a small
    /// fraction. Both are wall-clock times, as a user waits for them: the reports run on one
    /// thread, the page on every processor (its column pictures and pair plots are made
    /// concurrently). `page_cpu_seconds` is the page's processor time summed over its threads
    /// (the best repetition's), so the work it costs is visible too; `string_seconds` is the
    /// best wall time for the page as a `String` (`html`), which adds the validation of the
    /// whole text. `FACSIMILE_REPORT_OUTPUT=DIR` writes each page to `DIR/<dataset>.html`
    /// (once, outside the timing), for looking at it in a browser. `report-flights` (the
    /// golden flights pair, 20,000 rows) checks that a larger table does not make the page
    /// blow up.
    static let reports: [Benchmark] = ["iris", "credit", "ames", "flights"].map { name in
        let large = name == "flights"
        return Benchmark(
            name: "report-\(name)",
            summary: "EvaluationPage.html of the golden \(name) pair, against the evaluation",
            repetitions: large ? 3 : 15
        ) { context in
            let folder = context.dataDirectory.deletingLastPathComponent()
                .appendingPathComponent("golden/quality/\(name)")
            let pair = try GoldenPairLoader.load(folder)
            var evaluation = Double.infinity
            var reports: (QualityReport, DiagnosticReport)?
            for _ in 0..<(large ? 2 : 5) {
                let start = Clock.wall()
                let quality = try QualityReport(
                    real: pair.real, synthetic: pair.synthetic, schema: pair.schema)
                let diagnostic = try DiagnosticReport(
                    real: pair.real, synthetic: pair.synthetic, schema: pair.schema)
                let seconds = Double(Clock.wall() - start) / 1e9
                evaluation = min(evaluation, seconds)
                reports = (quality, diagnostic)
            }
            guard let (quality, diagnostic) = reports else {
                throw BenchmarkError(description: "report-\(name): no evaluation was made")
            }
            let page = EvaluationPage(
                real: pair.real, synthetic: pair.synthetic, schema: pair.schema,
                quality: quality, diagnostic: diagnostic)
            if let directory = ProcessInfo.processInfo.environment["FACSIMILE_REPORT_OUTPUT"] {
                let url = URL(fileURLWithPath: directory).appendingPathComponent("\(name).html")
                try Data(page.htmlBytes).write(to: url, options: .atomic)
            }
            let (fastest, fastestString) = (PageClock(), PageClock())
            let evaluationSeconds = evaluation
            return {
                let (start, cpuStart) = (Clock.wall(), Clock.processCPU())
                let bytes = page.htmlBytes
                let (end, cpuEnd) = (Clock.wall(), Clock.processCPU())
                let (seconds, cpuSeconds) = fastest.record(
                    Double(end - start) / 1e9, cpu: Double(cpuEnd - cpuStart) / 1e9)
                let stringStart = Clock.wall()
                let html = page.html
                let (stringSeconds, _) = fastestString.record(
                    Double(Clock.wall() - stringStart) / 1e9, cpu: 0)
                guard html.utf8.count == bytes.count else {
                    throw BenchmarkError(description: "report-\(name): html and bytes differ")
                }
                return [
                    "bytes": Double(bytes.count), "columns": Double(pair.schema.columns.count),
                    "evaluation_seconds": evaluationSeconds, "page_seconds": seconds,
                    "page_share": seconds / evaluationSeconds, "string_seconds": stringSeconds,
                    "page_cpu_seconds": cpuSeconds,
                ]
            }
        }
    }
}

/// The fastest page time seen so far across the repetitions, with that repetition's processor
/// time (the body is `@Sendable`, so the running minimum lives in a locked box).
private final class PageClock: @unchecked Sendable {
    private let lock = NSLock()
    private var best = (seconds: Double.infinity, cpu: Double.infinity)

    /// Records one time and returns the fastest so far, with its processor time.
    func record(_ seconds: Double, cpu: Double) -> (seconds: Double, cpu: Double) {
        lock.lock()
        defer { lock.unlock() }
        if seconds < best.seconds { best = (seconds, cpu) }
        return best
    }
}

/// The clocks the page is timed by, in nanoseconds.
private enum Clock {
    /// Monotonic wall-clock time.
    static func wall() -> UInt64 {
        read(CLOCK_MONOTONIC)
    }

    /// Processor time of the whole process, all threads together.
    static func processCPU() -> UInt64 {
        read(CLOCK_PROCESS_CPUTIME_ID)
    }

    private static func read(_ clock: clockid_t) -> UInt64 {
        var time = timespec()
        clock_gettime(clock, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
