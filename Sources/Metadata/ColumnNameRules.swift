// Metadata: recognising personal information and identifiers from a column's name.

/// The rules that give a column an sdtype from its name alone: personal-information sdtypes
/// such as `email` or `city`, and `id`.
///
/// A name is split into lowercase *tokens* at every character that is not a letter or a digit
/// and at camel-case boundaries (`custId` → `cust`, `id`; `IPAddress` → `ip`, `address`;
/// `Sepal.Length` → `sepal`, `length`). A rule matches when one of its keys equals a run of
/// consecutive tokens joined together (`phone_number`, `PhoneNumber` and `phonenumber` all
/// give `phonenumber`). Rules are tried in a fixed order and the first match wins, so the
/// result never depends on hashing. Unlike the reference, a key never matches part of a token:
/// `emailed_count` is not an e-mail column and `licensed` is not a license plate.
public enum ColumnNameRules {
    /// The personal-information rules in the order they are tried: the reference's
    /// substring table first, then its whole-token table.
    public static let personalInformationRules: [(keys: [String], sdtype: SemanticType)] = [
        (["phonenumber"], .phoneNumber),
        (["email"], .email),
        (["firstname"], .firstName),
        (["lastname"], .lastName),
        (["countrycode"], .countryCode),
        (["stateabbr"], .stateAbbreviation),
        (["postalcode", "zipcode", "postcode"], .postcode),
        (["streetaddress", "line1"], .streetAddress),
        (["secondaryaddress", "line2"], .secondaryAddress),
        (["latitude"], .latitude),
        (["longitude"], .longitude),
        (["ipv4", "ipv4address"], .ipv4Address),
        (["ipv6", "ipv6address", "ipaddress"], .ipv6Address),
        (["macaddress"], .macAddress),
        (["useragent", "useragentstring"], .userAgentString),
        (["iban"], .iban),
        (["swift", "swift11"], .swift11),
        (["swift8"], .swift8),
        (["creditcardnumber"], .creditCardNumber),
        (["licenseplate", "license"], .licensePlate),
        (["ssn"], .ssn),
        (["state", "province", "administrativeunit", "administativeunit"], .administrativeUnit),
        (["city"], .city),
        (["vin"], .vin),
    ]

    /// The sdtype a column's name implies: the first personal-information rule that matches,
    /// else `id` when a token is `id`, else `nil`.
    public static func semanticType(forColumnName name: String) -> SemanticType? {
        let tokens = self.tokens(of: name)
        let runs = tokenRuns(tokens)
        for rule in personalInformationRules where rule.keys.contains(where: runs.contains) {
            return rule.sdtype
        }
        return tokens.contains("id") ? .id : nil
    }

    /// The lowercase tokens of a column name.
    public static func tokens(of name: String) -> [String] {
        var tokens: [String] = []
        var current: [Character] = []
        let characters = Array(name)
        for (index, character) in characters.enumerated() {
            guard character.isLetter || character.isNumber else {
                flush(&current, into: &tokens)
                continue
            }
            if let previous = current.last,
                startsCamelToken(character, after: previous, next: characters.element(index + 1))
            {
                flush(&current, into: &tokens)
            }
            current.append(character)
        }
        flush(&current, into: &tokens)
        return tokens
    }

    /// Whether an uppercase `character` starts a new token: after a lowercase letter
    /// (`custId`), or after an uppercase one when a lowercase run follows (`IPAddress`).
    private static func startsCamelToken(
        _ character: Character,
        after previous: Character,
        next: Character?
    ) -> Bool {
        guard character.isUppercase else { return false }
        if previous.isLowercase { return true }
        return previous.isUppercase && next?.isLowercase == true
    }

    private static func flush(_ current: inout [Character], into tokens: inout [String]) {
        guard !current.isEmpty else { return }
        tokens.append(String(current).lowercased())
        current.removeAll()
    }

    /// Every run of consecutive tokens joined together.
    private static func tokenRuns(_ tokens: [String]) -> Set<String> {
        var runs: Set<String> = []
        for start in tokens.indices {
            var joined = ""
            for token in tokens[start...] {
                joined += token
                runs.insert(joined)
            }
        }
        return runs
    }
}

extension Array {
    /// The element at `index`, or `nil` outside the array.
    fileprivate func element(_ index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
