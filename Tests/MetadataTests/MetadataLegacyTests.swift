// MetadataTests: the SDV 1.x formats, unknown keys and sdtypes.

import Foundation
import JSONFormat
import Metadata
import Testing
import TestSupport

@Suite("Metadata legacy formats and leniency")
struct MetadataLegacyTests {
    @Test("SINGLE_TABLE_V1: computer_representation dropped, categorical order becomes ordinal")
    func singleTableV1() throws {
        let url = Fixtures.url("metadata/legacy-single-table-v1.json")
        let document = try MetadataDocument(contentsOf: url, defaultTableName: "users")
        #expect(document.sourceVersion == .singleTableV1)
        let table = try #require(document.singleTable)
        #expect(table.name == "users")
        #expect(table.primaryKey == ["user_id"])
        #expect(table.columnNames == ["user_id", "age", "date", "color", "size", "email"])
        #expect(table[column: "user_id"]?.regexFormat == "U_[0-9]{4}")
        #expect(table[column: "age"] == ColumnMetadata(name: "age", sdtype: .numerical))
        #expect(table[column: "date"]?.datetimeFormat == "%Y-%m-%d")
        let size = try #require(table[column: "size"])
        #expect(size.sdtype == .ordinal)
        #expect(size.rangeValues == ["S", "M", "L"])
        #expect(size.extraKeys.isEmpty)
        #expect(table[column: "email"]?.pii == true)
    }

    @Test("MULTI_TABLE_V1: tables, relationships and the same conversions")
    func multiTableV1() throws {
        let document = try MetadataDocument(
            contentsOf: Fixtures.url("metadata/legacy-multi-table-v1.json")
        )
        #expect(document.sourceVersion == .multiTableV1)
        let users = try #require(document.table(named: "users"))
        #expect(users[column: "income"] == ColumnMetadata(name: "income", sdtype: .numerical))
        #expect(users[column: "grade"]?.sdtype == .ordinal)
        #expect(users[column: "grade"]?.rangeValues == [1, 2, 3])
        #expect(document.table(named: "orders")?[column: "paid"]?.sdtype == .boolean)
        #expect(document.relationships.first?.childTableName == "orders")
    }

    @Test("in V2, legacy keys are not converted but kept as unknown keys")
    func v2KeepsLegacyKeys() throws {
        let text = #"{"tables": {"t": {"columns": {"a": {"sdtype": "categorical", "#
            + #""order": ["x"]}}}}, "relationships": [], "METADATA_SPEC_VERSION": "V2"}"#
        let column = try #require(
            try MetadataDocument(parsing: Array(text.utf8)).singleTable?[column: "a"]
        )
        #expect(column.sdtype == .categorical)
        #expect(column.extraKeys["order"] == ["x"])
    }

    @Test("unknown keys at every level are kept and written back")
    func unknownKeysRoundTrip() throws {
        let text = """
            {"tables": {"t": {"columns": {"a": {"sdtype": "numerical", "note": {"by": "me"}}},
             "owner": "team"}}, "relationships": [], "METADATA_SPEC_VERSION": "V2",
             "generator": "x"}
            """
        let document = try MetadataDocument(parsing: Array(text.utf8))
        let table = try #require(document.singleTable)
        #expect(table[column: "a"]?.extraKeys["note"] == ["by": "me"])
        #expect(table.extraKeys["owner"] == "team")
        #expect(document.extraKeys["generator"] == "x")
        let written = try JSONValue(parsing: document.jsonText())
        #expect(written["generator"] == "x")
        #expect(written["tables"]?["t"]?["owner"] == "team")
        #expect(written["tables"]?["t"]?["columns"]?["a"]?["note"]?["by"] == "me")
    }

    @Test(
        "sdtype names map to cases both ways; other names are kept",
        arguments: [
            ("phone_number", SemanticType.phoneNumber), ("state_abbr", .stateAbbreviation),
            ("administrative_unit", .administrativeUnit), ("swift8", .swift8),
            ("numerical", .numerical), ("license_plate", .licensePlate),
            ("job", .other("job")), ("Email", .other("Email")),
        ]
    )
    func sdtypeNames(name: String, sdtype: SemanticType) {
        #expect(SemanticType(rawValue: name) == sdtype)
        #expect(sdtype.rawValue == name)
    }

    @Test("every named sdtype round-trips through its raw value")
    func namedSdtypes() {
        for sdtype in SemanticType.named {
            #expect(SemanticType(rawValue: sdtype.rawValue) == sdtype)
        }
        #expect(SemanticType.named.count == Set(SemanticType.named.map(\.rawValue)).count)
        #expect(!SemanticType.numerical.isPII && !SemanticType.id.isPII)
        #expect(SemanticType.city.isPII && SemanticType.other("job").isPII)
    }

    @Test("a one-element list primary key is unwrapped; a composite key stays a list")
    func keys() throws {
        let text = #"{"primary_key": ["a"], "alternate_keys": ["b", ["a", "b"]], "#
            + #""columns": {"a": {"sdtype": "id"}, "b": {"sdtype": "id"}}}"#
        let table = try #require(try MetadataDocument(parsing: Array(text.utf8)).singleTable)
        #expect(table.primaryKey == ["a"])
        #expect(table.alternateKeys == [["b"], ["a", "b"]])
        let written = try JSONValue(parsing: MetadataDocument(table: table).jsonText())
        #expect(written["tables"]?["table"]?["primary_key"] == "a")
        #expect(written["tables"]?["table"]?["alternate_keys"] == ["b", ["a", "b"]])
    }
}
