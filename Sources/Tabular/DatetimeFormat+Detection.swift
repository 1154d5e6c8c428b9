// Tabular: choosing a datetime format that every value of a column follows.

extension DatetimeFormat {
    /// The patterns detection tries, in order of preference.
    ///
    /// Month-first patterns come before day-first ones, so data where every day is at most 12
    /// is read month-first, as the reference does. `%Y%m%d` is left out: a column of eight-digit
    /// numbers is read as numbers.
    public static let candidatePatterns: [String] = isoPatterns + slashPatterns + otherPatterns

    private static let isoPatterns: [String] = ["%Y-%m-%d"]
        + ["T", " "].flatMap { separator in
            [
                "%Y-%m-%d\(separator)%H:%M:%S%z", "%Y-%m-%d\(separator)%H:%M:%S",
                "%Y-%m-%d\(separator)%H:%M:%S.%f%z", "%Y-%m-%d\(separator)%H:%M:%S.%f",
                "%Y-%m-%d\(separator)%H:%M%z", "%Y-%m-%d\(separator)%H:%M",
            ]
        }

    private static let slashPatterns: [String] = [
        "%m/%d/%Y", "%d/%m/%Y", "%m/%d/%Y %H:%M:%S", "%d/%m/%Y %H:%M:%S", "%m/%d/%Y %H:%M",
        "%d/%m/%Y %H:%M", "%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %I:%M %p", "%m/%d/%y", "%d/%m/%y",
        "%m/%d/%y %H:%M", "%d/%m/%y %H:%M", "%Y/%m/%d", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M",
    ]

    private static let otherPatterns: [String] = [
        "%d.%m.%Y", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%m-%d-%Y", "%d-%m-%Y", "%d %b %Y",
        "%d %B %Y", "%b %d, %Y", "%B %d, %Y", "%d-%b-%Y", "%d-%b-%y", "%b %d %Y",
        "%H:%M:%S", "%H:%M", "%H:%M:%S.%f", "%I:%M:%S %p", "%I:%M %p",
    ]

    private static let compiledCandidates: [(String, DatetimePattern)] =
        candidatePatterns.compactMap { pattern in DatetimePattern(pattern).map { (pattern, $0) } }

    /// The first candidate format that every value parses with, or `nil`.
    ///
    /// Among the spellings of that pattern (with or without leading zeros, `Z` or `+00:00` or
    /// `+0000`, the number of fraction digits) the first one that writes every value back to
    /// its exact text is chosen, so that reading and writing reproduce the values.
    ///
    /// - Parameter values: The present values of a column; empty gives `nil`.
    /// - Complexity: O(candidates × total length of the values) at worst.
    public static func detect(in values: [String]) -> DatetimeFormat? {
        detect(levels: values.map { Array($0.utf8) })
    }

    /// ``detect(in:)`` on UTF-8 texts.
    static func detect(levels: [[UInt8]]) -> DatetimeFormat? {
        guard !levels.isEmpty else { return nil }
        for (pattern, compiled) in compiledCandidates where parsesAll(levels, with: compiled) {
            return spelling(of: pattern, reproducing: levels)
        }
        return nil
    }

    /// Whether `text` parses with any candidate pattern; used to tell a header from data.
    static func looksLikeDatetime(_ text: [UInt8]) -> Bool {
        compiledCandidates.contains { candidate in
            text.withUnsafeBufferPointer { candidate.1.parse($0) != nil }
        }
    }

    private static func parsesAll(_ levels: [[UInt8]], with pattern: DatetimePattern) -> Bool {
        levels.allSatisfy { level in level.withUnsafeBufferPointer { pattern.parse($0) != nil } }
    }

    /// The variant of `pattern` that writes every level back unchanged, or the plain pattern.
    private static func spelling(of pattern: String, reproducing levels: [[UInt8]]) -> DatetimeFormat
    {
        let fallback = DatetimeFormat(pattern)
        let patterns = [pattern, unpadded(pattern)]
        let zones: [DatetimeZoneSpelling] =
            pattern.contains("%z") ? [.zulu, .colon, .compact] : [.compact]
        let digits = pattern.contains("%f") ? [6, 3, 9, 1, 2, 4, 5, 7, 8] : [6]
        for variantPattern in patterns {
            for zone in zones {
                for digitCount in digits {
                    let variant = DatetimeFormat(
                        variantPattern, zoneSpelling: zone, fractionDigits: digitCount)
                    if reproduces(levels, with: variant) { return variant }
                }
            }
        }
        return fallback
    }

    private static func reproduces(_ levels: [[UInt8]], with format: DatetimeFormat) -> Bool {
        let compiled = CompiledDatetimeFormat(format)
        var output: [UInt8] = []
        for level in levels {
            guard let seconds = level.withUnsafeBufferPointer({ compiled.pattern.parse($0) })
            else { return false }
            output.removeAll(keepingCapacity: true)
            compiled.append(seconds, to: &output)
            guard output == level else { return false }
        }
        return true
    }

    /// `pattern` with month, day and hours written without leading zeros (`%-m`, `%-d`, ...).
    private static func unpadded(_ pattern: String) -> String {
        var result = pattern
        for letter in ["m", "d", "H", "I"] {
            result = result.replacing("%\(letter)", with: "%-\(letter)")
        }
        return result
    }
}
