/// `including Nadeem Nusrat, Farooq Sattar and Waseem Akhter`, `goals from Tshepang Moremi, Oswin Appollis and
/// Evidence Makgopa`: names listed together are people together. A candidate with no evidence of its own becomes a
/// person (``PersonRule/list``) when it is an item of a list (items joined by commas, `and` or `or`, with at least
/// one `and`/`or`, or closed by `and others`) in which at least half the items are people by other evidence, or which
/// a plural role noun opens (`former presidents Masood Naqi, Johar Qandhari and Ehtisham Uddin`), or which `the likes
/// of` opens with two items people by other evidence (``followsTheLikesOf(_:_:)``). World news lists
/// defendants, ministers and scorers whose given names no list holds; those found by a title or a known given name
/// vouch for the others.
///
/// Only full names (two name words or more) that have no negative evidence (``Evidence/mayCorefer(_:)``) and no
/// title or role word are taken: single words in a list are as often clubs, towns or companies. Linear: one pass
/// over the candidates in text order.
func acceptListedNames(
    accepted: inout [(candidate: NameCandidate, rule: PersonRule)], deferred: inout [NameCandidate], words: [Word]
) {
    guard !deferred.isEmpty,
        !accepted.isEmpty && deferred.contains(where: { $0.nameWords >= 2 })
            || deferred.contains(where: { followsAPluralTitle($0, words) })
    else { return }
    // every candidate in text order: accepted ones carry their rule
    var items: [(candidate: NameCandidate, rule: PersonRule?)] = []
    items.reserveCapacity(accepted.count + deferred.count)
    var a = 0
    var d = 0
    while a < accepted.count || d < deferred.count {
        if d == deferred.count || (a < accepted.count && accepted[a].candidate.first < deferred[d].first) {
            items.append((accepted[a].candidate, accepted[a].rule))
            a += 1
        } else {
            items.append((deferred[d], nil))
            d += 1
        }
    }
    // (a title or role word in it makes a candidate an office, not a name: `Information Minister, Kojo Oppong Nkrumah`;
    // ordinary words only, a given name aside, make it a title or a band: `Early Doors`, `Minority Report`)
    func joinable(_ k: Int, singleWords: Bool = false) -> Bool {
        let c = items[k].candidate
        let range = c.first...c.last
        let nameWord: WordClass = [.firstName, .surname]
        // (one word only in a list a plural title opens, no ordinary word: `Councillors Gilroy, Mayes and Orlikow`)
        let oneNameWord =
            singleWords && c.nameWords == 1 && words[c.first].capital && !words[c.first].allCaps
            && words[c.first].classes.isDisjoint(with: [
                .common, .place, .organisation, .nationality, .time, .portfolio, .title, .role,
            ])
        return items[k].rule == nil && (c.nameWords >= 2 || oneNameWord) && !c.insideBlocked
            && range.allSatisfy { j in
                words[j].classes.isDisjoint(with: [.title, .honorific, .role])
                    || !words[j].classes.isDisjoint(with: nameWord)
            }
            && (range.contains { !words[$0].classes.contains(.common) } || words[c.first].classes.contains(.firstName))
    }
    // chains of items joined as a list; a chain is a list of people when an `and`/`or` joins two of its items (`X, Y`
    // alone is an apposition) and at least half of them are people by other evidence (`Jools Holland, Snow Patrol and
    // Teenage Fanclub` is a bill of acts)
    var changed = false
    var chainStart = 0
    while chainStart < items.count {
        // (the chain's items; a candidate inside the bracket after an item is no item: `Kimani Ichungwa (Kikuyu),
        // Rahab Mukami (Nyeri)`)
        var members = [chainStart]
        var conjunction = false
        var next = chainStart + 1
        while next < items.count {
            let previous = items[members[members.count - 1]].candidate
            if next + 1 < items.count, isInsideTheBracketAfter(previous, items[next].candidate, words),
                listJoins(previous, items[next + 1].candidate, words)
            {
                next += 1
            }
            guard listJoins(previous, items[next].candidate, words) else { break }
            if items[next].candidate.sequenceStart == previous.last + 2 { conjunction = true }
            members.append(next)
            next += 1
        }
        let chainEnd = members[members.count - 1]
        // (`Masood Naqi, Johar Qandhari, Ehtisham Uddin and others`: two items or more closed by `and others` or
        // `among others` are a list too)
        if !conjunction, members.count >= 2, closesWithOthers(items[chainEnd].candidate, words) {
            conjunction = true
        }
        let found = members.filter { items[$0].rule != nil }.count
        // (a full name ending in a family name the lists know vouches for half an item too: `goals from Jamie Boutee,
        // Summer Rodriguez and Zidant Okere`, where a season opens the second name)
        let vouched = members.filter {
            let c = items[$0].candidate
            return items[$0].rule != nil
                || (c.nameWords >= 2 && words[c.last].classes.contains(.surname)
                    && !words[c.last].classes.contains(.common))
        }.count
        let pluralTitle = followsAPluralTitle(items[chainStart].candidate, words)
        let pluralRole = followsAPluralRole(items[chainStart].candidate, words)
        let likesOf = followsTheLikesOf(items[chainStart].candidate, words)
        // (three items or more after a plural title or role need no `and`: `former presidents Masood Naqi, Johar
        // Qandhari, Ehtisham Uddin, Rashid Siddiqui, Farukh Mazhar, Danish Khan …`, where a name a list rejects, a
        // nationality's `Danish`, cuts the chain before its `and others`)
        if conjunction || ((pluralTitle || pluralRole) && members.count >= 3),
            pluralTitle || pluralRole || (likesOf && found >= 2) || (found > 0 && 2 * vouched >= members.count)
        {
            for k in members where joinable(k, singleWords: pluralTitle) {
                items[k].rule = .list
                changed = true
            }
        }
        chainStart = next
    }
    guard changed else { return }
    accepted = items.compactMap { item in item.rule.map { (item.candidate, $0) } }
    deferred = items.compactMap { $0.rule == nil ? $0.candidate : nil }
}

