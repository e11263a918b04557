/// A capitalised sequence with titles and sentence-initial words stripped: the words that would be the name.
struct NameCandidate {
    /// Index of the first word of the whole capitalised sequence (before stripping).
    var sequenceStart: Int
    /// Index of the first word of the name.
    var first: Int
    /// Index of the last word of the name.
    var last: Int
    /// An honorific or title stood right before the name (`Mr`, `President`, `Analyst`).
    var titled: Bool
    /// A capitalised role word stood right before the name (`Striker Ruud van Nistelrooy`).
    var roleBefore: Bool
    /// Name words, particles not counted (`Ruud van Nistelrooy` has 2).
    var nameWords: Int
    /// The words of a quoted nickname inside the name (`Sweets` in `Clarence "Sweets" Mobley`): part of the mention,
    /// left out of the canonical name so that the person is one identity with or without it.
    var nickname: ClosedRange<Int>? = nil
    /// Lower-case particles written before the first name word and part of the mention (`de la` of `a tearful de la
    /// Rosa`); the name's words and key start at `first`.
    var particlesBefore = 0
    /// A gazetteer named it a place or organisation (set for candidates without evidence): it may still be the family
    /// or given name of someone found elsewhere (`Jordan` after `Michael Jordan`, `Chad` after `Chad Allford`), not
    /// the inner name of a longer one (`Israel` beside `Mark Israel Shalem`).
    var insideBlocked = false
    /// The first word of the mention as written: `first`, or the particles before it.
    var spanFirst: Int { first - particlesBefore }
}

/// Finds the capitalised sequences of a text and strips each to its name part.
///
/// A sequence is a run of capitalised words joined by spaces only (no punctuation, no line break), with name
/// particles (`van`, `de`, `al`) inside and initials (`W.`, `J.K.`); a possessive word ends it, so `Arsenal's Edu`
/// gives two sequences. Acronyms (`BBC`) are never part of one; two capitals between a given name and a name word are
/// initials (`David TC Davies`).
func nameCandidates(_ words: [Word], text: UnsafeBufferPointer<UInt8>) -> [NameCandidate] {
    var candidates: [NameCandidate] = []
    let count = words.count
    @inline(__always) func isNameWord(_ w: Word) -> Bool { w.capital && !w.allCaps }
    let headlineEnd = firstBodyWord(words)
    var i = 0
    while i < count {
        // `ERNIE HOWE felt …`, `Picture: HARRIET BACKHOUSE`: a given name and a family name in capitals, opening a
        // sentence or after a colon, not inside a line of capitals
        if isNameInCapitals(words, at: i) {
            candidates.append(
                NameCandidate(sequenceStart: i, first: i, last: i + 1, titled: false, roleBefore: false, nameWords: 2))
            i += 2
            continue
        }
        if let last = capitalsBylineEnd(words, at: i) {
            candidates.append(
                NameCandidate(
                    sequenceStart: i, first: i + 1, last: last, titled: false, roleBefore: false, nameWords: last - i))
            i = last + 1
            continue
        }
        guard isNameWord(words[i]), !words[i].suffix else {
            i += 1
            continue
        }
        var last = i
        var nickname: ClosedRange<Int>? = nil
        // (a generational suffix written with its full stop ends the name: `AFP Chief Gen. Romeo Brawner Jr. They
        // tackled …`)
        while last + 1 < count, !words[last].possessive,
            !(last > i && words[last].suffix && text[words[last].end - 1] == Byte.period)
        {
            let next = words[last + 1]
            // `Clarence "Sweets" Mobley`: a quoted nickname of one or two capitalised words between name words
            if nickname == nil, let end = nicknameEnd(words, after: last, text: text) {
                nickname = (last + 1)...(end - 1)
                last = end
                continue
            }
            // `Jose Melencio C. Nartatez, Jr.`: a generational suffix after a comma is part of the name
            // (`Antonio Trillanes 4th`: an ordinal written as the suffix, with no comma)
            if next.suffix, next.gap == .comma || (next.joinedToPrevious && !next.capital) {
                last += 1
                continue
            }
            guard next.joinedToPrevious else { break }
            // (`Lamar Says Farewell to Ravens Fans`: in the headline a capitalised verb of speech that is no name ends
            // the name before it)
            if last + 1 < headlineEnd, next.capital, next.classes.contains(.speechVerb),
                next.classes.isDisjoint(with: [.firstName, .surname])
            {
                break
            }
            // (`Cllr Callum Laidlaw Tweeted the comment`: in the body, a capitalised past form no name list knows, after
            // two words of the run and before an article or a possessive, is the sentence's verb, no name's word - not
            // a name in `-eed`: `Mufti Rashid Sayeed said`)
            if last > i, last + 1 >= headlineEnd, next.capital, next.endsInEd, text[next.end - 3] != 0x65,
                next.classes.isDisjoint(with: [.firstName, .surname]), last + 2 < count,
                words[last + 2].joinedToPrevious, !words[last + 2].capital,
                words[last + 2].classes.contains(.determiner)
            {
                break
            }
            // (`Mohamed bin Abdulrahman al-Thani`: an Arabic article fused to a family name continues the name)
            if isNameWord(next) || isArticlePrefixedName(next, text) {
                last += 1
                continue
            }
            // `David TC Davies`, `Mary JB Smith`: two capitals between a known given name and a name word are middle
            // initials written without full stops, as British copy writes them
            if isCapitalInitials(next), words[last].classes.contains(.firstName), last + 2 < count,
                words[last + 2].joinedToPrevious, isNameWord(words[last + 2])
            {
                last += 2
                continue
            }
            // one or two particles between capitals: `Ruud van Nistelrooy`, `Tom de la Mare`; `ole` of Maasai names
            // (`Joseph ole Lenku`) only in lower case, since `Ole` is a given name
            if !next.capital, next.classes.contains(.particle) || next.hash == lowerCaseOle, last + 2 < count,
                words[last + 2].joinedToPrevious
            {
                if isNameWord(words[last + 2]) {
                    last += 2
                    continue
                }
                if !words[last + 2].capital, words[last + 2].classes.contains(.particle), last + 3 < count,
                    words[last + 3].joinedToPrevious, isNameWord(words[last + 3])
                {
                    last += 3
                    continue
                }
            }
            break
        }
        // (`Iranian-backed`, `Kremlin-linked`: one word with a lower-case part after a hyphen is a compound adjective;
        // `DoH`, `DfE`: a word ending in a capital after a lower-case letter is an acronym)
        if i == last && (hasLowerCasePartAfterHyphen(words[i], text) || isMixedCaseAcronym(words[i], text)) {
            i = last + 1
            continue
        }
        // `Foreign Minister AK Abdul Momen`, `VD Satheesan`: two capitals right before a name are its initials, as
        // South Asian copy writes them
        // (next to a given name, a known family name or after an office: `LG Card`, `MG Rover` are companies)
        // `EDDIE Howe piloted Cherries …`: British papers set an article's first word in capitals, and when that word
        // is a given name it belongs to the name after it
        // (`Inspector General of Police Multi Zone-II V Satyanarayana`: a zone's code names the office's zone; the name
        // starts after it when two words or more follow)
        if last - i >= 2, let code = (i..<(last - 1)).last(where: { isZoneCode(words[$0], text) }) {
            i = code + 1
        }
        let first =
            i > 0 && words[i].joinedToPrevious
                && ((isCapitalInitials(words[i - 1])
                    && (!words[i].classes.isDisjoint(with: [.firstName, .surname])
                        || (i > 1 && words[i - 1].joinedToPrevious
                            && !words[i - 2].classes.isDisjoint(with: [.title, .role, .honorific]))))
                    || isGivenNameInCapitals(words, at: i - 1))
            ? i - 1 : i
        if var candidate = strip(words, sequence: first...last, nickname: nickname, text: text) {
            // particles before the run (`a tearful de la Rosa`), or left between stripped words and the name (`Later
            // van der Walt said`)
            if candidate.first == i {
                candidate.particlesBefore = leadingParticles(words, before: i)
            } else {
                var k = candidate.first
                while k > first && !words[k - 1].capital && words[k - 1].classes.contains(.particle) { k -= 1 }
                candidate.particlesBefore = candidate.first - k
            }
            // `under the Abbott Government`, `The Trump Administration agreed`: a capitalised noun of a leader's time
            // in office ends no name; the name before it is the leader's (``Evidence/namesAGovernment(_:)``)
            if candidate.last > candidate.first, candidate.nickname == nil, words[candidate.last].capital,
                !words[candidate.last].allCaps, Evidence.timeInOffice.contains(words[candidate.last].hash)
            {
                candidate.last -= 1
                candidate.nameWords -= 1
            }
            // (`Minister DK Shivakumar`, `Chief Minister BS Yediyurappa`: a capitalised title right before two capitals
            // that open the name, outside the run the capitals cut, introduces the name as one inside it does)
            if first == i - 1, candidate.first == first, i > 1, words[i - 1].joinedToPrevious, words[i - 2].capital,
                !words[i - 2].allCaps, !words[i - 2].classes.isDisjoint(with: [.title, .honorific])
            {
                candidate.titled = true
            }
            candidates.append(candidate)
        }
        i = last + 1
    }
    return candidates
}

