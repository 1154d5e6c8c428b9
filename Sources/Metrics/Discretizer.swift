// Metrics: the reference's 10-bin discretisation of a continuous column.

/// Equal-width binning of a continuous column, computed on that column alone.
///
/// This is the binning the reference's Column Pair Trends gives a continuous column paired
/// with a discrete one. The real and synthetic columns are binned independently, each with its
/// own edges (so a synthetic column shifted far outside the real range can still score well;
/// the reference behaves the same way):
///
/// ```
/// edges e_0 … e_10 : e_i = min + i · (max − min)/10,  e_10 = max     (min = max: ± 0.5)
/// bin(x)           : 0 if x < e_0;  i if e_{i−1} ≤ x < e_i;  11 if x ≥ e_10 or x missing
/// ```
///
/// The edges follow NumPy's `histogram_bin_edges` (with `linspace`) and the bins
/// `digitize`, so that every value lands in the same bin as in the reference.
public enum Discretizer {
    /// The number of equal-width bins.
    public static let binCount = 10

    /// The `binCount + 1` edges of the present values of `values` (NaN is missing).
    ///
    /// - Returns: The edges, or `nil` when a present value is infinite or the range is too
    ///   narrow for ten distinct edges (the reference fails on both). With no present value
    ///   the edges span [0, 1].
    public static func edges(_ values: [Double]) -> [Double]? {
        var low = Double.infinity
        var high = -Double.infinity
        var seen = false
        for value in values where !value.isNaN {
            seen = true
            low = Swift.min(low, value)
            high = Swift.max(high, value)
        }
        if !seen {
            low = 0
            high = 1
        }
        guard low.isFinite, high.isFinite else { return nil }
        if low == high {
            low -= 0.5
            high += 0.5
        }
        let edges = linspace(from: low, to: high, count: binCount + 1)
        for index in 1..<edges.count where !(edges[index - 1] < edges[index]) {
            return nil
        }
        return edges
    }

    /// The bin of every value: the number of edges at or below it; NaN falls past the last.
    ///
    /// The bin is first estimated from the equal spacing, then moved until the edges on both
    /// sides agree, so it is exactly the count of edges `≤ x` (NumPy's `digitize`).
    public static func bins(_ values: [Double], edges: [Double]) -> [Int32] {
        let last = edges.count
        guard let low = edges.first, let high = edges.last, last > 1 else {
            return values.map { value in Int32(edges.count { !value.isNaN && $0 <= value }) }
        }
        let scale = Double(last - 1) / (high - low)
        return values.map { value in
            if value.isNaN { return Int32(last) }
            let estimate = ((value - low) * scale).rounded(.down) + 1
            var bin = estimate.isFinite ? Int(Swift.max(0, Swift.min(Double(last), estimate))) : 0
            while bin > 0, value < edges[bin - 1] { bin -= 1 }
            while bin < last, edges[bin] <= value { bin += 1 }
            return Int32(bin)
        }
    }

    /// `count` evenly spaced points from `start` to `stop`, computed as NumPy's `linspace`
    /// does (`start + i · step`, the last point set to `stop`).
    static func linspace(from start: Double, to stop: Double, count: Int) -> [Double] {
        let divisions = Double(count - 1)
        let step = (stop - start) / divisions
        var points = (0..<count).map { Double($0) * step + start }
        if step == 0 {
            points = (0..<count).map { Double($0) / divisions * (stop - start) + start }
        }
        points[count - 1] = stop
        return points
    }
}
