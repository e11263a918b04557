/// A word of the text as the person finder sees it: its byte range (a possessive `'s` left out), the classes of its
/// lower-cased form, and the shape facts the rules use. Words are scanned once per document into one array.
struct Word {
    /// First byte.
    var start: Int
    /// End of the name stem (before a possessive `'s`, `’s` or `'`).
    var end: Int
    /// End of the word as written (after a possessive).
    var fullEnd: Int
    var hash: UInt64
    var classes: WordClass
    /// For a word ending in `s`, the classes of the word without it (`analysts` → a role): plurals are never names.
    var singularClasses: WordClass
    /// Ends in a plural-looking `s` (not `ss`, not a possessive).
    var pluralS: Bool
    /// Ends in `ly` (`Globally`): an adverb, when it is not a known name.
    var endsInLy: Bool
    /// Ends in `ed` (`tripled`): a verb in the past after a name opens its clause (``Evidence/pastVerbFollows(_:)``).
    var endsInEd: Bool = false
    /// Ends in `ing` after at least three ASCII letters, with no capital but maybe the first (`Remanding`, `offering`;
    /// not `Mei-Ling`): a participle, when it is not a known name.
    var endsInIng: Bool = false
    /// An age written before a name (`20-year-old`, `six-month-old`): ends in `-old`.
    var yearsOld: Bool = false
    /// Shaped like a Chinese or Korean given name romanised with a hyphen (`Chun-ying`, `Geun-hye`): see
    /// ``markRomanisedGivenNames(_:_:_:)``.
    var romanisedGivenName: Bool = false
    /// Holds an ASCII digit (`COVID-19`, `K-9`, `M25`): a code, a model or a road, never a word of a name.
    var containsDigit: Bool = false
    /// Only ASCII digits (`34`; not `7-2`, a team's record, or `M25`).
    var allDigits: Bool = false
    /// The first byte (digits start ages and numbers).
    var firstByte: UInt8
    /// Starts with a capital letter.
    var capital: Bool
    /// Two or more letters, all capitals (`BBC`, `NATO`): acronyms are not names.
    var allCaps: Bool
    /// A single capital and a full stop (`W.`), or capitals with full stops (`J.K.`).
    var initial: Bool
    var possessive: Bool
    /// A generational suffix after a name (`Jr.`, `Sr.`, `III`): part of the name, not of its identity key.
    var suffix: Bool = false
    /// A party and seat in brackets follow the word (`Kassim (BN-Arau)`, `Kowalski (D-Ill.)`): ``markPartyTags``.
    var partyTagFollows: Bool = false
    /// Starts a sentence (or a line): capitalisation says nothing here.
    var sentenceStart: Bool
    /// Only spaces lie between the previous word and this one (no punctuation, no line break).
    var joinedToPrevious: Bool
    /// The first non-space byte between the previous word and this one (0 when none).
    var punctuationBefore: UInt8
    /// Every kind of punctuation between the previous word and this one.
    var gap: Gap

    /// The plural of a role or of a noun of persons (`protesters`, `analysts`): a group of people.
    var namesAGroupOfPeople: Bool { pluralS && !singularClasses.isDisjoint(with: [.role, .personNoun]) }
}

/// The punctuation found between two words, as a bit set (the line-up detector reads lists by it).
struct Gap: OptionSet {
    let rawValue: UInt8
    static let comma = Gap(rawValue: 1 << 0)
    static let semicolon = Gap(rawValue: 1 << 1)
    static let colon = Gap(rawValue: 1 << 2)
    /// `.`, `!` or `?`.
    static let terminal = Gap(rawValue: 1 << 3)
    static let openBracket = Gap(rawValue: 1 << 4)
    static let closeBracket = Gap(rawValue: 1 << 5)
    static let lineBreak = Gap(rawValue: 1 << 6)
}

/// The ``foldedHash(_:_:_:seed:)`` of a word's first letters (`hash`) with `man` after them: the singular of a plural
/// in -men (`freshmen` → `freshman`).
func hashAppendingMan(_ hash: UInt64) -> UInt64 {
    manSuffix.withUnsafeBufferPointer { foldedHash($0, 0, $0.count, seed: hash) }
}

private let manSuffix: [UInt8] = Array("man".utf8)

/// The index of the body's first word: the first word after a line break (the headline is the text's first line), or
/// `words.count` when the text has one line.
func firstBodyWord(_ words: [Word]) -> Int {
    words.indices.dropFirst().first { words[$0].gap.contains(.lineBreak) } ?? words.count
}

/// `Fitz` at `start`: the Norman prefix of `FitzGerald`, `FitzPatrick`, written with a capital after it.
@inline(__always) private func isFitz(_ p: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
    start + 3 < p.count && p[start] == UInt8(ascii: "F") && p[start + 1] | 0x20 == UInt8(ascii: "i")
        && p[start + 2] | 0x20 == UInt8(ascii: "t") && p[start + 3] | 0x20 == UInt8(ascii: "z")
}

