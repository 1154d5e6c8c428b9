// SynthesizersTests: the Gaussian copula's correlation, seeds and sampling streams.

import Foundation
import Linalg
import Tabular
import TestSupport
import Testing

@testable import Synthesizers

/// A small table of two numeric columns x and y.
func smallTable(rows: Int = 20) throws -> Table {
    let x = (0..<rows).map { Double($0) }
    let y = x.map { ($0 * 7).truncatingRemainder(dividingBy: 11) }
    return try Table(columns: [
        Column(name: "x", numbers: NumberColumn(values: x, holdsIntegers: true)),
        Column(name: "y", numbers: NumberColumn(values: y, holdsIntegers: true)),
    ])
}

@Suite("Gaussian copula")
struct CopulaTests {
    @Test func recoversAKnownCorrelation() throws {
        // x, y standard normal with correlation 0.6 (10,000 rows): the fitted correlation of
        // the normal scores is within 0.03 (sd of a correlation estimate ≈ (1 − ρ²)/√n = 0.0064).
        var random = RandomSource(seed: 21)
        let x = (0..<10_000).map { _ in random.standardNormal() }
        let y = x.map { 0.6 * $0 + 0.8 * random.standardNormal() }
        let table = try Table(columns: [
            Column(name: "x", numbers: NumberColumn(values: x)),
            Column(name: "y", numbers: NumberColumn(values: y)),
        ])
        var synthesizer = try TableSynthesizer(
            named: "gaussian-copula", settings: [("default-distribution", "norm")])
        try synthesizer.fit(table, plan: .inferred(from: table), seed: 1)
        let copula = try #require(synthesizer.model as? GaussianCopula)
        #expect(abs(copula.correlation[1] - 0.6) < 0.03)
        #expect(copula.correlation[0] == 1 && copula.correlation[3] == 1)

        let sample = try synthesizer.sample(rows: 10_000)
        let sx = try numbers(sample, "x").values
        let sy = try numbers(sample, "y").values
        #expect(abs(pearson(sx, sy) - 0.6) < 0.04)
    }

