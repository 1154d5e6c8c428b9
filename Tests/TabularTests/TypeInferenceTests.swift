// TabularTests: which kind each column is read as, on small cases and on the fixture datasets.

import Foundation
import TestSupport
import Testing

@testable import Tabular

@Suite("Type inference")
struct TypeInferenceTests {
    @Test func integersAndDecimals() throws {
        let table = try readCSV("i,d,e,m\n1,1.5,1e3,7\n-2,2.25,2.5E-2,\n+3,3,-inf,9\n")
        let integers = try #require(table.numbers("i"))
        #expect(integers.values == [1, -2, 3])
        #expect(integers.holdsIntegers && integers.decimals == 0)
        let decimals = try #require(table.numbers("d"))
        #expect(decimals.values == [1.5, 2.25, 3])
        #expect(!decimals.holdsIntegers && decimals.decimals == 2)
        let exponents = try #require(table.numbers("e"))
        #expect(exponents.values == [1000, 0.025, -.infinity])
        #expect(!exponents.holdsIntegers && exponents.decimals == 3)
        let missing = try #require(table.numbers("m"))
        #expect(missing.holdsIntegers && missing.isMissing == [false, true, false])
    }

    @Test func booleansAreTrueAndFalseInAnyCaseOnly() throws {
        let table = try readCSV("b,yn,yes,bits\nTRUE,Y,yes,0\nfalse,N,no,1\nTrue,Y,,1\n,N,no,0\n")
        let booleans = try #require(table.booleans("b"))
        #expect(booleans.values == [true, false, true, false])
        #expect(booleans.isMissing == [false, false, false, true])
        #expect(booleans.spelling == BooleanSpelling(trueText: "TRUE", falseText: "false"))
        #expect(table.kinds == [.boolean, .category, .category, .number])
    }

    @Test func aBooleanSpellingIsCompletedInTheSameCase() throws {
        #expect(try readCSV("b\nTRUE\n").booleans("b")?.spelling.falseText == "FALSE")
        #expect(try readCSV("b\nFalse\n").booleans("b")?.spelling.trueText == "True")
        #expect(try readCSV("b\nfalse\n").booleans("b")?.spelling.trueText == "true")
    }

    @Test func datetimesNeedEveryValueToParse() throws {
        let table = try readCSV("d,mixed\n2013-01-02,2013-01-02\n2013-01-03,soon\n,2013-01-04\n")
        let dates = try #require(table.datetimes("d"))
        #expect(dates.format == DatetimeFormat("%Y-%m-%d"))
        #expect(dates.isMissing == [false, false, true])
        #expect(dates.seconds.prefix(2) == [1_357_084_800, 1_357_171_200])
        #expect(table["mixed"]?.kind == .category)
    }

    @Test func stringColumnsAreCategoriesUnlessNearlyAllDistinct() throws {
        let ids = (1...30).map { "id\($0)" }
        let text = "id,group\n" + ids.map { "\($0),g\($0.count % 2)" }.joined(separator: "\n")
        let table = try readCSV(text)
        #expect(table.texts("id")?.values == ids)
        #expect(table.categories("group")?.levels == ["g1", "g0"])

        let few = try readCSV("id\na\nb\nc\n")
        #expect(few.categories("id")?.levels == ["a", "b", "c"])
    }

    @Test func theTextRuleCanBeTuned() throws {
        let options = CSVReadOptions(textDistinctShare: 0.2, textMinimumRows: 2)
        let table = try readCSV("x\na\nb\na\n", options: options)
        #expect(table["x"]?.kind == .text)
    }

    @Test func anAllMissingColumnIsMissingNumbers() throws {
        let table = try readCSV("a,b\n,1\nNA,2\n")
        let empty = try #require(table.numbers("a"))
        #expect(empty.isMissing == [true, true])
        let allNaN = empty.values.allSatisfy { $0.isNaN }
        #expect(allNaN)
        #expect(!empty.holdsIntegers)
    }

