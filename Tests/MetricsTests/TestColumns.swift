// MetricsTests: small columns and tables written inline.

import Metrics
import Tabular

/// A number column; NaN entries are missing.
func numbers(_ name: String, _ values: [Double], integers: Bool = false) -> Column {
    Column(name: name, numbers: NumberColumn(values: values, holdsIntegers: integers))
}

/// A category column; `nil` entries are missing.
func categories(_ name: String, _ values: [String?]) -> Column {
    Column(name: name, categories: CategoryColumn(values: values))
}

/// A category column from the characters of a string, one row per character.
func letters(_ name: String, _ text: String) -> Column {
    categories(name, text.map { String($0) })
}

/// A datetime column from seconds since the epoch; NaN entries are missing.
func instants(_ name: String, _ seconds: [Double]) -> Column {
    Column(name: name, data: .datetime(DatetimeColumn(seconds: seconds, format: .init("%Y-%m-%d"))))
}

/// A table of the given columns (test data, known to be well formed).
func table(_ columns: Column...) throws -> Table {
    try Table(columns: columns)
}
