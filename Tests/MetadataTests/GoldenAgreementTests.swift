// MetadataTests: detection agrees with the reference's detection on real tables.

import Foundation
import JSONFormat
import Metadata
import Tabular
import Testing
import TestSupport

/// A real table, the golden metadata detected by SDV 2.0, and where we expect to differ.
struct AgreementCase: Sendable, CustomTestStringConvertible {
    /// The dataset's name in `Fixtures/metadata/golden-<name>.json`.
    var name: String
    /// The table we detect from, under `Fixtures/datasets`.
    var dataFile: String
    /// Columns whose sdtype differs from the golden file: column → (golden, ours).
    var expectedDisagreements: [String: [SemanticType]]
    /// The reference's own detection on the same rows, when the golden file saw other rows.
    var sameRowsReference: String?

    var testDescription: String { name }
}

@Suite("Agreement with the reference's detection")
struct GoldenAgreementTests {
    /// The golden files of ames, diamonds and flights come from 2,930 and 20,000 rows, ours from
    /// the first 300, so a count column can hold at most 10 distinct values in these 300 rows
    /// while holding more in the whole table: the ordinal rule (n > 5, whole, at most
    /// min(round(n / 10), 10) distinct values) then says ordinal. The reference says the same
    /// on these 300 rows (`reference-head300-*.json`, checked below), so every expected
    /// disagreement is a row-count effect, not a difference of rules.
    static let cases: [AgreementCase] = [
        AgreementCase(name: "iris", dataFile: "iris.csv", expectedDisagreements: [:]),
        AgreementCase(name: "penguins", dataFile: "penguins.csv", expectedDisagreements: [:]),
        AgreementCase(
            name: "credit",
            dataFile: "credit-head300.csv",
            // Loan terms are multiples of 6 months: 10 distinct values in the first 300 rows.
            expectedDisagreements: ["Time": [.numerical, .ordinal]],
            sameRowsReference: "reference-head300-credit"
        ),
        AgreementCase(
            name: "ames",
            dataFile: "ames-head300.csv",
            expectedDisagreements: [
                "TotRms_AbvGrd": [.numerical, .ordinal],  // 10 room counts in 300 rows
                "Three_season_porch": [.numerical, .ordinal],  // 4 areas, mostly 0
                "Pool_Area": [.numerical, .ordinal],  // only 0 in the first 300 rows
                "Mo_Sold": [.numerical, .ordinal],  // the first 300 sales span 7 months
            ],
            sameRowsReference: "reference-head300-ames"
        ),
        AgreementCase(
            name: "diamonds",
            dataFile: "diamonds-head300.csv",
            expectedDisagreements: [:],
            sameRowsReference: "reference-head300-diamonds"
        ),
        AgreementCase(
            name: "flights",
            dataFile: "flights-head300.csv",
            expectedDisagreements: [
                "month": [.numerical, .ordinal],  // the first 300 flights are all on 1 January
                "day": [.numerical, .ordinal],
                "hour": [.numerical, .ordinal],  // 9 departure hours that morning
            ],
            sameRowsReference: "reference-head300-flights"
        ),
    ]

    static func detect(_ testCase: AgreementCase) throws -> TableMetadata {
        let table = try NaiveCSVLoader.load(Fixtures.url("datasets/\(testCase.dataFile)"))
        return TableMetadata(detectingFrom: table)
    }

    static func reference(_ name: String) throws -> TableMetadata {
        let document = try MetadataDocument(contentsOf: Fixtures.url("metadata/\(name).json"))
        return try #require(document.singleTable)
    }

    @Test("sdtypes agree with the golden files except the listed row-count effects", arguments: cases)
    func sdtypes(testCase: AgreementCase) throws {
        let ours = try Self.detect(testCase)
        let golden = try Self.reference("golden-\(testCase.name)")
        #expect(ours.columnNames == golden.columnNames)
        #expect(ours.primaryKey == golden.primaryKey)

        var disagreements: [String: [SemanticType]] = [:]
        for column in golden.columns {
            let detected = ours[column: column.name]?.sdtype
            if detected != column.sdtype {
                disagreements[column.name] = [column.sdtype, detected ?? .unknown]
            }
        }
        #expect(disagreements == testCase.expectedDisagreements)
    }

    @Test("every key matches the reference on the same rows (ordinal numbers sorted)", arguments: cases)
    func everyKey(testCase: AgreementCase) throws {
        let ours = try Self.detect(testCase)
        var reference = try Self.reference(
            testCase.sameRowsReference ?? "golden-\(testCase.name)"
        )
        for index in reference.columns.indices where reference.columns[index].sdtype == .ordinal {
            reference.columns[index].rangeValues?.sort { ($0.doubleValue ?? 0) < ($1.doubleValue ?? 0) }
        }
        #expect(ours.columnNames == reference.columnNames)
        for (mine, theirs) in zip(ours.columns, reference.columns) {
            #expect(mine == theirs)
        }
        #expect(ours.primaryKey == reference.primaryKey)
    }

    @Test("at least 95% of columns agree: all against the same rows, 122 of 130 overall")
    func overallAgreement() throws {
        var total = 0
        var sameRows = 0
        var golden = 0
        for testCase in Self.cases {
            let ours = try Self.detect(testCase)
            let full = try Self.reference("golden-\(testCase.name)")
            let same = try Self.reference(testCase.sameRowsReference ?? "golden-\(testCase.name)")
            for column in full.columns {
                total += 1
                let detected = ours[column: column.name]?.sdtype
                if detected == column.sdtype { golden += 1 }
                if detected == same[column: column.name]?.sdtype { sameRows += 1 }
            }
        }
        #expect(total == 130)
        #expect(sameRows == 130)
        #expect(golden == 122)
    }
}
