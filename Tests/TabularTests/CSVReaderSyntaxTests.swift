// TabularTests: RFC 4180 quoting, line endings, byte-order marks, delimiters, missing tokens.

import Foundation
import TestSupport
import Testing

@testable import Tabular

@Suite("CSV syntax")
struct CSVReaderSyntaxTests {
    @Test func quotedFieldsHoldDelimitersQuotesAndLineBreaks() throws {
        let text = "name,note\nx,\"a, b\"\ny,\"say \"\"hi\"\"\"\nz,\"two\nlines\"\nw,\"\"\"\"\n"
        let table = try readCSV(text)
        let notes = try #require(table.categories("note") ?? nil)
        #expect(notes.levels == ["a, b", "say \"hi\"", "two\nlines", "\""])
        #expect(table.rowCount == 4)
    }

    @Test func crlfAndLFAndCRLineEndingsReadAlike() throws {
        let lf = try readCSV("a,b\n1,x\n2,y\n")
        let crlf = try readCSV("a,b\r\n1,x\r\n2,y\r\n")
        let cr = try readCSV("a,b\r1,x\r2,y")
        #expect(lf == crlf)
        #expect(lf == cr)
        #expect(crlf.categories("b")?.levels == ["x", "y"])
    }

    @Test func aQuotedFieldKeepsItsCRLF() throws {
        let table = try readCSV("a,b\r\n1,\"x\r\ny\"\r\n")
        #expect(table.categories("b")?.levels == ["x\r\ny"])
    }

    @Test func theByteOrderMarkIsDroppedAndNothingElse() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(" id ,Größe (cm),名前\n1,2,x\n".utf8)
        let table = try readCSV(bytes: bytes)
        #expect(table.columnNames == [" id ", "Größe (cm)", "名前"])
    }

    @Test func blankLinesAreSkippedAndTheLastLineNeedsNoBreak() throws {
        let table = try readCSV("\na,b\n\n1,2\n\n\n3,4")
        #expect(table.rowCount == 2)
        #expect(table.numbers("b")?.values == [2, 4])
    }

    @Test func aHeaderAloneGivesNoRows() throws {
        let table = try readCSV("a,b,c\n")
        #expect(table.rowCount == 0)
        #expect(table.kinds == [.number, .number, .number])
    }

    @Test(arguments: [
        ("a;b;c\n1;2;3\n", ";"), ("a\tb\n1\t2\n", "\t"), ("a|b\n1|2\n", "|"),
        ("a,b\n1,2\n", ","), ("a\n1\n", ","),
    ])
    func delimiterIsDetected(text: String, delimiter: Character) throws {
        let bytes = Array(text.utf8)
        let detected = bytes.withUnsafeBufferPointer { DelimiterDetection.detect($0) }
        #expect(detected == delimiter.asciiValue)
    }

    @Test func detectionPrefersTheConsistentDelimiter() throws {
        let table = try readCSV("name;price\n\"a, b\";1,5\nc;2,25\n")
        #expect(table.columnNames == ["name", "price"])
        #expect(table.categories("price")?.levels == ["1,5", "2,25"])
    }

    @Test func theDelimiterCanBeSet() throws {
        let text = "a;b;c,d\n1;2;3,4\n"
        let detected = try readCSV(text)
        #expect(detected.columnNames == ["a", "b", "c,d"])
        let forced = try readCSV(text, options: CSVReadOptions(delimiter: ","))
        #expect(forced.columnNames == ["a;b;c", "d"])
    }

    @Test func delimitersAreCheckedBeforeUse() {
        #expect(CSVReadOptions.isValidDelimiter(";"))
        #expect(CSVReadOptions.isValidDelimiter("\t"))
        #expect(!CSVReadOptions.isValidDelimiter("\""))
        #expect(!CSVReadOptions.isValidDelimiter("\n"))
        #expect(!CSVReadOptions.isValidDelimiter("é"))
    }

    @Test func defaultMissingTokensAreMissing() throws {
        let tokens = ["", "NA", "N/A", "NaN", "nan", "null", "NULL", "None"]
        let text = "x,y\n" + tokens.map { "\($0),1" }.joined(separator: "\n") + "\n5,1\n"
        let table = try readCSV(text)
        let numbers = try #require(table.numbers("x"))
        #expect(numbers.isMissing == Array(repeating: true, count: 8) + [false])
        #expect(numbers.presentValues == [5])
    }

    @Test func aQuotedTokenIsTextButAQuotedEmptyFieldIsMissing() throws {
        let table = try readCSV("x\n\"NA\"\n\"\"\nb\n")
        let levels = try #require(table.categories("x"))
        #expect(levels.levels == ["NA", "b"])
        #expect(levels.codes == [0, -1, 1])
    }

    @Test func missingTokensCanBeChosen() throws {
        let options = CSVReadOptions(missingTokens: ["-", "?"])
        let table = try readCSV("x,y\n-,NA\n?,b\n3,c\n", options: options)
        #expect(table.numbers("x")?.isMissing == [true, true, false])
        #expect(table.categories("y")?.levels == ["NA", "b", "c"])
    }

    @Test func theLastFieldMayBeEmpty() throws {
        let table = try readCSV("a,b\n1,\n2,\n")
        #expect(table.numbers("b")?.isMissing == [true, true])
    }

    @Test func aSingleColumnReadsQuotedEmptyAsMissing() throws {
        let table = try readCSV("x\n1\n\"\"\n3\n")
        #expect(table.numbers("x")?.isMissing == [false, true, false])
    }

    @Test func aQuoteInsideAnUnquotedFieldIsKept() throws {
        let table = try readCSV("a\n5\"\nb\n")
        #expect(table.categories("a")?.levels == ["5\"", "b"])
    }

    @Test func aFixtureWithBOMSemicolonsAndCRLFReads() throws {
        let table = try CSVReader().read(contentsOf: Fixtures.url("tabular/semicolon-bom-crlf.csv"))
        #expect(table.columnNames == ["Ort", "Temperatur", "Datum"])
        #expect(table.categories("Ort")?.levels == ["Zürich", "Genève; GE"])
        let temperatures = try #require(table.categories("Temperatur"))
        #expect(temperatures.levels == ["12,5", "-3,25"])
        let dates = try #require(table.datetimes("Datum"))
        #expect(dates.format.pattern == "%d.%m.%Y")
        #expect(dates.seconds == [1_363_824_000, 1_356_998_400])
    }
}
