// Synthesizers: every column's transformer together: table to model data and back.

import Linalg
import Tabular

/// The fitted transformers of a table, in plan order, turning the table into ``ModelData``
/// and model data back into a table (the reference's DataProcessor and HyperTransformer).
public struct TableTransformer: Sendable, Equatable {
    /// The plan the transformers were fitted for.
    public var plan: TablePlan
    /// One transformer per planned column, in plan order.
    public var transformers: [ColumnTransformer]

    /// Creates a table transformer from stored parts (for loading a model file).
    public init(plan: TablePlan, transformers: [ColumnTransformer]) {
        precondition(
            plan.columns.count == transformers.count,
            "TableTransformer: \(plan.columns.count) columns, \(transformers.count) transformers")
        self.plan = plan
        self.transformers = transformers
    }

    /// The names of the model columns, in order.
    public var modelColumnNames: [String] {
        zip(plan.columns, transformers).filter { $0.1.isModelled }.map { $0.0.name }
    }

    /// Validates `table` against `plan`, fits every transformer and transforms the table.
    ///
    /// - Parameters:
    ///   - table: The training table.
    ///   - plan: The roles of its columns.
    ///   - options: Range and rounding options.
    ///   - random: The fit's generator; column k draws from `random.derived(index: k)`.
    /// - Returns: The transformer and the model data.
    /// - Throws: ``SynthesizerError/invalidData(_:)`` listing every problem.
    public static func fitting(
        _ table: Table, plan: TablePlan, options: TransformOptions, random: RandomSource
    ) throws(SynthesizerError) -> (TableTransformer, ModelData) {
        let problems = plan.problems(with: table)
        guard problems.isEmpty else { throw .invalidData(problems) }

        var transformers: [ColumnTransformer] = []
        var names: [String] = []
        var columns: [[Double]] = []
        var isUniformCode: [Bool] = []
        var categoryEdges: [[Double]?] = []
        var failures: [String] = []
        for (index, columnPlan) in plan.columns.enumerated() {
            guard let column = table[columnPlan.name] else { continue }
            var stream = random.derived(index: index)
            do {
                let transformer = try ColumnTransformer.fitting(
                    column, role: columnPlan.role, isKey: plan.primaryKey == columnPlan.name,
                    options: options, random: &stream)
                transformers.append(transformer)
                if transformer.isModelled {
                    names.append(columnPlan.name)
                    columns.append(transformer.transform(column, random: &stream))
                    if case .uniform(let encoder) = transformer {
                        isUniformCode.append(true)
                        categoryEdges.append(encoder.edges)
                    } else {
                        isUniformCode.append(false)
                        categoryEdges.append(nil)
                    }
                }
            } catch {
                if case .invalidData(let found) = error { failures += found }
            }
        }
        guard failures.isEmpty else { throw .invalidData(failures) }
        let transformer = TableTransformer(plan: plan, transformers: transformers)
        let data = ModelData(
            names: names, columns: columns, rowCount: table.rowCount, isUniformCode: isUniformCode,
            categoryEdges: categoryEdges)
        return (transformer, data)
    }

    /// The table back from model data whose columns are ``modelColumnNames``.
    ///
    /// - Parameters:
    ///   - data: Sampled model data.
    ///   - cursors: One stream position per planned column (used by generated columns),
    ///     advanced past the values drawn.
    ///   - random: The generator of this chunk; column k draws from `random.derived(index: k)`.
    public func reverse(
        _ data: ModelData, cursors: inout [UInt64], random: RandomSource
    ) -> Table {
        precondition(
            cursors.count == transformers.count,
            "TableTransformer.reverse: \(cursors.count) cursors for \(transformers.count) columns")
        precondition(
            data.names == modelColumnNames,
            "TableTransformer.reverse: the model sampled \(data.names), not \(modelColumnNames)")
        var modelIndex = 0
        var columns: [Column] = []
        for (index, transformer) in transformers.enumerated() {
            var stream = random.derived(index: index)
            var values: [Double]?
            if transformer.isModelled {
                values = data.columns[modelIndex]
                modelIndex += 1
            }
            columns.append(
                transformer.reverse(
                    values, count: data.rowCount, name: plan.columns[index].name,
                    cursor: &cursors[index], random: &stream))
        }
        do {
            return try Table(columns: columns)
        } catch {
            preconditionFailure("TableTransformer.reverse built an invalid table: \(error)")
        }
    }
}
