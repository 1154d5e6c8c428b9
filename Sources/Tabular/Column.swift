// Tabular: a named column of one kind, and the operations every kind shares.

/// The values of a column, by kind.
public enum ColumnData: Sendable, Equatable {
    /// Real numbers.
    case number(NumberColumn)
    /// Dictionary-encoded repeated strings.
    case category(CategoryColumn)
    /// Points in time.
    case datetime(DatetimeColumn)
    /// True and false.
    case boolean(BooleanColumn)
    /// Free text.
    case text(TextColumn)
}

/// A named column of a ``Table``.
public struct Column: Sendable, Equatable {
    /// The column's name, exactly as in the source (spaces, accents and symbols allowed).
    public var name: String

    /// The values.
    public var data: ColumnData

    /// Creates a column.
    public init(name: String, data: ColumnData) {
        self.name = name
        self.data = data
    }

    /// Creates a column of numbers.
    public init(name: String, numbers: NumberColumn) {
        self.init(name: name, data: .number(numbers))
    }

    /// Creates a column of categories.
    public init(name: String, categories: CategoryColumn) {
        self.init(name: name, data: .category(categories))
    }

    /// The storage kind of the column.
    public var kind: ColumnKind {
        switch data {
        case .number: .number
        case .category: .category
        case .datetime: .datetime
        case .boolean: .boolean
        case .text: .text
        }
    }

    /// The number of entries, missing ones included.
    public var count: Int {
        switch data {
        case .number(let column): column.count
        case .category(let column): column.count
        case .datetime(let column): column.count
        case .boolean(let column): column.count
        case .text(let column): column.count
        }
    }

    /// Whether the entry at `row` is missing.
    public func isMissing(at row: Int) -> Bool {
        switch data {
        case .number(let column): column.isMissing[row]
        case .category(let column): column.isMissing(at: row)
        case .datetime(let column): column.isMissing[row]
        case .boolean(let column): column.isMissing[row]
        case .text(let column): column.isMissing[row]
        }
    }

    /// The number of missing entries.
    public var missingCount: Int {
        switch data {
        case .number(let column): column.isMissing.count { $0 }
        case .category(let column): column.codes.count { $0 == CategoryColumn.missingCode }
        case .datetime(let column): column.isMissing.count { $0 }
        case .boolean(let column): column.isMissing.count { $0 }
        case .text(let column): column.isMissing.count { $0 }
        }
    }

    /// The rows in `range` as a new column of the same name and kind.
    ///
    /// - Complexity: O(`range.count`).
    public func slice(_ range: Range<Int>) -> Column {
        switch data {
        case .number(let column): Column(name: name, data: .number(column.slice(range)))
        case .category(let column): Column(name: name, data: .category(column.slice(range)))
        case .datetime(let column): Column(name: name, data: .datetime(column.slice(range)))
        case .boolean(let column): Column(name: name, data: .boolean(column.slice(range)))
        case .text(let column): Column(name: name, data: .text(column.slice(range)))
        }
    }

    /// The rows at `rows`, in that order, as a new column of the same name and kind.
    ///
    /// - Complexity: O(`rows.count`).
    public func gather(_ rows: [Int]) -> Column {
        switch data {
        case .number(let column): Column(name: name, data: .number(column.gather(rows)))
        case .category(let column): Column(name: name, data: .category(column.gather(rows)))
        case .datetime(let column): Column(name: name, data: .datetime(column.gather(rows)))
        case .boolean(let column): Column(name: name, data: .boolean(column.gather(rows)))
        case .text(let column): Column(name: name, data: .text(column.gather(rows)))
        }
    }
}