/// Scans the words of a text in one pass. `sentenceStarts` are byte offsets where sentences begin (sorted); when
/// empty, a word starts a sentence after `.`, `!`, `?`, a line break or the start of the text (quote marks and
/// brackets in between are skipped).
func scanWords(_ p: UnsafeBufferPointer<UInt8>, lexicon: NameLexicon, sentenceStarts: [Int]) -> [Word] {
    let n = p.count
    let table = lexicon.table
    var words: [Word] = []
    // (about one word per six bytes of news, fewer in two documents of three: a quarter never grows the array)
    words.reserveCapacity(n / 4 + 8)
    var i = 0
    var gapStart = 0
    var previousGlued = false
    var nextSentence = 0
    let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    let prime: UInt64 = 0x100_0000_01b3
    while i < n {
        guard isLetterOrDigit(p, i) else {
            i += sequenceLength(p[i])
            continue
        }
        let start = i
        var letters = 0
        var capitals = 0
        var periods = 0
        var digits = 0
        // The folded hash is computed while scanning: of the whole word, of the part before the last joiner (the
        // stem of `Blair's`) and of the first character (the key of an initial, `W.` → `w`).
        var hash = offsetBasis
        var hashBeforeJoiner = offsetBasis
        var hashOfFirst = offsetBasis
        // the apostrophe of `O'Sullivan`, `D’Angelo` (a capital, an apostrophe, a capital): the Census lists write such
        // names without it (`Osullivan`); not `I'm`, `Don't`
        var apostropheInName = false
        let firstCapital = isCapitalAt(p, start)
        // lower-case ASCII letters right before `i`: a capital or a digit after three of them, in a capitalised word
        // that continues a capitalised word before it, starts another word (`Dominic CummingsSo`, `Katie
        // DalyLifestyle Writer`, `Dick Murray29 November`: a caption, a byline or a date glued on where the page had
        // a line break; names write at most two lower-case letters before an inner capital: `McDonald`,
        // `MacArthur`, `DeShawn`; a camel-cased word on its own is a product or a handle: `OpenCloudLab`,
        // `@EytanWallace`)
        let continuesAName =
            firstCapital && start > 0 && p[start - 1] == Byte.space
            && (words.last.map { $0.capital && $0.fullEnd + 1 == start } ?? false)
        var lowerRun = 0
        // where the second capital stands (`McEvers`: 2), ASCII only
        var secondCapital = 0
        var glued = false
        let gluedBefore = previousGlued
        // where the part after the word's last hyphen begins (`Activist-journalist`: see the role test below)
        var afterHyphen = 0
        while i < n {
            let b = p[i]
            if b < 0x80 {
                let folded = b | 0x20
                let isLetter = folded >= 0x61 && folded <= 0x7A
                if isLetter || isASCIIDigit(b) {
                    // (`Ed FitzGerald`, `FitzPatrick`: the Norman `Fitz` opens a name of its own)
                    if continuesAName && lowerRun >= 3 && b < 0x61 && !(i - start == 4 && isFitz(p, start)) {
                        glued = true
                        break
                    }
                    lowerRun = isLetter && b >= 0x61 ? lowerRun + 1 : 0
                    if !isLetter { digits += 1 }
                    if isLetter && b < 0x61 {
                        capitals += 1
                        if capitals == 2 { secondCapital = i - start }
                    }
                    letters += 1
                    hash = (hash ^ UInt64(isLetter ? folded : b)) &* prime
                    if i == start { hashOfFirst = hash }
                    i += 1
                    continue
                }
            } else if isLetterOrDigit(p, i) {
                lowerRun = 0
                if isCapitalAt(p, i) { capitals += 1 }
                letters += 1
                let length = sequenceLength(b)
                var k = 0
                while k < length && i + k < n {
                    // (a Latin-1 capital hashes as its small letter, as in ``foldedHash(_:_:_:seed:)``)
                    let folded = k == 1 && b == 0xC3 && isLatin1CapitalTail(p[i + 1]) ? p[i + 1] &+ 0x20 : p[i + k]
                    hash = (hash ^ UInt64(folded)) &* prime
                    k += 1
                }
                if i == start { hashOfFirst = hash }
                i += length
                continue
            }
            // joiners: O'Neill, Jean-Pierre, J.K.; a joiner must be followed by a letter or digit
            var joinerLength = 0
            if b == Byte.apostrophe || b == Byte.hyphen {
                joinerLength = 1
            } else if isCurlyApostrophe(p, i) {
                joinerLength = 3
            }
            if joinerLength > 0, i + joinerLength < n, isLetterOrDigit(p, i + joinerLength) {
                // (`the Bola Tinubu-led government`, `Trump-backed candidates`: a name and a lower-case word that
                // makes it a modifier; the name ends at the hyphen)
                if b == Byte.hyphen, firstCapital, isModifierSuffix(p, from: i + 1) { break }
                // (`pro-Corbyn MPs`, `anti-Trump protests`: a lower-case prefix of support or opposition before a
                // capital ends at the hyphen, and the name after it is a word of its own)
                if b == Byte.hyphen, !firstCapital, isCapitalAt(p, i + 1), isStancePrefix(p, start, i),
                    !endsInIdeology(p, from: i + 1)
                {
                    break
                }
                lowerRun = 0
                hashBeforeJoiner = hash
                if b == Byte.hyphen { afterHyphen = i + 1 }
                // (`’` hashes as `'`, as in ``foldedHash(_:_:_:)``: `O’Kelly` and `O'Kelly` are one name)
                hash = (hash ^ UInt64(joinerLength == 3 ? Byte.apostrophe : b)) &* prime
                if b != Byte.hyphen, i == start + 1, firstCapital, isCapitalAt(p, i + joinerLength) {
                    apostropheInName = true
                }
                i += joinerLength
                continue
            }
            if b == Byte.period, letters == capitals, letters == periods + 1 {
                // initials: a capital (or capitals) each followed by a full stop
                periods += 1
                hash = (hash ^ UInt64(b)) &* prime
                i += 1
                if i < n, isLetterOrDigit(p, i), isCapitalAt(p, i) { continue }
                break
            }
            break
        }
        var end = i
        var fullEnd = i
        var possessive = false
        var stemHash = hash
        // possessive 's / ’s inside the scanned word, or a trailing apostrophe after s (Jones')
        if end - start >= 3, p[end - 1] | 0x20 == Byte.lowerS {
            if p[end - 2] == Byte.apostrophe {
                end -= 2
                possessive = true
                stemHash = hashBeforeJoiner
            } else if end - start >= 5, isCurlyApostrophe(p, end - 4) {
                end -= 4
                possessive = true
                stemHash = hashBeforeJoiner
            }
        }
        if !possessive, i < n, p[i - 1] | 0x20 == Byte.lowerS {
            if p[i] == Byte.apostrophe, i + 1 >= n || !isLetterOrDigit(p, i + 1) {
                possessive = true
                fullEnd = i + 1
            } else if isCurlyApostrophe(p, i), i + 3 >= n || !isLetterOrDigit(p, i + 3) {
                possessive = true
                fullEnd = i + 3
            }
        }
        // the gap before this word (none after a glued word: a line break the page lost)
        var joined = !words.isEmpty && !gluedBefore
        var punctuation: UInt8 = 0
        var lineBreak = words.isEmpty || gluedBefore
        var terminal = words.isEmpty || gluedBefore
        var gap: Gap = gluedBefore ? [.lineBreak] : []
        var g = gapStart
        // the full stop of an abbreviated title (`Mr.`, `Sen.`, `Gov.`) belongs to it; after a whole word (`the
        // President.`) it ends the sentence
        if let previous = words.last, !previous.classes.isDisjoint(with: [.honorific, .title]), g < start,
            p[g] == Byte.period, abbreviatedTitleHashes.contains(previous.hash)
        {
            g += 1
        }
        while g < start {
            let b = p[g]
            if b == Byte.newline || b == Byte.carriageReturn {
                lineBreak = true
                joined = false
                terminal = true
                gap.insert(.lineBreak)
            } else if b != Byte.space && b != Byte.tab {
                if b == 0xC2, g + 1 < n, p[g + 1] == 0xA0 {
                    g += 2
                    continue
                }  // no-break space
                joined = false
                if punctuation == 0 { punctuation = b }
                switch b {
                case Byte.period, 0x21, 0x3F:
                    terminal = true
                    gap.insert(.terminal)
                case Byte.colon:
                    terminal = false
                    gap.insert(.colon)
                case Byte.semicolon:
                    terminal = false
                    gap.insert(.semicolon)
                case Byte.comma:
                    terminal = false
                    gap.insert(.comma)
                case Byte.openParen: gap.insert(.openBracket)
                case Byte.closeParen: gap.insert(.closeBracket)
                default: break
                }
            }
            g += 1
        }
        var sentenceStart: Bool
        if sentenceStarts.isEmpty {
            // a word after an initial ("W. Bush") does not start a sentence
            sentenceStart = lineBreak || (terminal && !(words.last?.initial ?? false))
        } else {
            while nextSentence < sentenceStarts.count, sentenceStarts[nextSentence] < gapStart { nextSentence += 1 }
            sentenceStart = lineBreak || (nextSentence < sentenceStarts.count && sentenceStarts[nextSentence] <= start)
            if sentenceStart, nextSentence < sentenceStarts.count, sentenceStarts[nextSentence] <= start {
                nextSentence += 1
            }
        }
        let key = periods > 0 ? hashOfFirst : stemHash  // `W.` is looked up as `w`
        // `Jr.`, `Sr.`, `III`: the full stop of an abbreviated suffix belongs to it, and `III` is no acronym
        // (suffixes have at most three letters: most words never reach the set)
        let suffix = firstCapital && letters <= 3 && !possessive && generationalSuffixes.contains(key)
        if suffix, periods == 0, end == fullEnd, i < n, p[i] == Byte.period, abbreviatedSuffixes.contains(key) {
            i += 1
            end = i
            fullEnd = i
        }
        var classes = table[key]
        // `A.J. Brown`: initials looked up by their first letter are no article or ordinary word
        if periods > 0, letters >= 2 { classes.subtract([.function, .common]) }
        // `O'Sullivan`, `D’Angelo`: the name lists spell them `Osullivan`, `Dangelo`
        if apostropheInName, periods == 0, classes.isDisjoint(with: [.firstName, .surname]) {
            let known = table[hashWithoutNameApostrophe(p, start, end)]
            classes.formUnion(known.intersection([.firstName, .surname, .maleGiven, .femaleGiven]))
        }
        // `Activist-journalist Teesta Setalvad`, `Co-founder Ann Roe`: a capitalised compound ending in a lower-case
        // role or person noun is a role (no list holds every compound), not the first word of a name
        if firstCapital, classes.isEmpty, afterHyphen > start, afterHyphen < end, !isCapitalAt(p, afterHyphen),
            !table[foldedHash(p, afterHyphen, end)].isDisjoint(with: [.role, .personNoun])
        {
            classes.insert(.role)
        }
        // `Governor-elect Johnson Sakaja`, `president-elect`, `Minister-designate`: an office-holder to be is titled
        // as the office
        if classes.isEmpty, afterHyphen > start + 1, officeToBeSuffixes.contains(foldedHash(p, afterHyphen, end)) {
            classes = table[foldedHash(p, start, afterHyphen - 1)].intersection([.title, .role])
        }
        // `Mayor-President Joel Robideaux`, `Secretary-Treasurer`: two titles joined by a hyphen are one title
        if classes.isEmpty, firstCapital, afterHyphen > start + 1, afterHyphen < end,
            table[foldedHash(p, start, afterHyphen - 1)].contains(.title),
            !table[foldedHash(p, afterHyphen, end)].isDisjoint(with: [.title, .role])
        {
            classes = .title
        }
        // `Gloucestershire`, `Yorkshire`: counties are places
        if end - start > 6, p[end - 5] | 0x20 == 0x73, p[end - 4] == 0x68, p[end - 3] == 0x69, p[end - 2] == 0x72,
            p[end - 1] == 0x65
        {
            classes.insert(.place)
        }
        // `MPs`, `CEOs`: the plural of an acronym is an acronym
        let pluralAcronym = letters >= 3 && capitals == letters - 1 && p[end - 1] == Byte.lowerS
        // (not a family name with a capital after `Mc`, `Mac`, `De`, `Di`, `Da`, `Du`, `La` or `Le`: `McEvers`,
        // `DeVries`, `MacAdams`, a name no list holds, is never a plural - unlike `YouTubers`, `EastEnders`,
        // `PricewaterhouseCoopers`)
        let innerCapital =
            firstCapital && capitals == 2 && letters >= 5 && !pluralAcronym
            && hasNamePrefix(p, start, capitalAt: secondCapital)
        // (`McDowall`, `DeDais`, `MacAdams`: a word no list knows with a family name's prefix and an inner capital is a
        // family name - Gaelic, Dutch, French and Italian surnames are written so, ordinary words never are)
        if innerCapital, classes.isEmpty { classes = .surname }
        // (`Freshmen`, `Linesmen`, `Councilwomen`: a plural in -men of a person's noun or role in -man, when the word
        // is no known name itself - `Carmen` is)
        let menPlural =
            !possessive && end - start > 5 && p[end - 3] == 0x6D && p[end - 2] == 0x65
            && p[end - 1] == 0x6E && classes.isDisjoint(with: [.firstName, .surname])
        let menSingular: WordClass =
            menPlural ? table[hashAppendingMan(foldedHash(p, start, end - 3))].intersection([.role, .personNoun]) : []
        let pluralS =
            !possessive && !innerCapital && end - start > 3 && p[end - 1] == Byte.lowerS && p[end - 2] != Byte.lowerS
            || !menSingular.isEmpty
        let singular: WordClass =
            !menSingular.isEmpty ? menSingular : pluralS ? table[foldedHash(p, start, end - 1)] : []
        words.append(
            Word(
                start: start, end: end, fullEnd: fullEnd, hash: key, classes: classes, singularClasses: singular,
                pluralS: pluralS,
                endsInLy: end - start > 2 && p[end - 1] == 0x79 && p[end - 2] == 0x6C,
                endsInEd: end - start > 3 && p[end - 1] == 0x64 && p[end - 2] == 0x65,
                // (letters only, at most one capital: not `Mei-Ling`)
                endsInIng: end - start > 5 && letters == end - start && capitals <= 1 && p[end - 1] == 0x67
                    && p[end - 2] == 0x6E && p[end - 3] == 0x69,
                yearsOld: end - start > 6 && p[end - 4] == Byte.hyphen && p[end - 3] | 0x20 == 0x6F
                    && p[end - 2] | 0x20 == 0x6C && p[end - 1] | 0x20 == 0x64,
                containsDigit: digits > 0, allDigits: digits == end - start, firstByte: p[start],
                capital: firstCapital,
                // (an acronym's possessive too: `TCI's`; not a generation's: `King Charles III’s coronation`)
                allCaps: !suffix && periods == 0
                    && ((capitals >= 2
                        && (capitals == letters
                            || (possessive && capitals + 1 == letters && !generationalSuffixes.contains(key))))
                        || pluralAcronym),
                initial: periods > 0, possessive: possessive, suffix: suffix, sentenceStart: sentenceStart,
                joinedToPrevious: joined, punctuationBefore: punctuation, gap: gap))
        i = fullEnd
        previousGlued = glued
        gapStart = i
    }
    keyStandaloneInitials(&words, p)
    markOrdinalSuffixes(&words, p)
    markPartyTags(&words, p)
    markInitialA(&words)
    markNumberAbbreviations(&words, p)
    markSriLanka(&words)
    markDetectiveConstables(&words)
    markSaintPrefixes(&words)
    markRomanisedGivenNames(&words, p, table)
    return words
}

