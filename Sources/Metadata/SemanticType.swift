// Metadata: what the values of a column mean (the reference's "sdtype").

/// What the values of a column mean, which decides how a synthesizer models them; the
/// reference calls it the column's *sdtype*.
///
/// The raw values are the reference's names (`"numerical"`, `"phone_number"`, ...). Any other
/// name a metadata file uses (the reference accepts every Faker method name) is kept as
/// ``other(_:)``, so reading never fails on an sdtype and writing gives the name back.
///
/// Every sdtype except the seven statistical ones (numerical, categorical, ordinal, boolean,
/// datetime, id, unknown) is personal information: such columns are generated, not learned.
public enum SemanticType: Sendable, Hashable {
    /// Real quantities (the reference's `numerical`).
    case numerical
    /// Unordered categories.
    case categorical
    /// Ordered categories; the column's `range_values` give the order.
    case ordinal
    /// True and false.
    case boolean
    /// Points in time.
    case datetime
    /// Identifiers and keys.
    case id
    /// Values with no known meaning; generated, never learned.
    case unknown
    /// E-mail addresses.
    case email
    /// Telephone numbers (`phone_number`).
    case phoneNumber
    /// Given names (`first_name`).
    case firstName
    /// Family names (`last_name`).
    case lastName
    /// Full names.
    case name
    /// Country codes (`country_code`).
    case countryCode
    /// State abbreviations (`state_abbr`).
    case stateAbbreviation
    /// Postal codes.
    case postcode
    /// Street addresses (`street_address`).
    case streetAddress
    /// Apartment or suite lines (`secondary_address`).
    case secondaryAddress
    /// Latitudes.
    case latitude
    /// Longitudes.
    case longitude
    /// IPv4 addresses (`ipv4_address`).
    case ipv4Address
    /// IPv6 addresses (`ipv6_address`).
    case ipv6Address
    /// MAC addresses (`mac_address`).
    case macAddress
    /// Browser user-agent strings (`user_agent_string`).
    case userAgentString
    /// International bank account numbers.
    case iban
    /// 11-character SWIFT/BIC codes.
    case swift11
    /// 8-character SWIFT/BIC codes.
    case swift8
    /// Credit card numbers (`credit_card_number`).
    case creditCardNumber
    /// Vehicle license plates (`license_plate`).
    case licensePlate
    /// US social security numbers.
    case ssn
    /// States, provinces and regions (`administrative_unit`).
    case administrativeUnit
    /// Cities.
    case city
    /// Vehicle identification numbers.
    case vin
    /// Whole postal addresses.
    case address
    /// Country names.
    case country
    /// State names.
    case state
    /// Company names.
    case company
    /// Any other name, kept as written.
    case other(String)
}

extension SemanticType: RawRepresentable {
    /// The sdtypes with a case of their own, in declaration order.
    public static let named: [SemanticType] = [
        .numerical, .categorical, .ordinal, .boolean, .datetime, .id, .unknown, .email,
        .phoneNumber, .firstName, .lastName, .name, .countryCode, .stateAbbreviation, .postcode,
        .streetAddress, .secondaryAddress, .latitude, .longitude, .ipv4Address, .ipv6Address,
        .macAddress, .userAgentString, .iban, .swift11, .swift8, .creditCardNumber,
        .licensePlate, .ssn, .administrativeUnit, .city, .vin, .address, .country, .state,
        .company,
    ]

    private static let byName: [String: SemanticType] = Dictionary(
        uniqueKeysWithValues: named.map { ($0.rawValue, $0) }
    )

    /// The sdtype called `rawValue`; never fails (unknown names become ``other(_:)``).
    public init(rawValue: String) {
        self = Self.byName[rawValue] ?? .other(rawValue)
    }

    /// The reference's name of the sdtype.
    public var rawValue: String {
        switch self {
        case .numerical: "numerical"
        case .categorical: "categorical"
        case .ordinal: "ordinal"
        case .boolean: "boolean"
        case .datetime: "datetime"
        case .id: "id"
        case .unknown: "unknown"
        case .email: "email"
        case .phoneNumber: "phone_number"
        case .firstName: "first_name"
        case .lastName: "last_name"
        case .name: "name"
        case .countryCode: "country_code"
        case .stateAbbreviation: "state_abbr"
        case .postcode: "postcode"
        case .streetAddress: "street_address"
        case .secondaryAddress: "secondary_address"
        case .latitude: "latitude"
        case .longitude: "longitude"
        case .ipv4Address: "ipv4_address"
        case .ipv6Address: "ipv6_address"
        case .macAddress: "mac_address"
        case .userAgentString: "user_agent_string"
        case .iban: "iban"
        case .swift11: "swift11"
        case .swift8: "swift8"
        case .creditCardNumber: "credit_card_number"
        case .licensePlate: "license_plate"
        case .ssn: "ssn"
        case .administrativeUnit: "administrative_unit"
        case .city: "city"
        case .vin: "vin"
        case .address: "address"
        case .country: "country"
        case .state: "state"
        case .company: "company"
        case .other(let name): name
        }
    }

    /// Whether the sdtype is personal information (everything but numerical, categorical,
    /// ordinal, boolean, datetime, id and unknown); detection marks such columns `pii: true`.
    public var isPII: Bool {
        switch self {
        case .numerical, .categorical, .ordinal, .boolean, .datetime, .id, .unknown: false
        default: true
        }
    }

    /// Whether the sdtype is categorical or ordinal, the two that carry `range_values`.
    public var isCategoryLike: Bool {
        self == .categorical || self == .ordinal
    }
}

extension SemanticType: CustomStringConvertible {
    /// The reference's name of the sdtype.
    public var description: String { rawValue }
}
