// JSONFormatTests: writing JSON text and reading it back.

import JSONFormat
import Testing

@Suite("JSON writer")
struct JSONWriterTests {
    @Test("compact output has no white space and keeps key order")
    func compact() {
        let value: JSONValue = ["b": 1, "a": [true, .null, "x"], "c": [:], "d": []]
        #expect(value.serialized() == #"{"b":1,"a":[true,null,"x"],"c":{},"d":[]}"#)
    }

    @Test("indented output uses 4 spaces like the reference's files")
    func indented() {
        let value: JSONValue = ["columns": ["age": ["sdtype": "numerical", "range_min": 18.0]],
                                "keys": [], "list": [1, 2]]
        let expected = """
            {
                "columns": {
                    "age": {
                        "sdtype": "numerical",
                        "range_min": 18.0
                    }
                },
                "keys": [],
                "list": [
                    1,
                    2
                ]
            }
            """
        #expect(value.serialized(style: .pretty) == expected)
        #expect(JSONValue.array([1]).serialized(style: .indented(spaces: 2)) == "[\n  1\n]")
    }

    @Test(
        "numbers: integers bare, others shortest round-trip, non-finite as null",
        arguments: [
            (JSONValue.integer(12_345_678_901_234), "12345678901234"),
            (.integer(-3), "-3"),
            (.number(12_345_678_901_234), "12345678901234.0"),
            (.number(5), "5.0"),
            (.number(0.1), "0.1"),
            (.number(1e300), "1e+300"),
            (.number(-0.0), "-0.0"),
            (.number(1e-7), "1e-07"),
            (.number(0.1 + 0.2), "0.30000000000000004"),
            (.number(.nan), "null"),
            (.number(.infinity), "null"),
            (.number(-.infinity), "null"),
        ]
    )
    func numbers(value: JSONValue, text: String) throws {
        #expect(value.serialized() == text)
        if value.doubleValue?.isFinite == true {
            #expect(try JSONValue(parsing: text) == value)
        }
    }

    @Test("strings escape quotes, backslashes and control characters only")
    func escapes() throws {
        let text = "q\" b\\ / \u{08}\u{0C}\n\r\t \u{01}\u{1F} é 😀"
        let written = JSONValue.string(text).serialized()
        #expect(written == #""q\" b\\ / \b\f\n\r\t \u0001\u001f é 😀""#)
        #expect(try JSONValue(parsing: written) == .string(text))
    }

    @Test("every value round-trips through compact and indented text")
    func roundTrip() throws {
        let value: JSONValue = [
            "null": .null, "flags": [true, false], "int": 42, "big": 12_345_678_901_234,
            "float": 0.1, "huge": 1e300, "negative zero": -0.0, "text": "line\nbreak \"q\"",
            "nested": ["deeper": [[], [:], ["k": "v"]]], "unicode ключ": "值",
        ]
        for style in [JSONOutputStyle.compact, .pretty] {
            #expect(try JSONValue(parsing: value.serialized(style: style)) == value)
        }
    }
}
