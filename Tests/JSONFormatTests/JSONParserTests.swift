// JSONFormatTests: reading JSON text, its escapes, numbers and errors.

import JSONFormat
import Testing

@Suite("JSONParser")
struct JSONParserTests {
    @Test("objects keep their key order")
    func keyOrder() throws {
        let value = try JSONValue(parsing: #"{"zeta": 1, "alpha": 2, "mid": {"b": 0, "a": 1}}"#)
        let object = try #require(value.objectValue)
        #expect(object.keys == ["zeta", "alpha", "mid"])
        #expect(value["mid"]?.objectValue?.keys == ["b", "a"])
        #expect(value["alpha"]?.int64Value == 2)
    }

    @Test("every simple escape")
    func simpleEscapes() throws {
        let value = try JSONValue(parsing: #""q\" b\\ s\/ \b \f \n \r \t""#)
        #expect(value == .string("q\" b\\ s/ \u{08} \u{0C} \n \r \t"))
    }

    @Test(
        "unicode escapes including surrogate pairs",
        arguments: [
            (#""\u00e9""#, "é"),
            (#""\u00E9\u4e2D""#, "é中"),
            (#""\ud83d\ude00""#, "😀"),
            (#""a\u0000b""#, "a\u{0}b"),
            (#""\uFFFF""#, "\u{FFFF}"),
            ("\"é😀 raw\"", "é😀 raw"),
        ]
    )
    func unicodeEscapes(text: String, expected: String) throws {
        #expect(try JSONValue(parsing: text) == .string(expected))
    }

    @Test(
        "numbers keep integers apart from floating point",
        arguments: [
            ("0", JSONValue.integer(0)),
            ("-7", .integer(-7)),
            ("12345678901234", .integer(12_345_678_901_234)),
            ("9223372036854775807", .integer(Int64.max)),
            ("9223372036854775808", .number(9_223_372_036_854_775_808.0)),
            ("5.0", .number(5)),
            ("0.1", .number(0.1)),
            ("1e300", .number(1e300)),
            ("-2.5E-3", .number(-0.0025)),
            ("1E+2", .number(100)),
        ]
    )
    func numbers(text: String, expected: JSONValue) throws {
        #expect(try JSONValue(parsing: text) == expected)
    }

    @Test("minus zero stays a negative floating-point zero")
    func minusZero() throws {
        let value = try JSONValue(parsing: "-0")
        let number = try #require(value.doubleValue)
        #expect(number == 0 && number.sign == .minus)
        #expect(try JSONValue(parsing: "-0.0").doubleValue?.sign == .minus)
    }

    @Test("literals, white space and a byte order mark")
    func literals() throws {
        let value = try JSONValue(parsing: Array("\u{FEFF} [true,false,null] \n".utf8))
        #expect(value == [true, false, .null])
        #expect(try JSONValue(parsing: "{}") == .object(JSONObject()))
        #expect(try JSONValue(parsing: "[ ]") == .array([]))
    }

    @Test(
        "errors name the line, the column and what was expected",
        arguments: [
            ("", 1, 1, "a value", "the end of the text"),
            ("{\"a\": 1,}", 1, 9, "a string key in double quotes", "'}'"),
            ("{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, "',' or '}' after an object member", "'\"'"),
            ("[1, 2", 1, 6, "',' or ']' after an array element", "the end of the text"),
            ("[01]", 1, 3, "'.', 'e' or the end of the number after a leading 0", "'1'"),
            ("1.", 1, 3, "a digit after the decimal point", "the end of the text"),
            ("tru", 1, 4, "'true'", "the end of the text"),
            ("\"abc", 1, 5, "a closing '\"' of the string", "the end of the text"),
            ("\"a\tb\"", 1, 3, "a control character written as an escape such as \\n", "a tab"),
            ("\"\\x\"", 1, 3, "one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX", "'x'"),
            ("\"\\u12G4\"", 1, 6, "four hexadecimal digits after \\u", "'G'"),
            ("1e400", 1, 1, "a number within the range of a Double", "'1'"),
            ("{\"k\": 1, \"k\": 2}", 1, 10, "a key not used before in this object", "'\"'"),
            ("[] x", 1, 4, "the end of the text after the value", "'x'"),
            ("[\"é\", ?]", 1, 7, "a value", "'?'"),
            ("NaN", 1, 1, "a value", "'N'"),
        ]
    )
    func errors(
        text: String,
        line: Int,
        column: Int,
        expected: String,
        found: String
    ) {
        #expect(throws: JSONParseError.self) { try JSONValue(parsing: text) }
        do {
            _ = try JSONValue(parsing: text)
        } catch {
            #expect(error.line == line)
            #expect(error.column == column)
            #expect(error.expected == expected)
            #expect(error.found == found)
        }
    }

    @Test("lone surrogates are refused")
    func loneSurrogates() {
        for text in [#""\ud83d""#, #""\ude00""#, #""\ud83d\u0041""#] {
            #expect(throws: JSONParseError.self) { try JSONValue(parsing: text) }
        }
    }

    @Test("invalid UTF-8 inside a string is refused at the string")
    func invalidUTF8() throws {
        let bytes: [UInt8] = Array("[1, \"a".utf8) + [0xFF] + Array("\"]".utf8)
        let error = try #require(throws: JSONParseError.self) { try JSONValue(parsing: bytes) }
        #expect(error.column == 5)
        #expect(error.expected == "a string in valid UTF-8")
    }

    @Test("deep nesting is refused cleanly, at the limit and far beyond it")
    func depthLimit() throws {
        let parser = JSONParser(maximumDepth: 4)
        #expect(try parser.parse("[[[[1]]]]") == [[[[1]]]])
        let error = try #require(throws: JSONParseError.self) { try parser.parse("[[[[[1]]]]]") }
        #expect(error.column == 5)
        #expect(error.expected == "at most 4 levels of nested arrays and objects")

        let hostile = String(repeating: "[", count: 100_000)
        #expect(throws: JSONParseError.self) { try JSONValue(parsing: hostile) }
        let objects = String(repeating: "{\"a\":", count: 600) + "1" + String(repeating: "}", count: 600)
        #expect(throws: JSONParseError.self) { try JSONValue(parsing: objects) }
    }
}
