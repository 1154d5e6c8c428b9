// SynthesizersTests: the deep synthesizers learn: losses fall, conditions are obeyed.

import Linalg
import Tabular
import Testing

@testable import Synthesizers

@Suite("Deep synthesizers learn")
struct DeepLearningTests {
    /// 600 rows: a category a/b/c with shares 0.6/0.3/0.1 and a number around 0, 10 or 20
    /// by category.
    static func toyTable() throws -> Table {
        var random = RandomSource(seed: 11)
        var labels: [String] = []
        var values: [Double] = []
        for row in 0..<600 {
            let index = row < 360 ? 0 : (row < 540 ? 1 : 2)
            labels.append(["a", "b", "c"][index])
            values.append(Double(index) * 10 + random.standardNormal())
        }
        return try Table(columns: [
            Column(name: "group", categories: CategoryColumn(values: labels)),
            Column(name: "value", numbers: NumberColumn(values: values, decimals: 3)),
        ])
    }

    @Test func tvaeLossFallsOverTraining() throws {
        let table = try Self.toyTable()
        var synthesizer = try TableSynthesizer(
            named: "tvae", settings: [("epochs", "40"), ("batch_size", "100")])
        try synthesizer.fit(table, plan: .inferred(from: table), seed: 1)

        let losses = synthesizer.model.trainingHistory.map { $0.losses[0].value }
        let early = losses.prefix(5).reduce(0, +) / 5
        let late = losses.suffix(5).reduce(0, +) / 5
        #expect(late < early - 1)
    }

    @Test func ctganLearnsTheCategoriesAndTheirNumbers() throws {
        let table = try Self.toyTable()
        var synthesizer = try TableSynthesizer(
            named: "ctgan",
            settings: [
                ("epochs", "40"), ("batch_size", "50"), ("generator_dim", "64,64"),
                ("discriminator_dim", "64,64"), ("embedding_dim", "32"),
                ("generator_lr", "2e-3"), ("discriminator_lr", "2e-3"),
            ])
        try synthesizer.fit(table, plan: .inferred(from: table), seed: 1)
        let sample = try synthesizer.sample(rows: 1_000)

        guard case .category(let groups) = try #require(sample["group"]).data,
            case .number(let values) = try #require(sample["value"]).data
        else {
            Issue.record("the sample lost its column kinds")
            return
        }
        // Generation conditions follow the training shares; the generator learns to obey
        // them through the conditional loss, so the shares land near 0.6 / 0.3 / 0.1.
        let shares = ["a", "b", "c"].map { level -> Double in
            guard let code = groups.levels.firstIndex(of: level) else { return 0 }
            return Double(groups.codes.count { $0 == Int32(code) }) / 1_000
        }
        #expect(abs(shares[0] - 0.6) < 0.12 && abs(shares[1] - 0.3) < 0.12)
        // Group a's numbers sit near 0, far below group c's near 20.
        let means = ["a", "c"].map { level -> Double in
            guard let code = groups.levels.firstIndex(of: level) else { return .nan }
            let picked = groups.codes.indices.filter { groups.codes[$0] == Int32(code) }
            return picked.reduce(0) { $0 + values.values[$1] } / Double(max(picked.count, 1))
        }
        #expect(means[0] < 8 && means[1] > 12)
    }
}
