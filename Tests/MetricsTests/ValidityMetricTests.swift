// MetricsTests: BoundaryAdherence, CategoryAdherence, KeyUniqueness, TableStructure.

import Metrics
import Tabular
import TestSupport
import Testing

@Suite("Validity metrics")
struct ValidityMetricTests {
    @Test("BoundaryAdherence reference vector: 1…5 against 2…6 and a missing value is 4/6")
    func boundary() throws {
        // The real column has no missing value, so the synthetic NaN counts as outside.
        let score = try BoundaryAdherence.score(
            real: numbers("x", [1, 2, 3, 4, 5]), synthetic: numbers("x", [2, 3, 4, 5, 6, .nan]))
        #expect(isClose(score, 4.0 / 6))
    }

    @Test("BoundaryAdherence drops synthetic missing values when the real column has some")
    func boundaryNullable() {
        #expect(BoundaryAdherence.score(real: [1, .nan, 5], synthetic: [2, 6, .nan]) == 0.5)
        #expect(BoundaryAdherence.score(real: [1, .nan], synthetic: [.nan]).isNaN)
        #expect(BoundaryAdherence.score(real: [1, 5], synthetic: [1, 5]) == 1)
    }

    @Test("Declared bounds and nullability replace the real column's")
    func declaredBounds() throws {
        let synthetic = [0.0, 2, 4, 6, .nan]
        #expect(
            BoundaryAdherence.score(
                real: [1, 5], synthetic: synthetic, declared: DeclaredRange(minimum: 0)) == 0.6)
        #expect(
            BoundaryAdherence.score(
                real: [1, 5], synthetic: synthetic,
                declared: DeclaredRange(maximum: 6, allowsMissing: true)) == 0.75)
        // Datetime bounds are declared in seconds; one day is 86,400 s.
        let score = try BoundaryAdherence.score(
            real: instants("t", [0, 86_400]), synthetic: instants("t", [0, 172_800]),
            declared: DeclaredRange(maximum: 172_800))
        #expect(score == 1)
    }

    @Test("Declared categories replace the real ones; numbers compare as their text")
    func declaredCategories() {
        let declared = DeclaredRange(values: ["2013", "b"], allowsMissing: true)
        #expect(
            CategoryAdherence.score(
                real: numbers("y", [2012]), synthetic: numbers("y", [2013, 2012, .nan, 2013.5]),
                declared: declared) == 0.5)
    }

    @Test("CategoryAdherence reference vector: aabbc against aaabd is 0.8")
    func category() {
        #expect(
            CategoryAdherence.score(real: letters("c", "aabbc"), synthetic: letters("c", "aaabd"))
                == 0.8)
    }

    @Test("CategoryAdherence accepts missing values only when the real column has some")
    func categoryNullable() {
        let synthetic = categories("c", ["a", nil, "z", "a"])
        #expect(CategoryAdherence.score(real: categories("c", ["a"]), synthetic: synthetic) == 0.5)
        #expect(
            CategoryAdherence.score(real: categories("c", ["a", nil]), synthetic: synthetic)
                == 0.75)
    }

    @Test("KeyUniqueness reference vector: [1, 1, 2, missing] is 0.5")
    func keyUniqueness() {
        #expect(KeyUniqueness.score(synthetic: [numbers("id", [1, 1, 2, .nan])]) == 0.5)
        #expect(KeyUniqueness.score(synthetic: [numbers("id", [3, 1, 2])]) == 1)
        #expect(KeyUniqueness.score(synthetic: [numbers("id", [])]).isNaN)
    }

    @Test("KeyUniqueness on a composite key compares tuples; all-missing rows are invalid")
    func compositeKey() {
        let first = categories("a", ["x", "x", "y", nil, nil])
        let second = numbers("b", [1, 2, 1, .nan, 3])
        // (x,1) (x,2) (y,1) are unique, (nil,nil) is all missing, (nil,3) is fine.
        #expect(isClose(KeyUniqueness.score(synthetic: [first, second]), 0.8))
    }

    @Test("TableStructure compares names and pandas-like types")
    func tableStructure() throws {
        let real = try table(numbers("n", [1, 2], integers: true), letters("c", "ab"))
        let sameTypes = try table(numbers("n", [3, 4], integers: true), letters("c", "zz"))
        #expect(TableStructure.score(real: real, synthetic: sameTypes) == 1)

        // An integer column that gains a missing value becomes float64, as in pandas:
        // {(n,int64),(c,object)} vs {(n,float64),(c,object)}: 1 shared of 3.
        let gainedMissing = try table(numbers("n", [3, .nan], integers: true), letters("c", "zz"))
        #expect(isClose(TableStructure.score(real: real, synthetic: gainedMissing), 1.0 / 3))
        #expect(TableStructure.dtype(numbers("n", [1.5])) == "float64")
    }
}

@Suite("RegexFormatAdherence and keys in the Diagnostic Report")
struct RegexAndKeyTests {
    @Test("Whole-value matches; missing values adhere; alternation backtracks as fullmatch")
    func regex() throws {
        let ids = categories("id", ["AB-12", "AB-1", nil, "xAB-12"])
        #expect(try RegexFormatAdherence.score(synthetic: ids, pattern: "AB-[0-9]{2}") == 0.5)
        #expect(
            try RegexFormatAdherence.score(synthetic: letters("s", "ab"), pattern: "a|ab") == 0.5)
        let numbers = numbers("n", [12, 345], integers: true)
        #expect(try RegexFormatAdherence.score(synthetic: numbers, pattern: "[0-9]{2}") == 0.5)
        #expect(throws: MetricsError.self) {
            try RegexFormatAdherence.score(synthetic: ids, pattern: "(")
        }
    }

    @Test("Id columns: key uniqueness for keys, regex rows when a pattern is declared")
    func diagnosticRows() throws {
        let real = try table(
            categories("id", ["A1", "A2", "A3"]), categories("alt", ["x", "y", "z"]),
            categories("free", ["p", "q", "r"]))
        let synthetic = try table(
            categories("id", ["A1", "A1", "B3"]), categories("alt", ["x", "y", "y"]),
            categories("free", ["p", "p", "p"]))
        let schema = EvaluationSchema(
            columns: [
                EvaluatedColumn(name: "id", type: .id, regexFormat: "A[0-9]"),
                EvaluatedColumn(name: "alt", type: .id),
                EvaluatedColumn(name: "free", type: .id),
            ],
            primaryKey: ["id"], alternateKeys: ["alt"])
        let report = try DiagnosticReport(real: real, synthetic: synthetic, schema: schema)
        #expect(
            report.dataValidity.map(\.metric) == [
                .keyUniqueness, .regexFormatAdherence, .keyUniqueness,
            ])
        let scores = report.dataValidity.map(\.score)
        #expect(areClose(scores, [2.0 / 3, 2.0 / 3, 2.0 / 3]))
        // Structure: same names and types, so 1; overall mean of 2/3 and 1.
        #expect(isClose(report.score, (2.0 / 3 + 1) / 2))
    }
}
