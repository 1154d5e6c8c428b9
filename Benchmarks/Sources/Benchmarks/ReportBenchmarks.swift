// Benchmarks: `report-<dataset>`, the HTML evaluation page of a golden pair (reports computed
// outside the timing).

import Foundation
import Metrics
import Reports

extension BenchmarkCatalog {
    /// One benchmark per golden dataset: rendering the evaluation page from both reports.
    /// Compare with `evaluate-<dataset>`, which computes the reports.
    static let reports: [Benchmark] = ["iris", "credit", "ames"].map { name in
        Benchmark(
            name: "report-\(name)",
            summary: "EvaluationPage.html of the golden \(name) pair (reports precomputed)"
        ) { context in
            let folder = context.dataDirectory.deletingLastPathComponent()
                .appendingPathComponent("golden/quality/\(name)")
            let pair = try GoldenPairLoader.load(folder)
            let quality = try QualityReport(
                real: pair.real, synthetic: pair.synthetic, schema: pair.schema)
            let diagnostic = try DiagnosticReport(
                real: pair.real, synthetic: pair.synthetic, schema: pair.schema)
            let page = EvaluationPage(
                real: pair.real, synthetic: pair.synthetic, schema: pair.schema,
                quality: quality, diagnostic: diagnostic)
            return {
                let html = page.html
                return [
                    "bytes": Double(html.utf8.count), "columns": Double(pair.schema.columns.count),
                ]
            }
        }
    }
}
