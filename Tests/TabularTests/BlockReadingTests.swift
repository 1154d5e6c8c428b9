// TabularTests: files read in blocks give what the whole text gives, wherever blocks end.

import Foundation
import TestSupport
import Testing

@testable import Tabular

@Suite("Reading in blocks")
struct BlockReadingTests {
    /// Quotes with line breaks and doubled quotes, CRLF, multi-byte UTF-8, blank lines, a
    /// column that turns from numbers to text late, and datetimes.
    static let tricky =
        "\u{FEFF}id,note,code,when\r\n1,\"a,\"\"b\"\"\r\nc\",007,2013-01-01\r\n\r\n"
        + "2,Zürich 🙂,2.50,2013-01-02\r\n3,,x1,\r\n4,\"\",12,2013-01-04\r\n"

    @Test(arguments: [1, 2, 3, 5, 7, 11, 64])
    func blockEndsAnywhereChangeNothing(blockBytes: Int) throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("tricky.csv")
        try Data(Self.tricky.utf8).write(to: url)

        let whole = try CSVReader().read(string: Self.tricky, source: "tricky.csv")
        let blocks = try CSVReader().read(contentsOf: url, blockBytes: blockBytes)
        #expect(blocks == whole)
        #expect(whole.categories("code")?.levels == ["007", "2.50", "x1", "12"])
        #expect(whole.categories("note")?.levels == ["a,\"b\"\r\nc", "Zürich 🙂"])
        #expect(whole.datetimes("when")?.isMissing == [false, false, true, false])
    }

    @Test(arguments: [1, 3, 8])
    func errorsNameTheSameLinesInBlocks(blockBytes: Int) throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases: [(String, CSVError)] = [
            (
                "a,b\r\n1,2\r\n\r\n3\r\n",
                .fieldCountMismatch(
                    file: "x.csv", expected: 2, rows: [.init(line: 4, fieldCount: 1)], total: 1)
            ),
            ("a,b\n1,\"x\ny\n", .unterminatedQuote(file: "x.csv", line: 2, column: 2)),
            ("a\né\n\u{1}\n", .invalidUTF8(file: "x.csv", line: 3, byteOffset: 5)),
        ]
        for (text, expected) in cases {
            var bytes = Array(text.utf8)
            if case .invalidUTF8 = expected { bytes[5] = 0xFF }
            let url = folder.appendingPathComponent("x.csv")
            try Data(bytes).write(to: url)
            #expect(throws: expected) {
                try CSVReader().read(contentsOf: url, blockBytes: blockBytes)
            }
        }
    }

    @Test func aMultiByteCharacterSplitByABlockIsValid() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("utf8.csv")
        let text = "名前,x\n" + (0..<50).map { "日本語テキスト\($0 % 3),\($0)" }.joined(separator: "\n")
        try Data(text.utf8).write(to: url)
        for blockBytes in [1, 2, 4, 5] {
            let table = try CSVReader().read(contentsOf: url, blockBytes: blockBytes)
            #expect(table.categories("名前")?.levels == ["日本語テキスト0", "日本語テキスト1", "日本語テキスト2"])
        }
    }
}
