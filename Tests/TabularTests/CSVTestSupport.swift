// TabularTests: helpers shared by the CSV tests.

import Foundation
import Testing

@testable import Tabular

/// Reads CSV text with the given options; errors name the source `test.csv`.
func readCSV(_ text: String, options: CSVReadOptions = CSVReadOptions()) throws(CSVError)
    -> Table
{
    try CSVReader(options: options).read(string: text, source: "test.csv")
}

/// Reads raw bytes as CSV; errors name the source `test.csv`.
func readCSV(bytes: [UInt8]) throws(CSVError) -> Table {
    try CSVReader().read(bytes: bytes, source: "test.csv")
}

/// The error reading `text` throws, or `nil` when it reads.
func csvError(_ text: String, options: CSVReadOptions = CSVReadOptions()) -> CSVError? {
    do {
        _ = try readCSV(text, options: options)
        return nil
    } catch {
        return error
    }
}

extension Table {
    /// The numbers of the column called `name`, or `nil` when it is missing or not numbers.
    func numbers(_ name: String) -> NumberColumn? {
        guard case .number(let column) = self[name]?.data else { return nil }
        return column
    }

    /// The categories of the column called `name`.
    func categories(_ name: String) -> CategoryColumn? {
        guard case .category(let column) = self[name]?.data else { return nil }
        return column
    }

    /// The datetimes of the column called `name`.
    func datetimes(_ name: String) -> DatetimeColumn? {
        guard case .datetime(let column) = self[name]?.data else { return nil }
        return column
    }

    /// The Booleans of the column called `name`.
    func booleans(_ name: String) -> BooleanColumn? {
        guard case .boolean(let column) = self[name]?.data else { return nil }
        return column
    }

    /// The text of the column called `name`.
    func texts(_ name: String) -> TextColumn? {
        guard case .text(let column) = self[name]?.data else { return nil }
        return column
    }

    /// The kinds of the columns, in order.
    var kinds: [ColumnKind] { columns.map(\.kind) }
}

/// Whether two arrays of doubles are equal bit for bit (NaN equal to NaN, -0 unequal to 0).
func bitwiseEqual(_ left: [Double], _ right: [Double]) -> Bool {
    left.count == right.count && zip(left, right).allSatisfy { $0.bitPattern == $1.bitPattern }
}
