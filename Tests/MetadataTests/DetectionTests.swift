// MetadataTests: detection on small tables built by hand.

import JSONFormat
import Metadata
import Tabular
import Testing

/// A number column from values; `nil` is missing.
func numbers(_ name: String, _ values: [Double?], integers: Bool = true) -> Column {
    Column(
        name: name,
        numbers: NumberColumn(
            values: values.map { $0 ?? .nan },
            isMissing: values.map { $0 == nil },
            holdsIntegers: integers
        )
    )
}

/// A category column from values; `nil` is missing.
func categories(_ name: String, _ values: [String?]) -> Column {
    Column(name: name, categories: CategoryColumn(values: values))
}

/// The metadata detected from the given columns.
func detect(_ columns: [Column]) throws -> TableMetadata {
    TableMetadata(detectingFrom: try Table(columns: columns))
}

@Suite("Detection")
struct DetectionTests {
    @Test("unique whole non-negative numbers become the primary key with sdtype id")
    func userID() throws {
        let metadata = try detect([
            numbers("user_id", (1...8).map(Double.init)),
            numbers("visits", [3, 1, 4, 1, 5, 9, 2, 6]),
        ])
        #expect(metadata.primaryKey == ["user_id"])
        #expect(metadata.columns[0] == ColumnMetadata(name: "user_id", sdtype: .id))
    }

