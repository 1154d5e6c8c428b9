// Synthesizers: categories to uniform values in [0, 1] and back (categorical, boolean, ordinal).

import Linalg
import Tabular

/// Encodes each category as an interval of [0, 1] whose width is its training frequency, and a
/// row as a uniform draw inside its category's interval (the reference's UniformEncoder and
/// OrderedUniformEncoder).
///
/// Order of the intervals: for unordered categories, **by decreasing frequency** (ties by first
/// appearance), a deliberate improvement on the reference's first-appearance order, which
/// makes the copula's latent order (and so its correlations) depend on the row order of the
/// file. For ordinal columns: the given order, else the sorted values; the missing category
/// last. Ordered categories absent from the data share 10 % of the mass, as in the reference.
/// The Gaussian copula may lay these intervals out in yet another order inside its model
/// (``CategoryOrder``: by the mean of the most associated numerical column); the codes this
/// encoder writes and reads do not change.
public struct UniformEncoder: Sendable, Equatable {
    /// The categories, in interval order.
    public var categories: [CategoryValue]
    /// The upper edges of the intervals; the last is exactly 1.
    public var edges: [Double]
    /// The kind of column to rebuild.
    public var storage: CategoryStorage

    /// Creates an encoder from stored parts (for loading a model file).
    public init(categories: [CategoryValue], edges: [Double], storage: CategoryStorage) {
        self.categories = categories
        self.edges = edges
        self.storage = storage
    }

    /// Learns the encoder: frequencies from the column, order as described above.
    ///
    /// - Parameters:
    ///   - column: The training column.
    ///   - order: For ordinal columns, the order (given or `nil` to sort); `nil` and
    ///     `ordered: false` for unordered ones.
    ///   - ordered: Whether the column is ordinal.
    /// - Throws: ``SynthesizerError/invalidData(_:)`` when an ordinal value is not in `order`.
    init(fitting column: Column, order: [String]?, ordered: Bool) throws(SynthesizerError) {
        let read = CategoryCodes(column)
        var counts = [Int](repeating: 0, count: read.values.count)
        for code in read.codes { counts[Int(code)] += 1 }
        let total = Double(max(1, read.codes.count))

        var categories: [CategoryValue]
        var frequencies: [Double]
        if ordered {
            (categories, frequencies) = try Self.ordered(
                read.values, counts: counts, total: total, order: order, column: column.name)
        } else {
            let ranking = read.values.indices.sorted {
                counts[$0] > counts[$1] || (counts[$0] == counts[$1] && $0 < $1)
            }
            categories = ranking.map { read.values[$0] }
            frequencies = ranking.map { Double(counts[$0]) / total }
        }
        if categories.isEmpty {
            categories = [.missing]
            frequencies = [1]
        }
        var edges: [Double] = []
        var running = 0.0
        for frequency in frequencies {
            running += frequency
            edges.append(running)
        }
        edges[edges.count - 1] = 1
        self.init(categories: categories, edges: edges, storage: read.storage)
    }

    private static func ordered(
        _ values: [CategoryValue], counts: [Int], total: Double, order: [String]?, column: String
    ) throws(SynthesizerError) -> ([CategoryValue], [Double]) {
        let present = values.indices.filter { values[$0] != .missing }
        var sequence: [CategoryValue]
        if let order {
            let byText = Dictionary(
                present.map { (values[$0].text ?? "", values[$0]) }, uniquingKeysWith: { a, _ in a }
            )
            let unknown = present.compactMap { values[$0].text }.filter { !order.contains($0) }
            guard unknown.isEmpty else {
                let shown = unknown.prefix(5).map { "'\($0)'" }.joined(separator: ", ")
                throw .invalidData([
                    "column '\(column)' holds \(shown) "
                        + "not in its ordinal order \(order); add them to the order"
                ])
            }
            sequence = order.map { byText[$0] ?? .text($0) }
        } else {
            sequence = present.map { values[$0] }.sorted(by: Self.precedes)
        }
        var frequencies = sequence.map { value in
            values.firstIndex(of: value).map { Double(counts[$0]) / total } ?? 0
        }
        let absent = frequencies.count { $0 == 0 }
        if absent > 0 {
            frequencies = frequencies.map { $0 == 0 ? 0.1 / Double(absent) : 0.9 * $0 }
        }
        if let missing = values.firstIndex(of: .missing) {
            sequence.append(.missing)
            frequencies.append(Double(counts[missing]) / total * (absent > 0 ? 0.9 : 1))
        }
        return (sequence, frequencies)
    }

    private static func precedes(_ lhs: CategoryValue, _ rhs: CategoryValue) -> Bool {
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)): return a < b
        case (.boolean(let a), .boolean(let b)): return !a && b
        default: return (lhs.text ?? "") < (rhs.text ?? "")
        }
    }

    /// The model values: a uniform draw inside each row's category interval.
    func transform(_ column: Column, random: inout RandomSource) -> [Double] {
        let read = CategoryCodes(column)
        let position = Dictionary(
            categories.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let mapped = read.values.map { position[$0] }
        return read.codes.map { code in
            guard let index = mapped[Int(code)] else {
                return random.uniform()
            }
            let low = index == 0 ? 0 : edges[index - 1]
            return low + random.uniform() * (edges[index] - low)
        }
    }

    /// The category whose interval holds `u` (clipped to [0, 1]).
    func category(at u: Double) -> CategoryValue {
        categories[index(at: u)]
    }

    /// The index of the interval holding `u` (clipped to [0, 1]).
    func index(at u: Double) -> Int {
        ModelData.categoryIndex(of: u, edges: edges)
    }

    /// The column back from model values. Dictionary-encoded columns are built from codes
    /// directly (no per-row strings); other kinds through their category values.
    func reverse(_ values: [Double], name: String) -> Column {
        guard storage == .category else {
            return storage.column(
                named: name, rows: values.map { category(at: min(1, max(0, $0))) })
        }
        var levels: [String] = []
        let codeOf = categories.map { category -> Int32 in
            guard case .text(let text) = category else { return CategoryColumn.missingCode }
            levels.append(text)
            return Int32(levels.count - 1)
        }
        let codes = values.map { codeOf[index(at: min(1, max(0, $0)))] }
        return Column(name: name, categories: CategoryColumn(levels: levels, codes: codes))
    }
}
