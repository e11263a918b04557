/// Finds the people a news text mentions and resolves every mention to one canonical name per person.
///
/// The finder is rule-based and linear in the text: one word scan, one pass over capitalised sequences, then
/// clustering by shared name parts. A sequence of capitalised words becomes a candidate name once titles, role words
/// and sentence-initial function words are stripped from its left (``NameCandidate``); it is a person when one of the
/// ``PersonRule`` kinds of evidence holds and no negative evidence does (a place, organisation, month or
/// nationality word inside it, or a span the caller blocks because a gazetteer named it a place or organisation).
/// Short forms (`Okafor`, `Ada`) are people when they match a person found elsewhere in the same document.
public struct PersonFinder: Sendable {
    let lexicon: NameLexicon

    /// Creates a finder over a lexicon (built once, shared by all workers).
    public init(lexicon: NameLexicon) {
        self.lexicon = lexicon
    }

    /// The person mentions of a text, in text order.
    /// - Parameters:
    ///   - text: UTF-8 bytes.
    ///   - sentenceStarts: byte offsets where sentences start, sorted (may be empty).
    ///   - blocked: byte ranges known to be something else (places, organisations), sorted by start. A candidate
    ///     inside one is not a person unless a title or role introduces it.
    /// - Returns: One mention per name found, with its canonical name and cluster resolved over the whole text.
    public func mentions(in text: UnsafeBufferPointer<UInt8>, sentenceStarts: [Int] = [], blocked: [Range<Int>] = [])
        -> [PersonMention]
    {
        let words = scanWords(text, lexicon: lexicon, sentenceStarts: sentenceStarts)
        let candidates = trimmingHeadlineRunOns(
            strippingDescriptionsOfNamedPeople(nameCandidates(words, text: text), words: words), words: words)
        let places = placeSpans(words, text)
        var evidence = Evidence(
            words: words,
            blocked: places.isEmpty ? blocked : (blocked + places).sorted { $0.lowerBound < $1.lowerBound })
        var accepted: [(candidate: NameCandidate, rule: PersonRule)] = []
        var deferred: [NameCandidate] = []
        let trimmed = startingAfterAnOfficesCompound(
            startingAfterAnOfficesBody(
                startingAfterAPlace(
                    endingBeforeABody(candidates, words: words, blocked: evidence.blocked), words: words,
                    blocked: evidence.blocked), words: words), words: words, text: text)
        for candidate in trimmed
        where !isPartyAndStateLabel(text, words[candidate.first].start, words[candidate.first].end) {
            if let rule = evidence.rule(for: candidate) {
                accepted.append((includingCapitalInitials(candidate, words), rule))
            } else if evidence.mayCorefer(candidate) {
                var short = candidate
                short.insideBlocked = evidence.isBlocked(candidate)
                deferred.append(short)
            }
        }
        withoutPlacesNamedElsewhere(&accepted, candidates: trimmed, evidence: evidence, words: words)
        withoutTeamsNamedElsewhere(&accepted, candidates: trimmed, words: words, text: text)
        acceptListedNames(accepted: &accepted, deferred: &deferred, words: words)
        let found = Coreference(text: text, words: words).resolve(accepted: accepted, deferred: deferred)
        let added = withoutOverlaps(
            HeadlineNames(words: words).mentions(adding: found)
                + OrdinaryWordFamilyNames(words: words, text: text).mentions(adding: found)
                + BracketedFamilyNames(words: words, text: text, blocked: evidence.blocked).mentions(adding: found)
                + AliasNames(words: words, text: text).mentions(adding: found)
                + NamesInChineseCharacters(text: text).mentions(adding: found))
        return Couples(words: words, text: text).mentions(adding: added.isEmpty ? found : inTextOrder(found + added))
    }