private let lowerCaseOle = foldedHash("ole")

/// Compass points, by folded hash: an area of command after a police or military title (``strip``), and a part of a
/// place written before its name (`of east Reid Avenue`, the quotes stage).
public let compassPoints = foldedHashes("north south east west central northeast northwest southeast southwest")

/// `former Royal Marine Brown struck out` after `Keith Brown`: an ordinary English word (`Marine`, `Veteran`) before a
/// family name that a fuller name in the same text ends with, after a known given name, describes that person; the
/// family name alone is the candidate (found as the person's short form). Before a family name no one else in the
/// text bears, such a word may be a given name the lists lack, and stays; after a title it is the name (`Cllr Euros
/// Davies`). A word the lists give as a name too (`Marine` is a French given name) is a description only when one
/// goes before it (`former Royal`) and the fuller name has another given name. Two passes over the candidates.
func strippingDescriptionsOfNamedPeople(_ candidates: [NameCandidate], words: [Word]) -> [NameCandidate] {
    // the given names written before each family name in full (`Brown` → `Keith`)
    var givenNamesByFamilyName: [UInt64: [UInt64]] = [:]
    for c in candidates
    where c.last > c.first && words[c.first].classes.contains(.firstName)
        && !(words[c.first].classes.contains(.common) && followsADescription(c.first, words))
    {
        givenNamesByFamilyName[words[c.last].hash, default: []].append(words[c.first].hash)
    }
    guard !givenNamesByFamilyName.isEmpty else { return candidates }
    return candidates.map { c in
        guard !c.titled, c.last > c.first, c.last - c.first <= 2, c.nickname == nil,
            words[c.last - 1].classes.contains(.common), let givenNames = givenNamesByFamilyName[words[c.last].hash],
            (c.first..<c.last).allSatisfy({
                words[$0].classes.isDisjoint(with: [.firstName, .surname])
                    || (!givenNames.contains(words[$0].hash) && words[$0].classes.contains(.common)
                        && followsADescription(c.first, words))
            })
        else { return c }
        var described = c
        described.first = c.last
        described.nameWords = 1
        described.roleBefore = true
        return described
    }
}

/// `Neil Lennon My Hibs players did the club proud` ¶ `NEIL Lennon said …`, `Michelle Wu Boston mayoral election
/// results` ¶ `City Councilor Michelle Wu is confident …`: a headline without punctuation runs a name into the capitalised
/// words after it. A first-line candidate of three or more words that opens with a name of two or three words the body
/// writes as a candidate of its own is trimmed to that name (not a name the body writes whole: `Ana Lucia Restrepo`
/// beside a later `Ana Lucia`). One pass to collect the body's names, one over the headline's candidates.
func trimmingHeadlineRunOns(_ candidates: [NameCandidate], words: [Word]) -> [NameCandidate] {
    guard let firstBody = words.firstIndex(where: { $0.gap.contains(.lineBreak) }), firstBody > 0,
        candidates.contains(where: { $0.last < firstBody && $0.last - $0.first >= 2 })
    else { return candidates }
    // (a name's key: its words' hashes folded in order)
    func key(_ from: Int, _ through: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in from...through { h = (h ^ words[k].hash) &* 0x100_0000_01b3 }
        return h
    }
    var bodyNames: Set<UInt64> = []
    for c in candidates where c.first >= firstBody && (1...4).contains(c.last - c.first) {
        bodyNames.insert(key(c.first, c.last))
    }
    return candidates.map { c in
        guard c.last < firstBody, c.last - c.first >= 2, c.nickname == nil, !bodyNames.contains(key(c.first, c.last))
        else { return c }
        for last in [c.first + 2, c.first + 1] where last < c.last && bodyNames.contains(key(c.first, last)) {
            var trimmed = c
            trimmed.last = last
            trimmed.nameWords = 0
            for k in c.first...last where words[k].capital { trimmed.nameWords += 1 }
            return trimmed
        }
        return c
    }
}

/// Whether words `from...last` after `St` are a saint's full name (`St John Henry Newman`, `St Oscar Romero`, `St John
/// Paul II`): every word after the given name a known given or family name or a generational suffix, and none a place's
/// or a body's (`St John Ambulance`, `St Thomas Technical`; a name no list knows is lost with them: `St Thomas
/// Aquinas`).
private func isSaintsName(_ words: [Word], _ from: Int, _ last: Int) -> Bool {
    from < last
        && ((from + 1)...last).allSatisfy {
            words[$0].suffix
                || (!words[$0].classes.isDisjoint(with: [.firstName, .surname])
                    && words[$0].classes.isDisjoint(with: [.common, .place, .organisation, .portfolio]))
        }
}

/// Whether the word before candidate word `i`, joined to it, describes: a capitalised word that is no name (`Royal
/// Marine Brown`) or a modifier of roles (`former Marine Brown`).
private func followsADescription(_ i: Int, _ words: [Word]) -> Bool {
    guard i > 0, words[i].joinedToPrevious else { return false }
    let before = words[i - 1]
    if before.capital {
        return !before.sentenceStart && !before.allCaps && !before.possessive
            && before.classes.isDisjoint(with: [.firstName, .surname])
    }
    return roleModifiers.contains(before.hash)
}

private let roleModifiers: Set<UInt64> = Set(["former", "ex", "retired", "veteran", "fellow"].map { foldedHash($0) })

/// `al-Thani`, `el-Sisi`: a lower-case Arabic article, a hyphen and a capitalised name.
func isArticlePrefixedName(_ w: Word, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    !w.capital && opensWithAnArabicArticle(w, text)
}

/// Whether word `w` opens with an Arabic article, in either case, a hyphen and a capital (`al-Thani`, `Al-Assad`,
/// `el-Sisi`): the name after the hyphen is what later mentions write alone.
func opensWithAnArabicArticle(_ w: Word, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    opensWithAnArabicArticle(text, w.start, w.end)
}

/// `a tearful de la Rosa said`, `defended dos Santos`, `saved by van der Sar`: lower-case particles that open a family
/// name when no given name precedes it (one, or `de`/`van`/`von` before an article), joined to the name by spaces.
/// Not `al`, `el`, `bin`, `da`, `le` alone: `al Qaeda`, `el Niño` and Portuguese or French articles open other names.
private func leadingParticles(_ words: [Word], before i: Int) -> Int {
    guard i > 0, words[i].joinedToPrevious else { return 0 }
    let p = words[i - 1]
    guard !p.capital, !p.possessive else { return 0 }
    if particleArticles.contains(p.hash), i > 1, p.joinedToPrevious, !words[i - 2].capital,
        particlesBeforeArticles.contains(words[i - 2].hash)
    {
        return 2
    }
    return openingParticles.contains(p.hash) ? 1 : 0
}

private let openingParticles: Set<UInt64> = Set(
    ["de", "del", "della", "dela", "delos", "van", "von", "du", "di", "dos", "das", "ter"].map { foldedHash($0) })
private let particleArticles: Set<UInt64> = Set(["la", "las", "los", "le", "der", "den"].map { foldedHash($0) })
private let particlesBeforeArticles: Set<UInt64> = Set(["de", "van", "von"].map { foldedHash($0) })

/// Months that are family names too (`Mrs May`, `Lord Justice May`).
private let monthNames: Set<UInt64> = Set(["may", "june", "april", "august"].map { foldedHash($0) })
private let eveHash = foldedHash("eve")
private let titlesLikeInitials = foldedHashes("cs ps")
private let holidaysBeforeEve = foldedHashes("christmas year easter halloween hallowe'en election")
/// Names that South Asian and Arabic naming puts second, after a given name the lists may lack (`Juman Ali Sahadath`).
private let secondGivenNames = foldedHashes("ali ahmed ahmad hussain hussein kumar uddin rahman")

/// Titles that are given names too (the name lists leave them out as titles): `Earl Perry`, `Dean Smith`, `Dr. Baron
/// Davis`.
private let titlesThatAreGivenNames = foldedHashes("earl dean duke baron")
/// `Dean Elgar says …`, `Dean Phillips said`: `Dean` opening a name of two words, nothing capitalised before it, is
/// the given name: a dean is written with the school or `of` (`Dean of Westminster`, `law school dean Ann Roe`).
private let deanHash = foldedHash("dean")
private let chargeHash = foldedHash("charge")
/// Titles that are family names too (`Carolyn King Arnold`, `Mary Bishop Lee`): between a known given name and a last
/// word they are a middle name, not an office that starts the name after it.
private let titlesThatAreFamilyNames = foldedHashes(
    "king bishop judge major marshal prince sheriff mayor dean provost pope")

