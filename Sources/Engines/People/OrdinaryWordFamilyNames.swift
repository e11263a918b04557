/// Family names that are words of time or of a nation or party, said alone: `May said` after `Theresa May`, `Sunday
/// told reporters` after `District Attorney Dave Sunday`, `Mayor Tory` after `John Tory`, `Mr English` after `Bill
/// English`.
///
/// A month, a weekday, a season, a nationality or a party alone is never a candidate name (``NameCandidate``): `Sunday
/// said` is far more often a day than a person, `Tory MPs` a party. Once the document has named, in two or more words,
/// the one person whose family name that word is, the word alone right before a verb of speech (`May said`, `Sunday
/// quickly added`) or right after a title (`Mayor Tory`, `Mrs May`) is that person - a day or a party does not speak,
/// and is not titled. Only the verb right after counts: `said Sunday` is when American copy says it happened. A word
/// of time that is a common English family name (`May`, `Day`, `Summer`) is that person anywhere inside a sentence
/// where the time would be written otherwise (``standsForThePerson(_:)``: `MPs expect May to resign`, `QPR keeper Day
/// heads for Preston`).
///
/// A family name written with accents counts the same way when written without them (`Pare added` after `Steve Paré`:
/// `pare` is an ordinary word, so the pages' unaccented spelling is no candidate name).
struct OrdinaryWordFamilyNames {
    let words: [Word]
    let text: UnsafeBufferPointer<UInt8>

    /// The mentions to add, given the document's mentions (in text order): each on a word no mention covers, with the
    /// person's canonical name and cluster.
    func mentions(adding found: [PersonMention]) -> [PersonMention] {
        // the people of two or more words whose family name is a word of time, a nationality or a party, by that word; a
        // word two people share names neither
        var bySurname: [UInt64: PersonMention?] = [:]
        var cursor = 0
        for mention in found {
            let span = wordSpan(of: mention.range, in: words, from: &cursor)
            guard span.count >= 2 else { continue }
            let last = words[span.upperBound - 1]
            let ordinary = !last.classes.isDisjoint(with: [.time, .nationality])
            guard let key = ordinary ? last.hash : accentedWordHash(text, last.start, last.end) else { continue }
            if let known = bySurname[key], known?.cluster != mention.cluster {
                bySurname[key] = .some(nil)
            } else {
                bySurname[key] = mention
            }
        }
        guard !bySurname.isEmpty else { return [] }
        var covered = CoveredRanges(found.map(\.range))
        var added: [PersonMention] = []
        for k in words.indices {
            let w = words[k]
            guard w.capital, !w.allCaps, let entry = bySurname[w.hash], let person = entry,
                (!w.possessive && (speaksNext(k) || titledBefore(k))) || standsForThePerson(k)
            else { continue }
            if covered.overlaps(w.start..<w.end) { continue }
            added.append(
                PersonMention(
                    range: w.start..<w.end, canonical: person.canonical, cluster: person.cluster,
                    rule: .coreference))
        }
        return added
    }

    /// A title or honorific stands right before word `k` (`Mayor Tory`, `Mr English`), and the word ends the name: no
    /// capitalised word joined after it, no role or person noun (`Deputy Green Party leader`, `Chief English examiner`).
    private func titledBefore(_ k: Int) -> Bool {
        guard k > 0, words[k].joinedToPrevious, words[k - 1].capital,
            !words[k - 1].classes.isDisjoint(with: [.title, .honorific])
        else { return false }
        guard k + 1 < words.count, words[k + 1].joinedToPrevious else { return true }
        let next = words[k + 1]
        return !next.capital && next.classes.isDisjoint(with: [.role, .title, .personNoun])
    }

    /// A verb of speech follows word `k` in its clause, directly or after one adverb (`Sunday quickly added`), and the
    /// word opens its clause: after punctuation, at a sentence's start or after a conjunction - not after a preposition,
    /// an article or a noun, where it is a time or a people (`Police on Sunday said`, `a statement Sunday said`, `The
    /// French said`).
    private func speaksNext(_ k: Int) -> Bool {
        if k > 0, words[k].joinedToPrevious, !words[k].sentenceStart,
            !Self.clauseOpeners.contains(words[k - 1].hash) || words[k - 1].capital
        {
            return false
        }
        var v = k + 1
        guard v < words.count, words[v].joinedToPrevious, !words[v].capital else { return false }
        if words[v].endsInLy, v + 1 < words.count, words[v + 1].joinedToPrevious { v += 1 }
        return !words[v].capital && words[v].classes.contains(.speechVerb)
    }

    /// Words after which a clause, and its subject, may begin (``speaksNext(_:)``).
    static let clauseOpeners: Set<UInt64> = foldedHashes("and but as while that when because so then yet")

    /// A word of time that is a common family name (``timeWordFamilyNames``), capitalised inside its sentence where
    /// the time it names would be in lower case (`that day`) or after a preposition, an article or a number (`in May`,
    /// `last Summer`, `5 May`): not after such a word (``timeWordLeads``), a capital or another word of time joined by
    /// `and`/`or` (`between April and May`), not before a number (`May 5`), not a month's possessive (`May's
    /// figures`), not in capitals; never a weekday (American copy writes `the board voted Wednesday`).
    private func standsForThePerson(_ k: Int) -> Bool {
        let w = words[k]
        guard k > 0, !w.sentenceStart, w.joinedToPrevious, Self.timeWordFamilyNames.contains(w.hash),
            !(w.possessive && Self.monthFamilyNames.contains(w.hash)), !isASCIIDigit(words[k - 1].firstByte),
            !Self.timeWordLeads.contains(words[k - 1].hash), !words[k - 1].classes.contains(.determiner),
            !words[k - 1].capital
        else { return false }
        if k >= 2, words[k - 1].hash == Evidence.and || words[k - 1].hash == Evidence.or,
            words[k - 2].classes.contains(.time)
        {
            return false
        }
        return k + 1 >= words.count || !(words[k + 1].joinedToPrevious && isASCIIDigit(words[k + 1].firstByte))
    }

    /// Words of time that are common English family names too (`Theresa May`, `Chris Day`, `Donna Summer`): the
    /// family-name lists leave them out as ordinary words.
    static let timeWordFamilyNames: Set<UInt64> = foldedHashes("may march day summer winter spring")
    /// The months among them, whose possessive is the month's more often than the person's (`May's figures`).
    static let monthFamilyNames: Set<UInt64> = foldedHashes("may march")
    /// Words before which a word of time has its ordinary sense (`in May`, `last Summer`, `until Christmas`).
    static let timeWordLeads: Set<UInt64> = foldedHashes(
        """
        in on by at of from to until till since during before after through throughout for early late mid last next
        this every each same one past coming following previous whole all
        """)
}
