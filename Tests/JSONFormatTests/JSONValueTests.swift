// JSONFormatTests: accessors of values and the ordered object.

import JSONFormat
import Testing

@Suite("JSONValue and JSONObject")
struct JSONValueTests {
    @Test("accessors return the value only for the matching type")
    func accessors() {
        let value: JSONValue = ["s": "x", "i": 3, "f": 2.0, "h": 2.5, "b": true, "a": [1, 2]]
        #expect(value["s"]?.stringValue == "x")
        #expect(value["i"]?.intValue == 3)
        #expect(value["i"]?.doubleValue == 3)
        #expect(value["f"]?.int64Value == 2)
        #expect(value["h"]?.int64Value == nil)
        #expect(value["h"]?.doubleValue == 2.5)
        #expect(value["b"]?.boolValue == true)
        #expect(value["b"]?.stringValue == nil)
        #expect(value["a"]?[1] == 2)
        #expect(value["a"]?[2] == nil)
        #expect(value["missing"] == nil)
        #expect(JSONValue.null.isNull)
        #expect(JSONValue.number(1e300).int64Value == nil)
        #expect(value["a"]?.typeName == "an array")
    }

    @Test("equality is structural: integer and floating-point numbers differ")
    func equality() {
        #expect(JSONValue.integer(5) != .number(5))
        #expect(JSONValue.integer(5).doubleValue == JSONValue.number(5).doubleValue)
        let forward: JSONValue = ["a": 1, "b": 2]
        let backward: JSONValue = ["b": 2, "a": 1]
        #expect(forward != backward)
    }

    @Test("setting, replacing and removing members keeps the order")
    func objectEditing() {
        var object: JSONObject = ["a": 1, "b": 2, "c": 3]
        object["b"] = "two"
        object["d"] = 4
        #expect(object.keys == ["a", "b", "c", "d"])
        #expect(object["b"] == "two")
        #expect(object.removeValue(forKey: "a") == 1)
        object["c"] = nil
        #expect(object.keys == ["b", "d"])
        #expect(object["d"] == 4)
        #expect(object.count == 2)
        #expect(object.removeValue(forKey: "zz") == nil)
        #expect(Array(object.map(\.key)) == ["b", "d"])
    }
}
