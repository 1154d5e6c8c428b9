// TabularTests: a pipe, which cannot be read twice, is read to its end correctly.

import Foundation
import TestSupport
import Testing

@testable import Tabular

@Suite("Reading a pipe")
struct PipeReadingTests {
    @Test func aPipeIsReadWholeEvenWhenAColumnTurnsToText() throws {
        let pipe = Pipe()
        let rows = (0..<5000).map { "\($0 == 4000 ? "late text" : String($0)),x\($0 % 7)" }
        let text = "a,b\n" + rows.joined(separator: "\n") + "\n"
        let writer = pipe.fileHandleForWriting
        let bytes = Data(text.utf8)
        let thread = Thread {
            try? writer.write(contentsOf: bytes)
            try? writer.close()
        }
        thread.start()
        let url = URL(fileURLWithPath: "/dev/fd/\(pipe.fileHandleForReading.fileDescriptor)")
        let table = try CSVReader().read(contentsOf: url, blockBytes: 4096)
        #expect(table.rowCount == 5000)
        let texts = try #require(table.texts("a"))
        #expect(texts.values.prefix(2) == ["0", "1"])
        #expect(texts.values[4000] == "late text")
        #expect(texts.values.last == "4999")
    }
}
