/// Couples and siblings written with one family name: `John and Fiona Pill`, `Mark and Sarah Jones`.
///
/// Local news names a couple once this way and then writes `Mr Pill` and `Mrs Pill`. The finder sees one full name,
/// `Fiona Pill`, and a bare given name before `and`; left alone, `John` is nobody and `Mr Pill` joins Fiona. Here the
/// first given name becomes a person of its own (`John`, canonical `John Pill`; when the finder already took it alone,
/// `… said John`, that person's canonical becomes `John Pill`), and a family name after a courtesy
/// title (`Mr Pill`, `Mrs Pill`) goes to the partner whose given name's usual sex the title fits, when the two given
/// names have different usual sexes. One pass over the mentions, so linear in the text.
struct Couples {
    let words: [Word]
    let text: UnsafeBufferPointer<UInt8>

    static let and = foldedHash("and")
    static let maleTitles: Set<UInt64> = foldedHashes("mr sir lord")
    static let femaleTitles: Set<UInt64> = foldedHashes("mrs ms miss lady dame")

    /// The mentions with each couple's first partner added and courtesy-titled family names given to the partner they
    /// fit; clusters numbered again in order of first mention. The mentions as they were when there is no couple.
    func mentions(adding found: [PersonMention]) -> [PersonMention] {
        var added: [PersonMention] = []
        // cluster of the second partner → (first partner's cluster, family name hash, partners' sexes)
        var couples: [Int: (partner: Int, family: UInt64, firstMale: Bool, secondMale: Bool)] = [:]
        var nextCluster = (found.map(\.cluster).max() ?? -1) + 1
        // a first partner the finder already took as a given name alone (`Laura and Lee Shaw said … said Laura`):
        // that person's cluster → the couple's family name under it
        var named: [Int: String] = [:]
        var cursor = 0
        var previousLast = -1  // last word of the previous mention: a word it covers is no bare given name
        var previous: PersonMention? = nil
        for m in found {
            let span = wordSpan(of: m.range, in: words, from: &cursor)
            defer {
                previousLast = span.upperBound - 1
                previous = m
            }
            let g = span.lowerBound
            let f = g + 1
            guard span.count == 2, couples[m.cluster] == nil, g >= 2, words[g].classes.contains(.firstName),
                words[g].joinedToPrevious, words[g - 1].hash == Self.and, !words[g - 1].capital,
                words[g - 1].joinedToPrevious, words[g - 2].capital, words[g - 2].classes.contains(.firstName),
                !words[g - 2].possessive, !isListedOrDescribed(g - 2, afterMentionEndingAt: previousLast)
            else { continue }
            let partner = words[g - 2]
            let canonical = spelled(text, partner) + " " + spelled(text, words[f])
            if previousLast == g - 2 {
                if let p = previous, p.range == partner.start..<partner.end, !p.canonical.contains(" ") {
                    named[p.cluster] = canonical
                }
                continue
            }
            added.append(
                PersonMention(
                    range: partner.start..<partner.end, canonical: canonical, cluster: nextCluster, rule: .list))
            let firstSex = sexOf(partner)
            let secondSex = sexOf(words[g])
            // (a courtesy title tells the partners apart only when their given names' usual sexes differ)
            let tellsApart = firstSex != nil && secondSex != nil && firstSex != secondSex
            couples[m.cluster] = (
                nextCluster, tellsApart ? words[f].hash : 0, firstSex == true, secondSex == true
            )
            nextCluster += 1
        }
        guard !couples.isEmpty || !named.isEmpty else { return found }
        var all = found
        for k in all.indices {
            if let canonical = named[all[k].cluster], !all[k].canonical.contains(" ") { all[k].canonical = canonical }
        }
        cursor = 0
        for (k, m) in found.enumerated() {
            let span = wordSpan(of: m.range, in: words, from: &cursor)
            guard let couple = couples[m.cluster], couple.family != 0, span.count == 1 else { continue }
            let g = span.lowerBound
            guard words[g].hash == couple.family, g >= 1, words[g].joinedToPrevious else { continue }
            let title = words[g - 1].hash
            let male: Bool
            if Self.maleTitles.contains(title) {
                male = true
            } else if Self.femaleTitles.contains(title) {
                male = false
            } else {
                continue
            }
            if male == couple.firstMale && male != couple.secondMale {
                let partner = added.first { $0.cluster == couple.partner }
                all[k].cluster = couple.partner
                all[k].canonical = partner?.canonical ?? m.canonical
            }
        }
        return inTextOrder(all + added)
    }

    /// Whether the word before `and` is the last of a list of names (`Nana Mouskouri, Lulu and Julio Iglesias`,
    /// `behind Raul, Ronaldo and Michael Owen`), the end of a longer name, or follows an article or a word that lists
    /// examples (`such Madonna and Elton John`, `the Jesus and Mary Chain`, `stars like Lulu and Elton John`): then
    /// the two are different people, or no couple. After a preposition they are a couple when their given names'
    /// usual sexes differ (`spoke with Darlene and Dennis Origer`, `a gift for John and Fiona Pill`) and the first is
    /// no family name too (`a match between Taylor and John Smith`); not otherwise (`between Malvern and Leigh
    /// Sinton`, two places). So they are after a comma that follows a capitalised word that ends no person's name
    /// (`south of Charleville, Brock and Katrina Hindmarch`; `behind Raul, Ronaldo and Michael Owen` names two men,
    /// `Paul Simon, Madonna and David Bowie` three people).
    private func isListedOrDescribed(_ k: Int, afterMentionEndingAt previousLast: Int) -> Bool {
        guard k > 0 else { return false }
        let before = words[k - 1]
        if words[k].punctuationBefore == Byte.comma {
            guard before.capital else { return false }
            // (after a comma that ends a person's name, an item of a list: `Nana Mouskouri, Lulu and Julio Iglesias`)
            return previousLast == k - 1 || !sexesDiffer(k)
        }
        guard words[k].joinedToPrevious else { return false }
        // (`Sisters Kate and Megan Chandler run the business`: a family's noun opening the sentence says the two are
        // kin, as it does in lower case; another noun of persons does not, `Presenters Holly and Phillip Schofield`)
        if before.capital, before.sentenceStart, Self.familyOpeners.contains(before.hash) { return false }
        if before.capital || before.classes.contains(.determiner) || Self.listing.contains(before.hash) { return true }
        guard before.classes.contains(.function) else { return false }
        return words[k].classes.contains(.surname) || !sexesDiffer(k)
    }

    /// Whether the given name at `k` and the one two words on (after `and`) have known, different usual sexes.
    private func sexesDiffer(_ k: Int) -> Bool {
        guard let first = sexOf(words[k]), k + 2 < words.count, let second = sexOf(words[k + 2]) else { return false }
        return first != second
    }

    /// Plural nouns of a family or a couple that may open a sentence before the two given names and their family name.
    static let familyOpeners: Set<UInt64> = foldedHashes(
        "sisters brothers siblings twins parents grandparents couple spouses newlyweds cousins sons daughters")

    /// Words that introduce examples rather than people met: `such`, `like`, `including`, `as`.
    static let listing: Set<UInt64> = foldedHashes("such like including as")

    /// A given name's usual sex (male: `true`), or nil when the lexicon says neither or both.
    private func sexOf(_ word: Word) -> Bool? {
        let male = word.classes.contains(.maleGiven)
        let female = word.classes.contains(.femaleGiven)
        return male == female ? nil : male
    }
}