    /// `said Brian Anderson Red Cross Volunteer`, `Ann Lee Red Cross spokeswoman`: a run that goes on from a name of
    /// two words or more into a gazetteer's name of two words or more (a body's, a place's) and then a role ends before
    /// that name, as a caption writes a person, their affiliation and their role without commas (without the role the
    /// gazetteer's words may be the name's own: `Julio Mario Santo Domingo`, `Jose De La Cruz`). A binary search per
    /// candidate of three or more words over the sorted blocked spans.
    private func endingBeforeABody(_ candidates: [NameCandidate], words: [Word], blocked: [Range<Int>])
        -> [NameCandidate]
    {
        guard !blocked.isEmpty else { return candidates }
        return candidates.map { c in
            guard c.last - c.first >= 2, c.nickname == nil else { return c }
            let from = words[c.first + 2].start
            let lo = firstRange(startingAtOrAfter: from, in: blocked)
            guard lo < blocked.count, blocked[lo].lowerBound <= words[c.last].start,
                let w = ((c.first + 2)...c.last).first(where: { words[$0].start == blocked[lo].lowerBound }),
                w < c.last, blocked[lo].upperBound > words[w].end,
                let e = (w...c.last).first(where: { words[$0].end == blocked[lo].upperBound }), e < c.last,
                !words[e + 1].classes.isDisjoint(with: Self.affiliationRoles)
                    || !words[e + 1].singularClasses.isDisjoint(with: Self.affiliationRoles)
            else { return c }
            var trimmed = c
            trimmed.last = w - 1
            trimmed.nameWords = 0
            for k in c.first..<w where words[k].capital { trimmed.nameWords += 1 }
            return trimmed
        }
    }

    /// `flooding in Colney Heath` … `"Colney Heath is smaller"`: two words the document writes after a preposition of
    /// place, where a family name ending them names a place (``Evidence/namesAPlaceAfterAPreposition(_:)``), or as
    /// where people come from (`a boy from Clay Cross`, ``Evidence/isHometownAfterAnAge(_:)``), are that place
    /// wherever else it writes them with no evidence but the lists' given or family names. Linear: one set of word
    /// pairs.
    private func withoutPlacesNamedElsewhere(
        _ accepted: inout [(candidate: NameCandidate, rule: PersonRule)], candidates: [NameCandidate],
        evidence: Evidence, words: [Word]
    ) {
        var places: Set<SIMD2<UInt64>> = []
        for c in candidates
        where c.last == c.first + 1 && c.nameWords == 2 && words[c.last].classes.contains(.surname)
            && (evidence.namesAPlaceAfterAPreposition(c) || evidence.isHometownAfterAnAge(c))
        {
            places.insert(SIMD2(words[c.first].hash, words[c.last].hash))
        }
        guard !places.isEmpty else { return }
        accepted.removeAll {
            ($0.rule == .familyName || $0.rule == .givenName) && $0.candidate.last == $0.candidate.first + 1
                && places.contains(SIMD2(words[$0.candidate.first].hash, words[$0.candidate.last].hash))
        }
    }

    /// `for the Golden Knights` … `his Golden Knights career`, `every Golden Knight on the ice`, `the Florida Gators`:
    /// two words the document writes after `the`, the second a plural, name a team or a group (a person is never `the`
    /// and a plural) - unless they are a known given name and a known family name, which may end in `s` (`the Howard
    /// Hughes biopic`); wherever else it writes them, in the plural or the singular, with no evidence but the lists'
    /// given or family names, they are that team or one of it. Linear: one set of word pairs.
    private func withoutTeamsNamedElsewhere(
        _ accepted: inout [(candidate: NameCandidate, rule: PersonRule)], candidates: [NameCandidate], words: [Word],
        text: UnsafeBufferPointer<UInt8>
    ) {
        func key(_ first: Int, _ last: Int) -> SIMD2<UInt64> {
            let w = words[last]
            return SIMD2(words[first].hash, w.pluralS ? foldedHash(text, w.start, w.end - 1) : w.hash)
        }
        var teams: Set<SIMD2<UInt64>> = []
        for c in candidates
        where c.last == c.first + 1 && c.nameWords == 2 && c.first == c.sequenceStart && c.first > 0 && !c.titled
            && words[c.last].pluralS && !words[c.last].possessive && words[c.first].joinedToPrevious
            && !(words[c.first].classes.contains(.firstName) && words[c.last].classes.contains(.surname))
            && !words[c.first - 1].capital && words[c.first - 1].hash == Evidence.the
        {
            teams.insert(key(c.first, c.last))
        }
        guard !teams.isEmpty else { return }
        accepted.removeAll {
            ($0.rule == .familyName || $0.rule == .givenName) && $0.candidate.last == $0.candidate.first + 1
                && teams.contains(key($0.candidate.first, $0.candidate.last))
        }
    }