/// `Leung Chun-ying`, `Park Geun-hye`, `Matthew Cheung Kin-chung`: Hong Kong, Taiwanese and Korean copy writes a
/// two-syllable given name with a hyphen, the second syllable in lower case, after the family name. A word of that
/// shape - a capital, one to four lower-case letters, a hyphen, two to five lower-case letters, ASCII only - is one,
/// unless its first part is an ordinary English word or prefix (`Play-off`, `Co-op`, `Wi-fi`, `Post-war`) or its
/// second a Korean administrative suffix (`Gyeonggi-do`, `Gangnam-gu`).
private func markRomanisedGivenNames(
    _ words: inout [Word], _ p: UnsafeBufferPointer<UInt8>, _ table: WordTable<WordClass>
) {
    for k in words.indices where words[k].capital {
        let w = words[k]
        guard w.end - w.start >= 5, w.end - w.start <= 11 else { continue }
        var hyphen = -1
        var shaped = true
        for i in (w.start + 1)..<w.end {
            let b = p[i]
            if b == Byte.hyphen {
                if hyphen >= 0 { shaped = false }
                hyphen = i
            } else if b < 0x61 || b > 0x7A {
                shaped = false
            }
            if !shaped { break }
        }
        guard shaped, hyphen - w.start >= 2, hyphen - w.start <= 5, w.end - hyphen - 1 >= 2, w.end - hyphen - 1 <= 5
        else { continue }
        let first = foldedHash(p, w.start, hyphen)
        guard !table[first].contains(.common), !table[w.hash].contains(.common), !englishPrefixes.contains(first),
            !koreanPlaceSuffixes.contains(foldedHash(p, hyphen + 1, w.end))
        else { continue }
        words[k].romanisedGivenName = true
        // (a lower-case second syllable is no role noun here: `Eddie Chu Hoi-dick`)
        words[k].classes.remove(.role)
    }
}

