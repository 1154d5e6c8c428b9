// Metrics: Pearson correlation, covariance and least-squares lines of two numeric samples.

/// Statistics of two equally long samples without missing values.
enum PairStatistics {
    /// Pearson's correlation coefficient, or NaN when a sample is constant or shorter than 2.
    ///
    /// ```
    /// r = Σ (x − x̄)(y − ȳ) / ( ‖x − x̄‖ ‖y − ȳ‖ )      clipped to [−1, 1]
    /// ```
    ///
    /// Deviations are scaled by their largest magnitude before the norms are taken, which
    /// keeps the sums far from overflow and underflow.
    static func pearson(_ x: [Double], _ y: [Double]) -> Double {
        precondition(x.count == y.count, "pearson: \(x.count) x values but \(y.count) y values")
        guard x.count >= 2 else { return .nan }
        guard let firstX = x.first, let firstY = y.first,
            !x.allSatisfy({ $0 == firstX }), !y.allSatisfy({ $0 == firstY })
        else { return .nan }

        let dx = scaledDeviations(x)
        let dy = scaledDeviations(y)
        let normX = norm(dx)
        let normY = norm(dy)
        var dot = 0.0
        for index in dx.indices {
            dot += (dx[index] / normX) * (dy[index] / normY)
        }
        return Swift.max(-1, Swift.min(1, dot))
    }

    /// The arithmetic mean.
    static func mean(_ values: [Double]) -> Double {
        values.reduce(0, +) / Double(values.count)
    }

    /// Deviations from the mean divided by their largest magnitude.
    private static func scaledDeviations(_ values: [Double]) -> [Double] {
        let center = mean(values)
        var deviations = values.map { $0 - center }
        let largest = deviations.reduce(0) { Swift.max($0, abs($1)) }
        if largest > 0 {
            for index in deviations.indices { deviations[index] /= largest }
        }
        return deviations
    }

    private static func norm(_ values: [Double]) -> Double {
        values.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }
}
