// SynthesizersTests: every column transformer round-trips; generators keep shapes and secrets.

import Foundation
import Linalg
import Metadata
import Tabular
import TestSupport
import Testing

@testable import Synthesizers

@Suite("Transformers")
struct TransformerTests {
    @Test func roundingDigitsFollowTheReferenceExamples() {
        #expect(RoundingDigits.learn(from: [1.25, 2.5, 4.75] as [Double]) == 2)
        #expect(RoundingDigits.learn(from: [1, 2, 3] as [Double]) == 0)
        #expect(RoundingDigits.learn(from: [0.1 + 0.2, 1] as [Double]) == nil)
        #expect(RoundingDigits.learn(from: [123456.789, 1.5] as [Double]) == 3)
        #expect(RoundingDigits.learn(from: [1e-7, 2e-7] as [Double]) == 7)
        #expect(RoundingDigits.learn(from: [] as [Double]) == nil)
    }

    @Test func numericalRoundTripsAndFillsTheMean() {
        let column = NumberColumn(values: [1.5, .nan, 2.5, 4.0], holdsIntegers: false, decimals: 1)
        let transformer = NumericalTransformer(fitting: column, options: TransformOptions())
        #expect(transformer.fill == 8.0 / 3)
        #expect(transformer.missingRate == 0.25)
        #expect(transformer.range == 1.5...4.0)
        #expect(transformer.digits == 1)
        #expect(transformer.transform(column) == [1.5, 8.0 / 3, 2.5, 4.0])

        let noMissing = NumericalTransformer(
            fill: 0, missingRate: 0, range: 1.5...4.0, digits: 1, holdsIntegers: false,
            decimals: 1)
        var random = RandomSource(seed: 1)
        let reversed = noMissing.reverse([1.5, 2.449, 9, -3, 3.04], random: &random)
        #expect(reversed.values == [1.5, 2.4, 4.0, 1.5, 3.0])
    }

    @Test func integerColumnsStayIntegersWithoutRounding() {
        let column = NumberColumn(values: [1, 5, 9], holdsIntegers: true)
        let options = TransformOptions(enforceMinMax: false, enforceRounding: false)
        let transformer = NumericalTransformer(fitting: column, options: options)
        var random = RandomSource(seed: 1)
        let reversed = transformer.reverse([2.6, 11.2, -0.4], random: &random)
        #expect(reversed.values == [3, 11, -0.0])
        #expect(reversed.holdsIntegers)
    }

    @Test func missingValuesComeBackAtTheirRate() {
        let transformer = NumericalTransformer(
            fill: 0, missingRate: 0.3, range: nil, digits: nil, holdsIntegers: false, decimals: 0)
        var random = RandomSource(seed: 9)
        let reversed = transformer.reverse(Array(repeating: 1, count: 10_000), random: &random)
        // Binomial(10,000, 0.3): sd 0.0046; 0.02 is over four sd.
        #expect(abs(Double(reversed.isMissing.count { $0 }) / 10_000 - 0.3) < 0.02)
    }

    @Test func uniformEncoderOrdersByFrequencyAndRoundTrips() throws {
        let column = Column(
            name: "c", categories: CategoryColumn(values: ["b", "a", "b", nil, "c", "b", "a", nil]))
        let encoder = try UniformEncoder(fitting: column, order: nil, ordered: false)
        #expect(encoder.categories == [.text("b"), .text("a"), .missing, .text("c")])
        #expect(encoder.edges == [0.375, 0.625, 0.875, 1])
        var random = RandomSource(seed: 4)
        let values = encoder.transform(column, random: &random)
        #expect(values[0] >= 0 && values[0] <= 0.375)
        #expect(values[3] >= 0.625 && values[3] <= 0.875)
        #expect(encoder.reverse(values, name: "c") == column)
        #expect(encoder.category(at: 0) == .text("b"))
        #expect(encoder.category(at: 1) == .text("c"))
    }

    @Test func booleanColumnsKeepTheirSpelling() throws {
        let spelling = BooleanSpelling(trueText: "yes", falseText: "no")
        let column = Column(
            name: "flag",
            data: .boolean(
                BooleanColumn(
                    values: [true, false, true, false], isMissing: [false, false, false, true],
                    spelling: spelling)))
        let encoder = try UniformEncoder(fitting: column, order: nil, ordered: false)
        var random = RandomSource(seed: 2)
        let reversed = encoder.reverse(encoder.transform(column, random: &random), name: "flag")
        #expect(reversed == column)
    }