/// First parts of hyphenated English words that no common-word list holds on their own (`Co-op`, `Wi-fi`, `Re-run`).
private let englishPrefixes: Set<UInt64> = foldedHashes("co hi wi lo re ex bi de un mis sub pro neo")
/// Korean administrative suffixes written after a hyphen (`Gyeonggi-do`, `Gangnam-gu`, `Suwon-si`).
private let koreanPlaceSuffixes: Set<UInt64> = foldedHashes("do gu si dong ri myeon eup gun")

/// `Sri Lanka Cricket`, `Sri Lankan police`: `Sri` is an honorific in South Asian copy (`Sri Sri Ravi Shankar`), but
/// before `Lanka` it names the country; both words are then a place's, and no title makes `Lanka Cricket` a person.
private func markSriLanka(_ words: inout [Word]) {
    for k in words.indices.dropLast() where words[k].hash == sriHash && words[k + 1].joinedToPrevious {
        let next = words[k + 1].hash
        guard next == lankaHash || next == lankanHash || next == lankansHash else { continue }
        words[k].classes = .place
        words[k + 1].classes = .place
    }
}

/// `Det Con Liz Coles`: British police write a detective constable's rank short, and `Con` after `Det` or `Detective`
/// is that rank (elsewhere it may be a given name: `Con Houlihan`), so no name starts with it.
private func markDetectiveConstables(_ words: inout [Word]) {
    for k in words.indices.dropFirst()
    where words[k].hash == conHash && words[k].capital
        && (words[k].joinedToPrevious || words[k].punctuationBefore == Byte.period)
    {
        guard words[k - 1].hash == detHash || words[k - 1].hash == detectiveHash else { continue }
        words[k].classes = .title
    }
}

