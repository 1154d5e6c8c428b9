// Metrics: TVComplement, one minus the total variation distance of two category frequencies.

import Tabular

/// One minus the total variation distance between the category frequencies of two columns.
///
/// Missing values are dropped from both sides first, so missing-value rates do not count.
/// A category seen only in the synthetic column is given a real count of 10⁻⁶, exactly as the
/// reference regularises it (this also enlarges the real total by 10⁻⁶ per such category):
///
/// ```
/// N_r(c) = real count of c, or 1e-6 when c appears only in the synthetic column
/// score  = 1 − ½ Σ_c | N_s(c) / Σ N_s − N_r(c) / Σ N_r |
/// ```
public enum TVComplement {
    /// The metric's name in reports.
    public static let name = "TVComplement"

    /// The regularising count of a category the real column lacks.
    static let unseenCount = 1e-6

    /// The score of two discrete columns (categories, numbers, Booleans or text).
    ///
    /// - Throws: ``MetricsError/noValues(column:metric:)`` when either column has no present
    ///   value.
    /// - Complexity: O(n) expected.
    public static func score(real: Column, synthetic: Column) throws(MetricsError) -> Double {
        let codes = SharedCodes(real: real, synthetic: synthetic)
        guard let score = score(codes) else {
            throw .noValues(column: real.name, metric: name)
        }
        return score
    }

    /// The score of two columns already encoded with a shared dictionary, or `nil` when
    /// either has no present value.
    static func score(_ codes: SharedCodes) -> Double? {
        let realCounts = counts(codes.real, levels: codes.levelCount)
        let syntheticCounts = counts(codes.synthetic, levels: codes.levelCount)
        let syntheticTotal = syntheticCounts.reduce(0, +)
        guard syntheticTotal > 0, realCounts.contains(where: { $0 > 0 }) else { return nil }

        var realWeights = realCounts.map(Double.init)
        for level in realWeights.indices
        where realCounts[level] == 0 && syntheticCounts[level] > 0 {
            realWeights[level] = unseenCount
        }
        let realTotal = realWeights.reduce(0, +)

        var variation = 0.0
        for level in realWeights.indices where realWeights[level] > 0 {
            let synthetic = Double(syntheticCounts[level]) / Double(syntheticTotal)
            variation += abs(synthetic - realWeights[level] / realTotal)
        }
        return 1 - 0.5 * variation
    }

    private static func counts(_ codes: [Int32], levels: Int) -> [Int] {
        var counts = Array(repeating: 0, count: levels)
        for code in codes where code >= 0 {
            counts[Int(code)] += 1
        }
        return counts
    }
}
