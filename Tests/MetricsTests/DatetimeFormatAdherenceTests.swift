// MetricsTests: DatetimeFormatAdherence on text, checked against pandas' answers.

import Metrics
import Tabular
import Testing

@Suite("DatetimeFormatAdherence")
struct DatetimeFormatAdherenceTests {
    /// Each text with the answer sdmetrics 0.32 (pandas `to_datetime(format:)`) gives.
    static let cases: [(String, String, Bool)] = [
        ("%Y-%m-%d", "2024-01-05", true), ("%Y-%m-%d", "2024-1-5", true),
        ("%Y-%m-%d", "2024-02-30", false), ("%Y-%m-%d", "2023-02-29", false),
        ("%Y-%m-%d", "2024-02-29", true), ("%Y-%m-%d", "24-01-05", false),
        ("%Y-%m-%d", "2024-01-05 ", false), ("%Y-%m-%d", "2024/01/05", false),
        ("%Y-%m-%d", "0000-01-05", false),
        ("%d/%m/%Y %H:%M", "05/01/2024 13:07", true), ("%d/%m/%Y %H:%M", "5/1/2024 3:07", true),
        ("%d/%m/%Y %H:%M", "05/13/2024 13:07", false),
        ("%d/%m/%Y %H:%M", "05/01/2024  13:07", true),
        ("%d/%m/%Y %H:%M", "05/01/2024 24:00", false),
        ("%Y-%m-%dT%H:%M:%S%z", "2013-05-17T18:00:00Z", true),
        ("%Y-%m-%dT%H:%M:%S%z", "2013-04-17T09:28:31+0000", true),
        ("%Y-%m-%dT%H:%M:%S%z", "2013-04-17T09:28:31+00:00", true),
        ("%Y-%m-%dT%H:%M:%S%z", "2013-04-17T09:28:31", false),
        ("%Y-%m-%d %H:%M:%S", "2024-01-05 10:00:61", true),
        ("%Y-%m-%d %H:%M:%S", "2024-01-05 10:00:62", false),
        ("%Y-%m-%d %H:%M:%S.%f", "2024-01-05 10:00:01.1234567", true),
        ("%b %d, %Y", "Jan 05, 2024", true), ("%b %d, %Y", "jan 5, 2024", true),
        ("%b %d, %Y", "January 05, 2024", false), ("%B %d", "January 05", true),
        ("%B %d", "Jan 05", false), ("%I:%M %p", "1:05 PM", true),
        ("%I:%M %p", "13:05 PM", false), ("%I:%M %p", "12:00 am", true),
    ]

    @Test("Texts are read as strptime reads them", arguments: cases)
    func text(format: String, value: String, adheres: Bool) throws {
        let column = categories("t", [value])
        let score = try DatetimeFormatAdherence.score(synthetic: column, format: format)
        #expect(score == (adheres ? 1 : 0))
    }

    @Test("Missing values adhere; parsed datetimes adhere; numbers are a wrong kind")
    func kinds() throws {
        let mixed = categories("t", ["2024-01-05", nil, "nonsense", "2024-13-01"])
        #expect(try DatetimeFormatAdherence.score(synthetic: mixed, format: "%Y-%m-%d") == 0.5)
        let parsed = instants("t", [0, .nan])
        #expect(try DatetimeFormatAdherence.score(synthetic: parsed, format: "%Y") == 1)
        #expect(throws: MetricsError.self) {
            try DatetimeFormatAdherence.score(synthetic: numbers("t", [1]), format: "%Y")
        }
    }
}