    @Test("a 1..5 rating over 200 rows is ordinal with its values sorted")
    func rating() throws {
        let values = (0..<200).map { Double([4, 1, 3, 5, 2][($0 * 7) % 5]) }
        let column = try detect([numbers("rating", values)]).columns[0]
        #expect(
            column
                == ColumnMetadata(
                    name: "rating",
                    sdtype: .ordinal,
                    rangeIsNullable: false,
                    rangeValues: [1, 2, 3, 4, 5],
                    highCardinality: false
                )
        )
    }

    @Test("Booleans are categorical with their values in order of appearance")
    func booleans() throws {
        let flags = BooleanColumn(
            values: [false, true, true, false],
            isMissing: [false, false, true, false]
        )
        let column = try detect([Column(name: "active", data: .boolean(flags))]).columns[0]
        #expect(column.sdtype == .categorical)
        #expect(column.rangeValues == [false, true])
        #expect(column.rangeIsNullable == true)
        #expect(column.highCardinality == false)
    }

    @Test("names imply personal information: email, city")
    func personalInformation() throws {
        let metadata = try detect([
            categories("email", ["a@x.org", "b@x.org", "a@x.org"]),
            categories("City", ["Oslo", "Lima", "Oslo"]),
        ])
        #expect(
            metadata.columns == [
                ColumnMetadata(name: "email", sdtype: .email, rangeIsNullable: false, pii: true),
                ColumnMetadata(name: "City", sdtype: .city, rangeIsNullable: false, pii: true),
            ]
        )
        #expect(metadata.primaryKey.isEmpty)
    }

    @Test("a unique PII column is the key only when no other candidate exists")
    func piiKey() throws {
        let emails = (0..<10).map { "u\($0)@x.org" }
        let alone = try detect([categories("email", emails), numbers("n", Array(repeating: 1, count: 10))])
        #expect(alone.primaryKey == ["email"])
        #expect(alone.columns[0] == ColumnMetadata(name: "email", sdtype: .email, pii: true))

        let codes = (0..<10).map { "c\($0)" }
        let both = try detect([categories("email", emails), categories("code", codes)])
        #expect(both.primaryKey == ["code"])
        #expect(both.columns[1] == ColumnMetadata(name: "code", sdtype: .id))
        #expect(both.columns[0].sdtype == .email)
        #expect(both.columns[0].rangeIsNullable == false)
    }

    @Test("names: city_state is decided by the fixed rule order, custId is an id")
    func nameRules() throws {
        let metadata = try detect([
            categories("city_state", ["a", "b", "a"]),
            categories("custId", ["1", "2", "2"]),
            numbers("emailed_count", [1, 2, 3]),
        ])
        #expect(metadata.columns.map(\.sdtype) == [.administrativeUnit, .id, .numerical])
        #expect(metadata.columns[1].pii == nil)
        #expect(metadata.columns[1].rangeIsNullable == false)
        #expect(metadata.primaryKey.isEmpty)
    }

    @Test("floats with missing values are numerical with 15 decimal places")
    func floatsWithMissing() throws {
        let column = try detect([
            numbers("x", [0.1 + 0.2, 1.5, nil, 2.25, 7.0, 1.0 / 3.0], integers: false)
        ]).columns[0]
        #expect(
            column
                == ColumnMetadata(
                    name: "x",
                    sdtype: .numerical,
                    rangeMin: .number(0.1 + 0.2),
                    rangeMax: .number(7),
                    rangeIsNullable: true,
                    decimalPlaces: 15
                )
        )
    }

    @Test("integer bounds stay integers unless a value is missing")
    func boundTypes() throws {
        let whole = (0..<20).map { Double($0 * 3) }
        let metadata = try detect([
            numbers("a", whole + [3]),
            numbers("b", whole + [nil]),
            numbers("c", whole.map { $0 + 0.25 } + [1], integers: false),
        ])
        #expect(metadata.columns[0].rangeMin == .integer(0))
        #expect(metadata.columns[0].rangeMax == .integer(57))
        #expect(metadata.columns[0].decimalPlaces == 0)
        #expect(metadata.columns[1].rangeMax == .number(57))
        #expect(metadata.columns[2].rangeMax == .number(57.25))
        #expect(metadata.columns[2].decimalPlaces == 2)
    }

    @Test("no rows, one row and two rows")
    func tinyTables() throws {
        let empty = try detect([numbers("x", []), categories("s", [])])
        #expect(empty.columns.map(\.sdtype) == [.numerical, .categorical])
        #expect(empty.columns[0] == ColumnMetadata(
            name: "x", sdtype: .numerical, rangeIsNullable: false, decimalPlaces: 15
        ))
        #expect(empty.columns[1] == ColumnMetadata(
            name: "s", sdtype: .categorical, rangeIsNullable: false, highCardinality: false
        ))
        #expect(empty.primaryKey.isEmpty)

        let one = try detect([numbers("x", [4]), categories("s", ["a"])])
        #expect(one.columns[0].rangeMin == .integer(4))
        #expect(one.columns[1].rangeValues == ["a"])
        #expect(one.primaryKey.isEmpty)

        let two = try detect([numbers("x", [4, 2]), numbers("row_id", [0, 1])])
        #expect(two.columns[0].sdtype == .numerical)
        #expect(two.primaryKey == ["row_id"])
        #expect(TableMetadata(detectingFrom: .empty).columns.isEmpty)
    }

    @Test("an all-missing column records only that values are missing")
    func allMissing() throws {
        let metadata = try detect([
            numbers("x", Array(repeating: nil, count: 8)),
            categories("s", Array(repeating: nil, count: 8)),
        ])
        #expect(metadata.columns == [
            ColumnMetadata(name: "x", sdtype: .numerical, rangeIsNullable: true, decimalPlaces: 15),
            ColumnMetadata(
                name: "s", sdtype: .categorical, rangeIsNullable: true, highCardinality: false
            ),
        ])
    }

    @Test("a constant column over many rows is a one-value ordinal or category")
    func constant() throws {
        let metadata = try detect([
            numbers("year", Array(repeating: 2013, count: 50)),
            categories("k", Array(repeating: "same", count: 50)),
        ])
        #expect(metadata.columns[0].sdtype == .ordinal)
        #expect(metadata.columns[0].rangeValues == [2013])
        #expect(metadata.columns[1].rangeValues == ["same"])
    }

    @Test("Unicode column names are kept and matched by their letters")
    func unicodeNames() throws {
        let metadata = try detect([
            categories("Ville_été", ["a", "b", "a"]),
            categories("Straße City", ["x", "y", "x"]),
            numbers("数量", [1.5, 2, 3], integers: false),
        ])
        #expect(metadata.columnNames == ["Ville_été", "Straße City", "数量"])
        #expect(metadata.columns.map(\.sdtype) == [.categorical, .city, .numerical])
        #expect(metadata.columns[2].decimalPlaces == 1)
    }

    @Test("the ordinal threshold: n > 5, whole, at most min(round-half-even(n / 10), 10)")
    func ordinalThreshold() throws {
        func sdtype(rows: Int, distinct: Int) throws -> SemanticType {
            let values = (0..<rows).map { Double($0 % distinct) }
            return try detect([numbers("v", values)]).columns[0].sdtype
        }
        #expect(try sdtype(rows: 5, distinct: 1) == .numerical)
        #expect(try sdtype(rows: 6, distinct: 1) == .ordinal)
        #expect(try sdtype(rows: 25, distinct: 2) == .ordinal)  // round(2.5) = 2
        #expect(try sdtype(rows: 25, distinct: 3) == .numerical)
        #expect(try sdtype(rows: 35, distinct: 4) == .ordinal)  // round(3.5) = 4
        #expect(try sdtype(rows: 35, distinct: 5) == .numerical)
        #expect(try sdtype(rows: 1000, distinct: 10) == .ordinal)
        #expect(try sdtype(rows: 1000, distinct: 11) == .numerical)
        let halves = (0..<100).map { Double($0 % 3) + 0.5 }
        #expect(try detect([numbers("h", halves, integers: false)]).columns[0].sdtype == .numerical)
    }

    @Test("categories: first-appearance order below 500 values, high cardinality from 500")
    func cardinality() throws {
        let few = try detect([categories("c", ["b", nil, "a", "b", "c"])]).columns[0]
        #expect(few.rangeValues == ["b", "a", "c"])
        #expect(few.rangeIsNullable == true)

        let many = (0..<1000).map { "v\($0 % 500)" }
        let wide = try detect([categories("c", many)]).columns[0]
        #expect(wide.highCardinality == true)
        #expect(wide.rangeValues == nil)
        let text = TextColumn(values: (0..<1000).map { "v\($0 % 499)" })
        let below = try detect([Column(name: "t", data: .text(text))]).columns[0]
        #expect(below.rangeValues?.count == 499)
        #expect(below.rangeValues?.first == "v0")
    }

    @Test("datetime columns keep their format; bounds are written in it")
    func datetimes() throws {
        let seconds: [Double] = [1_356_998_400, 1_388_534_400 + 7_200, .nan, 1_357_002_000]
        let column = DatetimeColumn(seconds: seconds, format: DatetimeFormat("%Y-%m-%dT%H:%M:%S%z"))
        let detected = try detect([Column(name: "time_hour", data: .datetime(column))]).columns[0]
        #expect(
            detected
                == ColumnMetadata(
                    name: "time_hour",
                    sdtype: .datetime,
                    rangeMin: "2013-01-01T00:00:00+0000",
                    rangeMax: "2014-01-01T02:00:00+0000",
                    rangeIsNullable: true,
                    datetimeFormat: "%Y-%m-%dT%H:%M:%S%z"
                )
        )
        let days = DatetimeColumn(seconds: [951_782_400, -86_400], format: DatetimeFormat("%d/%m/%Y %j %b %A"))
        let other = try detect([Column(name: "d", data: .datetime(days))]).columns[0]
        #expect(other.rangeMin == "31/12/1969 365 Dec Wednesday")
        #expect(other.rangeMax == "29/02/2000 060 Feb Tuesday")
    }

    @Test("detected metadata is valid and round-trips through JSON")
    func detectedRoundTrip() throws {
        let table = try Table(columns: [
            numbers("id", (0..<10).map(Double.init)),
            numbers("x", [1.5, nil, 2, 3, 4, 5, 6, 7, 8, 9], integers: false),
            categories("c", ["a", "b", "a", "b", "a", "b", "a", "b", "a", nil]),
        ])
        let document = MetadataDocument(detectingFrom: table, tableName: "t")
        #expect(document.validationProblems().isEmpty)
        let again = try MetadataDocument(parsing: Array(document.jsonText().utf8))
        #expect(again == document)
    }
}
