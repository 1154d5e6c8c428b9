// TabularTests: the plain reasons given for paths that cannot be read or written.

import Foundation
import Tabular
import TestSupport
import Testing

@Suite("File problems")
struct FileProblemTests {
    @Test("a writable path has no problem; a folder, a missing folder and a file as folder do")
    func writing() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("table.csv")
        try Data("a\n1\n".utf8).write(to: file)

        #expect(FileProblem.writing(to: folder.appendingPathComponent("new.csv")) == nil)
        #expect(FileProblem.writing(to: file) == nil)
        let asFolder = try #require(FileProblem.writing(to: folder))
        #expect(asFolder.contains("it is a folder"))
        let missing = try #require(
            FileProblem.writing(to: folder.appendingPathComponent("absent/out.csv")))
        #expect(missing.contains("does not exist"))
        #expect(missing.contains("absent"))
        let underFile = try #require(
            FileProblem.writing(to: file.appendingPathComponent("out.csv")))
        #expect(underFile.contains("is a file, not a folder"))
    }

    @Test("a readable file has no problem; a missing file and a folder do")
    func reading() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("table.csv")
        try Data("a\n1\n".utf8).write(to: file)

        #expect(FileProblem.reading(from: file) == nil)
        let asFolder = try #require(FileProblem.reading(from: folder))
        #expect(asFolder.contains("it is a folder"))
        let missing = try #require(
            FileProblem.reading(from: folder.appendingPathComponent("absent.csv")))
        #expect(missing.contains("no such file"))
    }

    @Test("writing a CSV over a folder names the folder instead of a Foundation error code")
    func csvWriterOverFolder() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = try CSVReader().read(string: "a\n1\n", source: "inline")

        let error = try #require(throws: CSVError.self) {
            try CSVWriter().write(table, to: folder)
        }
        #expect(error.description.contains("it is a folder"))
        #expect(!error.description.contains("NSCocoaErrorDomain"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers.isEmpty)
    }
}
