// Reports: the least-squares line of one numerical pair, fitted without copying the columns.

/// The linear relation of two columns over their complete rows, as in `PairRegression` of
/// Metrics but in two passes over the columns without copying the complete rows out.
///
/// ```
/// cov   = Σ (x − x̄)(y − ȳ) / (n − 1)
/// r     = Σ (x − x̄)(y − ȳ) / √(Σ (x − x̄)² · Σ (y − ȳ)²)
/// slope = Σ (x − x̄)(y − ȳ) / Σ (x − x̄)²,  intercept = ȳ − slope · x̄,  R² = r²
/// ```
struct LineFit {
    /// Complete rows (both values finite).
    var count: Int
    /// The sample covariance; NaN with fewer than two rows.
    var covariance: Double
    /// Pearson's correlation; NaN when a side is constant.
    var pearson: Double
    /// The least-squares slope of y on x; NaN when x is constant.
    var slope: Double
    /// The least-squares intercept; NaN when x is constant.
    var intercept: Double
    /// The coefficient of determination of the line.
    var rSquared: Double

    /// Fits the line of `ys` on `xs` over the rows where both are finite.
    ///
    /// - Complexity: O(n), no allocation.
    init(x xs: [Double], y ys: [Double]) {
        let rows = min(xs.count, ys.count)
        let sums = Self.sums(xs, ys, rows: rows)
        let n = sums.count
        count = n
        guard n >= 2 else {
            (covariance, pearson, slope, intercept, rSquared) = (.nan, .nan, .nan, .nan, .nan)
            return
        }

        let (meanX, meanY) = (sums.x / Double(n), sums.y / Double(n))
        let (sxx, syy, sxy) = Self.products(xs, ys, rows: rows, means: (meanX, meanY))
        covariance = sxy / Double(n - 1)
        pearson = sxx > 0 && syy > 0 ? max(-1, min(1, sxy / (sxx * syy).squareRoot())) : .nan
        slope = sxx > 0 ? sxy / sxx : .nan
        intercept = sxx > 0 ? meanY - slope * meanX : .nan
        rSquared = pearson * pearson
    }

    /// The count of complete rows among the first `rows` and the sums of their x and y.
    private static func sums(_ xs: [Double], _ ys: [Double], rows: Int)
        -> (count: Int, x: Double, y: Double)
    {
        xs.withUnsafeBufferPointer { xs in
            ys.withUnsafeBufferPointer { ys in
                var (n, sumX, sumY) = (0, 0.0, 0.0)
                for row in 0..<rows where xs[row].isFinite && ys[row].isFinite {
                    n += 1
                    sumX += xs[row]
                    sumY += ys[row]
                }
                return (n, sumX, sumY)
            }
        }
    }

    /// The sums of squares and products of the deviations from `means` over the complete rows.
    private static func products(
        _ xs: [Double], _ ys: [Double], rows: Int, means: (x: Double, y: Double)
    ) -> (xx: Double, yy: Double, xy: Double) {
        xs.withUnsafeBufferPointer { xs in
            ys.withUnsafeBufferPointer { ys in
                var (sxx, syy, sxy) = (0.0, 0.0, 0.0)
                for row in 0..<rows where xs[row].isFinite && ys[row].isFinite {
                    let (dx, dy) = (xs[row] - means.x, ys[row] - means.y)
                    sxx += dx * dx
                    syy += dy * dy
                    sxy += dx * dy
                }
                return (sxx, syy, sxy)
            }
        }
    }
}
