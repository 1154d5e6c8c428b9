// Metrics: the problems an evaluation can report.

/// A problem with the tables or parameters given to a metric or a report.
public enum MetricsError: Error, Equatable, CustomStringConvertible {
    /// The real and synthetic tables do not have the same columns.
    case columnsDiffer(onlyInReal: [String], onlyInSynthetic: [String])
    /// The schema names columns the tables lack, or the tables hold columns it does not name.
    case schemaMismatch(missingFromData: [String], missingFromSchema: [String])
    /// A table has no rows.
    case emptyTable(which: String)
    /// A column holds values of the wrong kind for its role.
    case wrongKind(column: String, expected: String, found: String)
    /// A metric has no present value to work on.
    case noValues(column: String, metric: String)
    /// A column is constant, so a correlation is undefined.
    case constantColumn(column: String, which: String)
    /// Too few complete rows to compute a statistic.
    case tooFewRows(column: String, rows: Int, needed: Int)
    /// A parameter is outside its allowed range.
    case badParameter(name: String, value: String, allowed: String)

    /// A sentence that names the subject, the bad value and the fix.
    public var description: String {
        switch self {
        case .columnsDiffer(let real, let synthetic):
            "the real and synthetic tables have different columns (only in real: "
                + Self.list(real) + "; only in synthetic: " + Self.list(synthetic)
                + "); give both tables the same columns"
        case .schemaMismatch(let missingFromData, let missingFromSchema):
            "the metadata does not match the data (in the metadata but not the data: "
                + Self.list(missingFromData) + "; in the data but not the metadata: "
                + Self.list(missingFromSchema) + "); describe exactly the table's columns"
        case .emptyTable(let which):
            "the \(which) table has no rows; evaluate tables with at least one row"
        case .wrongKind(let column, let expected, let found):
            "column '\(column)' should hold \(expected) but holds \(found); "
                + "fix the column's sdtype in the metadata or its values"
        case .noValues(let column, let metric):
            "\(metric) needs at least one present value in column '\(column)' of both tables"
        case .constantColumn(let column, let which):
            "the \(which) data in column '\(column)' is constant; "
                + "a correlation is undefined for constant data"
        case .tooFewRows(let column, let rows, let needed):
            "column '\(column)' has \(rows) complete rows but \(needed) are needed"
        case .badParameter(let name, let value, let allowed):
            "parameter \(name) is \(value) but must be \(allowed)"
        }
    }

    private static func list(_ names: [String]) -> String {
        names.isEmpty ? "none" : names.map { "'\($0)'" }.joined(separator: ", ")
    }
}
