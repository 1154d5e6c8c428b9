// SynthesizersTests: fitting and sampling real tables end to end (iris, penguins).

import Foundation
import Metadata
import Tabular
import TestSupport
import Testing

@testable import Synthesizers

/// A bundled dataset, read with type inference, and its detected metadata.
func dataset(_ name: String) throws -> (Table, TableMetadata) {
    let table = try CSVReader().read(contentsOf: Fixtures.url("datasets/\(name).csv"))
    return (table, TableMetadata(detectingFrom: table))
}

/// The present values of a number column.
func numbers(_ table: Table, _ name: String) throws -> NumberColumn {
    guard case .number(let column) = try #require(table[name]).data else {
        throw SynthesizerError.modelFailure("column \(name) is not numeric")
    }
    return column
}

@Suite("End to end")
struct EndToEndTests {
    @Test func irisKeepsColumnsTypesRangesAndRounding() throws {
        let (table, metadata) = try dataset("iris")
        var synthesizer = try TableSynthesizer(named: "gaussian-copula")
        try synthesizer.fit(table, metadata: metadata, seed: 1)
        let sample = try synthesizer.sample(rows: 500)

        #expect(sample.rowCount == 500)
        #expect(sample.columnNames == table.columnNames)
        #expect(sample.columns.map(\.kind) == table.columns.map(\.kind))
        for name in ["Sepal.Length", "Sepal.Width", "Petal.Length", "Petal.Width"] {
            let real = try numbers(table, name).presentValues
            let synthetic = try numbers(sample, name)
            #expect(synthetic.isMissing.allSatisfy { !$0 })
            let low = try #require(real.min())
            let high = try #require(real.max())
            #expect(synthetic.values.allSatisfy { $0 >= low && $0 <= high })
            // One decimal in the data: every value is a multiple of 0.1.
            #expect(synthetic.values.allSatisfy { abs($0 * 10 - ($0 * 10).rounded()) < 1e-9 })
        }
        guard case .category(let species) = try #require(sample["Species"]).data else {
            Issue.record("Species is not categorical")
            return
        }
        #expect(Set(species.levels).isSubset(of: ["setosa", "versicolor", "virginica"]))
        // Each species is a third of the data; 500 draws put each within 0.33 ± 0.1
        // (more than four standard deviations of 0.021).
        for level in species.levels.indices {
            let share = Double(species.codes.count { $0 == Int32(level) }) / 500
            #expect(abs(share - 1.0 / 3) < 0.1)
        }
    }

    @Test func irisKeepsTheStrongCorrelation() throws {
        let (table, metadata) = try dataset("iris")
        var synthesizer = try TableSynthesizer(named: "gaussian-copula")
        try synthesizer.fit(table, plan: TablePlan(metadata: metadata), seed: 3)
        let sample = try synthesizer.sample(rows: 2_000)
        let real = pearson(
            try numbers(table, "Petal.Length").values, try numbers(table, "Petal.Width").values)
        let synthetic = pearson(
            try numbers(sample, "Petal.Length").values, try numbers(sample, "Petal.Width").values)
        // Real: 0.963. The copula's own figure is 0.916 (seeds 0-7, 20,000 rows each: 0.9156
        // to 0.9178); Pearson's r is not kept exactly through non-normal marginals. 2,000 rows
        // put the sample within 0.015 of it (over three standard errors of about 0.004).
        #expect(abs(real - 0.963) < 0.001)
        #expect(abs(synthetic - 0.916) < 0.015)
    }

    @Test func penguinsKeepMissingRates() throws {
        let (table, metadata) = try dataset("penguins")
        var synthesizer = try TableSynthesizer(named: "gaussian-copula")
        try synthesizer.fit(table, plan: TablePlan(metadata: metadata), seed: 5)
        let sample = try synthesizer.sample(rows: 5_000)
        #expect(sample.columnNames == table.columnNames)
        for column in table.columns {
            let realRate = Double(column.missingCount) / Double(table.rowCount)
            let syntheticColumn = try #require(sample[column.name])
            let syntheticRate = Double(syntheticColumn.missingCount) / 5_000
            // Rates up to 3.2 % (sex); binomial sd at 5,000 rows is under 0.0025.
            #expect(abs(realRate - syntheticRate) < 0.012, "\(column.name)")
        }
        let year = try numbers(sample, "year")
        #expect(year.holdsIntegers)
        #expect(year.presentValues.allSatisfy { [2007, 2008, 2009].contains($0) })
    }

    @Test(arguments: ["iris", "penguins"])
    func fastMLSamplesWithoutRounding(name: String) throws {
        let (table, metadata) = try dataset(name)
        var synthesizer = try TableSynthesizer(named: "FAST_ML")
        #expect(synthesizer.name == "fast-ml")
        try synthesizer.fit(table, plan: TablePlan(metadata: metadata), seed: 2)
        let sample = try synthesizer.sample(rows: 300)
        let column = try numbers(sample, table.columnNames[name == "iris" ? 0 : 2])
        #expect(column.presentValues.contains { abs($0 * 10 - ($0 * 10).rounded()) > 1e-6 })
    }
}

/// The Pearson correlation of two equally long arrays.
func pearson(_ x: [Double], _ y: [Double]) -> Double {
    let n = Double(x.count)
    let mx = x.reduce(0, +) / n
    let my = y.reduce(0, +) / n
    var sxy = 0.0
    var sxx = 0.0
    var syy = 0.0
    for index in x.indices {
        sxy += (x[index] - mx) * (y[index] - my)
        sxx += (x[index] - mx) * (x[index] - mx)
        syy += (y[index] - my) * (y[index] - my)
    }
    return sxy / (sxx * syy).squareRoot()
}
