// MetricsTests: the evaluation schema built from the Metadata module's table metadata.

import Foundation
import Metadata
import Metrics
import Testing

@Suite("EvaluationSchema from metadata")
struct SchemaBridgeTests {
    func schema(_ name: String) throws -> EvaluationSchema {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(
                "Fixtures/golden/\(name)/metadata.json")
        return EvaluationSchema(try #require(MetadataDocument(contentsOf: url).singleTable))
    }

    @Test("Flights: ordinal year is categorical, datetime bounds read with the format")
    func flights() throws {
        let flights = try schema("flights")
        #expect(flights.columns.count == 19 && flights.primaryKey.isEmpty)
        let year = try #require(flights.columns.first)
        #expect(year.name == "year" && year.type == .categorical)
        #expect(year.declaredRange?.values == ["2013"])
        #expect(year.declaredRange?.allowsMissing == false)

        let time = try #require(flights.columns.last)
        #expect(time.type == .datetime && time.datetimeFormat == "%Y-%m-%dT%H:%M:%S%z")
        // 2013-01-01T11:00:00+0000 is 15,706 days and 11 hours after the epoch.
        #expect(time.declaredRange?.minimum == Double(15_706 * 86_400 + 11 * 3_600))
        let delay = try #require(flights.columns.first { $0.name == "dep_delay" })
        #expect(delay.declaredRange?.minimum == -30 && delay.declaredRange?.allowsMissing == true)
    }

    @Test("Ames: latitude and longitude are personal data, skipped by the reports")
    func ames() throws {
        let ames = try schema("ames")
        let roles = Dictionary(uniqueKeysWithValues: ames.columns.map { ($0.name, $0.type) })
        #expect(roles["Longitude"] == .other && roles["Latitude"] == .other)
        #expect(roles["Year_Sold"] == .categorical && roles["Lot_Area"] == .numerical)
        #expect(ames.columns.filter { $0.type == .other }.count == 2)
    }

    @Test("Sdtypes fold into report roles")
    func roles() {
        #expect(EvaluatedColumnType(SemanticType.ordinal) == .categorical)
        #expect(EvaluatedColumnType(SemanticType.boolean) == .boolean)
        #expect(EvaluatedColumnType(SemanticType.id) == .id)
        #expect(EvaluatedColumnType(SemanticType.email) == .other)
        #expect(EvaluatedColumnType(SemanticType.unknown) == .other)
    }
}