    @Test func ordinalSortsNumbersAndGivesAbsentCategoriesTenPercent() throws {
        let column = Column(
            name: "rating", numbers: NumberColumn(values: [5, 2, 3, 1, 2], holdsIntegers: true))
        let sorted = try UniformEncoder(fitting: column, order: nil, ordered: true)
        #expect(sorted.categories == [.number(1), .number(2), .number(3), .number(5)])
        let given = try UniformEncoder(
            fitting: column, order: ["1", "2", "3", "4", "5"], ordered: true)
        let widths = zip(given.edges, [0] + given.edges.dropLast()).map { $0 - $1 }
        // Observed 1/5, 2/5, 1/5, 0, 1/5 scaled by 0.9; the absent "4" gets 0.1.
        #expect(areClose(widths, [0.18, 0.36, 0.18, 0.1, 0.18], absolute: 1e-12))
        #expect(throws: SynthesizerError.self) {
            try UniformEncoder(fitting: column, order: ["1", "2"], ordered: true)
        }
    }

    @Test func datetimesRoundToTheirUnitAndKeepTheFormat() {
        let day = 86_400.0
        let column = DatetimeColumn(
            seconds: [0, 3 * day, 10 * day, .nan], format: DatetimeFormat("%Y-%m-%d"))
        let transformer = DatetimeTransformer(fitting: column, options: TransformOptions())
        #expect(transformer.unit == day)
        #expect(transformer.fill == 13 * day / 3)
        #expect(transformer.transform(column) == [0, 3 * day, 10 * day, 13 * day / 3])
        let exact = DatetimeTransformer(
            fill: 0, missingRate: 0, range: 0...(10 * day), unit: day, format: column.format)
        var random = RandomSource(seed: 3)
        let reversed = exact.reverse([0.4 * day, 2.6 * day, 12 * day], random: &random)
        #expect(reversed.seconds == [0, 3 * day, 10 * day])
        #expect(reversed.format == DatetimeFormat("%Y-%m-%d"))
    }

    @Test func integerIdentifiersAreNewUniqueAndAboveTheRealOnes() throws {
        let column = Column(
            name: "id", numbers: NumberColumn(values: [101, 102, 250, 999], holdsIntegers: true))
        var random = RandomSource(seed: 8)
        let generator = IdentifierGenerator(fitting: column, random: &random)
        var cursor: UInt64 = 0
        let first = generator.generate(count: 3_000, name: "id", cursor: &cursor, random: &random)
        let second = generator.generate(count: 3_000, name: "id", cursor: &cursor, random: &random)
        guard case .number(let a) = first.data, case .number(let b) = second.data else {
            Issue.record("identifiers are not numbers")
            return
        }
        let all = a.values + b.values
        #expect(Set(all).count == 6_000)
        #expect(all.allSatisfy { $0 >= 1_000 && $0.rounded() == $0 })
        #expect(a.holdsIntegers)
    }

    @Test func textIdentifiersFollowThePatternAndNeverCopy() throws {
        let real = (0..<200).map { "U_" + String(format: "%04d", $0 * 7) }
        let column = Column(name: "user", data: .text(TextColumn(values: real)))
        var random = RandomSource(seed: 5)
        let generator = IdentifierGenerator(fitting: column, random: &random)
        #expect(
            generator.shape
                == .pattern([.literal("U"), .literal("_"), .digit, .digit, .digit, .digit]))
        var cursor: UInt64 = 0
        let generated = generator.generate(
            count: 5_000, name: "user", cursor: &cursor, random: &random)
        guard case .text(let text) = generated.data else {
            Issue.record("identifiers are not text")
            return
        }
        #expect(Set(text.values).count == 5_000)
        #expect(Set(text.values).isDisjoint(with: real))
        #expect(
            text.values.allSatisfy {
                $0.hasPrefix("U_") && $0.count == 6 && Int($0.dropFirst(2)) != nil
            })
    }

    @Test(arguments: PersonalKind.allCases)
    func personalValuesArePlausibleAndNeverReal(kind: PersonalKind) throws {
        var random = RandomSource(seed: 11)
        let seed = PersonalGenerator(
            kind: kind, excluded: [], missingRate: 0, isUnique: false, storage: .text)
        var cursor: UInt64 = 0
        let realColumn = seed.generate(count: 50, name: "p", cursor: &cursor, random: &random)
        guard case .text(let realText) = realColumn.data else { return }
        let generator = PersonalGenerator(fitting: realColumn, kind: kind, isUnique: true)
        let generated = generator.generate(count: 500, name: "p", cursor: &cursor, random: &random)
        guard case .text(let text) = generated.data else {
            Issue.record("personal values are not text")
            return
        }
        #expect(Set(text.values).isDisjoint(with: realText.values))
        #expect(Set(text.values).count == 500)
        #expect(text.values.allSatisfy { !$0.isEmpty })
        if kind == .email {
            #expect(
                text.values.allSatisfy { $0.contains("@example.") || $0.hasSuffix("@mail.example") }
            )
        }
    }
}