    /// `(AIG) Karachi Mushtaq Mehar`, `DIG Hazara Abdul Wahid Khan`: a run of three or more words opening with a word
    /// a gazetteer names on its own (a place, a body) that is no given name, right after a title or a title's
    /// bracket, is an office's district before a full name, as South Asian copy writes it; the name starts after it,
    /// the office's holder. So is it after an office and `from`, `of` or `for` (`Member of Parliament from Hyderabad
    /// Asaduddin Owaisi`, `MP from Gorakhpur Ravi Kishan`): the office's seat, then its holder, whatever the lists know
    /// of the holder's given name - when every word after the place is name-like (`Head of Dubai Traffic Public
    /// Prosecution` is a body). Without the title, a known given name must follow the place (`Jordan Henderson`,
    /// `Chad Michael Murray` open with given names and stay whole). A binary search per such candidate.
    private func startingAfterAPlace(_ candidates: [NameCandidate], words: [Word], blocked: [Range<Int>])
        -> [NameCandidate]
    {
        guard !blocked.isEmpty else { return candidates }
        return candidates.map { c in
            let afterATitle =
                c.titled
                || (c.first == c.sequenceStart
                    && (words[c.first].gap.contains(.closeBracket)
                        || (c.last > c.first && followsAnOfficeAndItsLink(words, c.first)
                            && ((c.first + 1)...c.last).allSatisfy { Evidence.isNameLike(words[$0]) })))
            guard c.last - c.first >= 2, c.nickname == nil, !words[c.first].classes.contains(.firstName),
                afterATitle || words[c.first + 1].classes.contains(.firstName)
            else { return c }
            let start = words[c.first].start
            var lo = firstRange(startingAtOrAfter: start, in: blocked)
            while lo < blocked.count, blocked[lo].lowerBound == start {
                if blocked[lo].upperBound == words[c.first].end {
                    var trimmed = c
                    trimmed.first = c.first + 1
                    trimmed.nameWords -= 1
                    trimmed.titled = c.titled || afterATitle
                    return trimmed
                }
                lo += 1
            }
            return c
        }
    }

    /// Whether word `k` comes right after an office and a lower-case `from`, `of` or `for` with no comma: a title or
    /// role word (`lawmaker from`), an office's acronym (`MP from`), or a body after a capitalised title or role and
    /// `of` (`Member of Parliament from`, `Member of the Legislative Assembly for`).
    private func followsAnOfficeAndItsLink(_ words: [Word], _ k: Int) -> Bool {
        let p = k - 1
        guard p >= 1, words[k].joinedToPrevious, words[p].joinedToPrevious, !words[p].capital,
            Self.officesLinks.contains(words[p].hash)
        else { return false }
        let office = words[p - 1]
        if !office.possessive && !office.classes.isDisjoint(with: [.title, .role]) { return true }
        if office.allCaps && Evidence.officeAcronyms.contains(office.hash) { return true }
        guard office.capital, office.classes.contains(.organisation) else { return false }
        var t = p - 2
        while t >= 1, t >= p - 3, words[t + 1].joinedToPrevious, words[t].capital { t -= 1 }
        return t >= 1 && words[t].hash == Evidence.of && words[t + 1].joinedToPrevious && words[t].joinedToPrevious
            && words[t - 1].capital && !words[t - 1].classes.isDisjoint(with: [.title, .role])
    }

    /// The words between an office and its seat (``followsAnOfficeAndItsLink(_:_:)``).
    private static let officesLinks: Set<UInt64> = foldedHashes("from of for")

    /// `Speaker of the House Wylie Galt`, `Minister of Finance Ken Ofori-Atta`, `Commissioner for the Environment
    /// Tokunbo Wahab`, `Mayor of Cashel Maribel Wood`: a title, `of` or `for` (and `the`), then a run of capitalised
    /// words opening with the body's, portfolio's or place's words (no given name among them; a word no list knows, or
    /// a given name right after `of`, counts as a place before a known given name or more of the body's words) and
    /// going on with two or more words: the office's body, then its holder, whose name starts after the body's words,
    /// written with a title.
    private func startingAfterAnOfficesBody(_ candidates: [NameCandidate], words: [Word]) -> [NameCandidate] {
        candidates.map { c in
            let s = c.first
            guard s == c.sequenceStart, c.nickname == nil, let of = prepositionAfterATitle(words, before: s),
                words[of - 1].capital
            else { return c }
            let body: WordClass = [.organisation, .portfolio, .place]
            func isBodys(_ k: Int) -> Bool {
                !words[k].classes.isDisjoint(with: body) && !words[k].classes.contains(.firstName)
            }
            var j = s
            while j < c.last {
                if isBodys(j) {
                    j += 1
                    continue
                }
                // (`Mayor of Tyler Don Warren`, `Governor of Lagos State …`: a place no list knows, or one that is a
                // given name too right after `of` - a person's name never follows the office's `of` - before more of
                // the body's words or a known given name)
                if words[j].classes.isEmpty || (j == s && words[j].classes.contains(.firstName)), !words[j].allCaps,
                    j + 1 < c.last, words[j + 1].classes.contains(.firstName) || isBodys(j + 1)
                {
                    j += 1
                    continue
                }
                break
            }
            // (the words left are a name's, the first a name list's: no body's or ordinary word that no name list
            // knows - `CEO of Baptist Memorial Hospital-Crittenden` names no one)
            guard j > s, c.last - j >= 1, !words[j].classes.isDisjoint(with: [.firstName, .surname]),
                (j...c.last).allSatisfy({
                    !words[$0].classes.isDisjoint(with: [.firstName, .surname])
                        || words[$0].classes.isDisjoint(with: body.union(.common))
                })
            else { return c }
            var trimmed = c
            trimmed.first = j
            trimmed.nameWords -= j - s
            trimmed.titled = true
            return trimmed
        }
    }