    @Test func repairMakesAnIndefiniteMatrixDefinite() throws {
        // The reference's test vector; its own repair gives [[1, .5, .5], [.5, 1, −.5], ...].
        let matrix = Matrix<Double>([[1, 0.9, 0.9], [0.9, 1, -0.9], [0.9, -0.9, 1]])
        let (repaired, factor) = try CopulaCorrelation.factored(matrix)
        for index in 0..<3 { #expect(isClose(repaired[index, index], 1, absolute: 1e-9)) }
        #expect(repaired[0, 1] > 0.3 && repaired[1, 2] < -0.3)
        let product = Matrix.gemm(factor, factor, transposeB: true)
        #expect(areClose(product.elements, repaired.elements, absolute: 1e-9))
    }

    @Test func constantColumnsDoNotBreakTheFit() throws {
        let table = try Table(columns: [
            Column(name: "c", numbers: NumberColumn(values: Array(repeating: 4, count: 30))),
            Column(name: "x", numbers: NumberColumn(values: (0..<30).map(Double.init))),
        ])
        var synthesizer = try TableSynthesizer(named: "gaussian-copula")
        try synthesizer.fit(table, plan: .inferred(from: table))
        let sample = try synthesizer.sample(rows: 50)
        #expect(try numbers(sample, "c").values.allSatisfy { $0 == 4 })
        #expect(try numbers(sample, "x").values.allSatisfy { !$0.isNaN })
    }

    @Test(arguments: [0, 1, 2])
    func tinyTablesFitAndSample(rows: Int) throws {
        let table = try smallTable(rows: rows)
        var synthesizer = try TableSynthesizer(named: "gaussian-copula")
        try synthesizer.fit(table, plan: .inferred(from: table))
        #expect(try synthesizer.sample(rows: 5).rowCount == 5)
        #expect(try synthesizer.sample(rows: 0).rowCount == 0)
    }

    @Test func allMissingColumnsStayMissing() throws {
        let table = try Table(columns: [
            Column(name: "m", numbers: NumberColumn(values: [.nan, .nan, .nan])),
            Column(name: "x", numbers: NumberColumn(values: [1, 2, 3])),
        ])
        var synthesizer = try TableSynthesizer(named: "gaussian-copula")
        try synthesizer.fit(table, plan: .inferred(from: table))
        let sample = try synthesizer.sample(rows: 20)
        #expect(try numbers(sample, "m").isMissing.allSatisfy { $0 })
    }

    @Test func seedsReproduceFitsAndStreams() throws {
        let (table, metadata) = try dataset("penguins")
        let plan = TablePlan(metadata: metadata)
        var first = try TableSynthesizer(named: "gaussian-copula")
        var second = try TableSynthesizer(named: "gaussian-copula")
        try first.fit(table, plan: plan, seed: 42)
        try second.fit(table, plan: plan, seed: 42)
        let a = csv(try first.sample(rows: 100))
        #expect(a == csv(try second.sample(rows: 100)))
        let continued = csv(try first.sample(rows: 100))
        #expect(continued != a)
        first.resetSampling()
        #expect(csv(try first.sample(rows: 100)) == a)
        first.resetSampling(seed: 7)
        second.resetSampling(seed: 7)
        #expect(csv(try first.sample(rows: 50)) == csv(try second.sample(rows: 50)))

        var other = try TableSynthesizer(named: "gaussian-copula")
        try other.fit(table, plan: plan, seed: 43)
        #expect(csv(try other.sample(rows: 100)) != a)
    }

    @Test func chunksCoverTheRowsInBoundedTables() throws {
        let table = try smallTable()
        var synthesizer = try TableSynthesizer(named: "gaussian-copula")
        try synthesizer.fit(table, plan: .inferred(from: table))
        var sizes: [Int] = []
        try synthesizer.sample(rows: 2_500, chunkSize: 1_000) { sizes.append($0.rowCount) }
        #expect(sizes == [1_000, 1_000, 500])
    }

    @Test func dataProblemsAreListedTogether() throws {
        let table = try Table(columns: [
            Column(name: "id", numbers: NumberColumn(values: [1, 1, .nan])),
            Column(name: "when", numbers: NumberColumn(values: [1, 2, 3])),
            Column(name: "extra", numbers: NumberColumn(values: [1, 2, 3])),
        ])
        let plan = TablePlan(
            columns: [
                ColumnPlan(name: "id", role: .identifier),
                ColumnPlan(name: "when", role: .datetime),
                ColumnPlan(name: "gone", role: .numerical),
            ],
            primaryKey: "id")
        var synthesizer = try TableSynthesizer(named: "gaussian-copula")
        do {
            try synthesizer.fit(table, plan: plan)
            Issue.record("fit accepted bad data")
        } catch {
            guard case .invalidData(let problems) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(problems.count == 5)
            #expect(
                problems.contains { $0.contains("'extra' is in the data but not in the metadata") })
            #expect(
                problems.contains { $0.contains("'gone' is in the metadata but not in the data") })
            #expect(problems.contains { $0.contains("'when' is datetime") })
            #expect(problems.contains { $0.contains("missing values") })
            #expect(problems.contains { $0.contains("repeats values") })
        }
        #expect(throws: SynthesizerError.notFitted(synthesizer: "gaussian-copula")) {
            try synthesizer.sample(rows: 1)
        }
    }
}

/// The CSV bytes of a table (tables with missing numbers hold NaN, so compare their text).
func csv(_ table: Table) -> [UInt8] {
    CSVWriter().bytes(table)
}

