// Metrics: RegexFormatAdherence, the share of synthetic values that match a regular expression.

import Foundation
import Tabular

/// The share of synthetic values that match a regular expression entirely.
///
/// ```
/// score = #(synthetic values that are missing or match the whole pattern) / #rows
/// ```
///
/// Values are matched as the text the reference would see: integers without missing values
/// as `123`, other numbers as `123.0`. The pattern uses ICU syntax (`NSRegularExpression`),
/// which agrees with Python's `re` on the usual classes, groups and quantifiers. The
/// reference additionally requires named groups to take values seen in the real column; that
/// refinement is not implemented.
public enum RegexFormatAdherence {
    /// The score of a synthetic column against `pattern`.
    ///
    /// - Throws: ``MetricsError/badParameter(name:value:allowed:)`` when the pattern does not
    ///   compile.
    /// - Complexity: O(n · pattern cost); each distinct value is matched once.
    public static func score(synthetic: Column, pattern: String) throws(MetricsError) -> Double {
        let expression: NSRegularExpression
        do {
            expression = try NSRegularExpression(pattern: "\\A(?:" + pattern + ")\\z")
        } catch {
            throw .badParameter(
                name: "regex format", value: "'\(pattern)'", allowed: "a valid regular expression")
        }
        let texts = Self.texts(synthetic)
        guard !texts.isEmpty else { return .nan }

        var cache: [String: Bool] = [:]
        let valid = texts.count { text in
            guard let text else { return true }
            if let known = cache[text] { return known }
            let whole = NSRange(text.startIndex..<text.endIndex, in: text)
            let result = expression.firstMatch(in: text, range: whole) != nil
            cache[text] = result
            return result
        }
        return Double(valid) / Double(texts.count)
    }

    /// The values as text, `nil` where missing.
    private static func texts(_ column: Column) -> [String?] {
        switch column.data {
        case .number(let values):
            let integers = values.holdsIntegers && !values.isMissing.contains(true)
            return values.values.indices.map { row in
                if values.isMissing[row] { return nil }
                let value = values.values[row]
                return integers && abs(value) < 1e18 ? String(Int64(value)) : "\(value)"
            }
        case .category(let values):
            return values.codes.map { $0 < 0 ? nil : values.levels[Int($0)] }
        case .text(let values):
            return values.values.indices.map { values.isMissing[$0] ? nil : values.values[$0] }
        case .boolean(let values):
            return values.values.indices.map { row in
                values.isMissing[row]
                    ? nil
                    : (values.values[row] ? values.spelling.trueText : values.spelling.falseText)
            }
        case .datetime(let values):
            return values.seconds.indices.map {
                values.isMissing[$0] ? nil : "\(values.seconds[$0])"
            }
        }
    }
}
