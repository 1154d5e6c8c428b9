// TabularTests: parsing, formatting and detecting datetime formats.

import Testing

@testable import Tabular

@Suite("Datetime formats")
struct DatetimeFormatTests {
    /// 2013-01-01T10:00:00Z, worked out as 15,706 days × 86,400 s + 10 h.
    static let flightsFirst = 1_357_034_400.0

    @Test func isoWithZuluParsesAndWritesBack() throws {
        let format = DatetimeFormat("%Y-%m-%dT%H:%M:%S%z", zoneSpelling: .zulu)
        #expect(format.seconds(from: "2013-01-01T10:00:00Z") == Self.flightsFirst)
        #expect(format.string(from: Self.flightsFirst) == "2013-01-01T10:00:00Z")
    }

    @Test(arguments: [
        ("2013-01-01T12:00:00+02:00", 1_357_034_400.0),
        ("2013-01-01T12:00:00+0200", 1_357_034_400.0),
        ("2013-01-01T05:30:00-04:30", 1_357_034_400.0), ("2013-01-01T10:00:00+00", 1_357_034_400.0),
    ])
    func offsetsAreSubtracted(text: String, seconds: Double) {
        #expect(DatetimeFormat("%Y-%m-%dT%H:%M:%S%z").seconds(from: text) == seconds)
    }

