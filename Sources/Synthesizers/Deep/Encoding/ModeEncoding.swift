// Synthesizers: mode-specific normalisation, the encoding CTGAN, TVAE and CopulaGAN train on.

import Dispatch
import Linalg

/// One span of an encoded row, and how a network's output for it is activated.
public struct OutputSpan: Sendable, Equatable {
    /// What a span holds.
    public enum Kind: Sendable, Equatable {
        /// One number in [−1, 1], produced through `tanh` (the reference's `'tanh'`).
        case scalar
        /// A one-hot block, produced through a (Gumbel-)softmax (the reference's `'softmax'`).
        case choice
    }

    /// The positions of the span in the encoded row.
    public var range: Range<Int>

    /// Whether the span is a scalar or a choice.
    public var kind: Kind

    /// A span of `kind` over `range`.
    public init(range: Range<Int>, kind: Kind) {
        self.range = range
        self.kind = kind
    }
}

/// Mode-specific normalisation of every model column: the reference's `DataTransformer`
/// (ctgan) built on `ClusterBasedNormalizer` (rdt) and one-hot encoding.
///
/// A continuous column is modelled by a ``VariationalMixture``; its active modes are the
/// components of weight above 0.005, in fitted order. A value is encoded as
/// `[v, one-hot(k)]`: a mode k drawn from the value's posterior over the active modes and the
/// value's position in it, `v = clip((x − μ_k) / (4 σ_k), −0.99, 0.99)`. A discrete column
/// (one with category edges) is the one-hot vector of its category.
///
/// Xu, Skoularidou, Cuesta-Infante and Veeramachaneni, "Modeling tabular data using
/// conditional GAN", NeurIPS 2019, §4.2.
public struct ModeEncoding: Sendable, Equatable {
    /// How one column is encoded.
    public enum ColumnEncoding: Sendable, Equatable {
        /// A scalar and a choice among the active modes (their means and deviations).
        case continuous(means: [Double], standardDeviations: [Double])
        /// A choice among the categories whose interval edges these are.
        case discrete(edges: [Double])
    }

    /// The model column names.
    public var names: [String]

    /// The encoding of every column, in column order.
    public var columns: [ColumnEncoding]

    /// The full fitted mixture of every continuous column (`nil` for discrete columns); the
    /// encoder draws modes from its posterior, as the reference does from all components.
    public var mixtures: [VariationalMixture?]

    /// The spans of an encoded row in column order: a continuous column's scalar, then its
    /// choice of mode; a discrete column's choice of category.
    public var spans: [OutputSpan]

    /// The length of an encoded row.
    public var width: Int

    /// The choice spans of the discrete columns, in order (the condition vector's blocks).
    public var discreteSpans: [Range<Int>]

    /// Fits every column: a mixture for each continuous column, the category count of each
    /// discrete one.
    ///
    /// Column j draws from `random.derived(index: j)`, so the columns can be fitted at the
    /// same time and the result does not depend on scheduling; `random` itself advances by
    /// one draw.
    ///
    /// - Complexity: O(n log n) per column for the sort, then O(k · d) per iteration for d
    ///   distinct values; columns are fitted concurrently.
    public init(fitting data: ModelData, random: inout RandomSource) {
        let base = random
        _ = random.next()
        var mixtures = [VariationalMixture?](repeating: nil, count: data.columnCount)
        mixtures.withUnsafeMutableBufferPointer { slots in
            let output = DisjointSlots(slots)
            Self.forEachColumn(data.columnCount) { index in
                guard data.categoryEdges[index] == nil else { return }
                var stream = base.derived(index: index)
                output[index] = VariationalMixture(
                    fitting: data.columns[index], random: &stream)
            }
        }
        self.init(names: data.names, mixtures: mixtures, edges: data.categoryEdges)
    }

    /// An encoding from its fitted parts: a mixture for every continuous column and the
    /// edges of every discrete one.
    ///
    /// - Precondition: the three arrays have the same length and every column has exactly
    ///   one of a mixture and edges (non-empty).
    public init(names: [String], mixtures: [VariationalMixture?], edges: [[Double]?]) {
        precondition(
            names.count == mixtures.count && names.count == edges.count,
            "ModeEncoding: \(names.count) names, \(mixtures.count) mixtures, \(edges.count) edges")
        self.names = names
        self.mixtures = mixtures
        columns = []
        spans = []
        discreteSpans = []
        var offset = 0
        for (mixture, edges) in zip(mixtures, edges) {
            if let edges {
                precondition(mixture == nil && !edges.isEmpty, "ModeEncoding: column mismatch")
                columns.append(.discrete(edges: edges))
                let range = offset..<(offset + edges.count)
                spans.append(OutputSpan(range: range, kind: .choice))
                discreteSpans.append(range)
                offset = range.upperBound
            } else if let mixture {
                let active = mixture.activeComponents
                precondition(!active.isEmpty, "ModeEncoding: a mixture without active modes")
                columns.append(
                    .continuous(
                        means: active.map { mixture.means[$0] },
                        standardDeviations: active.map { mixture.standardDeviations[$0] }))
                spans.append(OutputSpan(range: offset..<(offset + 1), kind: .scalar))
                let modes = (offset + 1)..<(offset + 1 + active.count)
                spans.append(OutputSpan(range: modes, kind: .choice))
                offset = modes.upperBound
            } else {
                preconditionFailure("ModeEncoding: a column with neither mixture nor edges")
            }
        }
        width = offset
    }

    /// Runs `body` once for every column index, concurrently (Dispatch runs one thread per
    /// core); each call must write only its own column's slots.
    static func forEachColumn(_ count: Int, _ body: @Sendable (Int) -> Void) {
        guard count > 1 else {
            if count == 1 { body(0) }
            return
        }
        DispatchQueue.concurrentPerform(iterations: count, execute: body)
    }
}

/// A buffer that concurrent column jobs write through, each only at positions no other job
/// touches (its own column's slots); the buffer outlives the jobs, so sharing it is sound.
struct DisjointSlots<Element>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Element>

    /// Shares `buffer` with the column jobs.
    init(_ buffer: UnsafeMutableBufferPointer<Element>) {
        self.buffer = buffer
    }

    /// The element at `index`; writing it is safe while no other job uses that index.
    subscript(index: Int) -> Element {
        get { buffer[index] }
        nonmutating set { buffer[index] = newValue }
    }
}
