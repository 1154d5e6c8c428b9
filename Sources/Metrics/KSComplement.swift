// Metrics: KSComplement, one minus the two-sample Kolmogorov–Smirnov statistic.

import Foundation  // links the C math library (rounding, square roots) on Linux
import Linalg
import Tabular

/// One minus the two-sample Kolmogorov–Smirnov statistic of the present values.
///
/// ```
/// D     = sup_x | F_real(x) − F_synthetic(x) |      (empirical distribution functions)
/// score = 1 − D
/// ```
///
/// As in the reference: missing values are dropped from each side, datetimes are compared in
/// nanoseconds since the epoch, and every value is first rounded to 14 decimals
/// (`(x · 10¹⁴).rounded(.toNearestOrEven) / 10¹⁴`), so that values differing only in their
/// last bits count as equal.
public enum KSComplement {
    /// The metric's name in reports.
    public static let name = "KSComplement"

    /// The score of two numerical or datetime columns.
    ///
    /// - Returns: A score in [0, 1], or NaN when either side has no present value.
    /// - Throws: ``MetricsError/wrongKind(column:expected:found:)`` when a column does not
    ///   hold numbers or datetimes.
    /// - Complexity: O(n log n).
    public static func score(real: Column, synthetic: Column) throws(MetricsError) -> Double {
        score(real: try real.continuousValues(), synthetic: try synthetic.continuousValues())
    }

    /// The score of two samples; NaN entries are missing and dropped.
    public static func score(real: [Double], synthetic: [Double]) -> Double {
        let first = prepared(real)
        let second = prepared(synthetic)
        guard !first.isEmpty, !second.isEmpty else { return .nan }
        return 1 - statistic(sortedFirst: first, sortedSecond: second)
    }

    /// The two-sample statistic `sup |F₁ − F₂|` of two sorted samples, evaluated just after
    /// every distinct value of the pooled sample.
    static func statistic(sortedFirst first: [Double], sortedSecond second: [Double]) -> Double {
        let count1 = Double(first.count)
        let count2 = Double(second.count)
        var index1 = 0
        var index2 = 0
        var largest = 0.0
        while index1 < first.count || index2 < second.count {
            let value = Swift.min(
                index1 < first.count ? first[index1] : .infinity,
                index2 < second.count ? second[index2] : .infinity)
            while index1 < first.count, first[index1] <= value { index1 += 1 }
            while index2 < second.count, second[index2] <= value { index2 += 1 }
            let gap = abs(Double(index1) / count1 - Double(index2) / count2)
            largest = Swift.max(largest, gap)
        }
        return Swift.min(largest, 1)
    }

    /// The present values, rounded to 14 decimals, sorted.
    static func prepared(_ values: [Double]) -> [Double] {
        RadixSort.sorted(values.compactMap { $0.isNaN ? nil : roundedTo14Decimals($0) })
    }

    /// `x` rounded to 14 decimals the way NumPy's `round` does it.
    static func roundedTo14Decimals(_ value: Double) -> Double {
        let scale = 1e14
        let scaled = value * scale
        return scaled.rounded(.toNearestOrEven) / scale
    }
}
