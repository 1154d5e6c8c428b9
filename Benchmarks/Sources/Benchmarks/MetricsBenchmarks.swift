// Benchmarks: `evaluate-<dataset>`, the Quality and Diagnostic Reports of a golden pair.

import Foundation
import Metadata
import Metrics
import Tabular

extension BenchmarkCatalog {
    /// One benchmark per golden dataset: both reports of the reference's synthetic sample
    /// against the real table, with the metadata the reference detected.
    static let metrics: [Benchmark] = [
        "iris", "penguins", "credit", "ames", "diamonds", "flights",
    ].map { name in
        Benchmark(
            name: "evaluate-\(name)",
            summary: "QualityReport + DiagnosticReport of the golden \(name) pair"
        ) { context in
            let folder = context.dataDirectory.deletingLastPathComponent()
                .appendingPathComponent("golden/quality/\(name)")
            let pair = try GoldenPairLoader.load(folder)
            return {
                let quality = try QualityReport(
                    real: pair.real, synthetic: pair.synthetic, schema: pair.schema)
                let diagnostic = try DiagnosticReport(
                    real: pair.real, synthetic: pair.synthetic, schema: pair.schema)
                return [
                    "rows": Double(pair.real.rowCount),
                    "columns": Double(pair.real.columnCount),
                    "pairs": Double(quality.columnPairTrends.count),
                    "quality_score": quality.score,
                    "diagnostic_score": diagnostic.score,
                ]
            }
        }
    }
}

/// Reads a golden folder (real.csv, synthetic.csv, metadata.json) with the project's CSV
/// reader and metadata module, outside the timing.
enum GoldenPairLoader {
    struct Pair: Sendable {
        var real: Table
        var synthetic: Table
        var schema: EvaluationSchema
    }

    static func load(_ folder: URL) throws -> Pair {
        let document = try MetadataDocument(
            contentsOf: folder.appendingPathComponent("metadata.json"))
        guard let metadata = document.singleTable else {
            throw BenchmarkError(description: "\(folder.path)/metadata.json holds several tables")
        }
        return Pair(
            real: try CSVReader().read(contentsOf: folder.appendingPathComponent("real.csv")),
            synthetic: try CSVReader().read(
                contentsOf: folder.appendingPathComponent("synthetic.csv")),
            schema: EvaluationSchema(metadata))
    }
}
