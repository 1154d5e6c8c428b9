// TabularTests: writing tables as CSV, quoting, number text, atomic files and streams.

import Foundation
import TestSupport
import Testing

@testable import Tabular

@Suite("CSV writing")
struct CSVWriterTests {
    @Test func numbersAreWrittenAsTheyWereRead() throws {
        let text = "i,d,m\n1,1.50,\n-20,2.25,3\n0,-0.10,4\n"
        #expect(CSVWriter().string(try readCSV(text)) == text)
    }

    @Test func decimalsThatDoNotFitFallBackToTheShortestText() {
        let column = NumberColumn(values: [0.1, 1.0 / 3, 1e-10, 123_456_789_012.5], decimals: 1)
        let table = try? Table(columns: [Column(name: "x", numbers: column)])
        let text = table.map { CSVWriter().string($0) }
        #expect(text == "x\n0.1\n0.3333333333333333\n1e-10\n123456789012.5\n")
    }

    @Test(arguments: [
        (1e21, "1e+21"), (1e20, "100000000000000000000.0"), (1e-8, "1e-08"),
        (1.5e-7, "0.00000015"), (-2.5, "-2.5"), (Double.infinity, "inf"),
        (-Double.infinity, "-inf"), (5e-324, "5e-324"),
        (Double.greatestFiniteMagnitude, "1.7976931348623157e+308"),
    ])
    func shortestTextAvoidsExponentsForOrdinaryMagnitudes(value: Double, text: String) throws {
        var output: [UInt8] = []
        DecimalFormatter.appendShortest(value, to: &output)
        #expect(String(decoding: output, as: UTF8.self) == text)
        let reread = output.withUnsafeBufferPointer { DecimalParser.parse($0)?.value }
        #expect(reread == value)
    }