/// `Commissioner Earl Perry`, `Sen. Earl Blumenauer`, `Coach Dean Smith`: a title that is a given name too, right
/// after a title, an honorific or a role and before the name's last word, is the name's given name; so is one before
/// a known given name and the name's last word, a title before it or not (`Earl Ray Tomblin`: a peer's title comes
/// before a family name or `of`, not before a given name).
private func isGivenNameWrittenAsATitle(_ words: [Word], _ k: Int, last: Int) -> Bool {
    guard k < last, titlesThatAreGivenNames.contains(words[k].hash),
        words[last].classes.isDisjoint(with: [.honorific, .title, .role])
    else { return false }
    if k == last - 2, words[k + 1].classes.contains(.firstName),
        words[k + 1].classes.isDisjoint(with: [.honorific, .title, .role])
    {
        return true
    }
    return k == last - 1 && k > 0 && !words[k - 1].classes.isDisjoint(with: [.honorific, .title, .role])
}

/// Role words that always stand before the name of the person who holds the role.
private let spokespersonWords: Set<UInt64> = Set(["spokesman", "spokeswoman", "spokesperson"].map { foldedHash($0) })

/// Whether words `i` and `i + 1` are a given name and another word in capitals (`ERNIE HOWE`, `HARRIET BACKHOUSE`)
/// opening a sentence, a sentence's lead-in in capitals (`TAOISEACH LEO VARADKAR was …`) or coming after a colon, the
/// word after not in capitals (a headline in capitals is no name), nor the word before unless it is part of the lead-in
/// - and then the sentence must go on in small letters after the name (`NEW RULES FOR MAY DAY` is a headline).
func isNameInCapitals(_ words: [Word], at i: Int) -> Bool {
    guard i + 1 < words.count, isKnownGivenNameInCapitals(words[i]), words[i + 1].allCaps,
        words[i + 1].joinedToPrevious, words[i + 1].end - words[i + 1].start >= 3,
        !words[i + 1].classes.contains(.function), opensCapitalsLeadIn(words, at: i) || words[i].gap.contains(.colon)
    else { return false }
    if i > 0 && words[i - 1].allCaps && !words[i].gap.contains(.lineBreak) {
        guard opensCapitalsLeadIn(words, at: i), i + 2 < words.count, words[i + 2].joinedToPrevious,
            !words[i + 2].allCaps
        else { return false }
    }
    return i + 2 >= words.count || !words[i + 2].allCaps || !words[i + 2].joinedToPrevious
}

/// Whether word `i` opens its sentence, or follows only words in capitals that do (at most three, joined by spaces):
/// Irish and Scottish papers set the first words of a story in capitals, and a name may come after a title or an
/// adjective there (`TAOISEACH LEO VARADKAR was accused`, `AN IRATE DAN McFarland tore …`).
func opensCapitalsLeadIn(_ words: [Word], at i: Int) -> Bool {
    var k = i
    while !words[k].sentenceStart {
        guard k > 0, i - k < 3, words[k].joinedToPrevious, words[k - 1].allCaps else { return false }
        k -= 1
    }
    return true
}

/// `By MARY CALLAHAN`, `By AL-MAHDI SSENKABIRWA Associated Press`: a byline set in capitals - `By` opening its line
/// (or after a bar: `November 03, 2011|By ANDREW SCHOTZ |`), then two or three words in capitals, then the line's end,
/// a comma or a word not in capitals. The last of those words, or nil.
func capitalsBylineEnd(_ words: [Word], at i: Int) -> Int? {
    guard i + 2 < words.count, words[i].hash == Evidence.by, words[i].capital, !words[i].allCaps,
        i == 0 || words[i].gap.contains(.lineBreak) || words[i].punctuationBefore == Byte.bar
    else { return nil }
    var last = i
    while last + 1 < words.count && last - i < 3 && words[last + 1].allCaps && words[last + 1].joinedToPrevious
        && words[last + 1].end - words[last + 1].start >= 2
    {
        last += 1
    }
    guard last - i >= 2 else { return nil }
    let next = last + 1
    guard next == words.count || !words[next].joinedToPrevious || (words[next].capital && !words[next].allCaps)
    else { return nil }
    return last
}

/// Whether word `k` follows a title and a lower-case `of` or `for` (`Minister of`, `Secretary for`).
func followsTitleAndPreposition(_ words: [Word], _ k: Int) -> Bool {
    prepositionAfterATitle(words, before: k) != nil
}

/// The `of` or `for` between a title and word `k` (`Minister of`, `Secretary for`, `Leader of the`), nil when word `k`
/// follows none.
func prepositionAfterATitle(_ words: [Word], before k: Int) -> Int? {
    guard k >= 2, words[k].joinedToPrevious, words[k - 1].joinedToPrevious, !words[k - 1].capital else { return nil }
    // (`Leader of the Opposition Sajith Premadasa`: `the` may stand between, after a capitalised office word)
    let article = words[k - 1].hash == Evidence.the && k >= 3 && words[k - 2].joinedToPrevious
    let p = article ? k - 2 : k - 1
    guard words[p].hash == Evidence.of || words[p].hash == Evidence.forWord else { return nil }
    let office = words[p - 1].classes
    return office.contains(.title) || (article && words[p - 1].capital && office.contains(.role)) ? p : nil
}

/// Whether word `k` follows an office (a title, a role word or an office's acronym: `MP`) and a lower-case `for`
/// or `at` (`MP for`, `governor at`), or a lower-case office and `of` (`principal of St Thomas Technical Ricardo
/// Morgan`; a capitalised office and `of` is a title's, read by ``followsTitleAndPreposition(_:_:)``).
private func followsOfficeAndPlacePreposition(_ words: [Word], _ k: Int) -> Bool {
    guard k >= 2, words[k].joinedToPrevious, words[k - 1].joinedToPrevious, !words[k - 1].capital,
        words[k - 1].hash == Evidence.forWord || words[k - 1].hash == Evidence.at
            || (words[k - 1].hash == Evidence.of && !words[k - 2].capital)
    else { return false }
    let office = words[k - 2]
    return !office.classes.isDisjoint(with: [.title, .role])
        || (office.allCaps && Evidence.officeAcronyms.contains(office.hash))
}

/// Whether word `k` follows a capitalised organisation word and a lower-case `of` (`Department of`, `Ministry of`).
func followsABodyAndOf(_ words: [Word], _ k: Int) -> Bool {
    k >= 2 && words[k].joinedToPrevious && words[k - 1].joinedToPrevious && !words[k - 1].capital
        && words[k - 1].hash == Evidence.of && words[k - 2].capital && words[k - 2].classes.contains(.organisation)
}

/// Where a holder's name starts in a sequence that a place or a body opens (``followsOfficeAndPlacePreposition``): at
/// a known given name after at least one other word, not after another given name, with one or two words after it
/// ending the sequence. Nil when there is none.
private func holderStart(_ words: [Word], _ sequence: ClosedRange<Int>) -> Int? {
    guard sequence.count >= 3 else { return nil }
    for g in max(sequence.lowerBound + 1, sequence.upperBound - 2)..<sequence.upperBound
    where words[g].classes.contains(.firstName) && !words[g - 1].classes.contains(.firstName) {
        return g
    }
    return nil
}

/// Where a holder's name starts after the office's own words, from word `from` of a sequence ending at `last`
/// (`Social Protection Leo Varadkar`, `Local Administration M.B. Rajesh` after `Minister for`): at a known given name
/// or at initials, after ordinary or portfolio words that are no names, with one or two words after it that are no
/// place's, body's, portfolio's or office's word (`Will Young` is a name). Nil when the sequence has no such shape
/// (`Legal Affairs Mohabir Anil Nandlall`: a word no list knows opens the name).
private func holderAfterOfficeWords(_ words: [Word], from: Int, last: Int) -> Int? {
    var g = from
    while g < last, !words[g].initial, !words[g].classes.contains(.firstName) {
        let c = words[g].classes
        // (a family name that is an ordinary word too may end the office before a known given name: `Justice of the
        // Peace Cheryl Blanchard`)
        guard !c.isDisjoint(with: [.common, .portfolio]),
            c.isDisjoint(with: [.surname]) || (g + 1 < last && words[g + 1].classes.contains(.firstName))
        else { return nil }
        g += 1
    }
    guard g > from, g < last, last - g <= 2,
        ((g + 1)...last).allSatisfy({
            words[$0].classes.isDisjoint(with: [.place, .organisation, .portfolio, .title, .role])
        })
    else { return nil }
    return g
}

/// Where a full name starts right after an organisation word inside a sequence (`National Party Christopher Luxon`):
/// the word after the last organisation word, when it is a known given name that is no ordinary word and the one or
/// two words after it are name-like (no ordinary, place or organisation word).
private func holderAfterABody(_ words: [Word], _ sequence: ClosedRange<Int>) -> Int? {
    guard sequence.count >= 3 else { return nil }
    let g =
        sequence.upperBound - 1 >= sequence.lowerBound + 1
            && words[sequence.upperBound - 2].classes.contains(.organisation)
        ? sequence.upperBound - 1
        : sequence.upperBound - 2
    guard g > sequence.lowerBound, words[g - 1].classes.contains(.organisation), !words[g - 1].possessive,
        words[g].classes.contains(.firstName), !words[g].classes.contains(.common),
        (g...sequence.upperBound).allSatisfy({
            words[$0].classes.isDisjoint(with: [.organisation, .place, .title, .role])
                && ($0 == g || words[$0].classes.isDisjoint(with: [.common]))
        })
    else { return nil }
    return g
}