/// Whether candidate `c` comes right after a lower-case plural role noun (`former presidents Masood Naqi, …`,
/// `defendants Ann Roe, …`), or after one and a copula or `include` (`The remaining suspects are Kwaku Okyere, …`,
/// `the victims were …`, `the squad includes …`): the list it opens names people whatever the lists know of its names.
func followsAPluralRole(_ c: NameCandidate, _ words: [Word]) -> Bool {
    let s = c.sequenceStart
    guard s > 0, c.first == s, words[s].joinedToPrevious else { return false }
    var k = s - 1
    if k > 0, !words[k].capital, listOpeningVerbs.contains(words[k].hash), words[k].joinedToPrevious { k -= 1 }
    let before = words[k]
    return !before.capital && before.pluralS && before.singularClasses.contains(.role)
}

/// Whether candidate `c` comes right after `the likes of` (`after the likes of Lood de Jager, Sacha
/// Feinberg-Mngomezulu, Aphelele Fassi, Cheslin Kolbe and Cobus Reinach all left the field`): sport and arts copy
/// opens lists of players and performers so, and two of them found by other evidence vouch for the full names beside
/// them however few the lists know (one is too few: `the likes of Franz Ferdinand, Arctic Monkeys and Kings of Leon`
/// lists bands, one with a given name; single words stay out: `the likes of Chelsea and Arsenal`).
func followsTheLikesOf(_ c: NameCandidate, _ words: [Word]) -> Bool {
    let s = c.sequenceStart
    guard s >= 3, c.first == s, words[s].joinedToPrevious, words[s - 1].joinedToPrevious,
        words[s - 2].joinedToPrevious
    else { return false }
    return !words[s - 1].capital && words[s - 1].hash == Evidence.of && !words[s - 2].capital
        && words[s - 2].hash == likesHash && words[s - 3].hash == Evidence.the
}

private let likesHash = foldedHash("likes")

/// The verbs between a plural role noun and the list of people it opens (``followsAPluralRole(_:_:)``).
private let listOpeningVerbs: Set<UInt64> = foldedHashes("are were include included includes")

