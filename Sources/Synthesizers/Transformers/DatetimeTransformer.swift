// Synthesizers: the reversible transformer of datetime columns.

import Foundation
import Linalg
import Tabular

/// Turns a datetime column into seconds since the epoch and back, keeping its text format
/// (the reference's UnixTimestampEncoder, in seconds rather than nanoseconds).
///
/// Reverse: random missing re-injection at the training rate, clip to the training range when
/// enforced, then rounding to the coarsest unit every training value was a whole multiple of
/// (day, hour, minute, second), so a date-only column samples whole days.
public struct DatetimeTransformer: Sendable, Equatable {
    /// The value written for missing entries in model space (mean seconds).
    public var fill: Double
    /// The fraction of training rows that were missing.
    public var missingRate: Double
    /// The training range in seconds, when enforced.
    public var range: ClosedRange<Double>?
    /// The unit reversed values are rounded to, in seconds, or `nil` for none.
    public var unit: Double?
    /// The text format of the column.
    public var format: DatetimeFormat

    /// Learns the transformer from a column.
    public init(fitting column: DatetimeColumn, options: TransformOptions) {
        var present: [Double] = []
        for index in column.seconds.indices where !column.isMissing[index] {
            present.append(column.seconds[index])
        }
        let summary = PresentValues(present, rowCount: column.count, options: options)
        fill = summary.mean
        missingRate = summary.missingRate
        range = summary.range
        unit = [86_400.0, 3_600, 60, 1].first { unit in
            present.allSatisfy { ($0 / unit).rounded() == $0 / unit }
        }
        format = column.format
    }

    /// Creates a transformer from stored parts (for loading a model file).
    public init(
        fill: Double, missingRate: Double, range: ClosedRange<Double>?, unit: Double?,
        format: DatetimeFormat
    ) {
        self.fill = fill
        self.missingRate = missingRate
        self.range = range
        self.unit = unit
        self.format = format
    }

    /// The model values: seconds, with missing entries as ``fill``.
    public func transform(_ column: DatetimeColumn) -> [Double] {
        zip(column.seconds, column.isMissing).map { $1 ? fill : $0 }
    }

    /// The column back from model values.
    public func reverse(_ values: [Double], random: inout RandomSource) -> DatetimeColumn {
        var output = values
        var missing = [Bool](repeating: false, count: values.count)
        for index in output.indices {
            if missingRate > 0, random.uniform() < missingRate {
                missing[index] = true
                continue
            }
            var value = output[index]
            if let unit { value = (value / unit).rounded() * unit }
            if let range { value = min(range.upperBound, max(range.lowerBound, value)) }
            output[index] = value
        }
        return DatetimeColumn(seconds: output, isMissing: missing, format: format)
    }
}