/// `Police Chief Rich St. John`, `Mr St John`, `Kevin St. Onge`: `St` written before a capitalised word opens a
/// family name or a place's name (`St. Louis`, `St John Ambulance`), never ends a sentence (the splitter knows `St.`),
/// so its full stop joins the two words as a space would. Right after a given name or an honorific it is part of the
/// family name, with no class of its own (no street, no particle); elsewhere it keeps its classes, and the run it opens
/// is a person only when the text names the person in full (coreference: `St. John said` after `Rich St. John`).
/// Not a street's `St` (``endsAStreetName(_:_:)``: `on Main St. John Smith, 45, was hurt`), nor before an ordinary
/// word (`Elizabeth St. Witnesses said`, `Elizabeth St Crash`).
private func markSaintPrefixes(_ words: inout [Word]) {
    for k in words.indices.dropLast()
    where words[k].hash == stHash && words[k].capital && !words[k].allCaps && words[k].end - words[k].start == 2 {
        let next = words[k + 1]
        guard next.capital, !next.allCaps, !endsAStreetName(words, k),
            !next.classes.contains(.common) || closesANameAfterSaint(words, k + 1),
            next.joinedToPrevious || (next.punctuationBefore == Byte.period && next.gap == [.terminal])
        else { continue }
        words[k + 1].joinedToPrevious = true
        words[k + 1].gap = []
        words[k + 1].punctuationBefore = 0
        words[k + 1].sentenceStart = false
        // (`Chief Rich St. John`: a word after a title is a given name the lists may lack; not a title-case
        // headline's verb, `PM Says St. Kitts …`)
        let afterGivenName =
            k > 0 && words[k].joinedToPrevious && words[k - 1].capital && !words[k - 1].allCaps
            && (!words[k - 1].classes.isDisjoint(with: [.firstName, .honorific, .title])
                || (k > 1 && words[k - 1].joinedToPrevious
                    && words[k - 1].classes.isDisjoint(with: [.place, .organisation, .speechVerb, .function])
                    && !words[k - 2].classes.isDisjoint(with: [.honorific, .title])))
        if afterGivenName { words[k].classes = [] }
    }
}

