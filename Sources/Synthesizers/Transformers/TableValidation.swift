// Synthesizers: checking a table against its plan, every problem listed at once.

import Tabular

extension TablePlan {
    /// Checks that `table` fits the plan and returns every problem found (empty when it fits).
    ///
    /// Checked: each planned column exists and each table column is planned; each role suits
    /// the column's storage (numerical needs numbers, datetime needs datetimes, boolean needs
    /// Booleans or two categories); the primary key is planned, never missing and unique.
    public func problems(with table: Table) -> [String] {
        var problems: [String] = []
        let planned = Set(columns.map(\.name))
        for name in table.columnNames where !planned.contains(name) {
            problems.append("column '\(name)' is in the data but not in the metadata; add it")
        }
        var seen: Set<String> = []
        for plan in columns {
            if !seen.insert(plan.name).inserted {
                problems.append("column '\(plan.name)' appears twice in the metadata")
            }
            guard let column = table[plan.name] else {
                problems.append("column '\(plan.name)' is in the metadata but not in the data")
                continue
            }
            if let problem = Self.mismatch(plan.role, column) { problems.append(problem) }
        }
        if let key = primaryKey { problems += keyProblems(key, table: table) }
        return problems
    }

    private static func mismatch(_ role: ColumnRole, _ column: Column) -> String? {
        let kind = column.kind.rawValue
        switch (role, column.data) {
        case (.numerical, .number), (.datetime, .datetime):
            return nil
        case (.numerical, _):
            return "column '\(column.name)' is numerical in the metadata but holds \(kind) "
                + "values; mark it categorical or fix the values"
        case (.datetime, _):
            return "column '\(column.name)' is datetime in the metadata but holds \(kind) "
                + "values; give its datetime_format so the values can be read as dates"
        case (.boolean, .number), (.boolean, .datetime):
            return "column '\(column.name)' is boolean in the metadata but holds \(kind) "
                + "values; mark it categorical"
        default:
            return nil
        }
    }

    private func keyProblems(_ key: String, table: Table) -> [String] {
        guard columns.contains(where: { $0.name == key }) else {
            return ["primary key '\(key)' is not a column of the metadata; name one of its columns"]
        }
        guard let column = table[key] else { return [] }
        var problems: [String] = []
        let missing = column.missingCount
        if missing > 0 {
            problems.append(
                "primary key '\(key)' has \(missing) missing values; keys must be complete")
        }
        let codes = CategoryCodes(column)
        if codes.values.count < codes.codes.count {
            let duplicates = codes.codes.count - codes.values.count
            problems.append(
                "primary key '\(key)' repeats values (\(duplicates) duplicate rows); "
                    + "keys must be unique"
            )
        }
        return problems
    }
}
