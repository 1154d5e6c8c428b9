// MetadataTests: detection on the whole golden tables agrees with the reference on every column.

import Foundation
import Metadata
import Tabular
import TestSupport
import Testing

@Suite("Agreement with the reference on the whole golden tables")
struct FullTableAgreementTests {
    /// The six golden tables: the shared datasets, at most 20,000 rows each, whose metadata
    /// SDV 2.0 detected (`Fixtures/golden/<name>/metadata.json`).
    static let names = ["iris", "penguins", "credit", "ames", "diamonds", "flights"]

    @Test("every column's sdtype equals the reference's", arguments: names)
    func sdtypesAgree(name: String) throws {
        let folder = Fixtures.url("golden/\(name)")
        let table = try CSVReader().read(contentsOf: folder.appendingPathComponent("real.csv"))
        let reference = try #require(
            try MetadataDocument(contentsOf: folder.appendingPathComponent("metadata.json"))
                .singleTable)

        let detected = TableMetadata(detectingFrom: table, name: name)

        #expect(detected.columnNames == reference.columnNames)
        for (ours, theirs) in zip(detected.columns, reference.columns) {
            #expect(ours.sdtype == theirs.sdtype, "column \(ours.name)")
        }
        #expect(detected.primaryKey == reference.primaryKey)
    }

    @Test("numeric ordinal values are sorted where the reference keeps first appearance")
    func ordinalValuesSorted() throws {
        let folder = Fixtures.url("golden/ames")
        let table = try CSVReader().read(contentsOf: folder.appendingPathComponent("real.csv"))

        let detected = TableMetadata(detectingFrom: table, name: "ames")

        let yearSold = try #require(detected.columns.first { $0.name == "Year_Sold" })
        let years = try #require(yearSold.rangeValues).compactMap(\.doubleValue)
        #expect(years == [2006, 2007, 2008, 2009, 2010])
    }
}
