// MetadataTests: the nearest-name search behind "did you mean" in error messages.

import Testing

@testable import Metadata

@Suite("Spelling suggestions")
struct SpellingTests {
    @Test func editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        #expect(Spelling.editDistance("", "") == 0)
        #expect(Spelling.editDistance("abc", "") == 3)
        #expect(Spelling.editDistance("kitten", "sitting") == 3)
        #expect(Spelling.editDistance("embeding", "embedding") == 1)
        #expect(Spelling.editDistance("ab", "ba") == 2)
    }

    @Test func theNearestCandidateWithinTheLimitIsSuggested() {
        let names = ["numerical", "categorical", "ordinal"]
        #expect(Spelling.closest(to: "Categorcal", among: names) == "categorical")
        #expect(Spelling.closest(to: "ordnal", among: names) == "ordinal")
        #expect(Spelling.closest(to: "text", among: names) == nil)
        #expect(Spelling.closest(to: "anything", among: []) == nil)
    }

    @Test func longerNamesAllowOneMoreEdit() {
        // Three edits: allowed for a name of ten characters or more, not for a shorter one.
        #expect(Spelling.closest(to: "discrimntr-lr", among: ["discriminator-lr"]) != nil)
        #expect(Spelling.closest(to: "dscrimntr-lr", among: ["discriminator-lr"]) == nil)
        #expect(Spelling.closest(to: "pcx", among: ["pac"]) == "pac")
        #expect(Spelling.closest(to: "xyz", among: ["pac"]) == nil)
    }

    @Test func tiesGoToTheEarlierCandidateAndNormalizingIsApplied() {
        #expect(Spelling.closest(to: "cat", among: ["bat", "hat"]) == "bat")
        let flags = ["--batch-size", "--pac"]
        let nearest = Spelling.closest(to: "batch_size", among: flags) { text in
            String(text.drop { $0 == "-" }.map { $0 == "_" ? "-" : $0 })
        }
        #expect(nearest == "--batch-size")
    }
}
