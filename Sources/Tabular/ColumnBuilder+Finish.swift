// Tabular: turning a finished column's fields into a typed column.

extension ColumnBuilder {
    /// The typed column, by these rules:
    ///
    /// - numbers stay numbers (`holdsIntegers` when no field had a point or an exponent);
    ///   a column with no present value is numbers, all missing;
    /// - strings that are all `true`/`false` in any letter case are booleans;
    /// - strings that all parse with one detected ``DatetimeFormat`` are datetimes;
    /// - other strings are ``ColumnKind/text`` when there are more than
    ///   ``CSVReadOptions/textMinimumRows`` present values and the distinct ones are more than
    ///   ``CSVReadOptions/textDistinctShare`` of them; otherwise categories.
    func finish(name: String, options: CSVReadOptions) -> Column {
        switch mode {
        case .undecided:
            let numbers = NumberColumn(
                uncheckedValues: values, isMissing: isMissing, holdsIntegers: false, decimals: 0)
            return Column(name: name, data: .number(numbers))
        case .number:
            let numbers = NumberColumn(
                uncheckedValues: values, isMissing: isMissing, holdsIntegers: holdsIntegers,
                decimals: holdsIntegers ? 0 : decimals)
            return Column(name: name, data: .number(numbers))
        case .strings:
            return Column(name: name, data: stringData(options: options))
        }
    }

    private func stringData(options: CSVReadOptions) -> ColumnData {
        let levels = interner.byteStrings()
        if let spelling = Self.booleanSpelling(levels) {
            return .boolean(booleans(levels: levels, spelling: spelling))
        }
        if let format = DatetimeFormat.detect(levels: levels) {
            return .datetime(datetimes(levels: levels, format: format))
        }

        let strings = interner.strings()
        let present = codes.count { $0 != CategoryColumn.missingCode }
        let isText =
            present > options.textMinimumRows
            && Double(strings.count) > options.textDistinctShare * Double(present)
        if isText {
            let values = codes.map { $0 == CategoryColumn.missingCode ? "" : strings[Int($0)] }
            let mask = codes.map { $0 == CategoryColumn.missingCode }
            return .text(TextColumn(values: values, isMissing: mask))
        }
        return .category(CategoryColumn(levels: strings, codes: codes))
    }

    /// The spelling when every level is `true` or `false` in some letter case, else `nil`.
    static func booleanSpelling(_ levels: [[UInt8]]) -> BooleanSpelling? {
        var trueText: String?
        var falseText: String?
        for level in levels {
            let lowered = String(decoding: level.map { $0 | 0x20 }, as: UTF8.self)
            let text = String(decoding: level, as: UTF8.self)
            if lowered == "true", level.count == 4 {
                trueText = trueText ?? text
            } else if lowered == "false", level.count == 5 {
                falseText = falseText ?? text
            } else {
                return nil
            }
        }
        let trueSpelling = trueText ?? matchingCase(of: falseText ?? "false", word: "true")
        let falseSpelling = falseText ?? matchingCase(of: trueSpelling, word: "false")
        return BooleanSpelling(trueText: trueSpelling, falseText: falseSpelling)
    }

    /// `word` in the letter case of `example`: all capitals, a capital first, or lower case.
    private static func matchingCase(of example: String, word: String) -> String {
        if example == example.uppercased() { return word.uppercased() }
        if example.first?.isUppercase == true { return word.prefix(1).uppercased() + word.dropFirst() }
        return word
    }

    private func booleans(levels: [[UInt8]], spelling: BooleanSpelling) -> BooleanColumn {
        let levelValues = levels.map { $0.count == 4 }
        var values: [Bool] = []
        var mask: [Bool] = []
        values.reserveCapacity(codes.count)
        mask.reserveCapacity(codes.count)
        for code in codes {
            let isMissing = code == CategoryColumn.missingCode
            values.append(isMissing ? false : levelValues[Int(code)])
            mask.append(isMissing)
        }
        return BooleanColumn(values: values, isMissing: mask, spelling: spelling)
    }

    private func datetimes(levels: [[UInt8]], format: DatetimeFormat) -> DatetimeColumn {
        let pattern = DatetimePattern(format.pattern)
        let levelSeconds = levels.map { level in
            level.withUnsafeBufferPointer { pattern?.parse($0) } ?? .nan
        }
        var seconds: [Double] = []
        var mask: [Bool] = []
        seconds.reserveCapacity(codes.count)
        mask.reserveCapacity(codes.count)
        for code in codes {
            let isMissing = code == CategoryColumn.missingCode
            seconds.append(isMissing ? .nan : levelSeconds[Int(code)])
            mask.append(isMissing)
        }
        return DatetimeColumn(seconds: seconds, isMissing: mask, format: format)
    }
}
