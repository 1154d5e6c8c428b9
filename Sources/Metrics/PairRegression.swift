// Metrics: covariance, correlation and the least-squares line of two columns, real beside
// synthetic.

import Tabular

/// The linear relation of two samples over their complete rows.
///
/// ```
/// cov   = Σ (x − x̄)(y − ȳ) / (n − 1)
/// r     = cov / (s_x s_y)                      (Pearson)
/// slope = Σ (x − x̄)(y − ȳ) / Σ (x − x̄)²,  intercept = ȳ − slope · x̄
/// R²    = r²                                    (the line's share of the variance of y)
/// ```
public struct PairRegression: Sendable, Hashable {
    /// Complete rows (both values present).
    public var count: Int
    /// The sample covariance; NaN with fewer than two rows.
    public var covariance: Double
    /// Pearson's correlation; NaN when a side is constant.
    public var pearson: Double
    /// The least-squares slope of y on x; NaN when x is constant.
    public var slope: Double
    /// The least-squares intercept; NaN when x is constant.
    public var intercept: Double
    /// The coefficient of determination of the line.
    public var rSquared: Double

    /// Fits the line of `y` on `x` over the rows where both are present (NaN is missing).
    public init(x: [Double], y: [Double]) {
        let (xs, ys) = CompleteRows.of(x, y)
        count = xs.count
        guard count >= 2 else {
            (covariance, pearson, slope, intercept, rSquared) = (.nan, .nan, .nan, .nan, .nan)
            return
        }
        let meanX = PairStatistics.mean(xs)
        let meanY = PairStatistics.mean(ys)
        var sxy = 0.0
        var sxx = 0.0
        for index in xs.indices {
            sxy += (xs[index] - meanX) * (ys[index] - meanY)
            sxx += (xs[index] - meanX) * (xs[index] - meanX)
        }
        covariance = sxy / Double(count - 1)
        pearson = PairStatistics.pearson(xs, ys)
        slope = sxx > 0 ? sxy / sxx : .nan
        intercept = sxx > 0 ? meanY - slope * meanX : .nan
        rSquared = pearson * pearson
    }
}

/// Two numerical or datetime columns' linear relation in both tables.
public struct NumericPairStatistics: Sendable, Hashable {
    /// The first column (x).
    public var column1: String
    /// The second column (y).
    public var column2: String
    /// The real relation.
    public var real: PairRegression
    /// The synthetic relation.
    public var synthetic: PairRegression

    /// Relates two columns (datetimes in seconds since the epoch) in both tables.
    ///
    /// - Throws: ``MetricsError/wrongKind(column:expected:found:)`` for non-numeric kinds.
    public init(real: (Column, Column), synthetic: (Column, Column)) throws(MetricsError) {
        column1 = real.0.name
        column2 = real.1.name
        self.real = PairRegression(x: try Self.seconds(real.0), y: try Self.seconds(real.1))
        self.synthetic = PairRegression(
            x: try Self.seconds(synthetic.0), y: try Self.seconds(synthetic.1))
    }

    private static func seconds(_ column: Column) throws(MetricsError) -> [Double] {
        let values = try column.continuousValues()
        return column.kind == .datetime ? values.map { $0 / nanosecondsPerSecond } : values
    }
}
