// Metrics: summaries of single columns, real beside synthetic, for report pages.

import Tabular

/// The summary of one numerical or datetime sample (datetimes in seconds since the epoch).
public struct NumericSummary: Sendable, Hashable {
    /// Present values.
    public var count: Int
    /// Missing values.
    public var missingCount: Int
    /// The arithmetic mean; NaN without values.
    public var mean: Double
    /// The sample standard deviation (divisor n − 1); NaN with fewer than two values.
    public var standardDeviation: Double
    /// The smallest value; NaN without values.
    public var minimum: Double
    /// The largest value; NaN without values.
    public var maximum: Double
    /// The 25 %, 50 % and 75 % quantiles, interpolated linearly between order statistics
    /// (NumPy's and pandas' default).
    public var quartiles: [Double]

    /// Summarises `values`; NaN entries are missing.
    public init(_ values: [Double]) {
        let present = values.filter { !$0.isNaN }.sorted()
        count = present.count
        missingCount = values.count - present.count
        mean = present.isEmpty ? .nan : present.reduce(0, +) / Double(present.count)
        let center = mean
        let squares = present.reduce(0) { $0 + ($1 - center) * ($1 - center) }
        standardDeviation = count < 2 ? .nan : (squares / Double(count - 1)).squareRoot()
        minimum = present.first ?? .nan
        maximum = present.last ?? .nan
        quartiles = [0.25, 0.5, 0.75].map { Quantiles.linear(present, $0) }
    }
}

/// Counts of the real and synthetic values in the same equal-width bins.
public struct SharedHistogram: Sendable, Hashable {
    /// `binCount + 1` increasing edges spanning both samples' present values.
    public var edges: [Double]
    /// Real counts per bin (the last bin includes its right edge).
    public var real: [Int]
    /// Synthetic counts per bin.
    public var synthetic: [Int]

    /// Bins both samples on edges from the smaller minimum to the larger maximum.
    ///
    /// - Precondition: `binCount > 0`.
    public init(real: [Double], synthetic: [Double], binCount: Int) {
        precondition(binCount > 0, "SharedHistogram: binCount is \(binCount)")
        let present = (real + synthetic).filter { $0.isFinite }
        var low = present.min() ?? 0
        var high = present.max() ?? 1
        if low == high {
            low -= 0.5
            high += 0.5
        }
        let edges = Discretizer.linspace(from: low, to: high, count: binCount + 1)
        self.edges = edges
        self.real = Self.counts(real, edges)
        self.synthetic = Self.counts(synthetic, edges)
    }

    private static func counts(_ values: [Double], _ edges: [Double]) -> [Int] {
        let bins = edges.count - 1
        var counts = Array(repeating: 0, count: bins)
        let width = (edges[bins] - edges[0]) / Double(bins)
        for value in values where value.isFinite {
            var bin = Swift.min(bins - 1, Swift.max(0, Int((value - edges[0]) / width)))
            while bin > 0, value < edges[bin] { bin -= 1 }
            while bin < bins - 1, value >= edges[bin + 1] { bin += 1 }
            counts[bin] += 1
        }
        return counts
    }
}

/// A numerical or datetime column summarised in both tables, with a shared histogram.
public struct NumericColumnStatistics: Sendable, Hashable {
    /// The column.
    public var column: String
    /// The real summary.
    public var real: NumericSummary
    /// The synthetic summary.
    public var synthetic: NumericSummary
    /// Both samples binned on the same edges.
    public var histogram: SharedHistogram

    /// Summarises a column (datetimes in seconds since the epoch).
    ///
    /// - Throws: ``MetricsError/wrongKind(column:expected:found:)`` for other kinds.
    public init(real: Column, synthetic: Column, binCount: Int = 20) throws(MetricsError) {
        let scale = real.kind == .datetime ? 1 / nanosecondsPerSecond : 1
        let first = try real.continuousValues().map { $0 * scale }
        let second = try synthetic.continuousValues().map { $0 * scale }
        column = real.name
        self.real = NumericSummary(first)
        self.synthetic = NumericSummary(second)
        histogram = SharedHistogram(real: first, synthetic: second, binCount: binCount)
    }
}

/// A discrete column's category frequencies in both tables.
public struct CategoryColumnStatistics: Sendable, Hashable {
    /// The column.
    public var column: String
    /// The categories of both tables, in order of first appearance (real first), as text.
    public var categories: [String]
    /// Real counts per category.
    public var real: [Int]
    /// Synthetic counts per category.
    public var synthetic: [Int]
    /// Missing values in the real column.
    public var realMissing: Int
    /// Missing values in the synthetic column.
    public var syntheticMissing: Int

    /// Counts the categories of a discrete column in both tables.
    public init(real: Column, synthetic: Column) {
        let codes = SharedCodes(real: real, synthetic: synthetic)
        column = real.name
        categories = codes.labels
        self.real = Self.counts(codes.real, codes.levelCount)
        self.synthetic = Self.counts(codes.synthetic, codes.levelCount)
        realMissing = codes.real.count { $0 < 0 }
        syntheticMissing = codes.synthetic.count { $0 < 0 }
    }

    /// The most frequent real category (the first one on ties), or `nil` without values.
    public var realMode: String? { Self.mode(real, categories) }

    /// The most frequent synthetic category (the first one on ties), or `nil` without values.
    public var syntheticMode: String? { Self.mode(synthetic, categories) }

    /// The real shares per category (of present values).
    public var realFrequencies: [Double] { Self.shares(real) }

    /// The synthetic shares per category (of present values).
    public var syntheticFrequencies: [Double] { Self.shares(synthetic) }

    private static func counts(_ codes: [Int32], _ levels: Int) -> [Int] {
        var counts = Array(repeating: 0, count: levels)
        for code in codes where code >= 0 { counts[Int(code)] += 1 }
        return counts
    }

    private static func mode(_ counts: [Int], _ categories: [String]) -> String? {
        guard let top = counts.max(), top > 0, let index = counts.firstIndex(of: top) else {
            return nil
        }
        return categories[index]
    }

    private static func shares(_ counts: [Int]) -> [Double] {
        let total = Double(counts.reduce(0, +))
        return counts.map { total > 0 ? Double($0) / total : .nan }
    }
}
