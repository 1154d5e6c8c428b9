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
    /// fraction. `string_seconds` is the best time for the page as a `String` (`html`), which
    /// adds the validation of the whole text. Both are the thread's CPU time, not wall time,
    /// so that other work on a shared machine does not tilt the ratio (both are
    /// single-threaded).
    /// `FACSIMILE_REPORT_OUTPUT=DIR` writes each page to `DIR/<dataset>.html` (once, outside
    /// the timing), for looking at it in a browser. `report-flights` (the golden flights pair,
    /// 20,000 rows) checks that a larger table does not make the page blow up.
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
                let start = ThreadClock.nanoseconds()
                let quality = try QualityReport(
                    real: pair.real, synthetic: pair.synthetic, schema: pair.schema)
                let diagnostic = try DiagnosticReport(
                    real: pair.real, synthetic: pair.synthetic, schema: pair.schema)
                let seconds = Double(ThreadClock.nanoseconds() - start) / 1e9
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
                let start = ThreadClock.nanoseconds()
                let bytes = page.htmlBytes
                let seconds = fastest.record(Double(ThreadClock.nanoseconds() - start) / 1e9)
                let stringStart = ThreadClock.nanoseconds()
                let html = page.html
                let stringSeconds = fastestString.record(
                    Double(ThreadClock.nanoseconds() - stringStart) / 1e9)
                guard html.utf8.count == bytes.count else {
                    throw BenchmarkError(description: "report-\(name): html and bytes differ")
                }
                return [
                    "bytes": Double(bytes.count), "columns": Double(pair.schema.columns.count),
                    "evaluation_seconds": evaluationSeconds, "page_seconds": seconds,
                    "page_share": seconds / evaluationSeconds, "string_seconds": stringSeconds,
                ]
            }
        }
    }
}

/// The fastest page time seen so far across the repetitions (the body is `@Sendable`, so the
/// running minimum lives in a locked box).
private final class PageClock: @unchecked Sendable {
    private let lock = NSLock()
    private var best = Double.infinity

    /// Records one time and returns the fastest so far.
    func record(_ seconds: Double) -> Double {
        lock.lock()
        defer { lock.unlock() }
        best = min(best, seconds)
        return best
    }
}

/// The CPU time the calling thread has used, in nanoseconds.
private enum ThreadClock {
    static func nanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
