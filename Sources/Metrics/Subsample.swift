// Metrics: drawing rows without replacement.

/// Rows drawn at random without replacement.
enum Subsample {
    /// `count` distinct row indices out of `rowCount`, by a partial Fisher–Yates shuffle.
    static func rows(
        _ count: Int, of rowCount: Int, _ generator: inout some RandomNumberGenerator
    ) -> [Int] {
        precondition(
            (0...rowCount).contains(count), "Subsample: \(count) rows out of \(rowCount)")
        var indices = Array(0..<rowCount)
        for position in 0..<count {
            let pick = Int.random(in: position..<rowCount, using: &generator)
            indices.swapAt(position, pick)
        }
        return Array(indices.prefix(count))
    }
}
