// JSONFormat: writing values as JSON text.

/// How ``JSONValue/serialized(style:)`` lays out its text.
public enum JSONOutputStyle: Sendable, Equatable {
    /// No white space at all: `{"a":[1,2]}`.
    case compact
    /// One member or element per line, nested levels indented by `spaces` spaces, `": "`
    /// between key and value; empty arrays and objects stay `[]` and `{}`. The reference
    /// writes its metadata files this way with 4 spaces.
    case indented(spaces: Int)

    /// Indented by 4 spaces, like the reference's metadata files.
    public static let pretty = JSONOutputStyle.indented(spaces: 4)
}

extension JSONValue {
    /// The value as JSON text.
    ///
    /// Strings escape `"`, `\` and control characters (`\n`, `\t`, ..., others as `\u00XX`)
    /// and keep all other characters as they are. Integers are written without a fraction;
    /// other numbers in the shortest form that reads back to the same `Double` (`0.1`,
    /// `1e+300`, `5.0`, `-0.0`); NaN and infinities are written as `null`.
    ///
    /// - Complexity: O(size of the output).
    public func serialized(style: JSONOutputStyle = .compact) -> String {
        var output = ""
        var writer = JSONTextWriter(style: style)
        writer.write(self, into: &output, level: 0)
        return output
    }
}

/// The recursive writer behind ``JSONValue/serialized(style:)``.
private struct JSONTextWriter {
    let indentUnit: String?

    init(style: JSONOutputStyle) {
        switch style {
        case .compact:
            indentUnit = nil
        case .indented(let spaces):
            precondition(spaces >= 0, "JSONOutputStyle.indented: spaces \(spaces) < 0")
            indentUnit = String(repeating: " ", count: spaces)
        }
    }

    mutating func write(_ value: JSONValue, into output: inout String, level: Int) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .integer(let integer): output += String(integer)
        case .number(let number): output += Self.numberText(number)
        case .string(let text): Self.writeString(text, into: &output)
        case .array(let elements):
            writeContainer(elements, open: "[", close: "]", into: &output, level: level) {
                writer, element, output in
                writer.write(element, into: &output, level: level + 1)
            }
        case .object(let object):
            let separator = indentUnit == nil ? ":" : ": "
            writeContainer(object.members, open: "{", close: "}", into: &output, level: level) {
                writer, member, output in
                Self.writeString(member.key, into: &output)
                output += separator
                writer.write(member.value, into: &output, level: level + 1)
            }
        }
    }

    private mutating func writeContainer<Element>(
        _ elements: [Element],
        open: String,
        close: String,
        into output: inout String,
        level: Int,
        writeElement: (inout JSONTextWriter, Element, inout String) -> Void
    ) {
        output += open
        guard !elements.isEmpty else {
            output += close
            return
        }
        for (index, element) in elements.enumerated() {
            if index > 0 { output += "," }
            newline(into: &output, level: level + 1)
            writeElement(&self, element, &output)
        }
        newline(into: &output, level: level)
        output += close
    }

    private func newline(into output: inout String, level: Int) {
        guard let indentUnit else { return }
        output += "\n"
        for _ in 0..<level {
            output += indentUnit
        }
    }

    static func numberText(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        return number.description
    }

    static func writeString(_ text: String, into output: inout String) {
        output += "\""
        // Most strings (column and metric names) need no escape: appended whole, not scalar
        // by scalar, which is many times faster.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16, uppercase: false)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
