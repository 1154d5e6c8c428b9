// MetadataTests: invalid files give one error that lists every problem.

import Foundation
import JSONFormat
import Metadata
import TestSupport
import Testing

@Suite("Metadata errors")
struct MetadataInvalidTests {
    static func problems(_ text: String) throws -> [MetadataProblem] {
        let error = try #require(throws: MetadataError.self) {
            try MetadataDocument(parsing: Array(text.utf8), source: "bad.json")
        }
        return error.problems
    }

    @Test("every problem of a file is listed in one error, with its location")
    func everyProblemAtOnce() throws {
        let text = """
            {"tables": {
              "t": {
                "columns": {
                  "age": {"sdtype": "numerical", "range_min": 50, "range_max": 10,
                          "decimal_places": -1},
                  "score": {"sdtype": "numerical", "range_min": "low", "decimal_places": 1.5},
                  "flag": {"sdtype": "categorical", "range_values": [], "range_is_nullable": "no"},
                  "kind": {"sdtype": "categorical", "range_values": ["a", null, [1]],
                           "high_cardinality": true},
                  "when": {"sdtype": "datetime", "datetime_format": "%Y-%Q", "range_min": 3},
                  "nothing": {"pii": true},
                  "bare": 7
                },
                "primary_key": "user_id",
                "sequence_index": 4
              },
              "u": {"primary_key": ["a", 3]}
            },
            "relationships": [{"parent_table_name": "t", "child_table_name": "v",
                               "parent_primary_key": "age", "child_foreign_key": "x"}],
            "METADATA_SPEC_VERSION": "V2"}
            """
        let locations = try Self.problems(text).map(\.location)
        let t = #"tables["t"]"#
        #expect(
            locations == [
                #"\#(t).columns["score"].decimal_places"#,
                #"\#(t).columns["flag"].range_is_nullable"#,
                #"\#(t).columns["nothing"]"#,
                #"\#(t).columns["bare"]"#,
                "\(t).sequence_index",
                #"tables["u"]"#,
                #"tables["u"].primary_key"#,
                #"\#(t).columns["age"].decimal_places"#,
                #"\#(t).columns["age"].range_max"#,
                #"\#(t).columns["score"].range_min"#,
                #"\#(t).columns["flag"].range_values"#,
                #"\#(t).columns["kind"].range_values[1]"#,
                #"\#(t).columns["kind"].range_values[2]"#,
                #"\#(t).columns["kind"].high_cardinality"#,
                #"\#(t).columns["when"].range_min"#,
                #"\#(t).columns["when"].datetime_format"#,
                "\(t).primary_key",
                "relationships[0].child_table_name",
            ]
        )
    }

    @Test("messages name the bad value and the fix")
    func messages() throws {
        let text =
            #"{"columns": {"a": {"sdtype": "numerical", "range_min": 5, "range_max": 1}},"#
            + #" "primary_key": "b"}"#
        let error = try #require(throws: MetadataError.self) {
            try MetadataDocument(parsing: Array(text.utf8), source: "bad.json")
        }
        #expect(
            error.description == """
                bad.json is not valid metadata (2 problems):
                  - columns["a"].range_max: 1 is below range_min 5; swap them or fix the wrong one
                  - primary_key: names column 'b', which the table does not have; the columns \
                are: 'a'
                """
        )
    }

    @Test(
        "structural problems",
        arguments: [
            ("[1, 2]", "$", "expected an object at the top level, found an array"),
            (
                #"{"relationships": []}"#, "$",
                "missing 'tables' (or 'columns' at the top level for a single table)"
            ),
            (
                #"{"METADATA_SPEC_VERSION": "SINGLE_TABLE_V1", "sequence_key": null}"#, "$",
                "missing 'columns'; every table lists its columns"
            ),
            (
                #"{"tables": [], "METADATA_SPEC_VERSION": "V2"}"#, "tables",
                "expected an object of tables, found an array"
            ),
            (
                #"{"tables": {}, "METADATA_SPEC_VERSION": "V3"}"#, "METADATA_SPEC_VERSION",
                "unknown version \"V3\"; use one of 'V2', 'MULTI_TABLE_V1', 'V1', 'SINGLE_TABLE_V1'"
            ),
            (
                #"{"columns": {"a": {"sdtype": 1}}}"#, #"columns["a"].sdtype"#,
                "expected a string, found a number"
            ),
        ]
    )
    func structure(text: String, location: String, message: String) throws {
        #expect(try Self.problems(text) == [MetadataProblem(location: location, message: message)])
    }

    @Test("text that is not JSON gives the line and column")
    func notJSON() throws {
        let text = "{\n  \"columns\": {\n    \"a\": {\"sdtype\": \"id\"},\n  }\n}"
        let error = try #require(throws: MetadataError.self) {
            try MetadataDocument(parsing: Array(text.utf8), source: "m.json")
        }
        guard case .notJSON(let source, let parseError) = error else {
            Issue.record("expected notJSON, got \(error)")
            return
        }
        #expect(source == "m.json")
        #expect(parseError.line == 4 && parseError.column == 3)
        #expect(
            error.description == "m.json is not JSON: line 4, column 3: expected a string key "
                + "in double quotes, found '}'; metadata files are JSON objects"
        )
    }

    @Test("validate() reports metadata built in code")
    func validateBuilt() throws {
        var table = TableMetadata(
            name: "t",
            columns: [ColumnMetadata(name: "a", sdtype: .numerical, decimalPlaces: -2)]
        )
        table.sequenceKey = "b"
        let error = try #require(throws: MetadataError.self) {
            try MetadataDocument(table: table).validate(source: "built")
        }
        #expect(
            error.problems.map(\.location) == [
                #"tables["t"].columns["a"].decimal_places"#, #"tables["t"].sequence_key"#,
            ]
        )
    }

    @Test("files: missing, refused overwrite, allowed overwrite, atomic write")
    func files() throws {
        let folder = try Fixtures.temporaryDirectory()
        let url = folder.appendingPathComponent("m.json")
        let missing = try #require(throws: MetadataError.self) {
            try MetadataDocument(contentsOf: url)
        }
        guard case .unreadable(let path, _) = missing else {
            Issue.record("expected unreadable, got \(missing)")
            return
        }
        #expect(path == url.path)

        let document = MetadataDocument(
            table: TableMetadata(columns: [ColumnMetadata(name: "é x", sdtype: .city, pii: true)])
        )
        try document.write(to: url)
        #expect(throws: MetadataError.fileExists(path: url.path)) { try document.write(to: url) }
        try document.write(to: url, format: .singleTableV1, overwrite: true)
        let again = try MetadataDocument(contentsOf: url)
        #expect(again.tables == document.tables)
        #expect(again.sourceVersion == .singleTableV1)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["m.json"])
    }

    @Test(
        "a misspelt or badly cased sdtype is refused with a suggestion",
        arguments: [
            ("categorcal", "did you mean 'categorical'?"), ("Numerical", "lowercase words"),
            ("date time", "lowercase words"), ("ordinl", "did you mean 'ordinal'?"),
        ])
    func misspeltSdtype(name: String, expected: String) throws {
        let text = """
            {"tables": {"t": {"columns": {"c": {"sdtype": "\(name)"}}}},
             "METADATA_SPEC_VERSION": "V2"}
            """
        let problems = try Self.problems(text)

        #expect(problems.map(\.location) == [#"tables["t"].columns["c"].sdtype"#])
        #expect(problems.first?.message.contains(expected) == true, "\(problems)")
    }

    @Test("a name that may be a kind of personal information is accepted as one")
    func personalInformationNames() throws {
        for name in ["job", "credit_card_provider", "address", "id"] {
            let text = """
                {"tables": {"t": {"columns": {"c": {"sdtype": "\(name)"}}}},
                 "METADATA_SPEC_VERSION": "V2"}
                """
            let document = try MetadataDocument(parsing: Array(text.utf8), source: "ok.json")
            #expect(document.tables.first?.columns.first?.sdtype.rawValue == name)
        }
    }
}
