// Tabular: a table of named, typed columns of equal length.

/// A table: named, typed columns of equal length with explicit missing values.
///
/// `Table` is a value. Its columns are stored in copy-on-write arrays, so selecting columns
/// shares storage with the original and costs nothing per row.
///
/// ```swift
/// let table = try CSVReader().read(contentsOf: url)
/// let preview = table.head(5)
/// let measurements = try table.selecting(["Sepal.Length", "Sepal.Width"])
/// ```
public struct Table: Sendable, Equatable {
    /// The columns, in order.
    public private(set) var columns: [Column]

    /// The number of rows.
    public let rowCount: Int

    private var indexByName: [String: Int]

    /// Creates a table from columns of equal length with distinct, non-empty names.
    ///
    /// - Throws: ``TableError`` when names repeat or are empty, or when lengths differ.
    public init(columns: [Column]) throws(TableError) {
        var indexByName: [String: Int] = [:]
        for (index, column) in columns.enumerated() {
            guard !column.name.isEmpty else { throw .emptyColumnName(position: index + 1) }
            guard indexByName[column.name] == nil else {
                throw .duplicateColumnName(column.name)
            }
            indexByName[column.name] = index
        }

        let rowCount = columns.first?.count ?? 0
        if let uneven = columns.first(where: { $0.count != rowCount }) {
            throw .lengthMismatch(column: uneven.name, count: uneven.count, expected: rowCount)
        }

        self.columns = columns
        self.rowCount = rowCount
        self.indexByName = indexByName
    }

    /// A table with no columns and no rows.
    public static let empty = Table(uncheckedColumns: [], rowCount: 0)

    private init(uncheckedColumns: [Column], rowCount: Int) {
        self.columns = uncheckedColumns
        self.rowCount = rowCount
        self.indexByName = Dictionary(
            uniqueKeysWithValues: uncheckedColumns.enumerated().map { ($1.name, $0) }
        )
    }

    /// The number of columns.
    public var columnCount: Int { columns.count }

    /// The column names, in order.
    public var columnNames: [String] { columns.map(\.name) }

    /// The column called `name`, or `nil` when there is none.
    public subscript(name: String) -> Column? {
        indexByName[name].map { columns[$0] }
    }

    /// The position of the column called `name`, or `nil` when there is none.
    public func index(ofColumn name: String) -> Int? {
        indexByName[name]
    }

    /// A table of the named columns, in the order given.
    ///
    /// - Complexity: O(number of names); the column storage is shared, not copied.
    /// - Throws: ``TableError/unknownColumn(_:available:)`` for a name the table lacks.
    public func selecting(_ names: [String]) throws(TableError) -> Table {
        var selected: [Column] = []
        for name in names {
            guard let column = self[name] else {
                throw .unknownColumn(name, available: columnNames)
            }
            selected.append(column)
        }
        return try Table(columns: selected)
    }

    /// The rows in `range`, which is clamped to the table's rows.
    ///
    /// - Complexity: O(rows in the range × columns).
    public func rows(_ range: Range<Int>) -> Table {
        let clamped = range.clamped(to: 0..<rowCount)
        return Table(uncheckedColumns: columns.map { $0.slice(clamped) }, rowCount: clamped.count)
    }

    /// The rows at `rows`, in that order; each index must be a valid row.
    ///
    /// - Complexity: O(`rows.count` × columns).
    public func rows(at rows: [Int]) -> Table {
        precondition(
            rows.allSatisfy { (0..<rowCount).contains($0) },
            "Table.rows(at:): an index lies outside 0..<\(rowCount)"
        )
        return Table(uncheckedColumns: columns.map { $0.gather(rows) }, rowCount: rows.count)
    }

    /// The first `count` rows (all of them when the table is shorter), for previews.
    public func head(_ count: Int = 5) -> Table {
        rows(0..<max(0, count))
    }

    /// A copy with the column at `index` replaced; the new column must keep the row count and
    /// must not take another column's name.
    ///
    /// - Throws: ``TableError`` when the length differs or the name is taken.
    public func replacingColumn(at index: Int, with column: Column) throws(TableError) -> Table {
        var replaced = columns
        replaced[index] = column
        return try Table(columns: replaced)
    }
}

/// A problem with the shape of a table.
public enum TableError: Error, Equatable, CustomStringConvertible {
    /// Two columns share a name.
    case duplicateColumnName(String)
    /// A column has an empty name; `position` counts from 1.
    case emptyColumnName(position: Int)
    /// A column has a different number of rows from the first.
    case lengthMismatch(column: String, count: Int, expected: Int)
    /// A column was asked for by a name the table does not have.
    case unknownColumn(String, available: [String])

    /// A sentence that names the problem and the fix.
    public var description: String {
        switch self {
        case .duplicateColumnName(let name):
            "two columns are named '\(name)'; give every column a distinct name"
        case .emptyColumnName(let position):
            "column \(position) has an empty name; give every column a name"
        case .lengthMismatch(let column, let count, let expected):
            "column '\(column)' has \(count) rows but the table has \(expected); "
                + "columns must have equal lengths"
        case .unknownColumn(let name, let available):
            "there is no column '\(name)'; the columns are: "
                + available.map { "'\($0)'" }.joined(separator: ", ")
        }
    }
}
