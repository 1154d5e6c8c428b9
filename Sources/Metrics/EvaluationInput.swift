// Metrics: checking the two tables against each other and against the schema.

import Tabular

/// The real and synthetic tables, checked to have the same columns as the schema.
struct EvaluationInput {
    var real: Table
    var synthetic: Table
    var schema: EvaluationSchema

    /// Checks the tables and the schema.
    ///
    /// - Throws: ``MetricsError/columnsDiffer(onlyInReal:onlyInSynthetic:)`` when the tables'
    ///   columns differ, ``MetricsError/schemaMismatch(missingFromData:missingFromSchema:)``
    ///   when the schema does not describe exactly those columns, and
    ///   ``MetricsError/emptyTable(which:)`` when a table has no rows.
    init(real: Table, synthetic: Table, schema: EvaluationSchema) throws(MetricsError) {
        let realNames = Set(real.columnNames)
        let syntheticNames = Set(synthetic.columnNames)
        if realNames != syntheticNames {
            throw .columnsDiffer(
                onlyInReal: real.columnNames.filter { !syntheticNames.contains($0) },
                onlyInSynthetic: synthetic.columnNames.filter { !realNames.contains($0) })
        }

        var seen = Set<String>()
        if let repeated = schema.columnNames.first(where: { !seen.insert($0).inserted }) {
            throw .badParameter(
                name: "schema", value: "column '\(repeated)' listed twice",
                allowed: "each column listed once")
        }

        let schemaNames = Set(schema.columnNames)
        let keyNames = schema.primaryKey.filter { !schemaNames.contains($0) }
        if schemaNames != realNames || !keyNames.isEmpty {
            throw .schemaMismatch(
                missingFromData: schema.columnNames.filter { !realNames.contains($0) } + keyNames,
                missingFromSchema: real.columnNames.filter { !schemaNames.contains($0) })
        }

        if real.rowCount == 0 { throw .emptyTable(which: "real") }
        if synthetic.rowCount == 0 { throw .emptyTable(which: "synthetic") }

        self.real = real
        self.synthetic = synthetic
        self.schema = schema
    }

    /// The real and synthetic column called `name` (the initializer checked both exist).
    func columns(_ name: String) -> (real: Column, synthetic: Column) {
        guard let first = real[name], let second = synthetic[name] else {
            preconditionFailure("EvaluationInput: column '\(name)' vanished after the check")
        }
        return (first, second)
    }
}

extension MetricsError {
    /// The text a report row stores for a failed metric.
    var rowMessage: String { description }
}
