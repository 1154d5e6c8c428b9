// Tabular: the settings of CSV writing.

/// How ``CSVWriter`` and ``CSVStreamWriter`` write a table.
public struct CSVWriteOptions: Sendable, Hashable {
    /// The field separator byte.
    public var delimiter: UInt8

    /// Whether lines end with CR LF instead of LF.
    public var usesCRLF: Bool

    /// Strings equal to one of these are quoted so that ``CSVReader`` reads them literally
    /// rather than as missing; keep it equal to the reader's ``CSVReadOptions/missingTokens``.
    public var missingTokens: Set<String>

    /// Creates options.
    ///
    /// - Parameters:
    ///   - delimiter: The separator, one ASCII character other than a quote or line break.
    ///   - usesCRLF: Whether lines end with CR LF (`false`: LF).
    ///   - missingTokens: The texts the reader would take as missing.
    public init(
        delimiter: Character = ",",
        usesCRLF: Bool = false,
        missingTokens: Set<String> = CSVReadOptions.defaultMissingTokens
    ) {
        let ascii = delimiter.asciiValue
        precondition(
            ascii != nil && ascii != UInt8(ascii: "\"") && ascii != 10 && ascii != 13,
            "CSVWriteOptions: delimiter \(delimiter) must be one ASCII character other than a "
                + "quote or a line break"
        )
        self.delimiter = ascii ?? UInt8(ascii: ",")
        self.usesCRLF = usesCRLF
        self.missingTokens = missingTokens
    }
}
