// Metrics: what the reports need to know about each column (its role), in column order.

/// How the reports treat a column: the reference's sdtypes folded into the roles that change
/// what is measured.
///
/// | case | reference sdtypes | Column Shapes | Column Pair Trends | Data Validity |
/// |---|---|---|---|---|
/// | `numerical` | numerical | KSComplement | continuous | BoundaryAdherence |
/// | `datetime` | datetime | KSComplement | continuous | BoundaryAdherence (+ format) |
/// | `categorical` | categorical, ordinal | TVComplement | discrete | CategoryAdherence |
/// | `boolean` | boolean | TVComplement | discrete | CategoryAdherence |
/// | `id` | id | skipped | skipped | KeyUniqueness when a key (+ regex) |
/// | `other` | PII types, unknown | skipped | skipped | KeyUniqueness when a key |
public enum EvaluatedColumnType: String, Sendable, Hashable, CaseIterable {
    /// Measurements compared by their distribution function.
    case numerical
    /// Instants, compared as numbers (nanoseconds since the epoch, as the reference does).
    case datetime
    /// Categories, ordered or not (the reference's `ordinal` counts here).
    case categorical
    /// True and false, compared as two categories.
    case boolean
    /// Identifiers: only checked for uniqueness when they form the key.
    case id
    /// Anything the reports do not score (personal data types, unknown columns).
    case other

    /// Whether Column Shapes and Column Pair Trends look at the column.
    public var isScored: Bool {
        switch self {
        case .numerical, .datetime, .categorical, .boolean: true
        case .id, .other: false
        }
    }

    /// Whether the column is treated as continuous (binned when paired with a discrete one).
    public var isContinuous: Bool { self == .numerical || self == .datetime }
}

/// The values a column may take, as declared in the metadata (`range_min`, `range_max`,
/// `range_values`, `range_is_nullable` in the reference). Data Validity uses each declared
/// part instead of the one it would compute from the real column.
public struct DeclaredRange: Sendable, Hashable {
    /// The smallest allowed value (datetimes in seconds since the epoch), or `nil`.
    public var minimum: Double?
    /// The largest allowed value (datetimes in seconds since the epoch), or `nil`.
    public var maximum: Double?
    /// The allowed categories as text (numbers written as integers when whole), or `nil`.
    public var values: [String]?
    /// Whether missing values are allowed, or `nil`.
    public var allowsMissing: Bool?

    /// Creates a declared range; every part is optional.
    public init(
        minimum: Double? = nil, maximum: Double? = nil, values: [String]? = nil,
        allowsMissing: Bool? = nil
    ) {
        self.minimum = minimum
        self.maximum = maximum
        self.values = values
        self.allowsMissing = allowsMissing
    }
}

/// One column as the reports see it: its name, its role, for datetimes the declared text
/// format (which adds a DatetimeFormatAdherence row to Data Validity), and the declared range.
public struct EvaluatedColumn: Sendable, Hashable {
    /// The column's name in both tables.
    public var name: String

    /// How the reports treat the column.
    public var type: EvaluatedColumnType

    /// The declared strftime-style format of a datetime column (`datetime_format` in the
    /// reference's metadata), or `nil`.
    public var datetimeFormat: String?

    /// The declared range of values, or `nil` to take everything from the real column.
    public var declaredRange: DeclaredRange?

    /// The regular expression an id column's values must match (`regex_format` in the
    /// reference's metadata), which adds a RegexFormatAdherence row to Data Validity.
    public var regexFormat: String?

    /// Creates a column description.
    public init(
        name: String, type: EvaluatedColumnType, datetimeFormat: String? = nil,
        declaredRange: DeclaredRange? = nil, regexFormat: String? = nil
    ) {
        self.name = name
        self.type = type
        self.datetimeFormat = datetimeFormat
        self.declaredRange = declaredRange
        self.regexFormat = regexFormat
    }
}

/// The columns to evaluate, in order (the order of the rows and pairs in the reports), and
/// the primary key.
public struct EvaluationSchema: Sendable, Hashable {
    /// The columns, in the order the reports list them.
    public var columns: [EvaluatedColumn]

    /// The column names of the primary key (one name, or several for a composite key); empty
    /// when the table has none.
    public var primaryKey: [String]

    /// Other columns whose values must be unique (alternate keys).
    public var alternateKeys: [String]

    /// Creates a schema.
    public init(
        columns: [EvaluatedColumn], primaryKey: [String] = [], alternateKeys: [String] = []
    ) {
        self.columns = columns
        self.primaryKey = primaryKey
        self.alternateKeys = alternateKeys
    }

    /// Creates a schema from `(name, type)` pairs in column order.
    public init(_ columns: KeyValuePairs<String, EvaluatedColumnType>, primaryKey: String? = nil) {
        self.columns = columns.map { EvaluatedColumn(name: $0.key, type: $0.value) }
        self.primaryKey = primaryKey.map { [$0] } ?? []
        self.alternateKeys = []
    }

    /// The column names, in order.
    public var columnNames: [String] { columns.map(\.name) }
}