/// `Amy St. Eve handed down`, `St. Eve said`: an ordinary word that the lists know as a given or family name too
/// (`Eve`, `Clair`) closes a family name in `St` when no capital follows it (`Elizabeth St. Witnesses said` keeps
/// its street: `Witnesses` is no name; `Victoria St. Mark Jones` its street and person).
private func closesANameAfterSaint(_ words: [Word], _ k: Int) -> Bool {
    !words[k].classes.isDisjoint(with: [.firstName, .surname])
        && (k + 1 == words.count || !words[k + 1].joinedToPrevious || !words[k + 1].capital)
}

/// Whether `St` at word `k` ends a street's name: one or two capitalised words before it after a lower-case
/// preposition of place (`on Main St.`, `near Charles St.`), no honorific or title among them.
private func endsAStreetName(_ words: [Word], _ k: Int) -> Bool {
    var j = k
    while j > 0, k - j < 2, words[j].joinedToPrevious, words[j - 1].capital, !words[j - 1].allCaps,
        words[j - 1].classes.isDisjoint(with: [.honorific, .title])
    {
        j -= 1
    }
    guard j < k, j > 0, words[j].joinedToPrevious else { return false }
    let before = words[j - 1]
    return !before.capital && streetPrepositions.contains(before.hash)
}

/// Prepositions before a street's name (not `of` or `from`, which come before people as often: `the home of Mr St
/// John`).
private let streetPrepositions: Set<UInt64> = foldedHashes("on at near off along onto down up past opposite")

/// Whether the word at `start` opens with a family name's prefix that the capital at offset `capitalAt` follows:
/// `Mc`, `De`, `Di`, `Da`, `Du`, `La`, `Le` (offset 2) or `Mac` (offset 3).
private func hasNamePrefix(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, capitalAt offset: Int) -> Bool {
    switch offset {
    case 2:
        let second = p[start + 1]
        switch p[start] {
        case UInt8(ascii: "M"): return second == UInt8(ascii: "c")
        case UInt8(ascii: "D"):
            return second == UInt8(ascii: "e") || second == UInt8(ascii: "i") || second == UInt8(ascii: "a")
                || second == UInt8(ascii: "u")
        case UInt8(ascii: "L"): return second == UInt8(ascii: "a") || second == UInt8(ascii: "e")
        default: return false
        }
    case 3:
        return p[start] == UInt8(ascii: "M") && p[start + 1] == UInt8(ascii: "a") && p[start + 2] == UInt8(ascii: "c")
    default:
        return false
    }
}

/// `St`, written before a name: ``isSaintPrefix(_:)``.
private let stHash = foldedHash("st")

/// Whether word `w` is `St` opening a place's or a family name (``markSaintPrefixes(_:)``): capitalised, two letters,
/// still holding its classes (after a given name it has none).
func isSaintPrefix(_ w: Word) -> Bool {
    w.hash == stHash && w.capital && !w.allCaps && w.end - w.start == 2 && !w.classes.isEmpty
}

private let conHash = foldedHash("con")
private let detHash = foldedHash("det")
private let detectiveHash = foldedHash("detective")

private let sriHash = foldedHash("sri")
private let lankaHash = foldedHash("lanka")
private let lankanHash = foldedHash("lankan")
private let lankansHash = foldedHash("lankans")

/// `A J Mason`, `A R Rahman`, `A P J Abdul Kalam`: a lone `A` right before another lone capital and a name word is
/// the first of a name's initials, as British and South Asian copy writes them without full stops; an article is never
/// followed by a lone capital letter. The word loses its classes (no function word, so the name keeps it).
/// So does `A.` before a name word (`A. Raja`).
private func markInitialA(_ words: inout [Word]) {
    for k in words.indices.dropLast(2)
    where words[k].end - words[k].start == 1 && words[k].firstByte == 0x41 && words[k + 1].joinedToPrevious
        && isBareInitial(words[k + 1]) && words[k + 2].joinedToPrevious && words[k + 2].capital
    {
        words[k].classes = []
    }
    // (`Nilgiris MP, A. Raja`: so is `A` with its full stop right before a capitalised word that is no function or
    // ordinary word, as South Asian copy writes a name's initial)
    for k in words.indices.dropLast()
    where words[k].initial && words[k].end - words[k].start == 2 && words[k].firstByte == 0x41
        && words[k + 1].joinedToPrevious && words[k + 1].capital
        && words[k + 1].classes.isDisjoint(with: [.function, .common])
    {
        words[k].classes = []
    }
}

