// Synthesizers: one category of a categorical, boolean or ordinal column, whatever its storage.

import Linalg
import Tabular

/// A category as the column stored it, so that reversing restores the same kind of column.
public enum CategoryValue: Sendable, Hashable {
    /// The missing category (the reference's "new category" for nulls).
    case missing
    /// A text category.
    case text(String)
    /// A number used as a category.
    case number(Double)
    /// A Boolean category.
    case boolean(Bool)

    /// The value as text, for matching an ordinal order given as text.
    var text: String? {
        switch self {
        case .missing: nil
        case .text(let value): value
        case .number(let value):
            value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .boolean(let value): value ? "true" : "false"
        }
    }
}

/// How a categorical column was stored, to rebuild the same kind.
public enum CategoryStorage: Sendable, Equatable {
    /// A dictionary-encoded `CategoryColumn`.
    case category
    /// A `TextColumn`.
    case text
    /// A `BooleanColumn` with its spelling.
    case boolean(BooleanSpelling)
    /// A `NumberColumn`.
    case number(holdsIntegers: Bool, decimals: Int)
}

/// Reads a column as one ``CategoryValue`` code per row plus the distinct values.
struct CategoryCodes {
    /// The distinct values, in first-appearance order.
    var values: [CategoryValue] = []
    /// For each row, an index into ``values``.
    var codes: [Int32] = []
    /// The storage of the column.
    var storage: CategoryStorage

    init(_ column: Column) {
        switch column.data {
        case .category(let category):
            storage = .category
            values = category.levels.map { .text($0) }
            var missingCode: Int32?
            codes = category.codes.map { code in
                guard code == CategoryColumn.missingCode else { return code }
                if let missingCode { return missingCode }
                let code = Int32(values.count)
                values.append(.missing)
                missingCode = code
                return code
            }
        case .text(let text):
            storage = .text
            encode(
                text.values.indices.map { text.isMissing[$0] ? .missing : .text(text.values[$0]) })
        case .boolean(let boolean):
            storage = .boolean(boolean.spelling)
            encode(
                boolean.values.indices.map {
                    boolean.isMissing[$0] ? .missing : .boolean(boolean.values[$0])
                })
        case .number(let number):
            storage = .number(holdsIntegers: number.holdsIntegers, decimals: number.decimals)
            encode(
                number.values.indices.map {
                    number.isMissing[$0] ? .missing : .number(number.values[$0])
                })
        case .datetime(let datetime):
            storage = .number(holdsIntegers: false, decimals: 0)
            encode(
                datetime.seconds.indices.map {
                    datetime.isMissing[$0] ? .missing : .number(datetime.seconds[$0])
                })
        }
    }

    private mutating func encode(_ rows: [CategoryValue]) {
        var lookup: [CategoryValue: Int32] = [:]
        codes.reserveCapacity(rows.count)
        for value in rows {
            if let code = lookup[value] {
                codes.append(code)
            } else {
                let code = Int32(values.count)
                lookup[value] = code
                values.append(value)
                codes.append(code)
            }
        }
    }
}

extension CategoryStorage {
    /// Builds a column of `count` generated rows: each row is missing with probability
    /// `missingRate` (one uniform draw), otherwise `value` makes it from the same generator.
    func generatedColumn(
        named name: String, count: Int, missingRate: Double, random: inout RandomSource,
        value: (inout RandomSource) -> CategoryValue
    ) -> Column {
        var rows: [CategoryValue] = []
        rows.reserveCapacity(count)
        for _ in 0..<count {
            if missingRate > 0, random.uniform() < missingRate {
                rows.append(.missing)
            } else {
                rows.append(value(&random))
            }
        }
        return column(named: name, rows: rows)
    }

    /// Builds a column of this storage from one category per row.
    func column(named name: String, rows: [CategoryValue]) -> Column {
        switch self {
        case .category:
            return Column(
                name: name,
                categories: CategoryColumn(
                    values: rows.map { if case .text(let t) = $0 { t } else { nil } }))
        case .text:
            let texts = rows.map { value -> String? in
                if case .text(let text) = value { return text }
                return nil
            }
            return Column(name: name, data: .text(TextColumn(values: texts)))
        case .boolean(let spelling):
            let values = rows.map { $0 == .boolean(true) }
            let missing = rows.map { $0 == .missing }
            return Column(
                name: name,
                data: .boolean(
                    BooleanColumn(values: values, isMissing: missing, spelling: spelling)))
        case .number(let holdsIntegers, let decimals):
            let values = rows.map { value -> Double in
                if case .number(let number) = value { return number }
                return .nan
            }
            let numbers = NumberColumn(
                values: values, isMissing: rows.map { $0 == .missing },
                holdsIntegers: holdsIntegers, decimals: decimals)
            return Column(name: name, numbers: numbers)
        }
    }
}
