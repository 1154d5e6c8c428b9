// MetadataTests: sdtypes from column names.

import Metadata
import Testing

@Suite("Column name rules")
struct ColumnNameRulesTests {
    @Test(
        "tokens split at non-alphanumerics and camel case, lowercased",
        arguments: [
            ("custId", ["cust", "id"]),
            ("IPAddress", ["ip", "address"]),
            ("Sepal.Length", ["sepal", "length"]),
            ("phone-number 2", ["phone", "number", "2"]),
            ("MS_SubClass", ["ms", "sub", "class"]),
            ("ID", ["id"]),
            ("line1", ["line1"]),
            ("__", []),
            ("Ville_été", ["ville", "été"]),
        ]
    )
    func tokens(name: String, expected: [String]) {
        #expect(ColumnNameRules.tokens(of: name) == expected)
    }

    @Test(
        "names and the sdtype they imply",
        arguments: [
            ("phone_number", SemanticType?.some(.phoneNumber)),
            ("PhoneNumber", .phoneNumber),
            ("phonenumber", .phoneNumber),
            ("user_email", .email),
            ("emailed_count", nil),
            ("licensed", nil),
            ("license", .licensePlate),
            ("zip_code", .postcode),
            ("address_line2", .secondaryAddress),
            ("swift8", .swift8),
            ("swift", .swift11),
            ("ip_address", .ipv6Address),
            ("Latitude", .latitude),
            ("city_state", .administrativeUnit),
            ("state_city", .administrativeUnit),
            ("state_abbr", .stateAbbreviation),
            ("province", .administrativeUnit),
            ("SSN", .ssn),
            ("vin", .vin),
            ("custId", .id),
            ("ORDER_ID", .id),
            ("paid", nil),
            ("identity", nil),
            ("Sale_Price", nil),
            ("", nil),
        ]
    )
    func sdtypes(name: String, expected: SemanticType?) {
        #expect(ColumnNameRules.semanticType(forColumnName: name) == expected)
    }
}
