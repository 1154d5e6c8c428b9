// Synthesizers: the dense numeric table a model is fitted on and samples into.

/// The model-space table: one `Double` array per model column, all of equal length, no
/// missing values. The columns are stored separately so each can be transformed in place.
public struct ModelData: Sendable, Equatable {
    /// The names of the model columns (the source column names).
    public var names: [String]

    /// The values, one array per column.
    public var columns: [[Double]]

    /// The number of rows.
    public let rowCount: Int

    /// For each column, whether it is Uniform(0, 1) by construction (the codes of a
    /// categorical, boolean or ordinal column), so that a model may use that marginal exactly.
    public var isUniformCode: [Bool]

    /// Creates model data; every column must have `rowCount` values.
    ///
    /// - Parameter isUniformCode: Which columns are uniform codes; none when `nil`.
    public init(names: [String], columns: [[Double]], rowCount: Int, isUniformCode: [Bool]? = nil) {
        precondition(
            names.count == columns.count,
            "ModelData: \(names.count) names for \(columns.count) columns")
        precondition(
            columns.allSatisfy { $0.count == rowCount },
            "ModelData: column lengths \(columns.map(\.count)) differ from \(rowCount)")
        self.names = names
        self.columns = columns
        self.rowCount = rowCount
        self.isUniformCode = isUniformCode ?? Array(repeating: false, count: names.count)
        precondition(
            self.isUniformCode.count == names.count,
            "ModelData: \(self.isUniformCode.count) uniform flags for \(names.count) columns")
    }

    /// The number of columns.
    public var columnCount: Int { columns.count }
}
