/// Given names with the family name in brackets: `Megan (Dowdall) was on fire`, `whether it's to Megan or Hannah
/// (Core)`; and family names with the given name in brackets before them: `you get (Donald) Langley back`, `(Lt. Gov.
/// Karyn) Polito is fully engaged`.
///
/// Irish and British sports copy quotes a manager speaking of players by their given names and adds each family name
/// in brackets after it. A known given name, one space, and a bracket holding one capitalised word that is a listed
/// family name or a word no list knows but as an ordinary word (`Core`; no place, body or time) is one person named
/// twice: both words are mentions of `Given Family`, of the person the document names so in full when it does.
/// American copy does the reverse: a speaker says a family name and the writer adds the given name (and the title)
/// in brackets before it; a bracket that opens after no capitalised word but a function word and holds titles and a
/// known given name, then one space and a capitalised family name, names one person the same way. Linear: one pass
/// over the words, a dictionary of the canonical names found. Not an obituary's maiden name (`Lottie (Graves) Pike`),
/// a nickname between given and family name (`Robert (Bob) Smith`) or a referee's county (`J Ross (Essex)`).
struct BracketedFamilyNames {
    let words: [Word]
    let text: UnsafeBufferPointer<UInt8>
    /// The gazetteers' places and bodies (sorted by start): a bracketed place is where a caller rings from (`Ruth
    /// (Belfast) said`, `Eoin (Kilkenny)`), or a dateline's agency (`Charlotte (Bloomberg) -`), no family name.
    let blocked: [Range<Int>]

    /// The mentions to add, given the document's mentions (in text order): two for each given name and bracketed
    /// family name that no mention covers yet.
    func mentions(adding found: [PersonMention]) -> [PersonMention] {
        guard words.count >= 2 else { return [] }
        var covered = CoveredRanges(found.map(\.range))
        var clusters: [String: Int]? = nil
        var nextCluster = (found.map(\.cluster).max() ?? -1) + 1
        var added: [PersonMention] = []
        var places = CoveredRanges(blocked)
        for k in 0..<(words.count - 1)
        where isGivenNameBeforeBracketedFamilyName(k) || isBracketedGivenNameBeforeFamilyName(k) {
            let given = words[k]
            let family = words[k + 1]
            if places.overlaps(family.start..<family.end) || covered.overlaps(given.start..<family.end) { continue }
            let canonical = spelled(text, given) + " " + spelled(text, family)
            if clusters == nil {
                clusters = Dictionary(found.map { ($0.canonical, $0.cluster) }, uniquingKeysWith: { first, _ in first })
            }
            let cluster: Int
            if let known = clusters?[canonical] {
                cluster = known
            } else {
                cluster = nextCluster
                nextCluster += 1
                clusters?[canonical] = cluster
            }
            for range in [given.start..<given.end, family.start..<family.end] {
                added.append(PersonMention(range: range, canonical: canonical, cluster: cluster, rule: .coreference))
            }
        }
        return added
    }

    /// A hyphen or a dash (– —) at byte `i`, after spaces.
    private func dashFollows(_ i: Int) -> Bool {
        var i = i
        while i < text.count, text[i] == Byte.space { i += 1 }
        guard i < text.count else { return false }
        if text[i] == Byte.hyphen { return true }
        return i + 2 < text.count && text[i] == 0xE2 && text[i + 1] == 0x80
            && (text[i + 2] == 0x93 || text[i + 2] == 0x94)
    }

    /// Word `k` is a capitalised known given name that ends a bracket (`(Donald) Langley`, `(Lt. Gov. Karyn) Polito`):
    /// the bracket opens before it or before the titles right before it, after no capitalised word but a function word
    /// (`And (Donald) Ostler`; not `Robert (Bob) Smith`); `)`, one space and a capitalised family name no place or
    /// body spells follow.
    private func isBracketedGivenNameBeforeFamilyName(_ k: Int) -> Bool {
        let given = words[k]
        let family = words[k + 1]
        guard given.capital, !given.allCaps, !given.possessive, given.classes.contains(.firstName),
            family.capital, !family.allCaps, !family.initial, !family.pluralS, family.gap == .closeBracket,
            given.fullEnd + 2 == family.start, text[given.fullEnd] == UInt8(ascii: ")"),
            text[given.fullEnd + 1] == Byte.space
        else { return false }
        var opening = k
        while opening > 0, opening > k - 3, !words[opening].gap.contains(.openBracket), words[opening].joinedToPrevious,
            !words[opening - 1].classes.isDisjoint(with: [.title, .honorific])
        {
            opening -= 1
        }
        let open = words[opening]
        // (the bracket may open a sentence or a quote: `… in check. (John) Schreiber, we pushed him`)
        guard open.gap.contains(.openBracket), open.start > 0, text[open.start - 1] == UInt8(ascii: "(") else {
            return false
        }
        if opening > 0, words[opening - 1].fullEnd + 2 == open.start, words[opening - 1].capital,
            !words[opening - 1].classes.contains(.function)
        {
            return false
        }
        // (a given name that is a place's too, `(Leighton) Clarkson`, is the given name in this frame)
        return given.classes.isDisjoint(with: WordClass.neverInAnAddedName.subtracting(.place))
            && family.classes.isDisjoint(with: .neverInAnAddedName)
    }

    /// Word `k` is a capitalised known given name followed by ` (`, a capitalised family name and `)`.
    private func isGivenNameBeforeBracketedFamilyName(_ k: Int) -> Bool {
        let given = words[k]
        let family = words[k + 1]
        guard given.capital, !given.allCaps, !given.possessive, given.classes.contains(.firstName),
            family.capital, !family.allCaps, !family.initial, family.gap == .openBracket,
            given.fullEnd + 2 == family.start, text[given.fullEnd] == Byte.space,
            text[given.fullEnd + 1] == UInt8(ascii: "("), family.fullEnd < text.count,
            text[family.fullEnd] == UInt8(ascii: ")")
        else { return false }
        // (not a family name with an initial before it, `J Ross (Essex)`; not a maiden name before the family name,
        // `Lottie (Graves) Pike`; no plurals, `Roma (Gypsies)`, `Names and Numbers (Icann)`)
        if k > 0, given.joinedToPrevious, words[k - 1].initial || words[k - 1].end - words[k - 1].start == 1 {
            return false
        }
        if k + 2 < words.count, words[k + 2].capital, words[k + 2].start == family.fullEnd + 2 { return false }
        // (a family name in s too, listed or not: a club's, `Jack (Hawks)`, `Tom (Eels)`, as a squad list writes it,
        // more often than `Marcell (Harris)`)
        if given.pluralS || family.pluralS { return false }
        // (not a dateline: `Charlotte (Xinhua) - Bank shares fell`, a place and an agency opening a paragraph)
        if k == 0 || given.gap.contains(.lineBreak), dashFollows(family.fullEnd + 1) { return false }
        // (neither word a place's or a body's: `Paris (France)`, `Chelsea (London)`)
        return given.classes.isDisjoint(with: .neverInAnAddedName)
            && family.classes.isDisjoint(with: .neverInAnAddedName)
            && (family.classes.contains(.surname) || family.classes.subtracting(.common).isEmpty)
    }
}
