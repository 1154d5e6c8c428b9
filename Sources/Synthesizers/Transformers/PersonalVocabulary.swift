// Synthesizers: the small built-in vocabularies that generated personal values are drawn from.

/// Word lists for plausible, invented personal values. Written for this module; no entry is
/// meant to identify a person, and generated values are further checked against the training
/// values so that none is ever copied.
enum PersonalVocabulary {
    static let firstNames = [
        "Ada", "Alan", "Amara", "Anton", "Beatriz", "Bruno", "Chen", "Clara", "Dario", "Dora",
        "Elif", "Emil", "Farah", "Felix", "Greta", "Hugo", "Ines", "Ivan", "Jana", "Jonas",
        "Kira", "Lars", "Leila", "Luca", "Maya", "Milo", "Nadia", "Nils", "Olga", "Omar",
        "Paula", "Quentin", "Rosa", "Ravi", "Sara", "Tomas", "Uma", "Viktor", "Wanda", "Yusuf",
    ]

    static let lastNames = [
        "Abbott", "Baker", "Castillo", "Dimitrov", "Eriksen", "Fischer", "Garcia", "Haddad",
        "Ivanova", "Jensen", "Kowalski", "Larsen", "Moreau", "Nakamura", "Okafor", "Petrov",
        "Quinn", "Rossi", "Schmidt", "Tanaka", "Urban", "Varga", "Weber", "Xu", "Yilmaz",
        "Zimmer", "Novak", "Silva", "Murphy", "Lindqvist",
    ]

    static let streets = [
        "Maple", "Oak", "Cedar", "Birch", "Willow", "Harbor", "Mill", "Station", "Orchard",
        "Meadow", "River", "Hill", "Lake", "Park", "Church", "Market", "Bridge", "Garden",
    ]

    static let streetKinds = ["Street", "Avenue", "Road", "Lane", "Way", "Court", "Drive"]

    static let cities = [
        "Ashford", "Brookvale", "Clearwater", "Dunmore", "Eastbridge", "Fairhaven", "Glenrock",
        "Harborview", "Ironwood", "Juniper Falls", "Kingsport", "Lakemont", "Millbrook",
        "Northfield", "Oakridge", "Pinecrest", "Riverton", "Stonegate", "Thornbury", "Westwood",
    ]

    static let states = [
        "Alder", "Bayland", "Coastal", "Delta", "Eastmark", "Frontier", "Highland", "Lowmoor",
        "Midvale", "Northmark", "Southmere", "Westland",
    ]

    static let countries = [
        "Arcadia", "Borduria", "Carpania", "Dalmora", "Elbonia", "Florin", "Genovia", "Latveria",
        "Moravia Nova", "Sokovia", "Syldavia", "Zubrowka",
    ]

    static let countryCodes = ["AA", "QM", "QN", "QO", "QP", "QQ", "QR", "XA", "XB", "XC"]

    static let domains = ["example.com", "example.org", "example.net", "mail.example"]

    static let companyWords = [
        "Acme", "Blue Harbor", "Cobalt", "Driftwood", "Evergreen", "Foxglove", "Granite",
        "Helix", "Juniper", "Keystone", "Lumen", "Northstar", "Quarry", "Summit", "Tidewater",
    ]

    static let companySuffixes = ["Ltd", "Inc", "LLC", "Group", "Partners", "Co"]
}
