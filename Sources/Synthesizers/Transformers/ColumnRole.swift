// Synthesizers: what a column means to a synthesizer, and the plan of a whole table.

import Tabular

/// The statistical role of a column, which decides its reversible transformer.
///
/// This is the Synthesizers module's view of a column's sdtype (the Metadata module's
/// `sdtype`); the conversion from column metadata is one switch.
public enum ColumnRole: Sendable, Equatable {
    /// A measurement: modelled through a numerical transformer.
    case numerical
    /// Unordered categories.
    case categorical
    /// True and false.
    case boolean
    /// Ordered categories; `order` lists them (as text) from lowest to highest, or `nil` to
    /// sort the observed values (numbers numerically, text lexicographically).
    case ordinal(order: [String]?)
    /// Points in time.
    case datetime
    /// An identifier: regenerated as new unique values of the same shape, never modelled.
    case identifier
    /// Personal information of a kind: regenerated from built-in vocabularies and patterns.
    case personal(PersonalKind)
}

/// Kinds of personal information the module can generate plausible values for.
///
/// Raw values are the reference's sdtype names (Faker method names).
public enum PersonalKind: String, Sendable, CaseIterable, Hashable {
    /// An e-mail address.
    case email
    /// A telephone number.
    case phoneNumber = "phone_number"
    /// A full personal name.
    case name
    /// A given name.
    case firstName = "first_name"
    /// A family name.
    case lastName = "last_name"
    /// A street address.
    case address
    /// A street address line.
    case streetAddress = "street_address"
    /// A city.
    case city
    /// A country.
    case country
    /// A country code (two letters).
    case countryCode = "country_code"
    /// A state or region.
    case state
    /// A postal code.
    case postcode
    /// A US social security number (always in the never-issued 9xx area).
    case ssn
    /// An IPv4 address (always in documentation ranges).
    case ipv4Address = "ipv4_address"
    /// A company name.
    case company
    /// A licence plate.
    case licensePlate = "license_plate"
    /// Any other personal value: `pii-` and random letters and digits.
    case other = "unknown"
}

/// One column of a ``TablePlan``.
public struct ColumnPlan: Sendable, Equatable {
    /// The column's name in the table.
    public var name: String

    /// Its role.
    public var role: ColumnRole

    /// Creates a column plan.
    public init(name: String, role: ColumnRole) {
        self.name = name
        self.role = role
    }
}

/// What a synthesizer needs to know about a table: every column's role, in output order, and
/// the primary key. Built from the table's metadata (or inferred for quick use).
public struct TablePlan: Sendable, Equatable {
    /// The columns, in the order sampled tables list them.
    public var columns: [ColumnPlan]

    /// The primary key column, which must be unique and never missing.
    public var primaryKey: String?

    /// Creates a plan.
    public init(columns: [ColumnPlan], primaryKey: String? = nil) {
        self.columns = columns
        self.primaryKey = primaryKey
    }

    /// A plan guessed from column kinds alone, for tests and quick starts (the Metadata
    /// module's detection is the real one): numbers are numerical, categories categorical,
    /// Booleans boolean, datetimes datetime, and text identifiers when every value is distinct,
    /// categorical otherwise.
    public static func inferred(from table: Table) -> TablePlan {
        let columns = table.columns.map { column -> ColumnPlan in
            switch column.data {
            case .number: ColumnPlan(name: column.name, role: .numerical)
            case .category: ColumnPlan(name: column.name, role: .categorical)
            case .boolean: ColumnPlan(name: column.name, role: .boolean)
            case .datetime: ColumnPlan(name: column.name, role: .datetime)
            case .text(let text):
                ColumnPlan(
                    name: column.name,
                    role: Set(text.values).count == text.count ? .identifier : .categorical)
            }
        }
        return TablePlan(columns: columns)
    }
}