/// Whether candidate `c` comes right after the plural of an elected or sworn office, capitalised or not
/// (`Councillors Gilroy, Mayes, …`, `senators Warren, Sanders and Booker`, `Cllrs Hogan and Dolan`): the list it opens
/// names people, family names alone included. (Not any plural title: `leaders Chelsea and Arsenal`, `directors`.)
func followsAPluralTitle(_ c: NameCandidate, _ words: [Word]) -> Bool {
    let k = c.first
    guard k > 0, words[k].joinedToPrevious else { return false }
    return pluralOffices.contains(words[k - 1].hash)
}

/// Plural offices whose holders a list names by family name: `Councillors`, `Senators`, `Cllrs`, `Messrs`.
private let pluralOffices: Set<UInt64> = foldedHashes(
    """
    councillors councilors councilmembers senators commissioners representatives aldermen alderwomen supervisors
    trustees congressmen congresswomen assemblymen assemblywomen selectmen judges justices governors mayors sheriffs
    detectives constables sergeants mps msps tds mlas meps cllrs messrs drs sens reps
    """)

/// Whether `and others` or `among others` (a comma before it or not) follows candidate `c`.
func closesWithOthers(_ c: NameCandidate, _ words: [Word]) -> Bool {
    guard c.last + 2 < words.count, !words[c.last].possessive else { return false }
    let joiner = words[c.last + 1]
    let others = words[c.last + 2]
    return !joiner.capital && (joiner.hash == Evidence.and || joiner.hash == Evidence.among)
        && (joiner.joinedToPrevious || joiner.gap == .comma) && others.joinedToPrevious && !others.capital
        && others.hash == Evidence.others
}

/// Whether `b` follows `a` as the next item of a list: after a comma alone (`Nusrat, Farooq Sattar`), or after `and`
/// / `or` with or without a comma before it (`Sattar and Waseem Akhter`, `Appollis, and Evidence Makgopa`), titles
/// before `b` included (`and Mr Waseem Akhter`); `a` no possessive (`Nusrat's brother`). A note of one to three
/// lower-case words in brackets may follow `a` (`Bongi Mbonambi (hooker), Cobus Reinach (scrumhalf)`, `Ox Nche,
/// Vincent Koch (both props), Eben Etzebeth`), as team sheets give each player's position, or one to three capitalised
/// ones (`Rigathi Gachagua (Mathira), Dindi Nyoro (Kiharu)`), as lists of MPs give each one's seat.
func listJoins(_ a: NameCandidate, _ b: NameCandidate, _ words: [Word]) -> Bool {
    let s = b.sequenceStart
    guard b.particlesBefore == 0, !words[a.last].possessive else { return false }
    var last = a.last
    if let close = closeOfTheBracketAfter(a, before: s, words) { last = close }
    // (the separator before the next word, the bracket closed before it left out)
    let after = last == a.last ? Gap() : [.closeBracket]
    if s == last + 1 { return words[s].gap.subtracting(after) == .comma }
    guard s == last + 2 else { return false }
    let between = words[last + 1]
    let before = between.gap.subtracting(after)
    return !between.capital && (between.hash == Evidence.and || between.hash == Evidence.or)
        && (between.joinedToPrevious || before == .comma || (last != a.last && before.isEmpty))
        && words[s].joinedToPrevious
}

/// The last word inside the bracket right after candidate `a` and before word `s`: one to three lower-case words (a
/// position, `(hooker)`) or one to three capitalised ones (a seat, `(Kikuyu)`). Nil when no such bracket follows.
func closeOfTheBracketAfter(_ a: NameCandidate, before s: Int, _ words: [Word]) -> Int? {
    let open = a.last + 1
    guard open < s, words[open].gap == .openBracket else { return nil }
    let capital = words[open].capital
    var k = open + 1
    while k < s, k <= open + 2, words[k].joinedToPrevious, words[k].capital == capital { k += 1 }
    guard k <= s, k < words.count, words[k].gap.contains(.closeBracket) else { return nil }
    return k - 1
}

/// Whether candidate `b` lies inside the bracket right after candidate `a` (``closeOfTheBracketAfter(_:before:_:)``).
func isInsideTheBracketAfter(_ a: NameCandidate, _ b: NameCandidate, _ words: [Word]) -> Bool {
    guard let close = closeOfTheBracketAfter(a, before: min(words.count, b.last + 2), words) else { return false }
    return b.sequenceStart == a.last + 1 && b.last <= close
}