/// The last portfolio word of a sequence that leaves two or more words after it (`Elder Affairs Cynthia Forde`:
/// `Affairs`). The search runs back from the third-last word and stops at a known given name: a name starts there,
/// and the stripping in ``strip(_:sequence:nickname:text:)`` reads the office before it as it always has.
private func lastPortfolioWord(_ words: [Word], _ sequence: ClosedRange<Int>) -> Int? {
    guard sequence.count >= 3 else { return nil }
    var m = sequence.upperBound - 2
    while m >= sequence.lowerBound {
        let c = words[m].classes
        if c.contains(.firstName) { return nil }
        if c.contains(.portfolio) { return m }
        m -= 1
    }
    return nil
}

/// Whether the sequence starting at word `k` goes on with a list of portfolios after a title and `of`/`for`: `and`
/// (or `and the`: `Minister for Sustainability and the Environment Grace Fu`) before it, then capitalised words,
/// joined or after commas, back to `Minister of …` (at most twelve steps back).
private func continuesAListOfPortfolios(_ words: [Word], _ k: Int) -> Bool {
    guard k >= 2, words[k].joinedToPrevious else { return false }
    let and = words[k - 1].hash == Evidence.the && k >= 3 && words[k - 1].joinedToPrevious ? k - 2 : k - 1
    guard words[and].hash == Evidence.and else { return false }
    var j = and - 1
    var steps = 0
    while j > 0 && steps < 12 && words[j].capital {
        if followsTitleAndPreposition(words, j) { return true }
        let w = words[j]
        if w.joinedToPrevious && words[j - 1].capital {
            j -= 1
        } else if w.punctuationBefore == Byte.comma && w.gap == .comma && words[j - 1].capital {
            j -= 1
        } else {
            return false
        }
        steps += 1
    }
    return false
}

/// `Christian Porter`, `Dane Swan`, `Finn Russell`: a word the lists keep out of the given names because it is mostly
/// a religion or a nationality is a given name before a family name (not before an organisation's word or another
/// nationality: `Christian Democrats`, `Christian Aid`) - opening a sentence too (`Christian Horner said`), when
/// the family name is no ordinary word as well (`Christian Church`).
func isGivenNameOfANationality(_ words: [Word], _ k: Int, last: Int) -> Bool {
    guard k < last, nationalGivenNames.contains(words[k].hash) else { return false }
    let next = words[k + 1].classes
    return next.contains(.surname) && next.isDisjoint(with: [.nationality, .organisation, .place, .role, .title])
        && (!words[k].sentenceStart || !next.contains(.common))
}

/// `The senator representing Kogi West, Sunday Karimi, has urged …`: Nigerian and Ghanaian copy names people
/// `Sunday`, `Monday`, `Friday`; a day of the week opening a two-word name set off by commas, before a word no list
/// gives another class, is a given name (`on Sunday, Monday Smith …` is not set off so).
private func isWeekdayGivenName(_ words: [Word], _ k: Int, last: Int) -> Bool {
    guard k + 1 == last, weekdayHashes.contains(words[k].hash), words[k].gap.contains(.comma),
        last + 1 < words.count, words[last + 1].gap.contains(.comma)
    else { return false }
    return words[last].classes.isDisjoint(with: [.time, .place, .organisation, .nationality, .function, .common])
}

/// `June Sarpong said`, `April Ryan, a reporter,`, `Summer Walker`: a month or season that is a given name too, opening
/// a sequence before a family name or a word no list knows, is that given name - not after a word that makes it a
/// time (`in June`, `since May`, `last August`, `between April and June`; `In May Britain voted` is a place after it).
private func isMonthGivenName(_ words: [Word], _ k: Int, last: Int) -> Bool {
    guard k < last, monthGivenNames.contains(words[k].hash) else { return false }
    let next = words[k + 1].classes
    guard next.contains(.surname) || next.isEmpty,
        next.isDisjoint(with: [.time, .place, .organisation, .nationality, .function, .common, .title, .role])
    else { return false }
    // (a season's possessor after `in`, `at`, `into`, `after`, `before` or `from` mid-sentence is no date: `landed in
    // Autumn Cook’s front yard`, `after Summer Rodriguez’s goal`; a sentence opening with one is, `In Autumn Smith’s
    // team won`, and so is a month after any of these words: `by August Pryce's client had fled`)
    if k > 0, words[k].joinedToPrevious, timeWordsBeforeAMonth.contains(words[k - 1].hash),
        !(k + 1 == last && words[last].possessive && !words[k - 1].capital && seasonGivenNames.contains(words[k].hash)
            && placeOnlyBeforeASeason.contains(words[k - 1].hash))
    {
        return false
    }
    // (`By 30 August Marsh had asked`, `On 23 June Cameron was`: a day's number before the month makes it a date)
    if k > 0, words[k].joinedToPrevious, isASCIIDigit(words[k - 1].firstByte) { return false }
    return true
}

/// Months and seasons that are given names (`June Sarpong`, `April Ryan`, `May Whitfield`, `Summer Walker`, and
/// `Jan Kidd`: the abbreviation of January is a given name too).
let monthGivenNames = foldedHashes("april may june august summer autumn jan")
private let seasonGivenNames = foldedHashes("summer autumn")
private let placeOnlyBeforeASeason = foldedHashes("in at into after before from")

/// Words that make the month after them a time (`in June`, `last May`, `early August`, `April and June`).
private let timeWordsBeforeAMonth = foldedHashes(
    """
    in on since by until till from to last next this that each every early late mid of during through before after
    between and or throughout around about spring summer autumn winter
    """)

/// Religions and nationalities that are given names too.
private let nationalGivenNames = foldedHashes("christian dane finn")

/// Whether word `k` opens its sequence right after a lower-case `and`, `for` or `of` (`… Information and
/// Broadcasting`), no family name itself.
private func continuesAPortfolio(_ words: [Word], _ k: Int) -> Bool {
    guard k > 0, words[k].joinedToPrevious, !words[k - 1].capital, !words[k].classes.contains(.surname) else {
        return false
    }
    let h = words[k - 1].hash
    return h == Evidence.and || h == Evidence.forWord || h == Evidence.of
}

/// Dotted abbreviations of countries, unions and US states, by folded hash of their bytes (full stops included).
let placeAbbreviations: Set<UInt64> = foldedHashes(
    """
    u.s. u.s.a. u.k. u.n. e.u. n.j. n.y. n.c. s.c. n.h. n.m. n.d. s.d. d.c. r.i. w.va. n.z.
    """)

/// `H.E.`, His or Her Excellency (the last full stop often left out: `H.E William Ruto`).
private let excellencyHashes = foldedHashes("h.e. h.e")

/// Whether an initials word is a dotted place abbreviation (`N.J.`, `U.S.`; the final full stop may be outside the
/// word when it ends a sentence).
private func isPlaceAbbreviation(_ w: Word, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard w.end - w.start >= 3, w.end - w.start <= 5 else { return false }
    if placeAbbreviations.contains(foldedHash(text, w.start, w.end)) { return true }
    return w.end < text.count && text[w.end] == Byte.period
        && placeAbbreviations.contains(foldedHash(text, w.start, w.end + 1))
}

/// A capital letter standing alone as an initial without its full stop (`V` of `V Sunil Kumar`); not `A` or `I`, and
/// not after a colon, where a letter is a player's position (`Nuggets: G Marcus Dell`).
func isBareInitial(_ w: Word) -> Bool {
    w.end - w.start == 1 && w.capital && w.firstByte != 0x41 && w.firstByte != 0x49 && !w.gap.contains(.colon)
}

/// A known given name of three letters or more in capitals opening a sentence or its lead-in in capitals (`EDDIE` of
/// `EDDIE Howe`, the first word of a British article; `DAN` of `AN IRATE DAN McFarland`).
func isGivenNameInCapitals(_ words: [Word], at i: Int) -> Bool {
    isKnownGivenNameInCapitals(words[i]) && !words[i].possessive && opensCapitalsLeadIn(words, at: i)
}

/// `along with RG Snyman, who …`, `JP Pietersen said`: two capitals right before a name that other evidence made a
/// person are its initials, as South African and South Asian copy writes them (the scan of sequences takes them only
/// before a listed name or after an office). Not after another capitalised word, whose name they may end.
func includingCapitalInitials(_ c: NameCandidate, _ words: [Word]) -> NameCandidate {
    let i = c.first
    guard c.particlesBefore == 0, c.nickname == nil, i == c.sequenceStart, i > 0, words[i].joinedToPrevious,
        isCapitalInitials(words[i - 1]), i < 2 || !words[i - 1].joinedToPrevious || !words[i - 2].capital,
        !(titlesLikeInitials.contains(words[i - 1].hash) && c.nameWords >= 2)
    else { return c }
    var widened = c
    widened.first = i - 1
    widened.sequenceStart = i - 1
    widened.nameWords += 1
    return widened
}

