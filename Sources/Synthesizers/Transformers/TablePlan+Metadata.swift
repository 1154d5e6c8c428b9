// Synthesizers: the plan of a table read from its metadata (sdtypes to column roles).

import JSONFormat
import Metadata

extension TablePlan {
    /// The plan the metadata describes: one role per column, in metadata order, and the
    /// single-column primary key.
    ///
    /// Mapping: numerical, categorical, boolean, datetime as named; ordinal with its
    /// `range_values` as the order (or sorted values when absent); `id` to an identifier;
    /// personal sdtypes to their ``PersonalKind`` (kinds without a vocabulary of their own,
    /// and `unknown`, to ``PersonalKind/other``); a personal column with `pii: false` is
    /// modelled as categorical. Deviation: latitude and longitude are modelled as numerical
    /// (the reference generates random coordinates). `decimal_places` and the `range_*` keys
    /// are advisory and not used.
    public init(metadata: TableMetadata) {
        let columns = metadata.columns.map { column in
            ColumnPlan(name: column.name, role: Self.role(of: column))
        }
        self.init(columns: columns, primaryKey: metadata.primaryKeyColumn)
    }

    private static func role(of column: ColumnMetadata) -> ColumnRole {
        switch column.sdtype {
        case .numerical, .latitude, .longitude: return .numerical
        case .categorical: return .categorical
        case .boolean: return .boolean
        case .datetime: return .datetime
        case .id: return .identifier
        case .ordinal: return .ordinal(order: column.rangeValues?.map(text))
        default:
            if column.pii == false { return .categorical }
            return .personal(personalKind(column.sdtype))
        }
    }

    private static func personalKind(_ sdtype: SemanticType) -> PersonalKind {
        switch sdtype {
        case .stateAbbreviation, .administrativeUnit: .state
        case .secondaryAddress: .streetAddress
        default: PersonalKind(rawValue: sdtype.rawValue) ?? .other
        }
    }

    private static func text(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return text
        case .integer(let number): return String(number)
        case .number(let number):
            return number.rounded() == number && abs(number) < 1e15
                ? String(Int(number)) : String(number)
        case .bool(let flag): return flag ? "true" : "false"
        default: return ""
        }
    }
}