    @Test func aNumberColumnThatMeetsTextKeepsTheOriginalSpelling() throws {
        let table = try readCSV("code,n\n007,1\n2.50,2\n,3\nA1,4\n007,5\n")
        let codes = try #require(table.categories("code"))
        #expect(codes.levels == ["007", "2.50", "A1"])
        #expect(codes.codes == [0, 1, -1, 2, 0])
    }

    @Test func quotedNumbersAreNumbers() throws {
        let table = try readCSV("x\n\"5\"\n\"6.5\"\n")
        #expect(table.numbers("x")?.values == [5, 6.5])
    }

    @Test func iris() throws {
        let table = try CSVReader().read(contentsOf: Fixtures.url("datasets/iris.csv"))
        #expect(table.rowCount == 150)
        #expect(table.kinds == [.number, .number, .number, .number, .category])
        let sepals = try #require(table.numbers("Sepal.Length"))
        #expect(sepals.values.prefix(2) == [5.1, 4.9])
        #expect(!sepals.holdsIntegers && sepals.decimals == 1)
        #expect(table.categories("Species")?.levels == ["setosa", "versicolor", "virginica"])
    }

    @Test func penguinsHaveMissingNumbers() throws {
        let table = try CSVReader().read(contentsOf: Fixtures.url("datasets/penguins.csv"))
        #expect(table.rowCount == 344)
        #expect(
            table.kinds == [
                .category, .category, .number, .number, .number, .number, .category, .number,
            ])
        #expect(table["bill_length_mm"]?.missingCount == 2)
        #expect(table["sex"]?.missingCount == 11)
        #expect(table.numbers("body_mass_g")?.decimals == 1)
        #expect(table.numbers("year")?.holdsIntegers == true)
    }

    @Test func credit() throws {
        let table = try CSVReader().read(contentsOf: Fixtures.url("datasets/credit-head300.csv"))
        #expect(table.rowCount == 300)
        let expected: [ColumnKind] = [
            .category, .number, .category, .number, .number, .category, .category, .category,
            .number, .number, .number, .number, .number, .number,
        ]
        #expect(table.kinds == expected)
        #expect(table["Income"]?.missingCount == 11)
        #expect(table["Home"]?.missingCount == 2)
        #expect(table.numbers("Income")?.holdsIntegers == false)
        #expect(table.numbers("Amount")?.holdsIntegers == true)
        #expect(table.categories("Status")?.levels.sorted() == ["bad", "good"])
    }

    @Test func flights() throws {
        let table = try CSVReader().read(contentsOf: Fixtures.url("datasets/flights-head300.csv"))
        #expect(table.rowCount == 300 && table.columnCount == 19)
        let times = try #require(table.datetimes("time_hour"))
        #expect(times.format == DatetimeFormat("%Y-%m-%dT%H:%M:%S%z", zoneSpelling: .zulu))
        #expect(times.seconds.first == DatetimeFormatTests.flightsFirst)
        #expect(table.numbers("dep_time")?.decimals == 1)
        #expect(table.numbers("flight")?.holdsIntegers == true)
        #expect(table["carrier"]?.kind == .category)
        #expect(table["tailnum"]?.kind == .text)
        #expect(table.categories("origin")?.levels.sorted() == ["EWR", "JFK", "LGA"])
    }

    @Test func diamondsAndAmes() throws {
        let diamonds = try CSVReader().read(
            contentsOf: Fixtures.url("datasets/diamonds-head300.csv"))
        #expect(
            diamonds.kinds == [
                .number, .category, .category, .category, .number, .number, .number, .number,
                .number, .number,
            ])
        #expect(diamonds.categories("cut")?.levels.count == 5)
        let ames = try CSVReader().read(contentsOf: Fixtures.url("datasets/ames-head300.csv"))
        #expect(ames.columnCount == 74 && ames.rowCount == 300)
        #expect(ames.kinds.count { $0 == .category } == 40)
        #expect(ames.categories("Sale_Type")?.levels.contains("WD ") == true)
    }
}