/// A known given name of three letters or more set in capitals (`EDDIE`, `HARRIET`).
func isKnownGivenNameInCapitals(_ w: Word) -> Bool {
    w.allCaps && w.end - w.start >= 3 && w.classes.contains(.firstName)
}

/// Two capital letters that stand for a person's initials (`AK`, `VD`, `MS` before a name): no word the finder
/// knows (a title, `MP`, `PC`), no office acronym (``Evidence/officeAcronyms``: `CM`, `PM`, `MD`) and none of the
/// two-letter acronyms news text uses (`US`, `UK`, `TV`).
func isCapitalInitials(_ w: Word) -> Bool {
    // (`CS`, `PS` are titles before a full name, initials before one word: `CS Lewis`)
    guard w.allCaps, w.end - w.start == 2, !w.possessive, w.classes.isEmpty || titlesLikeInitials.contains(w.hash)
    else { return false }
    return !commonTwoLetterAcronyms.contains(w.hash) && !Evidence.officeAcronyms.contains(w.hash)
}

/// Designations South Asian copy writes after a name (`Ali Zafar Advocate`).
private let postNominalDesignations: Set<UInt64> = foldedHashes("advocate esquire esq")

private let commonTwoLetterAcronyms: Set<UInt64> = foldedHashes(
    "us uk un eu tv pr hr it ai id ok nz la ny dc bc qc sa wa fc ac gp fa cv pe re uv vr ad sp lg mg bt"
        // (offices written as two capitals before a name in Indian and American copy that give no role evidence of
        // their own: `DM Ann Lee`, `AG Ann Lee`)
        + " dm ag da dg ig si")

/// Whether a word ends in an ASCII capital after a lower-case letter (`DoH`, `DfE`, `FoI`): an acronym.
private func isMixedCaseAcronym(_ w: Word, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    // (`Jay-Z`: a capital after a hyphen is a name's)
    guard w.end - w.start >= 3, text[w.end - 1] >= 0x41, text[w.end - 1] <= 0x5A, text[w.end - 2] != Byte.hyphen else {
        return false
    }
    var i = w.start + 1
    while i < w.end - 1 {
        if text[i] >= 0x61 && text[i] <= 0x7A { return true }
        i += 1
    }
    return false
}

/// Whether the word is a zone's or a phase's code: a Roman numeral of up to four letters after a hyphen (`Zone-II`,
/// `Phase-IV`). (A word with a digit is a model's or a code's, `HH-60M Black Hawk`, and vetoes the whole run:
/// ``Evidence/holdsACode(_:)``.)
private func isZoneCode(_ w: Word, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    var k = w.end - 1
    while k > w.start, k >= w.end - 4, text[k] == 0x49 || text[k] == 0x56 || text[k] == 0x58 { k -= 1 }
    return k < w.end - 1 && k > w.start && text[k] == Byte.hyphen
}

/// Whether a hyphen inside the word is followed by a lower-case ASCII letter (`Iranian-backed`, not `Colon-Ortiz`).
private func hasLowerCasePartAfterHyphen(_ w: Word, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = w.start + 1
    while i + 1 < w.end {
        if text[i] == Byte.hyphen && text[i + 1] >= 0x61 && text[i + 1] <= 0x7A { return true }
        i += 1
    }
    return false
}

/// Whether a word of more than five letters ends in `ing` (`Broadcasting`, `Planning`).
private func endsInIng(_ w: Word, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    w.end - w.start > 5 && text[w.end - 3] == 0x69 && text[w.end - 2] == 0x6E && text[w.end - 1] == 0x67
}

/// The index of the name word after a quoted nickname that follows word `k` (`Clarence "Sweets" Mobley`,
/// `Alvin “Duke” Fontenot`, `Chandrakant 'Dada' Pawar`): one or two capitalised words inside one pair of quote marks,
/// double or single, straight or curly, with only spaces around the marks, and a capitalised word right after. Nil
/// when the words after `k` are no such nickname.
func nicknameEnd(_ words: [Word], after k: Int, text: UnsafeBufferPointer<UInt8>) -> Int? {
    guard k + 2 < words.count, words[k].capital, !words[k].allCaps, words[k + 1].capital,
        let mark = openingNicknameMark(text, words[k].fullEnd, words[k + 1].start)
    else { return nil }
    var j = k + 1
    if j + 1 < words.count, words[j + 1].joinedToPrevious, words[j + 1].capital { j += 1 }
    // a closing single mark reads as a possessive apostrophe (`Dada’`): the mark is what follows the stem
    guard j + 1 < words.count, mark == .single || !words[j].possessive,
        isClosingNicknameMark(text, words[j].possessive ? words[j].end : words[j].fullEnd, words[j + 1].start, mark),
        words[j + 1].capital, !words[j + 1].allCaps
    else { return nil }
    return j + 1
}

/// The kind of quote mark around a nickname.
enum NicknameMark { case double, single }

