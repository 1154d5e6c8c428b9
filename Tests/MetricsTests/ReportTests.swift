// MetricsTests: the reports' errors, failures recorded per row, thresholds and self-comparison.

import Metrics
import Tabular
import TestSupport
import Testing

@Suite("Reports")
struct ReportTests {
    let schema = EvaluationSchema(
        ["x": .numerical, "y": .numerical, "c": .categorical, "id": .id], primaryKey: "id")

    func sample(rows: Int) throws -> Table {
        let x = (0..<rows).map { Double($0) }
        return try table(
            numbers("x", x), numbers("y", x.map { $0 * $0 - 3 * $0 }),
            categories("c", x.map { $0 < Double(rows) / 2 ? "low" : "high" }),
            numbers("id", x, integers: true))
    }

    @Test("A table compared with itself scores 1 on every shape and pair", arguments: [2, 3, 40])
    func selfComparison(rows: Int) throws {
        let data = try sample(rows: rows)
        for options in [QualityReport.Options.current, .classic] {
            let report = try QualityReport(
                real: data, synthetic: data, schema: schema, options: options)
            #expect(report.columnShapes.count == 3)
            #expect(report.columnShapes.allSatisfy { $0.score == 1 })
            #expect(report.columnPairTrends.count == 3)
            for pair in report.columnPairTrends where pair.meetsThreshold {
                #expect(isClose(pair.score, 1, absolute: 1e-15), "\(pair)")
            }
            #expect(report.columnPairTrends.contains { $0.meetsThreshold })
            #expect(isClose(report.score, 1, absolute: 1e-15))
        }
        let diagnostic = try DiagnosticReport(real: data, synthetic: data, schema: schema)
        #expect(
            diagnostic.dataValidity.map(\.metric) == [
                .boundaryAdherence, .boundaryAdherence, .categoryAdherence, .keyUniqueness,
            ])
        #expect(diagnostic.score == 1)
    }

    @Test("Tables with different columns are an error naming them")
    func differentColumns() throws {
        let real = try table(numbers("x", [1]), numbers("y", [2]))
        let synthetic = try table(numbers("x", [1]), numbers("z", [2]))
        let error = MetricsError.columnsDiffer(onlyInReal: ["y"], onlyInSynthetic: ["z"])
        #expect(throws: error) {
            try QualityReport(
                real: real, synthetic: synthetic, schema: EvaluationSchema(["x": .numerical]))
        }
        #expect(error.description.contains("'y'") && error.description.contains("'z'"))
    }

    @Test("A schema that does not describe the table is an error")
    func schemaMismatch() throws {
        let data = try table(numbers("x", [1]), numbers("y", [2]))
        #expect(
            throws: MetricsError.schemaMismatch(missingFromData: ["w"], missingFromSchema: ["y"])
        ) {
            try DiagnosticReport(
                real: data, synthetic: data,
                schema: EvaluationSchema(["x": .numerical, "w": .numerical]))
        }
    }

    @Test("A schema listing a column twice is an error")
    func repeatedColumn() throws {
        let data = try table(numbers("x", [1]))
        let schema = EvaluationSchema(columns: [
            EvaluatedColumn(name: "x", type: .numerical),
            EvaluatedColumn(name: "x", type: .categorical),
        ])
        #expect(throws: MetricsError.self) {
            try QualityReport(real: data, synthetic: data, schema: schema)
        }
    }

    @Test("An empty table is an error")
    func emptyTable() throws {
        let full = try table(numbers("x", [1, 2]))
        let empty = try table(numbers("x", []))
        let schema = EvaluationSchema(["x": .numerical])
        #expect(throws: MetricsError.emptyTable(which: "synthetic")) {
            try QualityReport(real: full, synthetic: empty, schema: schema)
        }
        #expect(throws: MetricsError.emptyTable(which: "real")) {
            try DiagnosticReport(real: empty, synthetic: full, schema: schema)
        }
    }

    @Test("A column whose values do not fit its type fails on its rows only")
    func wrongKindRecorded() throws {
        let real = try table(numbers("x", [1, 2, 3]), letters("t", "abc"), letters("c", "aab"))
        let schema = EvaluationSchema(["x": .numerical, "t": .numerical, "c": .categorical])
        let report = try QualityReport(
            real: real, synthetic: real, schema: schema, options: .classic)

        let shape = try #require(report.columnShapes.first { $0.column == "t" })
        #expect(shape.score.isNaN)
        #expect(shape.error?.contains("column 't' should hold numbers") == true)
        #expect(report.columnShapesScore == 1)
        let failed = report.columnPairTrends.filter { $0.error != nil }
        #expect(failed.map { "\($0.column1)-\($0.column2)" } == ["x-t", "t-c"])
        #expect(
            report.columnPairTrends.first { $0.column2 == "c" && $0.column1 == "x" }?.score == 1)
    }

    @Test("Thresholds: a weakly correlated pair counts only in the classic variant")
    func thresholds() throws {
        // Σ(x − x̄)(y − ȳ) = 2, Σ(x − x̄)² = 10, Σ(y − ȳ)² = 18.8: ρ = 2/√188 ≈ 0.146 < 0.5.
        let data = try table(numbers("x", [0, 1, 2, 3, 4]), numbers("y", [4, 1, 0, 1, 5]))
        let schema = EvaluationSchema(["x": .numerical, "y": .numerical])
        let current = try QualityReport(real: data, synthetic: data, schema: schema)
        let classic = try QualityReport(
            real: data, synthetic: data, schema: schema, options: .classic)

        #expect(isClose(current.columnPairTrends[0].realCorrelation, 2 / 188.0.squareRoot()))
        #expect(current.columnPairTrends[0].meetsThreshold == false)
        #expect(current.columnPairTrendsScore.isNaN)
        #expect(current.score == current.columnShapesScore)
        #expect(classic.columnPairTrends[0].meetsThreshold)
        #expect(classic.columnPairTrendsScore == 1)
    }

    @Test("A real correlation of exactly 0 is scored in the classic variant")
    func zeroCorrelation() throws {
        // y = (x − 2)² has ρ = 0; the reference computes −8.4e-18 here and scores the pair 1.
        let data = try table(numbers("x", [0, 1, 2, 3, 4]), numbers("y", [4, 1, 0, 1, 4]))
        let schema = EvaluationSchema(["x": .numerical, "y": .numerical])
        let classic = try QualityReport(
            real: data, synthetic: data, schema: schema, options: .classic)
        #expect(classic.columnPairTrends[0].realCorrelation == 0)
        #expect(classic.columnPairTrends[0].score == 1)
        #expect(classic.columnPairTrendsScore == 1)
    }

    @Test("Contingency pairs above the row limit are subsampled reproducibly")
    func subsample() throws {
        let x = (0..<60).map { Double($0 % 7) }
        let data = try table(
            numbers("x", x), categories("c", x.map { $0 < 3 ? "low" : "high" }),
            categories("d", x.map { $0.truncatingRemainder(dividingBy: 2) == 0 ? "even" : "odd" }))
        let schema = EvaluationSchema(["x": .numerical, "c": .categorical, "d": .categorical])
        var options = QualityReport.Options.classic
        options.contingencyRowLimit = 20
        let first = try QualityReport(real: data, synthetic: data, schema: schema, options: options)
        let again = try QualityReport(real: data, synthetic: data, schema: schema, options: options)
        options.subsampleSeed = 99
        let other = try QualityReport(real: data, synthetic: data, schema: schema, options: options)

        #expect(first.columnPairTrends.map(\.score) == again.columnPairTrends.map(\.score))
        // Two independent draws of 20 of 60 rows rarely share their joint frequencies.
        #expect(first.columnPairTrends.contains { $0.score < 1 })
        #expect(first.columnPairTrends.map(\.score) != other.columnPairTrends.map(\.score))
        options.contingencyRowLimit = 60
        let whole = try QualityReport(real: data, synthetic: data, schema: schema, options: options)
        #expect(whole.columnPairTrends.allSatisfy { $0.score == 1 })
    }

    @Test("Unicode column names pass through unchanged")
    func unicodeNames() throws {
        let data = try table(numbers("größe 📏", [1, 2, 3]), letters("città", "aab"))
        let schema = EvaluationSchema(["größe 📏": .numerical, "città": .categorical])
        let report = try QualityReport(real: data, synthetic: data, schema: schema)
        #expect(report.columnShapes.map(\.column) == ["größe 📏", "città"])
        #expect(report.columnPairTrends.first?.metric == .contingencySimilarity)
    }
}
