import People
import Testing

/// The shared word table: both engines look words up in it (People with `WordClass`, QuoteAttribution with flags).
@Suite struct WordTableTests {
    @Test func findsEveryEntryAndGivesMissingOtherwise() {
        let words = (0..<500).map { "word\($0)" }
        var entries: [UInt64: UInt32] = [:]
        for (i, w) in words.enumerated() { entries[foldedHash(w)] = UInt32(i + 1) }
        let table = WordTable(entries, missing: 0)
        for (i, w) in words.enumerated() { #expect(table[foldedHash(w)] == UInt32(i + 1)) }
        #expect(table[foldedHash("absent")] == 0)
        #expect(table[foldedHash("WORD7")] == 8, "the hash folds ASCII case")
    }

    @Test func keyZeroIsStoredAndAnEmptyTableAnswersMissing() {
        let table = WordTable([0: WordClass.title, foldedHash("mr"): .honorific], missing: [])
        #expect(table[0] == .title)
        #expect(table[foldedHash("Mr")] == .honorific)
        #expect(table[foldedHash("mrs")] == [])
        let empty = WordTable([UInt64: UInt32](), missing: 7)
        #expect(empty[foldedHash("any")] == 7)
    }
}
