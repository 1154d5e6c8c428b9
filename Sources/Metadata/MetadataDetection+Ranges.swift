// Metadata: recording the ranges a detected column's values span.

import JSONFormat
import Tabular

extension TableMetadata {
    /// Fills the range keys of a detected column (all but the primary key): whether values are
    /// missing, then by sdtype the bounds and decimal places, the format and bounds of
    /// datetimes, or the categories. Identifier and personal-information columns get only
    /// `range_is_nullable`.
    static func detectRanges(_ column: inout ColumnMetadata, profile: ColumnProfile, data: Column) {
        guard column.sdtype != .unknown else { return }
        column.rangeIsNullable = profile.hasMissing

        switch column.sdtype {
        case .numerical:
            detectNumberRange(&column, profile: profile, data: data)
        case .datetime:
            detectDatetimeRange(&column, profile: profile, data: data)
        case .categorical, .ordinal:
            if profile.distinctCount >= ColumnProfile.listLimit {
                column.highCardinality = true
            } else {
                if profile.distinctCount > 0 { column.rangeValues = profile.distinctValues }
                column.highCardinality = false
            }
        default:
            return
        }
    }

    private static func detectNumberRange(
        _ column: inout ColumnMetadata,
        profile: ColumnProfile,
        data: Column
    ) {
        guard case .number(let numbers) = data.data else { return }
        column.rangeMin = profile.minimum.map(profile.numberValue)
        column.rangeMax = profile.maximum.map(profile.numberValue)
        column.decimalPlaces =
            RoundingDigits.learn(from: numbers.presentValues) ?? RoundingDigits.maximumDecimals
    }

    private static func detectDatetimeRange(
        _ column: inout ColumnMetadata,
        profile: ColumnProfile,
        data: Column
    ) {
        guard case .datetime(let datetimes) = data.data else { return }
        let pattern = datetimes.format.pattern
        column.datetimeFormat = pattern
        column.rangeMin = profile.minimum.map {
            .string(DatetimePattern.format(seconds: $0, pattern: pattern))
        }
        column.rangeMax = profile.maximum.map {
            .string(DatetimePattern.format(seconds: $0, pattern: pattern))
        }
    }
}