    @Test func integersAreWrittenWithoutAPoint() {
        var output: [UInt8] = []
        for value in [0.0, -0.0, 42, -9_007_199_254_740_993, 1e18] {
            DecimalFormatter.appendInteger(value, to: &output)
            output.append(UInt8(ascii: " "))
        }
        #expect(
            String(decoding: output, as: UTF8.self)
                == "0 -0 42 -9007199254740992 1000000000000000000 ")
    }

    @Test func fieldsAreQuotedOnlyWhereNeeded() throws {
        let values = [
            "plain", "a,b", "say \"hi\"", "two\nlines", " lead", "trail ", "NA", "é", "cr\r",
        ]
        let text = try Table(columns: [
            Column(name: "s", data: .text(TextColumn(values: values))),
            Column(
                name: "n",
                numbers: NumberColumn(
                    values: Array(repeating: 1, count: values.count), holdsIntegers: true)),
        ])
        let expected =
            "s,n\nplain,1\n\"a,b\",1\n\"say \"\"hi\"\"\",1\n\"two\nlines\",1\n\" lead\",1\n"
            + "\"trail \",1\n\"NA\",1\né,1\n\"cr\r\",1\n"
        #expect(CSVWriter().string(text) == expected)
    }

    @Test func missingValuesAreEmptyAndASingleColumnQuotesThem() throws {
        let two = try readCSV("a,b\n1,\n,x\n")
        #expect(CSVWriter().string(two) == "a,b\n1,\n,x\n")
        let one = try readCSV("a\n1\n\"\"\n")
        #expect(CSVWriter().string(one) == "a\n1\n\"\"\n")
        #expect(try readCSV(CSVWriter().string(one)) == one)
    }

    @Test func rowsOfOnlyMissingValuesKeepTheirDelimiters() throws {
        let table = try readCSV("a,b\n,\n,\nNA,\n")
        #expect(CSVWriter().string(table) == "a,b\n,\n,\n,\n")
        #expect(
            CSVWriter(options: CSVWriteOptions(usesCRLF: true)).string(table.rows(0..<1))
                == "a,b\r\n,\r\n")
    }

    @Test func delimiterAndLineEndingsAreOptions() throws {
        let table = try readCSV("a,b\n1;2,x\n")
        let options = CSVWriteOptions(delimiter: ";", usesCRLF: true)
        #expect(CSVWriter(options: options).string(table) == "a;b\r\n\"1;2\";x\r\n")
    }

    @Test func booleansAndDatetimesUseTheirSpellingAndFormat() throws {
        let text = "b,t\nTrue,2013-01-01T10:00:00Z\nFalse,\n,2013-09-30T12:00:00Z\n"
        #expect(CSVWriter().string(try readCSV(text)) == text)
    }

    @Test(arguments: ["iris.csv", "penguins.csv", "flights-head300.csv", "credit-head300.csv"])
    func canonicalDatasetsRoundTripByteForByte(name: String) throws {
        let url = Fixtures.url("datasets/\(name)")
        let original = try Data(contentsOf: url)
        let table = try CSVReader().read(contentsOf: url)
        #expect(Data(CSVWriter().bytes(table)) == original)
    }

    /// Diamonds writes `4.2` beside `3.95`, so its text is not canonical (the writer pads to
    /// `4.20`); its values still come back the same.
    @Test func nonCanonicalDatasetsRoundTripByValue() throws {
        for name in ["diamonds-head300.csv", "ames-head300.csv"] {
            let table = try CSVReader().read(contentsOf: Fixtures.url("datasets/\(name)"))
            #expect(try readCSV(CSVWriter().string(table)) == table, "\(name)")
        }
    }

    @Test func writingIsAtomic() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("out.csv")
        let table = try readCSV("a\n1\n")
        try CSVWriter().write(table, to: url)
        try CSVWriter().write(try readCSV("a\n2\n"), to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == "a\n2\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.csv"])
    }

    @Test func aFileHandleReceivesTheRowsWithOrWithoutAHeader() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("handle.csv")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        let table = try readCSV("a,b\n1,x\n")
        try CSVWriter().write(table, to: handle)
        try CSVWriter().write(table, to: handle, includesHeader: false)
        try handle.close()
        #expect(try String(contentsOf: url, encoding: .utf8) == "a,b\n1,x\n1,x\n")
    }

    @Test func aFolderThatDoesNotExistIsUnwritable() throws {
        let url = URL(fileURLWithPath: "/nonexistent/folder/out.csv")
        #expect(
            throws: CSVError.unwritable(
                path: url.path,
                reason:
                    "the folder '/nonexistent/folder' does not exist; create it first or choose "
                    + "another path")
        ) {
            try CSVWriter().write(try readCSV("a\n1\n"), to: url)
        }
    }

    @Test func aStreamWritesTheHeaderOnceAndRenamesOnFinish() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("stream.csv")
        let table = try readCSV("a,b\n1,x\n2,\n")
        let stream = try CSVStreamWriter(url: url, columnNames: table.columnNames)
        for _ in 0..<3 { try stream.append(table) }
        #expect(!FileManager.default.fileExists(atPath: url.path))
        #expect(throws: CSVError.columnsDiffer(path: url.path, expected: ["a", "b"], found: ["b"]))
        {
            try stream.append(table.selecting(["b"]))
        }
        try stream.finish()
        #expect(stream.rowCount == 6)
        #expect(
            try String(contentsOf: url, encoding: .utf8) == "a,b\n"
                + String(repeating: "1,x\n2,\n", count: 3))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["stream.csv"])
    }

    @Test func aCancelledStreamLeavesNothing() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("stream.csv")
        let stream = try CSVStreamWriter(url: url, columnNames: ["a"])
        try stream.append(try readCSV("a\n1\n"))
        stream.cancel()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aLargeStreamFlushesInChunks() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("big.csv")
        let rows = 200_000
        let values = (0..<rows).map { Double($0) + 0.25 }
        let table = try Table(columns: [
            Column(name: "x", numbers: NumberColumn(values: values, decimals: 2))
        ])
        let stream = try CSVStreamWriter(url: url, columnNames: ["x"])
        try stream.append(table)
        try stream.append(table)
        try stream.finish()
        let reread = try CSVReader().read(contentsOf: url)
        #expect(reread.rowCount == 2 * rows)
        #expect(reread.numbers("x")?.values == values + values)
    }
}
