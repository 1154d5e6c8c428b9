// Metadata: catching misspelt sdtypes, which would otherwise pass as personal information.

extension SemanticType {
    /// What is wrong with an sdtype name that has no case of its own, or `nil` when it may
    /// stand for a kind of personal information (the reference accepts any of its fake-value
    /// generators' names, such as `job` or `credit_card_provider`).
    ///
    /// Such names are generated, not learned, so a misspelt `categorcal` would silently turn
    /// a column into made-up text. A name is refused when it is not lowercase words joined by
    /// `_`, or when it is within two edits of one of the sdtypes this package models.
    static func problem(withUnknownName name: String) -> String? {
        let suggestion = closestModelledName(to: name.lowercased())
        let hint = suggestion.map { "; did you mean '\($0)'?" } ?? ""
        guard isSnakeCase(name) else {
            return "'\(name)' is not an sdtype: sdtypes are lowercase words joined by '_'"
                + (hint.isEmpty ? "; see the sdtypes in 'facsimile inspect'" : hint)
        }
        guard suggestion == nil || name.count < 4 else {
            return "'\(name)' is not an sdtype\(hint) (a name Facsimile does not know is read "
                + "as a kind of personal information, generated rather than learned)"
        }
        return nil
    }

    /// The modelled sdtypes: those whose values are learned rather than generated.
    private static let modelled: [SemanticType] = [
        .numerical, .categorical, .ordinal, .boolean, .datetime, .id, .unknown,
    ]

    private static func closestModelledName(to name: String) -> String? {
        Spelling.closest(to: name, among: modelled.map(\.rawValue), maximumDistance: 2)
    }

    private static func isSnakeCase(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else {
            return false
        }
        return name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_"
        }
    }
}