/// The mark between two words when it is one opening quote mark after a space: ` "` / ` “` (double), ` '` / ` ‘`
/// (single).
private func openingNicknameMark(_ text: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> NicknameMark? {
    let gap = to - from
    guard gap == 2 || gap == 4, text[from] == Byte.space else { return nil }
    if gap == 2 { return text[from + 1] == 0x22 ? .double : text[from + 1] == 0x27 ? .single : nil }
    // “ (E2 80 9C), ‘ (E2 80 98)
    guard text[from + 1] == 0xE2, text[from + 2] == 0x80 else { return nil }
    return text[from + 3] == 0x9C ? .double : text[from + 3] == 0x98 ? .single : nil
}

/// Whether the bytes between two words are one closing mark of the given kind followed by a space: `" ` / `” `,
/// `' ` / `’ `.
private func isClosingNicknameMark(_ text: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ mark: NicknameMark)
    -> Bool
{
    let gap = to - from
    guard gap == 2 || gap == 4, text[to - 1] == Byte.space else { return false }
    if gap == 2 { return text[from] == (mark == .double ? 0x22 : 0x27) }
    // ” (E2 80 9D), ’ (E2 80 99)
    return text[from] == 0xE2 && text[from + 1] == 0x80 && text[from + 2] == (mark == .double ? 0x9D : 0x99)
}

/// Whether the word after `last` is `and` and a capitalised word follows it (`William and Harry`).
private func isJoinedToANameAfter(_ words: [Word], _ last: Int) -> Bool {
    last + 2 < words.count && words[last + 1].joinedToPrevious && words[last + 1].hash == Evidence.and
        && words[last + 2].joinedToPrevious && words[last + 2].capital
}

/// Whether `w` can open an office holder's name after the office's body or place: a known given name, or a
/// capitalised word no list holds that is no acronym or initial (given names from anywhere are missing from the lists).
private func opensAHolderName(_ w: Word) -> Bool {
    w.classes.contains(.firstName) || (w.classes.isEmpty && w.capital && !w.allCaps && !w.initial)
}

/// Nouns of a settlement before `of` and its name (`the city of Wayne`).
private let townNouns: Set<UInt64> = foldedHashes("city town village township borough county")
/// The first words of two-word demonyms (`South African`, `Sri Lankan`, `Puerto Rican`, `New Zealander`; not `Great
/// British`, which names things).
private let demonymHeads = foldedHashes("south north east west central new sri costa puerto sierra saudi papua el")
/// Past participles of feeling or fortune that open a headline before a name (``strip``).
private let participlesOfFortune = foldedHashes(
    """
    disappointed delighted frustrated relieved injured jailed embattled beleaguered axed sacked shocked stunned
    thrilled gutted dejected elated battered bruised besieged defeated ousted retired disgraced troubled suspended
    banned exiled detained arrested convicted accused acquitted angered annoyed irritated enraged incensed outraged
    worried concerned saddened heartbroken devastated humbled honoured honored bemused baffled puzzled satisfied
    unimpressed undeterred unfazed rejuvenated revitalised revitalized
    """)
/// The prepositions before which a name and a day of the week are a place and when (`in Wayne Friday`).
private let placeBeforeADay: Set<UInt64> = foldedHashes("in near")
/// Adverbs of time before a day of the week (`Early Saturday`, `Late Friday`).
private let adverbsBeforeADay: Set<UInt64> = foldedHashes("early late")

/// Strips titles, role words, acronyms and sentence-initial function words from the left of a sequence; a title
/// further right wins (`Home Office Minister Sam Hale`, `US Secretary of State John Kerry` → the name after it).
private func strip(
    _ words: [Word], sequence: ClosedRange<Int>, nickname: ClosedRange<Int>?, text: UnsafeBufferPointer<UInt8>
) -> NameCandidate? {
    var last = sequence.upperBound
    var k = sequence.lowerBound
    var titled = false
    var roleBefore = false
    var portfolioOfATitle = false
    // `Minister of Youth, Empowerment and Elder Affairs Cynthia Forde`, `Minister of Environment, Wildlife and Tourism
    // Tshekedi Khama`, `Minister of Legal Affairs Mohabir Anil Nandlall`: a sequence after a title and `of`/`for`, or
    // going on with such a title's list of portfolios, holds the office up to its last portfolio word; the two or
    // more words after it are the holder's name
    if let office = lastPortfolioWord(words, sequence),
        followsTitleAndPreposition(words, sequence.lowerBound)
            || continuesAListOfPortfolios(words, sequence.lowerBound)
    {
        k = office + 1
        if let g = holderAfterOfficeWords(words, from: k, last: last) { k = g }
        titled = true
    } else if followsTitleAndPreposition(words, sequence.lowerBound), sequence.count >= 3,
        !words[sequence.lowerBound].classes.isDisjoint(with: [.organisation, .place]),
        !words[sequence.lowerBound].classes.contains(.firstName), !isSaintPrefix(words[sequence.lowerBound]),
        opensAHolderName(words[sequence.lowerBound + 1])
            && ((sequence.lowerBound + 2)...sequence.upperBound).allSatisfy({
                words[$0].classes.isDisjoint(with: [.common, .place, .organisation])
            })
            || ((sequence.lowerBound + 1)...sequence.upperBound).allSatisfy({
                words[$0].classes.isEmpty && !words[$0].allCaps && !words[$0].initial
            })
    {
        // `Leader of the House Shahzad Wasim`, `Speaker of the Assembly Lydia Kasa`: a body or a place after a title
        // and `of (the)` is the office's; the name after it, opening with a known given name or one no list holds
        // (`Minister of State Sharida Smith`), is the holder's (not `Head of the St Catherine South police`) - or made
        // only of words no list knows (`President of the Association Upul Jayasuriya`: given names from anywhere are
        // missing from the lists)
        k = sequence.lowerBound + 1
        titled = true
    } else if followsOfficeAndPlacePreposition(words, sequence.lowerBound), let g = holderStart(words, sequence) {
        // `Conservative MP for St Ives Derek Thomas`, `Parent governor at Ysgol Llanfynydd Louise Thompson`: the
        // constituency or the body runs into the holder's name, which starts at a known given name
        k = g
        titled = true
    } else if followsTitleAndPreposition(words, sequence.lowerBound),
        let g = holderAfterOfficeWords(words, from: sequence.lowerBound, last: last)
    {
        // `Minister for Social Protection Leo Varadkar`, `Minister for Local Administration M.B. Rajesh`: an office's
        // words no list holds run into the holder's name, which starts at a known given name or at initials
        k = g
        titled = true
    } else if followsABodyAndOf(words, sequence.lowerBound),
        let g = holderAfterOfficeWords(words, from: sequence.lowerBound, last: last)
    {
        // `Minister of State at the Department of Agriculture Tom Hayes`: a body's field after its name and `of`
        // runs into the holder's name, as an office's words do
        k = g
        roleBefore = true
    } else if let g = holderAfterABody(words, sequence) {
        // `National Party Christopher Luxon says`, `Manchester United Marcus Rashford`: a body's name running into a
        // full name that opens with a known given name is the holder's affiliation, as a role word before it is
        k = g
        roleBefore = true
    }
    while k <= last {
        let w = words[k]
        let c = w.classes
        if isGivenNameWrittenAsATitle(words, k, last: last) { break }
        if k == sequence.lowerBound, k + 1 == last, w.hash == deanHash, w.capital, !w.allCaps,
            k == 0 || !words[k].joinedToPrevious || !words[k - 1].capital,
            words[last].classes.isDisjoint(with: [.title, .honorific, .role, .place, .organisation])
        {
            break
        }
        // `DIG East Sultan Ali Khawaja`, `ACP North West Garvin Henry`: one or two compass points right after a title
        // name its holder's area of command, when a full name follows (opening with a known given name, or of words
        // no list knows as a place's, a body's or an ordinary word)
        // (the title may be an acronym outside the run: `DIG`, `ACP`)
        let afterATitle =
            (titled && k > sequence.lowerBound)
            || (k == sequence.lowerBound && k > 0 && w.joinedToPrevious && words[k - 1].allCaps
                && (words[k - 1].classes.contains(.title) || Evidence.officeAcronyms.contains(words[k - 1].hash)))
        if afterATitle, compassPoints.contains(w.hash) {
            let m = k + 1 < last && compassPoints.contains(words[k + 1].hash) ? k + 2 : k + 1
            if m < last,
                words[m].classes.contains(.firstName)
                    || (m...last).allSatisfy({
                        words[$0].classes.isDisjoint(with: [.place, .organisation, .common, .portfolio])
                    })
            {
                k = m
                continue
            }
        }
        // `Special Agent in Charge Taekuk Cho`, `Officer in Charge Ann Lee`: `Charge` after a title and `in` ends the
        // title, written in two parts
        if k == sequence.lowerBound, k < last, w.hash == chargeHash, w.capital, !w.allCaps, k >= 2,
            w.joinedToPrevious, words[k - 1].hash == Evidence.inWord, !words[k - 1].capital,
            words[k - 1].joinedToPrevious, !words[k - 2].classes.isDisjoint(with: [.title, .role])
        {
            titled = true
            roleBefore = false
            k += 1
            continue
        }
        // honorifics and titles make what follows a person; a capitalised role word (`Analyst`, `Star`) is only stripped
        // (a plural title or honorific before a full name too: `Commissioners Claudell Brown`, `Cllrs Paul Hogan, John
        // Dolan`, as minutes and local copy write, or before one name joined to another: `Princes William and Harry`)
        // (`CS`, `PS`, a cabinet or principal secretary, only before a name of two words: `CS Lewis` is initials)
        if (!c.isDisjoint(with: [.honorific, .title])
            || (w.pluralS && !w.singularClasses.isDisjoint(with: [.title, .honorific])
                && (last - k >= 2 || (last - k == 1 && isJoinedToANameAfter(words, last)))))
            && k < last && !(titlesLikeInitials.contains(w.hash) && last - k < 2)
        {
            titled = true
            roleBefore = false
            k += 1
            continue
        }
        // `Miss Universe Ana Lopez`, `Miss Teen USA Jo Smith`: a pageant's title after `Miss` is a title too
        if k < last && Evidence.isPageantTitle(words, k) {
            titled = true
            roleBefore = false
            k += 1
            continue
        }
        if c.contains(.role) && k < last {
            titled = false
            roleBefore = true
            k += 1
            continue
        }
        // `Objector Felicity Staveley-Taylor, who lives …`, `Siblings Fiona, Alexander and …`: a noun of persons (or
        // its plural) opening the sentence says who the named person is, as a role word does - unless it is a name
        // (a plural only before a name's word, no ordinary word: `Moms Demand Action held a rally` names a group)
        if w.sentenceStart && k < last && c.isDisjoint(with: [.firstName, .surname])
            && (c.contains(.personNoun)
                || (w.pluralS && w.singularClasses.contains(.personNoun)
                    && (words[k + 1].classes.contains(.firstName)
                        || words[k + 1].classes.isDisjoint(with: [.common, .organisation, .place, .function]))))
        {
            titled = false
            roleBefore = true
            k += 1
            continue
        }
        // (`"Q," Junior Ryan Finley said`, `as Rookie Jane Roe scored`: an ordinary noun of persons opening the run,
        // before a known given name and another word, says who the person is as a role word does - also opening a
        // sentence, when the lists give it as a given name too (`Junior`, `Marine`); a given name after it shows the
        // noun is no name of its own: `Junior Dos Santos`, `Marine Le Pen`)
        if k == sequence.lowerBound && k + 2 <= last && c.contains(.personNoun)
            && c.contains(.common) && words[k + 1].classes.contains(.firstName)
        {
            titled = false
            roleBefore = true
            k += 1
            continue
        }
        // `Minister for Transport Faizal bin Hashim`, `Minister for Health Gráinne McGettigan`: the portfolio
        // (`Minister for Information and Broadcasting Fawad Chaudhry`: a word in -ing that is no known name, before
        // at least two more words and after a lower-case `and`/`for`/`of`, ends a portfolio, not a name)
        if (c.contains(.portfolio) || (k + 1 < last && endsInIng(w, text) && continuesAPortfolio(words, k)))
            && k < last && !c.contains(.firstName)
        {
            // `Minister of Information Fawad Chaudhry`: a portfolio opening the sequence right after a title and `of`
            // or `for` is that title's; a full name after it is the office holder (not `Chief of Defence Staff`)
            if k == sequence.lowerBound, followsTitleAndPreposition(words, k) { portfolioOfATitle = true }
            k += 1
            continue
        }
        // (`South African Gerda Steyn`, `Puerto Rican Bad Bunny`, `Sri Lankan Sanath Jayasuriya`: a two-word demonym
        // before a name describes the person as a one-word nationality does)
        if k + 2 <= last, demonymHeads.contains(w.hash), words[k + 1].joinedToPrevious,
            words[k + 1].classes.contains(.nationality) || Evidence.demonymTails.contains(words[k + 1].hash),
            words[k + 1].classes.isDisjoint(with: [.firstName, .surname]), !words[k + 2].classes.contains(.nationality)
        {
            titled = false
            roleBefore = true
            k += 2
            continue
        }
        // (a nation's or party's word alone stays a candidate, which only coreference may keep: `French said` after
        // `Al French`, ``Evidence/isNationalityWordSpeaking(_:)``; after a courtesy title it is a family name, `Mr
        // English`)
        let nationsWordAlone =
            k == last && c.contains(.nationality) && c.isDisjoint(with: [.function, .pronoun, .speechVerb])
            && (k == sequence.lowerBound || (k > sequence.lowerBound && words[k - 1].classes.contains(.honorific)))
        if !c.isDisjoint(with: [.function, .pronoun, .speechVerb, .nationality])
            && !(c.contains(.firstName) && !w.sentenceStart) && !isGivenNameOfANationality(words, k, last: last)
            && !nationsWordAlone
        {
            // `Bulgarian Magdaleena Maleeva`, `Tunisian Selima Sfar`: a nationality before a full name describes a
            // person as a role word does (a single word after it is no evidence: `Australian Open`)
            titled = false
            roleBefore = c.contains(.nationality) && !c.contains(.function)
            k += 1
            continue
        }
        // (`Recently Fakhrul warned`, `Separately Jones said`: an adverb in -ly opening the sentence, no known name)
        if w.sentenceStart && w.endsInLy && w.end - w.start > 4 && k < last
            && c.isDisjoint(with: [.firstName, .surname])
        {
            titled = false
            roleBefore = false
            k += 1
            continue
        }
        // (`Disappointed Peel ruing poor discipline`, `Frustrated Klopp rues …`, `Jailed Smith`: a past participle of
        // feeling or fortune opening the sentence says how the person after it fares, as headlines write - a closed
        // list: other participles are given names too, `Blessed Muzarabani`)
        if w.sentenceStart && k < last && participlesOfFortune.contains(w.hash)
            && c.isDisjoint(with: [.firstName, .surname])
        {
            titled = false
            roleBefore = false
            k += 1
            continue
        }
        // `Game Warden Tony Norton`, `Park Ranger Jane Roe`: a capitalised word that is no given name, before a
        // capitalised role or title and a full name opening with a known given name, qualifies the role
        if k + 3 <= last, w.capital, !c.contains(.firstName), words[k + 1].joinedToPrevious,
            words[k + 1].capital, !words[k + 1].classes.isDisjoint(with: [.role, .title]),
            !words[k + 1].classes.contains(.firstName), words[k + 2].joinedToPrevious,
            words[k + 2].classes.contains(.firstName)
        {
            titled = false
            roleBefore = false
            k += 1
            continue
        }
        // `N.J. Mariposa Benitez`, `U.S. Senators`: a dotted place abbreviation is never a name's initials
        if w.initial && k < last && isPlaceAbbreviation(w, text) {
            titled = false
            roleBefore = false
            k += 1
            continue
        }
        // `H.E. Rigathi Gachagua`: His (or Her) Excellency, as Kenyan and Nigerian copy styles office-holders, is an
        // honorific, not the initials of the name after it - before a full name only (`H.E. Bates`, the novelist, is
        // initials and a family name)
        if w.initial && k + 2 <= last && excellencyHashes.contains(foldedHash(text, w.start, w.end)) {
            titled = true
            roleBefore = false
            k += 1
            continue
        }
        // (`Mrs May`, `Lord Justice May`: a month after a title, ending the sequence, is the name; so is any time word
        // right after a courtesy title: `Mr Day`, `Mrs Winter`, and the given name of `Mr Monday Kuryas`, `Mrs Sunday
        // Adeyemi`, as West African names go)
        // (and a weekday right after any title, before more of the name: `ACP Sunday Ubuah`, `Chief Monday Okoro`)
        let courtesyBefore =
            k > 0
            && (Coreference.courtesyTitles.contains(words[k - 1].hash)
                || (k < last && w.joinedToPrevious && weekdayHashes.contains(w.hash)
                    && !words[k - 1].classes.isDisjoint(with: [.title, .honorific])))
        // (`Christmas Eve`, `New Year's Eve`: `Eve` after a holiday's capitalised word closes its name, no given name;
        // not after a day or a month: `On Sunday Eve Myles told`)
        let holidayEve =
            w.hash == eveHash && k > 0 && w.joinedToPrevious && words[k - 1].capital
            && holidaysBeforeEve.contains(words[k - 1].hash)
        if holidayEve
            || c.contains(.time) && !c.contains(.firstName)
                && !((titled && k == last && monthNames.contains(w.hash)) || courtesyBefore)
                && !isWeekdayGivenName(words, k, last: last) && !isMonthGivenName(words, k, last: last)
        {
            titled = false
            roleBefore = false
            k += 1
            continue
        }
        break
    }
    if k > last { return nil }
    // `… States Are In Flames, Sani Claims`: a title-case headline's verb of speech ends the name before it
    if last > k, words[last].capital, words[last].classes.contains(.speechVerb),
        words[last].classes.isDisjoint(with: [.firstName, .surname])
    {
        last -= 1
    }
    // `Addressing the Lord Provost`, `the Lord Chancellor said`: a title word alone after an honorific and an article
    // is an office (`Provost` is a family name too)
    if titled, k == last, words[k].classes.contains(.title), sequence.lowerBound > 0,
        words[sequence.lowerBound].joinedToPrevious, words[sequence.lowerBound - 1].classes.contains(.determiner)
    {
        return nil
    }
    if portfolioOfATitle && k > sequence.lowerBound && last > k && !titled { titled = true }
    // `damage in Mary Esther Wednesday.`, `the twister hit the city of Wayne Friday`: a day of the week closing a
    // sequence right after `in` or `near`, or after a town's noun and `of`, is when, and the words before it the
    // place, no one's name (not after `at`, `around`, `outside`: `lashed out at Nancy Pelosi Tuesday`)
    if last > k, !titled, !roleBefore, weekdayHashes.contains(words[last].hash), sequence.lowerBound > 0,
        words[sequence.lowerBound].joinedToPrevious, !words[sequence.lowerBound - 1].capital,
        placeBeforeADay.contains(words[sequence.lowerBound - 1].hash)
            || (sequence.lowerBound > 1 && words[sequence.lowerBound - 1].hash == Evidence.of
                && townNouns.contains(words[sequence.lowerBound - 2].hash))
    {
        return nil
    }
    // `Early Saturday, Republican candidate …`, `Late Friday the board …`: a time adverb and a day of the week are
    // when, no one's name (`Early` and `Late` are given names too)
    if last == k + 1, weekdayHashes.contains(words[last].hash), adverbsBeforeADay.contains(words[k].hash) {
        return nil
    }
    // `Gov. Kim Reynolds Thursday morning`: a day of the week after the name is no part of it
    // (only before a lower-case word that is no speech verb: `Mike Friday said` is the coach; but after a given and a
    // family name a day before the verb is when: `Gov. Ann Lee Tuesday said`, as American copy writes it)
    // (not after an office and a known given name: `District Attorney Dave Sunday said` is the prosecutor, while
    // `District Attorney Krasner Tuesday said` is when)
    if last > k, weekdayHashes.contains(words[last].hash), last + 1 < words.count, words[last + 1].joinedToPrevious,
        !words[last + 1].capital,
        !words[last + 1].classes.contains(.speechVerb)
            || (last - k >= 2
                && !(words[last - 1].classes.contains(.firstName)
                    && !words[last - 2].classes.isDisjoint(with: [.honorific, .title, .role])))
    {
        last -= 1
    } else if last - k >= 2, weekdayHashes.contains(words[last].hash),
        (k..<(last - 1)).contains(where: { words[$0].classes.contains(.firstName) }),
        last + 1 >= words.count || !words[last + 1].joinedToPrevious
    {
        // (and at a clause's end after a given name and more: `lashed out at Nancy Pelosi Tuesday.`, `said Fire
        // Department Commissioner Paul Burke Wednesday.`, whose titles the loop below takes off)
        last -= 1
    }
    var t = last - 1
    while t >= k {
        // a nickname is never a title (`Alvin "Duke" Fontenot`), nor a title word after the given name and before a
        // generational suffix ending the name: it is the family name (`Fred A. Bishop Jr.`, `John Major III`)
        if nickname?.contains(t) == true || (t > k && t + 1 == last && words[last].suffix) {
            t -= 1
            continue
        }
        if isGivenNameWrittenAsATitle(words, t, last: last) {
            titled = true
            roleBefore = false
            k = t
            break
        }
        if t + 1 == last, t > k, titlesThatAreFamilyNames.contains(words[t].hash),
            words[t - 1].classes.contains(.firstName),
            words[t - 1].classes.isDisjoint(with: [.place, .organisation, .nationality, .title, .role, .common])
        {
            t -= 1
            continue
        }
        // (a role word counts too inside a longer sequence, before a full name: `Cherokee County Coroner Dennis
        // Fowler`, `Federal Emergency Management Agency Administrator Deanne Criswell`; a spokesperson before any
        // name, as a spokesperson is always someone: `Pakistan Tehreek-e-Insaf Spokesperson Naeem-ul-Haq`)
        let office =
            (!words[t].classes.isDisjoint(with: [.honorific, .title])
                && !(titlesLikeInitials.contains(words[t].hash) && last - t < 2))
            || (words[t].classes.contains(.role) && t > sequence.lowerBound
                && (last - t >= 2 || spokespersonWords.contains(words[t].hash)))
        // (a title or honorific that is a family name too counts before a known given name and another word: `Town
        // Clerk Mary Smith`, `Lord Chancellor Liz Truss`, `Senior Pastor David Greene`)
        let titleBeforeGivenName =
            !words[t].classes.isDisjoint(with: [.title, .honorific]) && last - t >= 2
            && words[t + 1].classes.contains(.firstName)
            && !words[t].classes.contains(.firstName)
        // (`Filey Lifeboat Coxswain Barry Robson`: a capitalised noun of persons inside a longer sequence, before a known
        // given name and another word, is the office too, when no list knows it as a name - not after a title, role or
        // honorific in the run, after which it opens the name: `Chief Minister Mufti Mohammad Sayeed`, `Forward Emir
        // Ali Demir`)
        let personNounBeforeGivenName =
            words[t].classes.contains(.personNoun) && t > sequence.lowerBound && last - t >= 2
            && words[t + 1].classes.contains(.firstName) && !words[t].allCaps
            && !(sequence.lowerBound..<t).contains { !words[$0].classes.isDisjoint(with: [.title, .role, .honorific]) }
        if (office || personNounBeforeGivenName)
            && (words[t].classes.isDisjoint(with: [.firstName, .surname]) || titleBeforeGivenName)
        {
            titled = true
            roleBefore = false
            k = t + 1
            break
        }
        t -= 1
    }
    while k <= last && !words[k].capital { k += 1 }
    guard k <= last else { return nil }
    // `said Ali Zafar Advocate`, as Pakistani copy names a lawyer: a designation written after a name (only those:
    // many roles are family names the lists lack, `Isaac Bashevis Singer`, `Anthony Stewart Head`), ending three or
    // more words that open with a known given name, describes the person before it
    if last - k >= 2, words[last].capital, postNominalDesignations.contains(words[last].hash),
        words[k].classes.contains(.firstName)
    {
        last -= 1
    }
    // `Veteran Conchita Martinez`, `Hooker Robin McBryde`: an unknown first word before a given name is a description
    // (not after an honorific: `Hon Fatuma Abdi Hassan`, `Madam Rosnah Abdul Rahman` are names from their first word)
    // (nor before a nickname: `Ioane “Johnny” Faleolo`)
    // (nor an initial, bare or not: `V Sunil Kumar`, `P.A. Muhammed Riyas`, as Indian and Malaysian copy writes them)
    // (nor after a lower-case role noun, which introduced the whole name: `lawyer Aman Ravindra Singh`)
    // (nor a word no list knows opening an apposition after a comma, a given name the lists lack: `the press
    // secretary to the Governor, Oladele John Nihi,`; before a name with no comma such words are as often
    // descriptions the lists lack: `Goalscorer`, `Corkman`, `Fifteen-year-old`; hyphenated, it is one too:
    // `Tunisian-born`)
    // (nor after a title in capitals, which stands outside the sequence: `SP Abid Ali Baloch`, `ASP Luke …`)
    // (nor `St`, which opens a place's or a body's name: `St John Ambulance`, ``isSaintPrefix(_:)`` - unless a saint's
    // full name follows: `St John Henry Newman`, `St John Paul II`, ``isSaintsName(_:_:_:)``)
    let introducedByRole =
        k == sequence.lowerBound && k > 0 && words[k].joinedToPrevious
        && ((!words[k - 1].capital && words[k - 1].classes.contains(.role))
            || (words[k - 1].allCaps && words[k - 1].classes.contains(.title)))
    let unknownAfterComma =
        words[k].classes.isEmpty && words[k].gap.contains(.comma)
        && !(words[k].start..<words[k].end).contains { text[$0] == Byte.hyphen }
    // (nor a word no list knows after an office in brackets, which introduced the whole name: `Senior Superintendent
    // of Police (SSP) Shabbir Ahmed Sethar`; after a preposition such words are descriptions as often: `by Blairite
    // Alan Milburn`, `late Beatle George Harrison`)
    let unknownAfterOffice =
        words[k].classes.isEmpty && k == sequence.lowerBound && words[k].gap.contains(.closeBracket)
    // (nor a word no list knows before a name that South Asian and Arabic names carry second: `Juman Ali Sahadath`,
    // `Shaukat Ali Khan`, `Nisar Ahmed Chaudhry`)
    let beforeASecondName =
        k < last && words[k].classes.isEmpty && secondGivenNames.contains(words[k + 1].hash)
    if !titled, !introducedByRole, !unknownAfterComma, !unknownAfterOffice, !beforeASecondName, last - k >= 2,
        !words[k].classes.contains(.firstName),
        words[k + 1].classes.contains(.firstName),
        words[k + 1].capital, nickname?.contains(k + 1) != true, !isBareInitial(words[k]), !words[k].initial,
        !words[k].allCaps, !isSaintPrefix(words[k]) || isSaintsName(words, k + 1, last)
    {
        k += 1
    }
    // `Fellow Ulster Unionist Mary Hamilton`: an ordinary English word opening the sequence, then up to two words no
    // list knows as names, then a known given name and another name word: all before the given name describe
    if !titled, !introducedByRole, last - k >= 3, words[k].classes.contains(.common),
        words[k].classes.isDisjoint(with: [.firstName, .surname])
    {
        var j = k + 1
        while j < last && j - k <= 2 && words[j].classes.isDisjoint(with: [.firstName, .surname, .function]) {
            j += 1
        }
        if j < last, words[j].classes.contains(.firstName), nickname?.contains(j) != true,
            words[j + 1].classes.contains(.surname) || words[j + 1].classes.isDisjoint(with: [.function, .common])
        {
            k = j
        }
    }
    // `President of the National Union of Public Workers Akanni McDowall told reporters`: a body's name that ends in
    // the plural of a persons' noun (no name's word) runs into the name after it, two name words or more
    if !titled, !introducedByRole, last - k >= 2 {
        var j = last - 2
        while j >= k, !(words[j].namesAGroupOfPeople && words[j].classes.isDisjoint(with: [.firstName, .surname])) {
            j -= 1
        }
        if j >= k,
            ((j + 1)...last).allSatisfy({ words[$0].capital && !words[$0].allCaps && Evidence.isNameLike(words[$0]) })
        {
            k = j + 1
        }
    }
    // `Down South Towing Greg Muller said`, `Acme Towing Greg Muller`, `Adentan Constituency Mohammed Adamu Ramadan`:
    // a body's or a place's name run into a person's (a known given name, then name words ending in a known family
    // name, or two or more name words no list knows otherwise), after words that are no names and hold a place's, an
    // organisation's or an ordinary word
    if !titled, !introducedByRole, last - k >= 2 {
        // (`St Thomas Technical Ricardo Morgan`: the saint's name after `St` is the place's)
        let saint = isSaintPrefix(words[k])
        var j = saint ? k + 2 : k + 1
        while j < last && !words[j].classes.contains(.firstName) { j += 1 }
        let familyName =
            words[last].classes.contains(.surname)
            || (last - j >= 2
                && ((j + 1)...last).allSatisfy {
                    words[$0].classes.isDisjoint(with: [.common, .function, .organisation, .place, .role, .title])
                })
        if j < last, familyName, words[j].classes.contains(.firstName), nickname == nil,
            ((j + 1)...last).allSatisfy({ words[$0].capital && !words[$0].allCaps }),
            (k..<j).allSatisfy({
                words[$0].classes.isDisjoint(with: [.firstName, .surname]) || (saint && $0 == k + 1)
            }),
            (k..<j).contains(where: {
                !words[$0].classes.isDisjoint(with: [.organisation, .place, .common]) || words[$0].endsInIng
            })
        {
            k = j
        }
    }
    // `Remanding Hart into custody`, `Praising Jo Hill`: a participle opening the sentence is no name word (a known
    // given or family name is: `Irving Berlin`, `Manning`)
    if !titled, k < last, words[k].sentenceStart, words[k].endsInIng,
        words[k].classes.isDisjoint(with: [.firstName, .surname]),
        !words[k].allCaps, nickname?.contains(k + 1) != true
    {
        k += 1
    }
    // (`al-Jubeir` of `Adel al-Jubeir` is a name word, though written in lower case)
    var nameWords = 0
    for j in k...last where words[j].capital || isArticlePrefixedName(words[j], text) { nameWords += 1 }
    guard nameWords <= 5 else { return nil }
    return NameCandidate(
        sequenceStart: sequence.lowerBound, first: k, last: last, titled: titled, roleBefore: roleBefore,
        nameWords: nameWords, nickname: nickname.flatMap { $0.lowerBound > k ? $0 : nil })
}
