// Tabular: a dictionary-encoded column of repeated strings.

/// A column of repeated strings, each distinct string stored once as a level and every row
/// holding the level's code.
public struct CategoryColumn: Sendable, Equatable {
    /// The code of a missing entry.
    public static let missingCode: Int32 = -1

    /// The distinct present values, in order of first appearance.
    public var levels: [String]

    /// For each row, an index into ``levels``, or ``missingCode``.
    public var codes: [Int32]

    /// Creates a column from levels and codes.
    ///
    /// - Precondition: every code is ``missingCode`` or a valid index into `levels`.
    public init(levels: [String], codes: [Int32]) {
        precondition(
            codes.allSatisfy { $0 == Self.missingCode || (0..<Int32(levels.count)).contains($0) },
            "CategoryColumn: a code lies outside 0..<\(levels.count)"
        )
        self.levels = levels
        self.codes = codes
    }

    /// Creates a column by encoding values; `nil` is missing. Levels follow first appearance.
    public init(values: [String?]) {
        var levels: [String] = []
        var lookup: [String: Int32] = [:]
        var codes: [Int32] = []
        codes.reserveCapacity(values.count)
        for value in values {
            guard let value else {
                codes.append(Self.missingCode)
                continue
            }
            if let code = lookup[value] {
                codes.append(code)
            } else {
                let code = Int32(levels.count)
                lookup[value] = code
                levels.append(value)
                codes.append(code)
            }
        }
        self.levels = levels
        self.codes = codes
    }

    /// The number of entries, missing ones included.
    public var count: Int { codes.count }

    /// The value at `row`, or `nil` when it is missing.
    public subscript(row: Int) -> String? {
        let code = codes[row]
        return code == Self.missingCode ? nil : levels[Int(code)]
    }

    /// Whether the entry at `row` is missing.
    public func isMissing(at row: Int) -> Bool {
        codes[row] == Self.missingCode
    }

    /// The rows in `range` as a new column sharing the same levels.
    public func slice(_ range: Range<Int>) -> CategoryColumn {
        CategoryColumn(levels: levels, codes: Array(codes[range]))
    }

    /// The rows at `rows`, in that order, as a new column sharing the same levels.
    public func gather(_ rows: [Int]) -> CategoryColumn {
        CategoryColumn(levels: levels, codes: rows.map { codes[$0] })
    }
}
