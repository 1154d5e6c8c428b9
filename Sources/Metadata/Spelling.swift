// Metadata: the nearest known name to a misspelt one, for error messages that suggest a fix.

/// Finds the known name a misspelt one most likely meant, by edit distance.
///
/// Used wherever a name typed by a user is checked against a list: sdtypes here, synthesizer
/// and parameter names in Synthesizers.
package enum Spelling {
    /// The candidate nearest to `name`, or `nil` when none is within `maximumDistance` edits
    /// (by default 2, or 3 for names of ten characters or more).
    ///
    /// Both sides are compared in the form `normalize` gives them; the candidate is returned
    /// as given. Ties go to the earlier candidate.
    package static func closest(
        to name: String, among candidates: [String], maximumDistance: Int? = nil,
        normalize: (String) -> String = { $0.lowercased() }
    ) -> String? {
        let typed = normalize(name)
        let limit = maximumDistance ?? (typed.count >= 10 ? 3 : 2)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(typed, normalize(candidate))
            if distance <= limit, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// The Levenshtein distance: insertions, deletions and substitutions of one character.
    package static func editDistance(_ first: String, _ second: String) -> Int {
        let (a, b) = (Array(first), Array(second))
        var previous = Array(0...b.count)
        for (i, left) in a.enumerated() {
            var current = [i + 1] + [Int](repeating: 0, count: b.count)
            for (j, right) in b.enumerated() {
                let substitution = previous[j] + (left == right ? 0 : 1)
                current[j + 1] = min(substitution, previous[j + 1] + 1, current[j] + 1)
            }
            previous = current
        }
        return previous[b.count]
    }
}