@Suite("Gaussian copula categories")
struct CopulaCategoryTests {
    @Test func categoryFrequenciesAreKept() throws {
        // 70 % a, 20 % b, 10 % c; category codes get the exact Uniform(0, 1) marginal, so
        // 20,000 draws land within 0.015 of each share (binomial sd at most 0.0033).
        let values = (0..<1_000).map { $0 < 700 ? "a" : $0 < 900 ? "b" : "c" }
        let numbers = (0..<1_000).map { Double($0 % 37) }
        let table = try Table(columns: [
            Column(name: "k", categories: CategoryColumn(values: values)),
            Column(name: "x", numbers: NumberColumn(values: numbers, holdsIntegers: true)),
        ])
        var synthesizer = try TableSynthesizer(named: "gaussian-copula")
        try synthesizer.fit(table, plan: .inferred(from: table), seed: 4)
        let copula = try #require(synthesizer.model as? GaussianCopula)
        #expect(copula.marginals[0] == .uniform(loc: 0, scale: 1))
        #expect(copula.marginals[1].family == .beta)
        let sample = try synthesizer.sample(rows: 20_000)
        guard case .category(let codes) = try #require(sample["k"]).data else {
            Issue.record("k is not categorical")
            return
        }
        for (level, share) in [("a", 0.7), ("b", 0.2), ("c", 0.1)] {
            let code = try #require(codes.levels.firstIndex(of: level))
            let observed = Double(codes.codes.count { $0 == Int32(code) }) / 20_000
            #expect(abs(observed - share) < 0.015, "\(level)")
        }
    }

    @Test func aCategoryOrderMovesIntervalsAndBack() throws {
        // Widths 0.5, 0.3, 0.2 laid out as categories 2, 0, 1: new edges 0.2, 0.7, 1.
        let order = CategoryOrder(edges: [0.5, 0.8, 1], order: [2, 0, 1])
        #expect(areClose(order.newEdges, [0.2, 0.7, 1], absolute: 1e-12))
        #expect(isClose(order.cdf(0.25), 0.45, absolute: 1e-12))
        #expect(isClose(order.cdf(0.9), 0.1, absolute: 1e-12))
        for u in stride(from: 0.0, through: 1, by: 0.05) {
            #expect(isClose(order.quantile(order.cdf(u)), u, absolute: 1e-12))
        }
        let marginal = Marginal.reorderedUniform(order)
        var writer = ModelWriter()
        marginal.encode(to: &writer)
        var reader = ModelReader(bytes: writer.bytes)
        #expect(try Marginal.decode(from: &reader) == marginal)
        #expect(marginal.family == .uniform)
    }

    @Test func guidedOrdersFollowTheMostAssociatedColumn() {
        // Categories 0, 1, 2 (edges by thirds); the second candidate separates them with
        // means 5, −1, 2, the first is noise around 0.
        let codes = (0..<300).map { (Double($0 % 3) + 0.5) / 3 }
        let noise = (0..<300).map { Double(($0 * 7) % 5) - 2 }
        let guide = (0..<300).map { [5.0, -1, 2][$0 % 3] + Double($0 % 2) * 0.1 }
        let edges = [1.0 / 3, 2.0 / 3, 1]

        #expect(
            CategoryOrder.guided(edges: edges, codes: codes, candidates: [noise, guide]) == [
                1, 2, 0,
            ])
        #expect(CategoryOrder.guided(edges: edges, codes: codes, candidates: [noise]) == nil)
        #expect(
            CategoryOrder.guided(edges: [0.5, 1], codes: [0.2, 0.7], candidates: [[1, 2]]) == nil)
        #expect(CategoryOrder.guided(edges: edges, codes: [], candidates: []) == nil)
    }

    @Test func associatedCategoriesKeepTheirNumbers() throws {
        // Frequency order a, b, c, d, e; distances 300, 2500, 800, 1500, 100 (+ up to 40):
        // the categories follow distance in the copula's latent order, so the sample keeps
        // most of the association. Real η² ≈ 0.999; this sample gives 0.72, the frequency order
        // gave 0.014.
        let levels = ["a", "b", "c", "d", "e"]
        let shares = [0, 400, 650, 800, 920, 1_000]
        let distances = [300.0, 2_500, 800, 1_500, 100]
        let level = (0..<1_000).map { row in (0..<5).last { shares[$0] <= row } ?? 0 }
        let table = try Table(columns: [
            Column(name: "dest", categories: CategoryColumn(values: level.map { levels[$0] })),
            Column(
                name: "distance",
                numbers: NumberColumn(
                    values: level.enumerated().map { distances[$1] + Double($0 % 41) })),
        ])
        var synthesizer = try TableSynthesizer(named: "gaussian-copula")
        try synthesizer.fit(table, plan: .inferred(from: table), seed: 2)
        let copula = try #require(synthesizer.model as? GaussianCopula)
        guard case .reorderedUniform(let order) = copula.marginals[0] else {
            Issue.record("dest kept the frequency order: \(copula.marginals[0])")
            return
        }
        #expect(order.order == [4, 0, 2, 3, 1])

        let sample = try synthesizer.sample(rows: 5_000)
        guard case .category(let dest) = try #require(sample["dest"]).data else {
            Issue.record("dest is not categorical")
            return
        }
        let distance = try numbers(sample, "distance").values
        #expect(correlationRatio(dest.codes.map(Int.init), distance) > 0.6)
    }
}

/// The share of `values`' variance that the groups explain (η²).
func correlationRatio(_ groups: [Int], _ values: [Double]) -> Double {
    let mean = values.reduce(0, +) / Double(values.count)
    var sums: [Int: (count: Double, sum: Double)] = [:]
    for (group, value) in zip(groups, values) {
        sums[group, default: (0, 0)].count += 1
        sums[group, default: (0, 0)].sum += value
    }
    let total = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    let between = sums.values.reduce(0) { sum, group in
        sum + group.count * (group.sum / group.count - mean) * (group.sum / group.count - mean)
    }
    return total > 0 ? between / total : 0
}