    /// `Councilwoman At-Large Carol Bell`, `Mayor Pro-Tem Debbie Johnson`: a hyphenated word opening a run of three or
    /// more words, before a known given name, is the office's qualifier or its place, not a given name, when one of
    /// its parts is written in lower case (`Pointe-a-…`), is a function word (`At`), or is no given name any list
    /// knows (`Pro`, `Tem`); the name starts after it. Hyphenated given names join given names (`Jean-Pierre Adams`,
    /// `Mary-Kate Olsen`) and stay whole.
    private func startingAfterAnOfficesCompound(
        _ candidates: [NameCandidate], words: [Word], text: UnsafeBufferPointer<UInt8>
    ) -> [NameCandidate] {
        candidates.map { c in
            guard c.last - c.first >= 2, c.nickname == nil, c.particlesBefore == 0,
                words[c.first + 1].classes.contains(.firstName), !words[c.first + 1].initial
            else { return c }
            let w = words[c.first]
            guard let hyphen = (w.start..<w.end).first(where: { text[$0] == Byte.hyphen }), hyphen > w.start else {
                return c
            }
            var partStart = w.start
            var qualifier = false
            for i in hyphen..<(w.end + 1) where i == w.end || text[i] == Byte.hyphen {
                guard i > partStart else { return c }
                let classes = lexicon.table[foldedHash(text, partStart, i)]
                if (text[partStart] >= 0x61 && text[partStart] <= 0x7A) || classes.contains(.function)
                    || !classes.contains(.firstName)
                {
                    qualifier = true
                }
                partStart = i + 1
            }
            guard qualifier else { return c }
            var trimmed = c
            trimmed.first = c.first + 1
            trimmed.nameWords -= 1
            return trimmed
        }
    }

    /// The classes of a word after a body's name that make it the role of the person before that name.
    private static let affiliationRoles: WordClass = [.role, .title, .personNoun]

    /// The mentions the passes after coreference added, each pass having checked only against the mentions found
    /// before it: the first of two on the same words is kept (`May` of a title-case headline is the headline pass's
    /// and the ordinary-word pass's).
    private func withoutOverlaps(_ added: [PersonMention]) -> [PersonMention] {
        guard added.count > 1 else { return added }
        var kept: [PersonMention] = []
        for mention in added.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            if let last = kept.last, last.range.overlaps(mention.range) { continue }
            kept.append(mention)
        }
        return kept
    }

    /// The spans of the lexicon's place names (``NameLexicon/placeNames``) in the text: runs of two to four
    /// capitalised words with one space between them whose folded text is a listed place. Linear: from each
    /// capitalised word one pass over at most four words.
    func placeSpans(_ words: [Word], _ text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard !lexicon.placeNames.isEmpty else { return [] }
        var spans: [Range<Int>] = []
        var k = 0
        while k < words.count {
            guard words[k].capital else {
                k += 1
                continue
            }
            var longest = -1
            var last = k
            // (the key grows word by word: one pass over the bytes of at most four words)
            var key = foldedHash(text, words[k].start, words[k].end)
            while last + 1 < words.count, last - k < 3, words[last + 1].joinedToPrevious,
                words[last + 1].start == words[last].fullEnd + 1, !words[last].possessive
            {
                last += 1
                key = foldedHash(text, words[last].start, words[last].end, seed: foldedHashAddingSpace(key))
                if words[last].capital, lexicon.placeNames.contains(key) { longest = last }
            }
            if longest > k {
                spans.append(words[k].start..<words[longest].end)
                k = longest + 1
            } else {
                k += 1
            }
        }
        return spans
    }

    /// Convenience for tests and tools: the mentions of a Swift string.
    public func mentions(in text: String) -> [PersonMention] {
        var copy = text
        return copy.withUTF8 { mentions(in: $0) }
    }
}
