// TabularTests: every CSV error, with the line and column it names.

import Foundation
import TestSupport
import Testing

@testable import Tabular

@Suite("CSV errors")
struct CSVReaderErrorTests {
    @Test func emptyFileIsAnError() {
        #expect(csvError("") == .emptyFile(file: "test.csv"))
        #expect(csvError("\n\r\n\n") == .emptyFile(file: "test.csv"))
        #expect(throws: CSVError.emptyFile(file: "test.csv")) {
            try readCSV(bytes: [0xEF, 0xBB, 0xBF])
        }
    }

    @Test func unterminatedQuoteNamesTheLineWhereItOpened() {
        let error = csvError("a,b\n1,2\n3,\"open\nstill open\n4,5\n")
        #expect(error == .unterminatedQuote(file: "test.csv", line: 3, column: 2))
        #expect(error?.description.contains("test.csv:3") == true)
    }

    @Test func textAfterAClosingQuoteIsAnError() {
        #expect(
            csvError("a,b\n1,2\n\"x\"y,2\n")
                == .textAfterClosingQuote(file: "test.csv", line: 3, column: 1))
    }

    @Test func rowsWithTheWrongFieldCountAreListedTogether() {
        let error = csvError("a,b,c\n1,2,3\n1,2\n1,2,3\n1,2,3,4\n")
        let expected = CSVError.fieldCountMismatch(
            file: "test.csv", expected: 3,
            rows: [.init(line: 3, fieldCount: 2), .init(line: 5, fieldCount: 4)], total: 2)
        #expect(error == expected)
        #expect(error?.description.contains("line 3 has 2, line 5 has 4") == true)
    }

    @Test func onlyTheFirstFiveBadRowsAreListed() {
        let text = "a,b\n" + String(repeating: "1\n", count: 8)
        guard case .fieldCountMismatch(_, _, let rows, let total) = csvError(text) else {
            Issue.record("expected a field count error")
            return
        }
        #expect(rows.map(\.line) == [2, 3, 4, 5, 6])
        #expect(total == 8)
    }

    @Test func lineNumbersCountLineBreaksInsideQuotes() {
        let error = csvError("a,b\n\"x\ny\",1\n1\n")
        #expect(
            error
                == .fieldCountMismatch(
                    file: "test.csv", expected: 2, rows: [.init(line: 4, fieldCount: 1)],
                    total: 1))
    }

    @Test func emptyColumnNamesAreAnError() {
        #expect(
            csvError("a,,c,\n1,2,3,4\n") == .emptyColumnNames(file: "test.csv", positions: [2, 4]))
    }

    @Test func duplicateColumnNamesAreAnError() {
        let error = csvError("a,b,a,c,b,a\n1,2,3,4,5,6\n")
        #expect(error == .duplicateColumnNames(file: "test.csv", names: ["a", "b"]))
    }

    @Test(arguments: ["1,2,3\n4,5,6\n", "2013-01-01,5.5\n2013-01-02,6\n", "7\n8\n"])
    func aFirstLineOfDataIsNotAHeader(text: String) {
        guard case .missingHeader(let file, let firstLine) = csvError(text) else {
            Issue.record("expected a missing header error for \(text)")
            return
        }
        #expect(file == "test.csv")
        #expect(firstLine == text.split(separator: "\n")[0].split(separator: ",").map(String.init))
    }

    @Test func aHeaderWithOneNameIsAHeader() throws {
        let table = try readCSV("2013,x\n1,2\n")
        #expect(table.columnNames == ["2013", "x"])
    }

    @Test func invalidUTF8NamesLineAndOffset() {
        let bytes = Array("a,b\n1,2\n3,".utf8) + [0xFF, 0x41] + Array("\n".utf8)
        #expect(throws: CSVError.invalidUTF8(file: "test.csv", line: 3, byteOffset: 10)) {
            try readCSV(bytes: bytes)
        }
        let truncated = Array("a\n".utf8) + [0xE2, 0x82]
        #expect(throws: CSVError.invalidUTF8(file: "test.csv", line: 2, byteOffset: 2)) {
            try readCSV(bytes: truncated)
        }
    }

    @Test func nulBytesMeanABinaryFile() {
        let bytes = Array("a,b\n1,".utf8) + [0, 0, 7] + Array("\n".utf8)
        #expect(throws: CSVError.notText(file: "test.csv", byteOffset: 6)) {
            try readCSV(bytes: bytes)
        }
    }

    @Test func offsetsCountTheByteOrderMark() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a\n".utf8) + [0xC0, 0x80]
        #expect(throws: CSVError.invalidUTF8(file: "test.csv", line: 2, byteOffset: 5)) {
            try readCSV(bytes: bytes)
        }
    }

    @Test func aBinaryFixtureIsRejected() throws {
        let url = Fixtures.url("tabular/binary.csv")
        #expect(throws: CSVError.notText(file: "binary.csv", byteOffset: 4)) {
            try CSVReader().read(contentsOf: url)
        }
    }

    @Test func aMissingFileIsNamed() {
        let path = "/nonexistent/folder/data.csv"
        #expect(throws: CSVError.fileNotFound(path: path)) {
            try CSVReader().read(contentsOf: URL(fileURLWithPath: path))
        }
    }

    @Test func aFolderIsUnreadable() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reason = "it is a folder; give the path of a file"
        #expect(throws: CSVError.unreadable(path: folder.path, reason: reason)) {
            try CSVReader().read(contentsOf: folder)
        }
    }

    @Test func theFileNameOptionNamesTheSource() {
        let options = CSVReadOptions(fileName: "upload.csv")
        #expect(
            csvError("a,a\n", options: options)
                == .duplicateColumnNames(file: "upload.csv", names: ["a"]))
    }

    @Test func everyDescriptionSaysWhatToDo() {
        let errors: [CSVError] = [
            .fileNotFound(path: "x.csv"), .unreadable(path: "x.csv", reason: "denied"),
            .emptyFile(file: "x.csv"), .notText(file: "x.csv", byteOffset: 3),
            .invalidUTF8(file: "x.csv", line: 2, byteOffset: 9),
            .unterminatedQuote(file: "x.csv", line: 2, column: 1),
            .textAfterClosingQuote(file: "x.csv", line: 2, column: 1),
            .fieldCountMismatch(
                file: "x.csv", expected: 2, rows: [.init(line: 2, fieldCount: 1)], total: 1),
            .emptyColumnNames(file: "x.csv", positions: [1]),
            .duplicateColumnNames(file: "x.csv", names: ["a"]),
            .missingHeader(file: "x.csv", firstLine: ["1"]),
            .unwritable(path: "x.csv", reason: "denied"),
            .columnsDiffer(path: "x.csv", expected: ["a"], found: ["b"]),
        ]
        for error in errors {
            #expect(error.description.hasPrefix("x.csv"))
            #expect(error.description.contains(";"), "no fix in: \(error)")
        }
    }
}
