// Tabular: parsing and formatting single datetime values with a DatetimeFormat.

extension DatetimeFormat {
    /// The instant `text` names, in seconds since 1970-01-01T00:00:00Z.
    ///
    /// The whole text must follow the pattern; a `%z` offset is subtracted so the result is in
    /// UTC. `%-m` and `%m` both accept one or two digits.
    ///
    /// - Returns: The seconds, or `nil` when the text does not follow the pattern, names no
    ///   real date (such as the 30th of February), or the pattern is not supported.
    public func seconds(from text: some StringProtocol) -> Double? {
        DatetimePattern(pattern)?.parse(text)
    }

    /// The text of the instant `seconds` (since the epoch, in UTC) in this format.
    ///
    /// `%z` writes offset zero as ``zoneSpelling`` says; `%f` writes ``fractionDigits`` digits,
    /// rounding. An unsupported directive is written as it stands.
    ///
    /// - Precondition: `seconds` is finite.
    public func string(from seconds: Double) -> String {
        DatetimePattern(lenient: pattern).string(
            from: seconds, zoneSpelling: zoneSpelling, fractionDigits: fractionDigits)
    }
}

/// A format compiled once for many values: the pattern's directives and the writing options.
struct CompiledDatetimeFormat {
    let pattern: DatetimePattern
    let zoneSpelling: DatetimeZoneSpelling
    let fractionDigits: Int

    /// Compiles `format`; an unsupported directive is written as it stands.
    init(_ format: DatetimeFormat) {
        self.pattern = DatetimePattern(lenient: format.pattern)
        self.zoneSpelling = format.zoneSpelling
        self.fractionDigits = format.fractionDigits
    }

    /// Appends the text of `seconds` to `output`.
    func append(_ seconds: Double, to output: inout [UInt8]) {
        pattern.append(
            seconds, zoneSpelling: zoneSpelling, fractionDigits: fractionDigits, to: &output)
    }
}