/// `Ward No. 32`, `Gate No 2`, `Nos. 4 and 5`: `No` or `Nos` before a number (a full stop and a space between
/// allowed) abbreviates `number` - no word of a name (`Ward` is a given name and `No` a Korean family name in the
/// lists, so `Ward No` had read as a person in Nepali and Indian copy). It loses its capital and its classes, so no
/// name runs into it.
private let noHash = foldedHash("no")
private let nosHash = foldedHash("nos")
private func markNumberAbbreviations(_ words: inout [Word], _ p: UnsafeBufferPointer<UInt8>) {
    for k in words.indices where words[k].capital && (words[k].hash == noHash || words[k].hash == nosHash) {
        var i = words[k].end
        if i < p.count, p[i] == Byte.period { i += 1 }
        if i < p.count, p[i] == Byte.space { i += 1 }
        if i < p.count, isASCIIDigit(p[i]) {
            words[k].capital = false
            words[k].classes = [.common]
        }
    }
}

/// `Senator Antonio Trillanes 4th dismissed reports`: Philippine papers write a generational suffix as an ordinal
/// (`2nd`, `3rd`, `4th`). One digit and its ending right after a full name (two capitalised words), before a
/// lower-case word that is no function or time word (`Hamilton 4th in the race`, `on the 4th of May` are places and
/// dates), is a suffix like `Jr.`.
private func markOrdinalSuffixes(_ words: inout [Word], _ p: UnsafeBufferPointer<UInt8>) {
    for k in words.indices where words[k].end - words[k].start == 3 && isASCIIDigit(words[k].firstByte) {
        let w = words[k]
        let ending = (p[w.start + 1], p[w.start + 2])
        // (`2` to `9`, then `nd`, `rd` or `th`)
        guard p[w.start] >= 0x32, ending == (0x6E, 0x64) || ending == (0x72, 0x64) || ending == (0x74, 0x68),
            k >= 2, k + 1 < words.count, w.joinedToPrevious, words[k - 1].joinedToPrevious,
            words[k - 1].capital, words[k - 2].capital, !words[k - 1].allCaps,
            words[k + 1].joinedToPrevious, !words[k + 1].capital,
            words[k + 1].classes.isDisjoint(with: [.function, .time])
        else { continue }
        words[k].suffix = true
    }
}

/// `Shahidan Kassim (BN-Arau)`, `Sen. Ted Kowalski (D-Ill.)`, `Pang Hok Liong (PH-Labis)`: a party-and-seat label
/// (``isPartyAndStateLabel(_:_:_:)``) alone in brackets right after a word marks that word as a legislator's name;
/// so does a party's initials and a constituency after a comma (`(APC, Niger North)`). Only words after `(` are read.
private func markPartyTags(_ words: inout [Word], _ p: UnsafeBufferPointer<UInt8>) {
    for k in words.indices.dropFirst()
    where words[k].punctuationBefore == Byte.openParen && words[k].capital
        && isPartyAndStateLabel(p, words[k].start, words[k].end)
    {
        var i = words[k].fullEnd
        while i < p.count, p[i] == Byte.period { i += 1 }
        if i < p.count, p[i] == Byte.closeParen { words[k - 1].partyTagFollows = true }
    }
    // `Sabiu Abdullahi (APC, Niger North)`: Nigerian parliamentary copy writes the party's initials, a comma and the
    // constituency's one to three capitalised words
    for k in words.indices.dropFirst()
    where words[k].punctuationBefore == Byte.openParen && words[k].gap == [.openBracket] && words[k].allCaps
        && words[k].end - words[k].start <= 5 && words[k - 1].capital && !words[k - 1].allCaps
    {
        var j = k + 1
        guard j < words.count, words[j].punctuationBefore == Byte.comma, words[j].capital else { continue }
        while j + 1 < words.count, j - k < 3, words[j + 1].joinedToPrevious, words[j + 1].capital { j += 1 }
        if j + 1 == words.count || words[j + 1].gap.contains(.closeBracket) { words[k - 1].partyTagFollows = true }
    }
}

/// `A.A.`, `M.R.` written alone (Gulf court reports name defendants so) are whole names: keyed by all their letters,
/// not by the first as the initials before a name are (`J. Smith` is `John Smith`; `M.I.` is not `M.R.`), and no
/// class of their first letter (`A.A.` is no article). Two or three dotted capitals not followed by a name word.
private func keyStandaloneInitials(_ words: inout [Word], _ p: UnsafeBufferPointer<UInt8>) {
    for k in words.indices
    where words[k].initial && (words[k].end - words[k].start == 4 || words[k].end - words[k].start == 6) {
        let next = k + 1 < words.count ? words[k + 1] : nil
        if let next, next.joinedToPrevious, next.capital { continue }
        words[k].hash = foldedHash(p, words[k].start, words[k].end)
        words[k].classes = []
    }
}

