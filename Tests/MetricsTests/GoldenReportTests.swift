// MetricsTests: both reports against the reference's figures on every golden pair.

import Foundation
import Metadata
import Metrics
import Tabular
import Testing

/// The golden folders under `Tests/Fixtures/golden` (see the README there).
let goldenNames = [
    "iris", "iris-perturbed", "penguins", "penguins-perturbed", "credit", "credit-perturbed",
    "ames", "diamonds", "flights",
]

/// A golden pair read from its folder.
struct GoldenCase {
    var real: Table
    var synthetic: Table
    var schema: EvaluationSchema
    var report: [String: Any]

    /// Reads a golden folder with the project's CSV reader and metadata module.
    init(_ name: String) throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/golden/\(name)")
        let data = try Data(contentsOf: folder.appendingPathComponent("report.json"))
        report = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        let document = try MetadataDocument(
            contentsOf: folder.appendingPathComponent("metadata.json"))
        schema = EvaluationSchema(try #require(document.singleTable))
        real = try CSVReader().read(contentsOf: folder.appendingPathComponent("real.csv"))
        synthetic = try CSVReader().read(
            contentsOf: folder.appendingPathComponent("synthetic.csv"))
    }
}

/// The reference's figures are printed with 17 significant digits; ours come from the same
/// formulas summed in a different order, so they agree to about 1e-15. 1e-9 is the contract.
let goldenTolerance = 1e-9

/// Whether a JSON number (or null, for NaN) matches `value` within the golden tolerance.
func matches(_ value: Double, _ json: Any?) -> Bool {
    guard let expected = json as? Double else { return value.isNaN }
    return !value.isNaN && abs(value - expected) <= goldenTolerance
}

@Suite("Golden reports against the reference")
struct GoldenReportTests {
    @Test("Quality Report equals the reference, both variants", arguments: goldenNames)
    func quality(name: String) throws {
        let golden = try GoldenCase(name)
        for classic in [true, false] {
            try checkQuality(golden, name: name, classic: classic)
        }
    }

    private func checkQuality(_ golden: GoldenCase, name: String, classic: Bool) throws {
        let options: QualityReport.Options = classic ? .classic : .current
        let report = try QualityReport(
            real: golden.real, synthetic: golden.synthetic, schema: golden.schema,
            options: options)
        let expected = try #require(
            golden.report[classic ? "quality_classic" : "quality_current"] as? [String: Any])
        let properties = try #require(expected["properties"] as? [String: Any])

        #expect(matches(report.score, expected["score"]), "\(name) overall \(report.score)")
        #expect(matches(report.columnShapesScore, properties["Column Shapes"]))
        #expect(
            matches(report.columnPairTrendsScore, properties["Column Pair Trends"]),
            "\(name) pairs \(report.columnPairTrendsScore)")

        let shapes = try #require(expected["column_shapes"] as? [[String: Any]])
        try #require(shapes.count == report.columnShapes.count)
        for (row, want) in zip(report.columnShapes, shapes) {
            #expect(row.column == want["column"] as? String)
            #expect(row.metric.rawValue == want["metric"] as? String)
            #expect(matches(row.score, want["score"]), "\(name) \(row.column) \(row.score)")
        }
        try checkPairs(report.columnPairTrends, expected, name)
    }

    private func checkPairs(
        _ rows: [QualityReport.ColumnPairTrend], _ expected: [String: Any], _ name: String
    ) throws {
        let pairs = try #require(expected["column_pair_trends"] as? [[String: Any]])
        try #require(pairs.count == rows.count)
        var mismatches: [String] = []
        for (row, want) in zip(rows, pairs) {
            let same =
                row.column1 == want["column_1"] as? String
                && row.column2 == want["column_2"] as? String
                && row.metric.rawValue == want["metric"] as? String
                && matches(row.score, want["score"])
                && matches(row.realCorrelation, want["real_correlation"])
                && matches(row.syntheticCorrelation, want["synthetic_correlation"])
                && matches(row.realAssociation, want["real_association"])
                && row.meetsThreshold == want["meets_threshold"] as? Bool
            if !same { mismatches.append("\(row) vs \(want)") }
        }
        #expect(
            mismatches.isEmpty, "\(name): \(mismatches.count) pairs differ: \(mismatches.prefix(3))"
        )
    }

    @Test("Diagnostic Report equals the reference", arguments: goldenNames)
    func diagnostic(name: String) throws {
        try checkDiagnostic(try GoldenCase(name), name: name)
    }

    private func checkDiagnostic(_ golden: GoldenCase, name: String) throws {
        let report = try DiagnosticReport(
            real: golden.real, synthetic: golden.synthetic, schema: golden.schema)
        let expected = try #require(golden.report["diagnostic"] as? [String: Any])
        let properties = try #require(expected["properties"] as? [String: Any])
        let details = try #require(expected["details"] as? [String: Any])

        #expect(matches(report.score, expected["score"]), "\(name) \(report.score)")
        #expect(matches(report.dataValidityScore, properties["Data Validity"]))
        #expect(
            matches(report.dataStructureScore, properties["Data Structure"]),
            "\(name) structure \(report.dataStructureScore)")

        let validity = try #require(details["Data Validity"] as? [[String: Any]])
        try #require(validity.count == report.dataValidity.count)
        for (row, want) in zip(report.dataValidity, validity) {
            #expect(row.column == want["column"] as? String)
            #expect(row.metric.rawValue == want["metric"] as? String)
            #expect(matches(row.score, want["score"]), "\(name) \(row)")
        }
    }

    @Test(
        "Every golden real table compared with itself scores 1 on every defined row",
        arguments: ["iris", "penguins-perturbed", "credit", "flights"])
    func selfComparison(name: String) throws {
        let golden = try GoldenCase(name)
        for options in [QualityReport.Options.current, .classic] {
            let report = try QualityReport(
                real: golden.real, synthetic: golden.real, schema: golden.schema,
                options: options)
            #expect(report.columnShapes.allSatisfy { $0.score == 1 })
            let counted = report.columnPairTrends.filter { $0.meetsThreshold && !$0.score.isNaN }
            #expect(!counted.isEmpty)
            #expect(counted.allSatisfy { abs($0.score - 1) <= 1e-12 })
            #expect(report.columnPairTrends.allSatisfy { $0.error == nil })
        }
        let diagnostic = try DiagnosticReport(
            real: golden.real, synthetic: golden.real, schema: golden.schema)
        #expect(diagnostic.score == 1)
    }
}
