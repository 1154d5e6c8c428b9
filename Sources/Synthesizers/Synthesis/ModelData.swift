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

    /// For each uniform-code column, the upper edges of its categories' intervals in (0, 1]
    /// (the last is 1), so that a model can work with category indices: category k holds the
    /// codes in (edges[k − 1], edges[k]]. `nil` for other columns.
    public var categoryEdges: [[Double]?]

    /// Creates model data; every column must have `rowCount` values.
    ///
    /// - Parameters:
    ///   - names: The column names.
    ///   - columns: The values, one array per column.
    ///   - rowCount: The number of rows.
    ///   - isUniformCode: Which columns are uniform codes; none when `nil`.
    ///   - categoryEdges: The interval edges of the uniform-code columns; none when `nil`.
    public init(
        names: [String], columns: [[Double]], rowCount: Int, isUniformCode: [Bool]? = nil,
        categoryEdges: [[Double]?]? = nil
    ) {
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
        self.categoryEdges = categoryEdges ?? Array(repeating: nil, count: names.count)
        precondition(
            self.categoryEdges.count == names.count,
            "ModelData: \(self.categoryEdges.count) edge lists for \(names.count) columns")
    }

    /// The index of the category whose interval holds `code` (clipped to [0, 1]) in a column
    /// with interval `edges`.
    public static func categoryIndex(of code: Double, edges: [Double]) -> Int {
        var low = 0
        var high = edges.count - 1
        while low < high {
            let middle = (low + high) / 2
            if edges[middle] < code { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The code at the middle of category `index`'s interval: a code that reverses to exactly
    /// that category.
    public static func middleCode(ofCategory index: Int, edges: [Double]) -> Double {
        let low = index == 0 ? 0 : edges[index - 1]
        return (low + edges[index]) / 2
    }

    /// The number of columns.
    public var columnCount: Int { columns.count }
}
