// Reports: escaping of text for HTML and SVG, so that any column name is safe on the page.

/// Escapes text for HTML and XML (SVG) output.
enum Markup {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities; safe in element content and
    /// in quoted attribute values alike. Control characters other than tab and newline, which
    /// XML forbids, become U+FFFD.
    ///
    /// - Complexity: O(n) in the length of `text`; no copy when nothing needs escaping.
    static func escape(_ text: String) -> String {
        var bytes = text
        guard bytes.withUTF8({ $0.contains(where: needsEscape) }) else { return text }

        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            default:
                let forbidden =
                    scalar.value < 0x20 || scalar.value == 0xFFFE
                    || scalar.value == 0xFFFF
                result.unicodeScalars.append(forbidden ? "\u{FFFD}" : scalar)
            }
        }
        return result
    }

    /// `text` shortened to at most `limit` characters, ending with an ellipsis when cut.
    static func truncate(_ text: String, to limit: Int) -> String {
        guard text.count > limit, limit > 1 else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
            UInt8(ascii: "'"):
            true
        case 0xEF: true  // may start U+FFFE or U+FFFF
        default: byte < 0x20 && byte != 0x09 && byte != 0x0A
        }
    }
}
