// Synthesizers: the reversible transformer of numerical columns (missing values, rounding,
// range).

import Foundation
import Linalg
import Metadata
import Tabular

/// Options every transformer of a fit shares, set from the synthesizer's parameters.
public struct TransformOptions: Sendable, Equatable {
    /// Clip reversed numbers and datetimes to the training range (`enforce_min_max_values`).
    public var enforceMinMax: Bool

    /// Round reversed numbers to the decimals learned from the data (`enforce_rounding`).
    public var enforceRounding: Bool

    /// Creates options; both default to `true`, as in the reference.
    public init(enforceMinMax: Bool = true, enforceRounding: Bool = true) {
        self.enforceMinMax = enforceMinMax
        self.enforceRounding = enforceRounding
    }
}

/// Turns a numerical column into model values and back (the reference's FloatFormatter with
/// mean fill and random missing re-injection).
///
/// Forward: missing entries become the mean of the present values. Reverse, in order: each row
/// becomes missing with the training missing rate; values are clipped to the training range
/// when enforced; rounded to the learned decimals when enforced, and always to whole numbers
/// for an integer column.
public struct NumericalTransformer: Sendable, Equatable {
    /// The value written for missing entries in model space.
    public var fill: Double
    /// The fraction of training rows that were missing.
    public var missingRate: Double
    /// The smallest and largest present training values, when enforced.
    public var range: ClosedRange<Double>?
    /// The decimals to round to, when learned and enforced.
    public var digits: Int?
    /// Whether the column holds integers.
    public var holdsIntegers: Bool
    /// Digits after the decimal point for writing.
    public var decimals: Int

    /// Learns the transformer from a column.
    public init(fitting column: NumberColumn, options: TransformOptions) {
        let present = column.presentValues
        let summary = PresentValues(present, rowCount: column.count, options: options)
        fill = summary.mean
        missingRate = summary.missingRate
        range = summary.range
        digits = options.enforceRounding ? RoundingDigits.learn(from: present) : nil
        holdsIntegers = column.holdsIntegers
        decimals = column.decimals
    }

    /// Creates a transformer from stored parts (for loading a model file).
    public init(
        fill: Double, missingRate: Double, range: ClosedRange<Double>?, digits: Int?,
        holdsIntegers: Bool, decimals: Int
    ) {
        self.fill = fill
        self.missingRate = missingRate
        self.range = range
        self.digits = digits
        self.holdsIntegers = holdsIntegers
        self.decimals = decimals
    }

    /// The model values: present values as they are, missing ones as ``fill``.
    public func transform(_ column: NumberColumn) -> [Double] {
        zip(column.values, column.isMissing).map { $1 ? fill : $0 }
    }

    /// The column back from model values.
    public func reverse(_ values: [Double], random: inout RandomSource) -> NumberColumn {
        var output = values
        var missing = [Bool](repeating: false, count: values.count)
        let rounding = digits ?? (holdsIntegers ? 0 : nil)
        let power = rounding.map { pow(10.0, Double($0)) }
        for index in output.indices {
            if missingRate > 0, random.uniform() < missingRate {
                missing[index] = true
                continue
            }
            var value = output[index]
            if let range { value = min(range.upperBound, max(range.lowerBound, value)) }
            if let power { value = (value * power).rounded(.toNearestOrEven) / power }
            output[index] = value
        }
        let shownDecimals = holdsIntegers ? 0 : max(decimals, digits ?? 0)
        return NumberColumn(
            values: output, isMissing: missing, holdsIntegers: holdsIntegers,
            decimals: shownDecimals)
    }
}

/// What the numerical and datetime transformers learn alike from a column's present values:
/// the fill for missing entries (their mean), the missing rate and, when enforced, the range.
struct PresentValues {
    /// The mean of the present values, 0 when there are none.
    let mean: Double
    /// The fraction of rows that are missing, 0 for an empty column.
    let missingRate: Double
    /// The smallest and largest present values, when `enforceMinMax` is set and any exist.
    let range: ClosedRange<Double>?

    init(_ present: [Double], rowCount: Int, options: TransformOptions) {
        mean = present.isEmpty ? 0 : present.reduce(0, +) / Double(present.count)
        missingRate = rowCount == 0 ? 0 : Double(rowCount - present.count) / Double(rowCount)
        if options.enforceMinMax, let low = present.min(), let high = present.max() {
            range = low...high
        } else {
            range = nil
        }
    }
}
