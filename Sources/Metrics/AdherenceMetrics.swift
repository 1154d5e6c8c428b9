// Metrics: whether synthetic values stay inside what the real column allows.

import Tabular

/// The share of synthetic values inside the real column's range `[min, max]`.
///
/// ```
/// nullable = the real column has a missing value
/// score    = #(s ∈ [min_real, max_real]) / #s
/// ```
///
/// When the real column is nullable, missing synthetic values are dropped first; otherwise
/// they count as outside. Datetimes compare as instants. NaN when no synthetic value is left.
/// A declared minimum, maximum or nullability replaces the one taken from the real column.
public enum BoundaryAdherence {
    /// The score of a numerical or datetime column.
    ///
    /// - Throws: ``MetricsError/wrongKind(column:expected:found:)`` for other kinds.
    /// - Complexity: O(n).
    public static func score(
        real: Column, synthetic: Column, declared: DeclaredRange? = nil
    ) throws(MetricsError) -> Double {
        var range = declared
        if real.kind == .datetime, let given = declared {
            range?.minimum = given.minimum.map { $0 * nanosecondsPerSecond }
            range?.maximum = given.maximum.map { $0 * nanosecondsPerSecond }
        }
        return score(
            real: try real.continuousValues(), synthetic: try synthetic.continuousValues(),
            declared: range)
    }

    /// The score of two samples; NaN entries are missing.
    public static func score(
        real: [Double], synthetic: [Double], declared: DeclaredRange? = nil
    ) -> Double {
        var low = Double.infinity
        var high = -Double.infinity
        var nullable = false
        for value in real {
            if value.isNaN {
                nullable = true
            } else {
                low = Swift.min(low, value)
                high = Swift.max(high, value)
            }
        }
        low = declared?.minimum ?? low
        high = declared?.maximum ?? high
        nullable = declared?.allowsMissing ?? nullable

        var considered = 0
        var inside = 0
        for value in synthetic where !(nullable && value.isNaN) {
            considered += 1
            if value >= low && value <= high { inside += 1 }
        }
        return considered == 0 ? .nan : Double(inside) / Double(considered)
    }
}

/// The share of synthetic values that are categories of the real column.
///
/// ```
/// nullable = the real column has a missing value
/// score    = mean( s ∈ categories(real)  ∨  (nullable ∧ s missing) )
/// ```
///
/// NaN for a synthetic column without rows. Declared values or nullability replace the ones
/// taken from the real column (values compare as text, numbers written as integers when whole).
public enum CategoryAdherence {
    /// The score of a discrete column (categories, Booleans, numbers or text).
    ///
    /// - Complexity: O(n) expected.
    public static func score(real: Column, synthetic: Column, declared: DeclaredRange? = nil)
        -> Double
    {
        let codes = SharedCodes(real: real, synthetic: synthetic)
        var allowed = Array(repeating: false, count: codes.levelCount)
        var nullable = false
        for code in codes.real {
            if code < 0 { nullable = true } else { allowed[Int(code)] = true }
        }
        if let values = declared?.values.map(Set.init) {
            allowed = codes.labels.map { values.contains($0) }
        }
        nullable = declared?.allowsMissing ?? nullable
        guard !codes.synthetic.isEmpty else { return .nan }
        let valid = codes.synthetic.count { $0 < 0 ? nullable : allowed[Int($0)] }
        return Double(valid) / Double(codes.synthetic.count)
    }
}

/// The share of synthetic key values that are neither missing nor a repeat of an earlier row.
///
/// ```
/// score = 1 − #(rows whose key is all missing or repeats an earlier row) / #rows
/// ```
///
/// For a composite key the rows' tuples of values are compared. NaN without rows.
public enum KeyUniqueness {
    /// The score of the synthetic key columns (the real ones do not enter the score).
    ///
    /// - Parameter synthetic: The key's columns, all of the same length.
    /// - Complexity: O(n · key columns) expected.
    public static func score(synthetic: [Column]) -> Double {
        guard let rowCount = synthetic.first?.count, rowCount > 0 else { return .nan }
        let codes = synthetic.map { SharedCodes(real: $0, synthetic: $0.slice(0..<0)).real }

        var seen = Set<[Int32]>()
        var invalid = 0
        for row in 0..<rowCount {
            let key = codes.map { $0[row] }
            let allMissing = key.allSatisfy { $0 < 0 }
            let isNew = seen.insert(key).inserted
            if allMissing || !isNew { invalid += 1 }
        }
        return 1 - Double(invalid) / Double(rowCount)
    }
}

/// The share of synthetic datetime values written in the declared format.
///
/// ```
/// score = #(synthetic values that are missing or read as a date in the format) / #rows
/// ```
///
/// A text or category column is checked value by value (see `DatetimePatternMatcher`). A
/// column the reader already parsed as datetimes adheres entirely: every present value was
/// read as an instant (the reference checks the text, which a parsed column no longer has).
public enum DatetimeFormatAdherence {
    /// The score of a synthetic column against the declared `format`.
    ///
    /// - Throws: ``MetricsError/wrongKind(column:expected:found:)`` for numbers and Booleans.
    /// - Complexity: O(n · format length).
    public static func score(synthetic: Column, format: String) throws(MetricsError) -> Double {
        guard synthetic.count > 0 else { return .nan }
        let texts: [String?]
        switch synthetic.data {
        case .datetime:
            return 1
        case .category(let values):
            texts = values.codes.map { $0 < 0 ? nil : values.levels[Int($0)] }
        case .text(let values):
            texts = values.values.indices.map { values.isMissing[$0] ? nil : values.values[$0] }
        default:
            throw .wrongKind(
                column: synthetic.name, expected: "datetimes or text",
                found: synthetic.kindDescription)
        }
        let matcher = DatetimePatternMatcher(format)
        var cache: [String: Bool] = [:]
        let valid = texts.count { text in
            guard let text else { return true }
            if let known = cache[text] { return known }
            let result = matcher.matches(text)
            cache[text] = result
            return result
        }
        return Double(valid) / Double(texts.count)
    }
}
