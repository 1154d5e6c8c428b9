// MetadataTests: reading and writing the reference's metadata files.

import Foundation
import JSONFormat
import Metadata
import Testing
import TestSupport

@Suite("Metadata JSON")
struct MetadataJSONTests {
    static let fixtureNames = [
        "golden-iris", "golden-penguins", "golden-credit", "golden-ames", "golden-diamonds",
        "golden-flights", "reference-v2-one-table", "reference-v2-two-tables",
        "legacy-single-table-v1", "legacy-multi-table-v1", "reference-head300-flights",
    ]

    static func load(_ name: String) throws -> MetadataDocument {
        try MetadataDocument(contentsOf: Fixtures.url("metadata/\(name).json"))
    }

    static func rawJSON(_ name: String) throws -> JSONValue {
        try JSONValue(parsing: Data(contentsOf: Fixtures.url("metadata/\(name).json")))
    }

    @Test("read, write, read again gives the same metadata", arguments: fixtureNames)
    func roundTrip(name: String) throws {
        let document = try Self.load(name)
        let again = try MetadataDocument(parsing: Array(document.jsonText().utf8))
        #expect(again.tables == document.tables)
        #expect(again.relationships == document.relationships)
        #expect(again.sourceVersion == .v2)

        if document.tables.count == 1 {
            let legacy = document.jsonText(format: .singleTableV1)
            let fromLegacy = try MetadataDocument(
                parsing: Array(legacy.utf8),
                defaultTableName: document.tables[0].name
            )
            #expect(fromLegacy.tables == document.tables)
            #expect(fromLegacy.sourceVersion == .singleTableV1)
        }
    }

    @Test(
        "written files hold exactly the reference's structure",
        arguments: ["reference-v2-one-table", "reference-v2-two-tables"]
    )
    func writtenV2MatchesReference(name: String) throws {
        let written = try JSONValue(parsing: Self.load(name).jsonText())
        #expect(sortingKeys(written) == sortingKeys(try Self.rawJSON(name)))
    }

    @Test(
        "golden single-table files are written back as they were",
        arguments: ["golden-iris", "golden-penguins", "golden-ames", "golden-flights"]
    )
    func goldenWrittenBack(name: String) throws {
        let written = try JSONValue(parsing: Self.load(name).jsonText(format: .singleTableV1))
        #expect(sortingKeys(written) == sortingKeys(try Self.rawJSON(name)))
    }

    @Test("golden files in SINGLE_TABLE_V1 with range keys load with typed values")
    func goldenValues() throws {
        let iris = try #require(try Self.load("golden-iris").singleTable)
        #expect(iris.name == "table")
        #expect(iris.columnNames == [
            "Sepal.Length", "Sepal.Width", "Petal.Length", "Petal.Width", "Species",
        ])
        let sepal = try #require(iris[column: "Sepal.Length"])
        #expect(sepal.sdtype == .numerical)
        #expect(sepal.rangeMin == .number(4.3))
        #expect(sepal.rangeMax == .number(7.9))
        #expect(sepal.decimalPlaces == 1)
        #expect(sepal.rangeIsNullable == false)
        #expect(iris[column: "Species"]?.rangeValues == ["setosa", "versicolor", "virginica"])

        let penguins = try #require(try Self.load("golden-penguins").singleTable)
        #expect(penguins[column: "year"]?.sdtype == .ordinal)
        #expect(penguins[column: "year"]?.rangeValues == [2007, 2008, 2009])
        #expect(penguins[column: "body_mass_g"]?.rangeMin == .number(2700))

        let flights = try #require(try Self.load("golden-flights").singleTable)
        let timeHour = try #require(flights[column: "time_hour"])
        #expect(timeHour.datetimeFormat == "%Y-%m-%dT%H:%M:%S%z")
        #expect(timeHour.rangeMin == "2013-01-01T11:00:00+0000")
        #expect(flights[column: "tailnum"]?.highCardinality == true)
        #expect(flights[column: "flight"]?.rangeMax == .integer(6181))

        let ames = try #require(try Self.load("golden-ames").singleTable)
        #expect(ames[column: "Latitude"]?.sdtype == .latitude)
        #expect(ames[column: "Latitude"]?.pii == true)
    }

    @Test("a V2 file with two tables and a relationship")
    func twoTables() throws {
        let document = try Self.load("reference-v2-two-tables")
        #expect(document.sourceVersion == .v2)
        #expect(document.tables.map(\.name) == ["users", "orders"])
        let users = try #require(document.table(named: "users"))
        #expect(users.primaryKey == ["user_id"])
        #expect(users.primaryKeyColumn == "user_id")
        #expect(users[column: "rating"]?.rangeValues == [2, 3, 5, 1, 4])
        #expect(users[column: "date"]?.rangeMax == "2020-07-18")
        #expect(users[column: "email"]?.pii == true)
        #expect(
            document.relationships == [
                TableRelationship(
                    parentTableName: "users",
                    childTableName: "orders",
                    parentPrimaryKey: ["user_id"],
                    childForeignKey: ["user_id"]
                )
            ]
        )
    }

    @Test("empty table-level keys are left out and columns come first, as the reference writes")
    func tableKeyOrder() throws {
        let table = TableMetadata(
            name: "t",
            columns: [ColumnMetadata(name: "k", sdtype: .id)],
            primaryKey: ["k"]
        )
        let text = MetadataDocument(table: table).jsonValue().serialized()
        #expect(
            text == #"{"tables":{"t":{"columns":{"k":{"sdtype":"id"}},"primary_key":"k"}},"#
                + #""relationships":[],"METADATA_SPEC_VERSION":"V2"}"#
        )
    }
}

/// The value with every object's keys sorted, to compare structures whose key order differs.
func sortingKeys(_ value: JSONValue) -> JSONValue {
    switch value {
    case .array(let elements):
        return .array(elements.map(sortingKeys))
    case .object(let object):
        let sorted = object.members.sorted { $0.key < $1.key }
        return .object(JSONObject(sorted.map { ($0.key, sortingKeys($0.value)) }))
    default:
        return value
    }
}
