// Metrics: the evaluation schema of a table's metadata (sdtypes, formats, ranges, keys).

import JSONFormat
import Metadata
import Tabular

extension EvaluationSchema {
    /// The schema the reports use for a table described by `metadata`, in its column order.
    ///
    /// Sdtypes fold into roles as the reference's reports treat them: `ordinal` counts as
    /// categorical, personal-data and unknown sdtypes as ``EvaluatedColumnType/other``. The
    /// `datetime_format`, `regex_format` and `range_*` entries are carried over (datetime
    /// bounds are read with the column's format), as are the primary key and the single-column
    /// alternate keys.
    public init(_ metadata: TableMetadata) {
        let columns = metadata.columns.map { column in
            EvaluatedColumn(
                name: column.name, type: EvaluatedColumnType(column.sdtype),
                datetimeFormat: column.datetimeFormat,
                declaredRange: DeclaredRange(column),
                regexFormat: column.sdtype == .id ? column.regexFormat : nil)
        }
        self.init(
            columns: columns, primaryKey: metadata.primaryKey,
            alternateKeys: metadata.alternateKeys.compactMap { $0.count == 1 ? $0.first : nil })
    }
}

extension EvaluatedColumnType {
    /// The role of a column of sdtype `sdtype`.
    public init(_ sdtype: SemanticType) {
        switch sdtype {
        case .numerical: self = .numerical
        case .datetime: self = .datetime
        case .categorical, .ordinal: self = .categorical
        case .boolean: self = .boolean
        case .id: self = .id
        default: self = .other
        }
    }
}

extension DeclaredRange {
    /// The range a column's metadata declares, or `nil` when it declares none.
    ///
    /// Bounds that are text are read as instants with the column's `datetime_format`; bounds
    /// that cannot be read are left out (the real column's are used instead).
    init?(_ column: ColumnMetadata) {
        let format = column.datetimeFormat.map { DatetimeFormat($0) }
        func bound(_ value: JSONValue?) -> Double? {
            if let text = value?.stringValue { return format?.seconds(from: text) }
            return value?.doubleValue
        }
        let range = DeclaredRange(
            minimum: bound(column.rangeMin), maximum: bound(column.rangeMax),
            values: column.rangeValues?.compactMap(Self.label),
            allowsMissing: column.rangeIsNullable)
        guard range != DeclaredRange() else { return nil }
        self = range
    }

    /// A declared category as the text ``CategoryAdherence`` compares (whole numbers without a
    /// decimal point); `nil` for JSON null.
    private static func label(_ value: JSONValue) -> String? {
        switch value {
        case .null: nil
        case .bool(let flag): flag ? "true" : "false"
        case .integer(let number): String(number)
        case .number(let number):
            number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : "\(number)"
        case .string(let text): text
        default: nil
        }
    }
}
