// Tabular: guessing a CSV file's field separator from its first lines.

/// Chooses the delimiter among `,` `;` tab `|` from the header and the lines after it.
enum DelimiterDetection {
    /// The candidates, in order of preference when they tie.
    static let candidates: [UInt8] = [
        UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|"),
    ]

    /// How many lines are looked at, the header included.
    static let sampleLines = 20

    /// The candidate that appears the same, non-zero number of times (outside quotes) on every
    /// sampled line, preferring the one that splits the header most; when none is that
    /// consistent, the one the header holds most; a comma when the header holds none.
    static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let counts = lineCounts(bytes)
        guard let header = counts.first else { return UInt8(ascii: ",") }

        var best: (delimiter: UInt8, fields: Int)?
        for (index, delimiter) in candidates.enumerated() where header[index] > 0 {
            let isConsistent = counts.allSatisfy { $0[index] == header[index] }
            if isConsistent, header[index] > best?.fields ?? 0 {
                best = (delimiter, header[index])
            }
        }
        if let best { return best.delimiter }

        let most = header.enumerated().max { $0.element < $1.element }
        guard let most, most.element > 0 else { return UInt8(ascii: ",") }
        return candidates[most.offset]
    }

    /// For each of the first lines, how many times each candidate appears outside quotes.
    private static func lineCounts(_ bytes: UnsafeBufferPointer<UInt8>) -> [[Int]] {
        var lines: [[Int]] = []
        var current = Array(repeating: 0, count: candidates.count)
        var inQuotes = false
        var lineHasText = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") {
                inQuotes.toggle()
            } else if !inQuotes, byte == 10 || byte == 13 {
                if lineHasText { lines.append(current) }
                if lines.count == sampleLines { return lines }
                current = Array(repeating: 0, count: candidates.count)
                lineHasText = false
                continue
            } else if !inQuotes, let index = candidates.firstIndex(of: byte) {
                current[index] += 1
            }
            lineHasText = true
        }
        if lineHasText { lines.append(current) }
        return lines
    }
}