    @Test func zoneSpellingsWriteZero() {
        let pattern = "%Y-%m-%d %H:%M%z"
        #expect(DatetimeFormat(pattern).string(from: 0) == "1970-01-01 00:00+0000")
        #expect(
            DatetimeFormat(pattern, zoneSpelling: .colon).string(from: 0)
                == "1970-01-01 00:00+00:00")
        #expect(DatetimeFormat(pattern, zoneSpelling: .zulu).string(from: 0) == "1970-01-01 00:00Z")
    }

    @Test func fractionsReadAnyLengthAndWriteTheChosenDigits() {
        let format = DatetimeFormat("%H:%M:%S.%f", fractionDigits: 3)
        #expect(format.seconds(from: "00:00:01.5") == 1.5)
        #expect(format.seconds(from: "00:00:01.250000") == 1.25)
        #expect(format.string(from: 1.25) == "00:00:01.250")
        #expect(DatetimeFormat("%H:%M:%S.%f").string(from: 3723.000_001) == "01:02:03.000001")
        #expect(format.string(from: 59.9996) == "00:01:00.000")
    }

    @Test func monthNamesTwelveHourClockAndDayOfYear() {
        #expect(DatetimeFormat("%d %b %Y").seconds(from: "01 Jan 2013") == 1_356_998_400)
        #expect(DatetimeFormat("%B %d, %Y").seconds(from: "march 21, 2013") == 1_363_824_000)
        #expect(DatetimeFormat("%d %B %Y").string(from: 1_363_824_000) == "21 March 2013")
        let clock = DatetimeFormat("%I:%M %p")
        #expect(clock.seconds(from: "12:15 AM") == 900)
        #expect(clock.seconds(from: "12:15 PM") == 44_100)
        #expect(clock.seconds(from: "01:00 pm") == 46_800)
        #expect(clock.string(from: 46_800) == "01:00 PM")
        #expect(clock.seconds(from: "13:00 PM") == nil)
        #expect(DatetimeFormat("%Y-%j").seconds(from: "2012-366") == 1_356_912_000)
        #expect(DatetimeFormat("%Y-%j").string(from: 1_356_912_000) == "2012-366")
        #expect(DatetimeFormat("%Y-%j").seconds(from: "2013-366") == nil)
    }

    @Test func weekdayNamesAreWrittenAndSkippedWhenRead() {
        let format = DatetimeFormat("%d/%m/%Y %j %b %A")
        #expect(format.string(from: -86_400) == "31/12/1969 365 Dec Wednesday")
        #expect(format.string(from: 951_782_400) == "29/02/2000 060 Feb Tuesday")
        #expect(format.seconds(from: "29/02/2000 060 Feb tuesday") == 951_782_400)
        #expect(DatetimeFormat("%a %d %b %Y").string(from: 0) == "Thu 01 Jan 1970")
        #expect(DatetimeFormat("%a %d %b %Y").seconds(from: "Thu 01 Jan 1970") == 0)
        #expect(DatetimeFormat("%A").seconds(from: "Funday") == nil)
    }

    @Test func twoDigitYearsPivotAt69() {
        let format = DatetimeFormat("%d/%m/%y")
        #expect(format.seconds(from: "01/01/69") == -31_536_000)
        #expect(format.seconds(from: "01/01/68") == 3_092_601_600)
        #expect(format.string(from: 3_092_601_600) == "01/01/68")
    }

    @Test func impossibleDatesAndTrailingTextDoNotParse() {
        let format = DatetimeFormat("%Y-%m-%d")
        #expect(format.seconds(from: "2013-02-29") == nil)
        #expect(format.seconds(from: "2012-02-29") == 1_330_473_600)
        #expect(format.seconds(from: "2013-13-01") == nil)
        #expect(format.seconds(from: "2013-01-01 ") == nil)
        #expect(format.seconds(from: "13-01-01") == nil)
        #expect(DatetimeFormat("%H:%M").seconds(from: "24:00") == nil)
    }

    @Test func datesBeforeTheEpochAndFarAwayRoundTrip() {
        let format = DatetimeFormat("%Y-%m-%d %H:%M:%S")
        for text in [
            "1900-03-01 00:00:00", "1600-02-29 23:59:59", "0001-01-01 00:00:00",
            "9999-12-31 23:59:59", "1969-12-31 23:59:59",
        ] {
            let seconds = format.seconds(from: text)
            #expect(seconds.map(format.string(from:)) == text)
        }
        #expect(format.seconds(from: "1969-12-31 23:59:59") == -1)
    }

    @Test func unpaddedDirectivesWriteWithoutZeros() {
        let format = DatetimeFormat("%-m/%-d/%Y %-H:%M")
        #expect(format.seconds(from: "3/7/2013 9:05") == format.seconds(from: "03/07/2013 09:05"))
        #expect(format.string(from: 1_362_647_100) == "3/7/2013 9:05")
    }

    @Test func literalPercentAndUnknownDirectives() {
        #expect(DatetimeFormat("%Y%%").seconds(from: "2013%") == 1_356_998_400)
        #expect(!DatetimeFormat("%Y %Q").isSupported)
        #expect(DatetimeFormat("%A %d").isSupported)
        #expect(DatetimeFormat("%Y %Q").seconds(from: "2013 x") == nil)
        #expect(DatetimeFormat("%Y %Q").string(from: 0) == "1970 %Q")
    }

    @Test func detectionChoosesTheReferenceFormatForFlights() throws {
        let format = try #require(
            DatetimeFormat.detect(in: ["2013-01-01T10:00:00Z", "2013-09-30T12:00:00Z"]))
        #expect(format.pattern == "%Y-%m-%dT%H:%M:%S%z")
        #expect(format.zoneSpelling == .zulu)
    }

    @Test func detectionDecidesDayOrMonthFirstFromTheData() {
        #expect(DatetimeFormat.detect(in: ["01/02/2013", "12/11/2013"])?.pattern == "%m/%d/%Y")
        #expect(DatetimeFormat.detect(in: ["01/02/2013", "13/11/2013"])?.pattern == "%d/%m/%Y")
        #expect(DatetimeFormat.detect(in: ["01/02/2013", "12/31/2013"])?.pattern == "%m/%d/%Y")
    }

    @Test func detectionNeedsEveryValue() {
        #expect(DatetimeFormat.detect(in: ["2013-01-01", "yesterday"]) == nil)
        #expect(DatetimeFormat.detect(in: ["2013-01-01", "2013-01-01 10:00"]) == nil)
        #expect(DatetimeFormat.detect(in: []) == nil)
        #expect(DatetimeFormat.detect(in: ["20130101"]) == nil)
    }

    @Test(arguments: [
        (["2013-01-01"], "%Y-%m-%d"), (["2013-01-01 10:30"], "%Y-%m-%d %H:%M"),
        (["2013-01-01 10:30:15.250"], "%Y-%m-%d %H:%M:%S.%f"), (["2013/01/31"], "%Y/%m/%d"),
        (["31.01.2013"], "%d.%m.%Y"), (["10:30"], "%H:%M"), (["10:30:01"], "%H:%M:%S"),
        (["1/5/2013", "12/25/2013"], "%-m/%-d/%Y"), (["05 Jan 2013"], "%d %b %Y"),
        (["2013-01-01T10:00:00+01:00"], "%Y-%m-%dT%H:%M:%S%z"),
    ])
    func detectionFindsCommonFormats(values: [String], pattern: String) throws {
        let format = try #require(DatetimeFormat.detect(in: values))
        #expect(format.pattern == pattern)
    }

    @Test func detectedSpellingReproducesTheText() throws {
        let values = ["2013-01-01 10:30:15.250", "2013-01-01 10:30:16.500"]
        let format = try #require(DatetimeFormat.detect(in: values))
        #expect(format.fractionDigits == 3)
        for value in values {
            #expect(format.seconds(from: value).map(format.string(from:)) == value)
        }
        let colon = try #require(DatetimeFormat.detect(in: ["2013-01-01T10:00:00+00:00"]))
        #expect(colon.zoneSpelling == .colon)
    }

    @Test func civilCalendarMatchesKnownDays() {
        #expect(CivilCalendar.days(year: 1970, month: 1, day: 1) == 0)
        #expect(CivilCalendar.days(year: 2000, month: 3, day: 1) == 11_017)
        #expect(CivilCalendar.days(year: 1969, month: 12, day: 31) == -1)
        for day in stride(from: -800_000, through: 800_000, by: 997) {
            let date = CivilCalendar.date(days: day)
            #expect(CivilCalendar.days(year: date.year, month: date.month, day: date.day) == day)
        }
    }
}