/// The folded hash of the name `start..<end` without the apostrophe after its first letter (`O'Sullivan`,
/// `O’Sullivan` → `osullivan`), as ``scanWords`` hashes words otherwise: computed only for such names, off the scan.
func hashWithoutNameApostrophe(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
    let afterApostrophe = start + 1 + (p[start + 1] == Byte.apostrophe ? 1 : 3)
    return foldedHash(p, afterApostrophe, end, seed: foldedHash(p, start, start + 1))
}

/// ``BuiltinWords/abbreviatedTitles`` by folded hash.
let abbreviatedTitleHashes: Set<UInt64> = foldedHashes(BuiltinWords.abbreviatedTitles)

/// Generational suffixes written after a name (`Jr.`, `Sr.`, `III`), by folded hash.
let generationalSuffixes: Set<UInt64> = Set(["jr", "sr", "jnr", "snr", "ii", "iii", "iv"].map { foldedHash($0) })
/// The suffixes written with a full stop (`Jr.`), which the word takes in.
let abbreviatedSuffixes: Set<UInt64> = Set(["jr", "sr", "jnr", "snr"].map { foldedHash($0) })

/// The words inside a byte range (`cursor` walks forward: ranges are asked in text order), for passes that read the
/// finder's mentions against its words (``HeadlineNames``, ``Couples``).
func wordSpan(of range: Range<Int>, in words: [Word], from cursor: inout Int) -> Range<Int> {
    while cursor < words.count && words[cursor].start < range.lowerBound { cursor += 1 }
    var end = cursor
    while end < words.count && words[end].start < range.upperBound { end += 1 }
    return cursor..<end
}

/// The name stem of `word` as written (its possessive left out): how the passes after coreference spell the canonical
/// names they make.
func spelled(_ p: UnsafeBufferPointer<UInt8>, _ word: Word) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: p[word.start..<word.end]), as: UTF8.self)
}

/// The words after an office's hyphen that make its holder-to-be (`Governor-elect`, `Minister-designate`), by folded
/// hash, looked up as ``modifierSuffixHashes`` are.
private let officeToBeSuffixes = foldedHashes("elect designate")

/// Lower-case words that follow a name after a hyphen to make it a modifier (`Tinubu-led`, `Trump-backed`,
/// `Blair-era`): the name is a mention of the person, the word is not part of it.
let modifierSuffixHashes = foldedHashes(
    """
    led backed era style owned based born linked aligned funded appointed run inspired supporting loving esque like
    type controlled dominated affiliated allied friendly sponsored headed chaired nominated endorsed trained coached
    managed founded brokered imposed ordered approved authored penned signed designed directed produced fronted less
    themed related
    """)

/// Whether bytes `start..<end` are `pro` or `anti` in lower case: prefixes that make a name after them a modifier
/// (`pro-Corbyn`, `anti-Trump`) whose name is still a mention of the person.
func isStancePrefix(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    switch end - start {
    case 3: return p[start] == 0x70 && p[start + 1] == 0x72 && p[start + 2] == 0x6F  // pro
    case 4: return p[start] == 0x61 && p[start + 1] == 0x6E && p[start + 2] == 0x74 && p[start + 3] == 0x69  // anti
    default: return false
    }
}

/// Whether the word from `i` ends in `ism`, `ist` or `ists` (`anti-Semitism`, `pro-Communist`): an idea or its
/// adherents after a stance prefix, never a person's name. (Not `-ic`: `anti-Milosevic` is a person.)
func endsInIdeology(_ p: UnsafeBufferPointer<UInt8>, from i: Int) -> Bool {
    var k = i
    while k < p.count, isLetterOrDigit(p, k) { k = min(p.count, k + sequenceLength(p[k])) }
    func folded(_ j: Int) -> UInt8 { p[j] | 0x20 }
    if k - i > 4, folded(k - 1) == 0x73, folded(k - 2) == 0x74, folded(k - 3) == 0x73, folded(k - 4) == 0x69 {
        return true  // -ists
    }
    guard k - i > 3, folded(k - 3) == 0x69, folded(k - 2) == 0x73 else { return false }
    return folded(k - 1) == 0x6D || folded(k - 1) == 0x74  // -ism, -ist
}

/// Whether the bytes from `i` are one of ``modifierSuffixHashes`` in lower case, ending the word there.
func isModifierSuffix(_ p: UnsafeBufferPointer<UInt8>, from i: Int) -> Bool {
    var k = i
    while k < p.count, k - i <= 11, p[k] >= 0x61, p[k] <= 0x7A { k += 1 }  // a to z, no longer than the longest
    guard k - i >= 2, k - i <= 11, k == p.count || !isLetterOrDigit(p, k) else { return false }
    return modifierSuffixHashes.contains(foldedHash(p, i, k))
}
