// Tabular: formatting seconds since the epoch as text with a compiled datetime pattern.

extension DatetimePattern {
    /// Appends the text of the instant `seconds` (UTC) to `output`.
    ///
    /// - Parameters:
    ///   - seconds: Seconds since 1970-01-01T00:00:00Z; must be finite.
    ///   - zoneSpelling: How `%z` writes the zero offset.
    ///   - fractionDigits: How many digits `%f` writes.
    ///   - output: The buffer to append to.
    func append(
        _ seconds: Double,
        zoneSpelling: DatetimeZoneSpelling,
        fractionDigits: Int,
        to output: inout [UInt8]
    ) {
        let fields = Self.fields(of: seconds, fractionDigits: fractionDigits)
        for directive in directives {
            Self.append(directive, of: fields, zoneSpelling: zoneSpelling, to: &output)
        }
    }

    /// The text of the instant `seconds`; see ``append(_:zoneSpelling:fractionDigits:to:)``.
    func string(
        from seconds: Double,
        zoneSpelling: DatetimeZoneSpelling,
        fractionDigits: Int
    ) -> String {
        var output: [UInt8] = []
        append(seconds, zoneSpelling: zoneSpelling, fractionDigits: fractionDigits, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Splits an instant into calendar fields, rounding the fraction to `fractionDigits`.
    private static func fields(of seconds: Double, fractionDigits: Int) -> DatetimeFields {
        precondition(seconds.isFinite, "DatetimePattern: cannot format \(seconds)")
        let scale = DecimalPowers.double(fractionDigits)
        var whole = seconds.rounded(.down)
        var fraction = ((seconds - whole) * scale).rounded()
        if fraction >= scale {
            whole += 1
            fraction = 0
        }

        let total = Int(whole)
        let days = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
        let timeOfDay = total - days * 86_400
        let date = CivilCalendar.date(days: days)
        var fields = DatetimeFields()
        fields.year = date.year
        fields.month = date.month
        fields.day = date.day
        fields.dayOfYear = CivilCalendar.dayOfYear(year: date.year, month: date.month, day: date.day)
        fields.hour = timeOfDay / 3600
        fields.minute = timeOfDay % 3600 / 60
        fields.second = timeOfDay % 60
        fields.fraction = Int(fraction)
        fields.fractionDigits = fractionDigits
        return fields
    }

    private static func append(
        _ directive: DatetimeDirective,
        of fields: DatetimeFields,
        zoneSpelling: DatetimeZoneSpelling,
        to output: inout [UInt8]
    ) {
        switch directive {
        case .literal(let text): output.append(contentsOf: text)
        case .year: appendNumber(fields.year, width: 4, to: &output)
        case .shortYear: appendNumber(((fields.year % 100) + 100) % 100, width: 2, to: &output)
        case .month(let padded): appendNumber(fields.month, width: padded ? 2 : 1, to: &output)
        case .day(let padded): appendNumber(fields.day, width: padded ? 2 : 1, to: &output)
        case .dayOfYear(let padded):
            appendNumber(fields.dayOfYear, width: padded ? 3 : 1, to: &output)
        case .hour(let padded): appendNumber(fields.hour, width: padded ? 2 : 1, to: &output)
        case .hour12(let padded):
            let hour12 = fields.hour % 12 == 0 ? 12 : fields.hour % 12
            appendNumber(hour12, width: padded ? 2 : 1, to: &output)
        case .minute(let padded): appendNumber(fields.minute, width: padded ? 2 : 1, to: &output)
        case .second(let padded): appendNumber(fields.second, width: padded ? 2 : 1, to: &output)
        case .fraction: appendNumber(fields.fraction, width: fields.fractionDigits, to: &output)
        case .zone: output.append(contentsOf: zoneSpelling.text.utf8)
        case .monthAbbreviation:
            output.append(contentsOf: CivilCalendar.monthNames[fields.month - 1].utf8.prefix(3))
        case .monthName: output.append(contentsOf: CivilCalendar.monthNames[fields.month - 1].utf8)
        case .meridiem: output.append(contentsOf: (fields.hour < 12 ? "AM" : "PM").utf8)
        }
    }

    /// Appends `value` in decimal, zero-padded to at least `width` digits.
    private static func appendNumber(_ value: Int, width: Int, to output: inout [UInt8]) {
        var magnitude = value.magnitude
        if value < 0 { output.append(UInt8(ascii: "-")) }
        var digitCount = 1
        var bound: UInt = 10
        while digitCount < 19, magnitude >= bound {
            digitCount += 1
            bound *= 10
        }
        let written = max(width, digitCount)
        output.append(contentsOf: repeatElement(UInt8(48), count: written))
        var index = output.count - 1
        repeat {
            output[index] = UInt8(48 + magnitude % 10)
            magnitude /= 10
            index -= 1
        } while magnitude > 0
    }
}
