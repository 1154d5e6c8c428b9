// Tabular: the settings of CSV reading.

/// How ``CSVReader`` reads a file.
public struct CSVReadOptions: Sendable, Hashable {
    /// The tokens that mean "missing" when a whole unquoted field equals one of them.
    public static let defaultMissingTokens: Set<String> = [
        "", "NA", "N/A", "NaN", "nan", "null", "NULL", "None",
    ]

    /// The field separator; `nil` detects one of `,` `;` tab `|` from the first lines.
    public var delimiter: UInt8?

    /// Unquoted fields equal to one of these are missing. An empty field, quoted or not, is
    /// always missing; a quoted non-empty field is always taken literally.
    public var missingTokens: Set<String>

    /// The name used in error messages; the file's name when reading from a URL.
    public var fileName: String?

    /// Above this share of distinct values among the present values (and with more than
    /// ``textMinimumRows`` present values), a string column is ``ColumnKind/text`` rather than
    /// ``ColumnKind/category``.
    public var textDistinctShare: Double

    /// A string column with at most this many present values is always a category.
    public var textMinimumRows: Int

    /// Creates options.
    ///
    /// - Parameters:
    ///   - delimiter: The separator byte (ASCII), or `nil` to detect it.
    ///   - missingTokens: The texts read as missing.
    ///   - fileName: The name error messages use.
    ///   - textDistinctShare: The distinct share above which strings are free text (0.5).
    ///   - textMinimumRows: The present-value count up to which strings are categories (20).
    public init(
        delimiter: Character? = nil,
        missingTokens: Set<String> = Self.defaultMissingTokens,
        fileName: String? = nil,
        textDistinctShare: Double = 0.5,
        textMinimumRows: Int = 20
    ) {
        let ascii = delimiter?.asciiValue
        precondition(
            delimiter == nil || (ascii != nil && ascii != UInt8(ascii: "\"") && ascii != 10
                && ascii != 13),
            "CSVReadOptions: delimiter \(String(describing: delimiter)) must be one ASCII "
                + "character other than a quote or a line break"
        )
        self.delimiter = ascii
        self.missingTokens = missingTokens
        self.fileName = fileName
        self.textDistinctShare = textDistinctShare
        self.textMinimumRows = textMinimumRows
    }
}
