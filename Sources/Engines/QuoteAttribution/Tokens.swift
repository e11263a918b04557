// Tokenisation, sentence boundaries and capitalised name sequences.

import People

/// A token: a word, a punctuation character or a quotation mark.
struct Tok {
    static let word: UInt8 = 0, punct: UInt8 = 1, qopen: UInt8 = 2, qclose: UInt8 = 3
    var start: Int32
    var end: Int32
    var hash: UInt64
    var flags: UInt32
    var kind: UInt8
    var cap: Bool  // starts with an upper-case letter
    var allCaps: Bool
    var possessive: Bool  // ends with 's / s'
    var para: Int32
    var sent: Int32 = 0
    var quote: Int32 = -1  // top-level quote containing this token (marks included)
    var seq: Int32 = -1  // capitalised sequence containing this token
    var firstByte: UInt8
    var isCue = false
}

/// A maximal run of capitalised words (with name particles, initials and "of" between capitals).
struct CapSeq {
    var start: Int  // first token
    var end: Int  // last token (inclusive)
    var nameStart: Int  // first token after title stripping
    var titled = false  // a title/role/honorific was stripped
    var honorific = false
    var male = false
    var female = false
    var sexFromGivenName = false  // male/female is only the given name's usual sex (`Layne` is mostly women's)
    var org = false  // contains an organisation word
    var place = false  // single/all place words
    var afterDet = false  // preceded by a determiner
    var subject = false  // not preceded by a preposition
    var personLike = false
    var lastHash: UInt64 = 0
    /// The last token of the name itself: `end`, or the token before letters written after the name (`QC`, `MP`).
    var nameEnd = 0
    var nameLen: Int { end - nameStart + 1 }
    var inQuote = false
    var possessed = false  // "Arsenal's Edu"
    var detBefore = false  // a lower-case determiner precedes the sequence
    var person = -1  // which person the upstream coreference says this is (-1: unknown)

    /// Takes the sex a noun of one sex says (`wife`, `businessman`: ``femaleNounHashes``, ``maleNounHashes``), when
    /// nothing has given one yet; whether the noun is one.
    @discardableResult mutating func takeSex(fromNoun hash: UInt64) -> Bool {
        let female = femaleNounHashes.contains(hash)
        guard female || maleNounHashes.contains(hash) else { return false }
        if !male && !self.female {
            if female { self.female = true } else { male = true }
        }
        return true
    }
}

/// Walks the sorted quote marks alongside the tokenizer.
struct MarkCursor {
    let marks: [(pos: Int, role: UInt8, len: Int)]
    var mi = 0
    var next: Int

    init(marks: [(pos: Int, role: UInt8, len: Int)]) {
        self.marks = marks
        self.next = marks.first?.pos ?? Int.max
    }

    /// The quote mark at byte `i` (positions are asked in increasing order).
    @inline(__always) mutating func at(_ i: Int) -> (UInt8, Int)? {
        if i < next { return nil }
        while mi < marks.count && marks[mi].pos < i { mi += 1 }
        next = mi < marks.count ? marks[mi].pos : Int.max
        if mi < marks.count && marks[mi].pos == i { return (marks[mi].role, marks[mi].len) }
        return nil
    }
}

/// Tokenises the text. `marks` are the paired quote marks, sorted by position, each with the token kind it becomes
/// (`Tok.qopen` or `Tok.qclose`): a mark is always a token of its own, never an apostrophe inside a word.
func tokenize(_ p: UnsafeBufferPointer<UInt8>, paras: [Range<Int>], marks: [(pos: Int, role: UInt8, len: Int)]) -> [Tok]
{
    let n = p.count
    var cursor = MarkCursor(marks: marks)
    @inline(__always) func markAt(_ i: Int) -> (UInt8, Int)? { cursor.at(i) }
    var toks: [Tok] = []
    // (about one token per five bytes of news, often more: a quarter never grows the array)
    toks.reserveCapacity(n / 4 + 8)
    for (pi, para) in paras.enumerated() {
        var i = para.lowerBound
        let pe = para.upperBound
        while i < pe {
            let s = spaceLen(p, i, n)
            if s > 0 {
                i += s
                continue
            }
            if let (role, len) = markAt(i) {
                toks.append(
                    Tok(
                        start: Int32(i), end: Int32(i + len), hash: 0, flags: 0,
                        kind: role, cap: false, allCaps: false,
                        possessive: false, para: Int32(pi), firstByte: p[i]))
                i += len
                continue
            }
            if isWordChar(p, i) {
                let st = i
                var hasLower = false
                var letters = 0
                while i < pe {
                    if isWordChar(p, i) {
                        let b = p[i]
                        if b >= .lowerA && b <= .lowerZ {
                            hasLower = true
                        } else if b >= 0x80 && !isCapitalAt(p, i) {
                            hasLower = true
                        }
                        letters += 1
                        i += sequenceLength(b)
                        continue
                    }
                    // joiners inside words: ' ’ - . , (digits) followed by a word char
                    let b = p[i]
                    var jl = 0
                    if b == .apostrophe || b == .hyphen {
                        jl = 1
                    } else if b == .ampersand, i > st, i + 1 < pe, p[i - 1] >= .upperA, p[i - 1] <= .upperZ,
                        p[i + 1] >= .upperA, p[i + 1] <= .upperZ
                    {
                        // `M&S`, `S&P`, `AT&T`: one name (the speaker is `M&S`, not `M`)
                        jl = 1
                    } else if isCurlyApostrophe(p, i) {
                        jl = 3
                    } else if b == .period || b == .comma || b == .colon {
                        // 1.5 2,000 10:30 U.S
                        if i + 1 < pe && i > st
                            && (isASCIIDigit(p[i - 1]) && isASCIIDigit(p[i + 1])
                                || (b == .period && isASCIILetter(p[i + 1]) && i + 2 <= pe
                                    && (i + 2 == pe || p[i + 2] == .period) && i - st <= 3))
                        {
                            jl = 1
                        }
                    }
                    if jl > 0, i + jl < pe, markAt(i) == nil, isWordChar(p, i + jl) {
                        i += jl
                        continue
                    }
                    break
                }
                // trailing possessive apostrophe (Jones')
                var poss = false
                if i - st >= 2 {
                    let l1 = p[i - 1] | .asciiCaseBit
                    let l2 = p[i - 2]
                    if l1 == UInt8(ascii: "s") && (l2 == .apostrophe || l2 == .rightSingleLast) { poss = true }
                }
                if i < pe && p[i] == .apostrophe && markAt(i) == nil && (p[i - 1] | .asciiCaseBit) == UInt8(ascii: "s")
                {
                    poss = true
                    i += 1
                } else if i < pe, isCurlyApostrophe(p, i), markAt(i) == nil,
                    (p[i - 1] | .asciiCaseBit) == UInt8(ascii: "s")
                {
                    // (`said utilities’ spokesperson Steve Berry`: the curly mark as the straight one)
                    poss = true
                    i += 3
                }
                // A possessive 's (or ’s) is not part of the name: "Freya Lund's header" names Freya Lund, so the
                // token's text and hash are the stem's (surname look-ups then find it).
                var stemEnd = i
                if poss, i - st >= 3, (p[i - 1] | .asciiCaseBit) == UInt8(ascii: "s") {
                    if p[i - 2] == .apostrophe {
                        stemEnd = i - 2
                    } else if i - st >= 5, p[i - 2] == .rightSingleLast, p[i - 3] == .punctuationSecond,
                        p[i - 4] == .punctuationLead
                    {
                        stemEnd = i - 4
                    }
                }
                let h = foldedHash(p, st, stemEnd)
                let cap = isCapitalAt(p, st)
                toks.append(
                    Tok(
                        start: Int32(st), end: Int32(stemEnd), hash: h, flags: lexicon[h], kind: Tok.word,
                        cap: cap, allCaps: cap && !hasLower && letters >= 2, possessive: poss,
                        para: Int32(pi), firstByte: p[st]))
                continue
            }
            let l = sequenceLength(p[i])
            toks.append(
                Tok(
                    start: Int32(i), end: Int32(min(i + l, pe)), hash: 0, flags: 0, kind: Tok.punct,
                    cap: false, allCaps: false, possessive: false, para: Int32(pi), firstByte: p[i]))
            i += l
        }
    }
    markExcellencies(&toks)
    return toks
}

/// `spokesperson HE Lolwah al-Khater said`, `HE Sheikh Mohammed … told`: Gulf papers write His or Her Excellency as
/// `HE` before a name; in capitals and before a capitalised word that is not in capitals too (a headline in capitals,
/// `HE SAID`), it is an honorific, not the pronoun.
private func markExcellencies(_ toks: inout [Tok]) {
    for k in toks.indices.dropLast()
    where toks[k].allCaps && toks[k].hash == hHe && toks[k + 1].kind == Tok.word && toks[k + 1].cap
        && !toks[k + 1].allCaps && toks[k + 1].para == toks[k].para
    {
        toks[k].flags = Lex.honorific | Lex.title
    }
}

/// Whether the bytes of token `t` end with `suffix`, compared as written (ASCII; "ED" does not end with "ed").
/// Callers state their own minimum token length: a suffix test is a cheap morphology hint, so it is only trusted on
/// words long enough that the suffix is not the whole word.
@inline(__always) func endsWith(_ p: UnsafeBufferPointer<UInt8>, _ t: Tok, _ suffix: StaticString) -> Bool {
    let n = suffix.utf8CodeUnitCount
    let e = Int(t.end)
    guard e - Int(t.start) >= n else { return false }
    let s = suffix.utf8Start
    var k = 0
    while k < n {
        if p[e - n + k] != s[k] { return false }
        k += 1
    }
    return true
}

extension Tok {
    /// `.`, `!` or `?`: may end a sentence.
    var isPeriodLike: Bool {
        kind == Tok.punct && (firstByte == .period || firstByte == .exclamation || firstByte == .question)
    }
    /// A one-character ASCII punctuation token: `isPunct(.comma)`.
    func isPunct(_ c: UInt8) -> Bool { kind == Tok.punct && firstByte == c }
    /// `-` or any three-byte U+2000…U+2FFF punctuation token: meant for – and —, it also takes … and •.
    var isDash: Bool {
        kind == Tok.punct && (firstByte == .hyphen || (firstByte == .punctuationLead && end - start == 3))
    }
}

/// Whether bytes `start..<end` are single capitals joined by full stops (`U.S`, `D.C`, `U.K`), the stem of a dotted
/// abbreviation whose last full stop ends no sentence before a capital.
func isDottedCapitals(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    guard end - start >= 3, (end - start) % 2 == 1 else { return false }
    var i = start
    while i < end {
        guard p[i] >= 0x41 && p[i] <= 0x5A else { return false }
        if i + 1 < end && p[i + 1] != 0x2E { return false }
        i += 2
    }
    return true
}

/// Assigns sentence ids. Boundaries: paragraph starts, [.!?] outside quotes followed by a capital/quote/digit (not
/// after abbreviations or initials), quote ends whose content ends in [.!?] followed by a capital, and caller-given
/// sentence starts outside quotes.
func assignSentences(_ p: UnsafeBufferPointer<UInt8>, _ toks: inout [Tok], given: [Range<Int>]) {
    var sent: Int32 = 0
    // The given sentence starts in order, searched by halving (a `Set` cost a seeded hash per token asked).
    let givenStarts = given.map { Int32($0.lowerBound) }.sorted()
    let c = toks.count
    var i = 0
    while i < c {
        if i > 0 {
            var boundary = toks[i].para != toks[i - 1].para
            if !boundary && (toks[i].quote < 0 || toks[i].kind == Tok.qopen) {
                let prev = toks[i - 1]
                let cur = toks[i]
                let startsLikeSentence = cur.cap || cur.kind == Tok.qopen || isASCIIDigit(cur.firstByte)
                if prev.isPeriodLike && prev.quote < 0 && startsLikeSentence {
                    boundary = true
                    if prev.firstByte == .period && i >= 2 {
                        let w = toks[i - 2]
                        if w.kind == Tok.word && w.end == prev.start {
                            if w.flags & Lex.abbrev != 0 && w.cap { boundary = false }
                            if w.end - w.start == 1 && w.cap { boundary = false }  // initial
                            // `U.S. Secretary Tom Vilsack`, `D.C. police`: capitals joined by full stops
                            if w.cap && isDottedCapitals(p, Int(w.start), Int(w.end)) { boundary = false }
                        }
                    }
                } else if prev.kind == Tok.qclose && startsLikeSentence && i >= 2 && toks[i - 2].isPeriodLike {
                    boundary = true
                }
                if !boundary && !givenStarts.isEmpty {
                    var low = 0
                    var high = givenStarts.count
                    while low < high {
                        let middle = (low + high) / 2
                        if givenStarts[middle] < cur.start { low = middle + 1 } else { high = middle }
                    }
                    if low < givenStarts.count && givenStarts[low] == cur.start { boundary = true }
                }
            }
            if boundary { sent += 1 }
        }
        toks[i].sent = sent
        i += 1
    }
}

/// The last token of two or three adjacent capitalised words from `k` ending in an organisation word (`Rescue
/// Service` of `Kent Fire and Rescue Service`), in sentence `sent`; nil otherwise.
func organisationConjunctEnd(from k: Int, limit: Int, sent: Int32, _ toks: [Tok]) -> Int? {
    var j = k
    while j < limit && j < k + 3 && toks[j].kind == Tok.word && toks[j].cap && toks[j].sent == sent
        && !toks[j].allCaps
    {
        if toks[j].flags & Lex.orgWord != 0 && j > k { return j }
        if toks[j].possessive { return nil }
        j += 1
    }
    return nil
}

/// Finds capitalised sequences and strips titles/roles from their left.
func findCapSeqs(_ p: UnsafeBufferPointer<UInt8>, _ toks: inout [Tok]) -> [CapSeq] {
    var seqs: [CapSeq] = []
    let c = toks.count
    var i = 0
    // `D-Chicago`, `R-Ohio`: a party-and-state label is no name word
    @inline(__always) func isCapWord(_ t: Tok) -> Bool {
        t.kind == Tok.word && t.cap && !isPartyAndStateLabel(p, Int(t.start), Int(t.end))
    }
    @inline(__always) func isAlPrefixed(_ t: Tok) -> Bool {
        // al-Assad, el-Sisi, bin-Laden
        t.kind == Tok.word && !t.cap
            && (t.flags & Lex.particle != 0 || opensWithAnArabicArticle(p, Int(t.start), Int(t.end)))
    }
    while i < c {
        let t = toks[i]
        guard isCapWord(t) else {
            i += 1
            continue
        }
        var e = i
        var joinedFor = false  // an organisation's name with `for` in it (`Institute for Fiscal Studies`)
        var joinedOf = false  // a body's name with `of` after its organisation word (`Department of Housing`)
        while e + 1 < c {
            let nx = toks[e + 1]
            if nx.sent != t.sent || nx.quote != t.quote { break }
            if toks[e].possessive { break }
            // (`Union Says 124 Workers Sent Home`: a title-case headline's verb of speech ends the name before it)
            if isCapWord(nx) && nx.start - toks[e].end <= 2 && !headlineCueForms.contains(nx.hash) {
                e += 1
                continue
            }
            // particles / of between capitals; initials "W."
            if e + 2 < c, isCapWord(toks[e + 2]), toks[e + 2].sent == t.sent {
                // `Roanoke Fire/EMS Captain Robert Reid`: a slash touching two capitalised words joins a service's name
                if nx.isPunct(.slash) && nx.start == toks[e].end && toks[e + 2].start == nx.end {
                    e += 2
                    continue
                }
                if nx.kind == Tok.word && !nx.cap && nx.flags & Lex.particle != 0 && !toks[e + 2].possessive {
                    e += 2
                    continue
                }
                // "Secretary of State", "Bank of England" – not "Gerard Rijk of Inbev's"
                // (`Maintenance Contractors of New England`: a plural of an agent noun after another capitalised word
                // names a body too)
                if nx.kind == Tok.word && nx.hash == hOf && !toks[e + 2].possessive
                    && (toks[e].flags & (Lex.title | Lex.orgWord) != 0
                        || (e > i && (endsWith(p, toks[e], "ors") || endsWith(p, toks[e], "ers"))))
                {
                    if toks[e].flags & Lex.orgWord != 0 && toks[e].flags & Lex.title == 0 { joinedOf = true }
                    e += 2
                    continue
                }
                // `Institute for Fiscal Studies`, `Department for Education`, `Campaign for Nuclear Disarmament`: `for`
                // after an organisation word (not a title: `Minister for Justice Helen McEntee` keeps her apart)
                if nx.kind == Tok.word && nx.hash == hFor && !toks[e + 2].possessive
                    && toks[e].flags & Lex.orgWord != 0 && toks[e].flags & Lex.title == 0
                {
                    e += 2
                    joinedFor = true
                    continue
                }
                // (`Department for Work and Pensions`: after it, `and` and one or two capitalised words that end the
                // name and hold no organisation word, which would make them a second body: `… Studies and Resolution
                // Foundation`; so after an organisation word and `of`, `Department of Housing and Community
                // Development`, `Ministry of Foreign and Caricom Affairs`, when the words open with no given name:
                // `the University of Leeds and John Hale` are two)
                if joinedFor || joinedOf, nx.kind == Tok.word && nx.hash == hAnd && !toks[e].possessive,
                    joinedFor || toks[e + 2].flags & (Lex.firstMale | Lex.firstFemale) == 0
                {
                    var end = e + 2
                    while end + 1 < c && end < e + 3 && isCapWord(toks[end + 1]) && toks[end + 1].sent == t.sent {
                        end += 1
                    }
                    // (after `of` the name may end in a portfolio's word that is an organisation word too: `…
                    // Caricom Affairs`, `… Community Development`)
                    if !(e + 2...end).contains(where: {
                        (toks[$0].flags & Lex.orgWord != 0
                            && !(joinedOf && $0 == end && portfolioEnds.contains(toks[$0].hash)))
                            || toks[$0].allCaps
                    })
                        && (end + 1 >= c || !isCapWord(toks[end + 1]))
                    {
                        e = end
                        continue
                    }
                }
                // `Kent Fire and Rescue Service`: `and` inside an organisation's name, whose capitalised words after
                // it (two or three) end in an organisation word; not between two names (`Citizens Bank and Canal
                // Bank`, `Tories and Lib Dems`, `Richard and Judy Book Club`): the words before hold no organisation
                // word, and no given name unless they are two words or more; `Fire` is a service's word that
                // `and` joins to another, `Fire and Rescue Service`, `Fire and Emergency New Zealand`
                if nx.kind == Tok.word && nx.hash == hAnd && !toks[e].possessive,
                    !(i...e).contains(where: {
                        toks[$0].flags & (Lex.orgWord | Lex.plural) != 0 && toks[$0].hash != hFire
                    }),
                    e > i || toks[i].flags & (Lex.firstMale | Lex.firstFemale) == 0,
                    let end = organisationConjunctEnd(from: e + 2, limit: c, sent: t.sent, toks)
                {
                    e = end
                    continue
                }
                // initials (`George W. Bush`) and abbreviated honorifics and titles (`Dr. Ana Petrović`, `Sen.
                // Elizabeth Warren`): the full stop does not end the name; nor does a place's (`St. Petersburg`,
                // `Mt. Vernon`, `Ft. Myers`), whose name goes on
                if nx.isPunct(.period) && nx.start == toks[e].end
                    && (toks[e].end - toks[e].start == 1
                        || toks[e].flags & (Lex.honorific | Lex.title) != 0 && toks[e].flags & Lex.abbrev != 0
                        || (e == i && placeAbbreviationHashes.contains(toks[e].hash)))
                {
                    e += 2
                    continue
                }
            }
            // lower-case particle words fused with hyphen (al-Sham) are single tokens already
            if nx.kind == Tok.word && !nx.cap && isAlPrefixed(nx) && nx.end - nx.start > 3 {
                e += 1
                continue
            }
            break
        }
        // `A SHERIFF has claimed …`: a role word set in capitals alone (British papers open a story so) describes
        // (not an office written as an acronym: `the MP insisted`)
        // (nor `A LABOUR MSP has hit out`: an article, then words in capitals ending in an office, however short)
        let last = toks[e]
        let capitalsAfterArticle =
            e > i + 1 && toks[i].flags & Lex.det != 0 && ((i + 1)...e).allSatisfy({ toks[$0].allCaps })
        if last.allCaps && (last.end - last.start >= 4 || capitalsAfterArticle)
            && last.flags & (Lex.title | Lex.speakerNoun) != 0 && last.flags & Lex.honorific == 0
            && (capitalsAfterArticle || (i..<e).allSatisfy({ toks[$0].flags & Lex.stopCap != 0 }))
        {
            i = e + 1
            continue
        }
        var s = CapSeq(start: i, end: e, nameStart: i)
        // strip titles, honorifics, stop words, acronyms, possessives from the left; never the last token
        var k = i
        while k < e {
            let tk = toks[k]
            let f = tk.flags
            if f & Lex.honorific != 0 {
                s.honorific = true
                s.titled = true
                if f & Lex.honFemale != 0 { s.female = true } else if f & Lex.honMale != 0 { s.male = true }
                k += 1
                continue
            }
            if f & Lex.title != 0 {
                s.titled = true
                if f & Lex.honFemale != 0 { s.female = true } else if f & Lex.honMale != 0 { s.male = true }
                k += 1
                continue
            }
            // `Businessman Ravinesh Prasad`, `Councilwoman Ann Lee`: a noun of one sex opening the name says the
            // person's sex, as the same noun in lower case before it does
            if s.takeSex(fromNoun: tk.hash) {
                k += 1
                continue
            }
            if f & (Lex.stopCap | Lex.place) != 0 || tk.allCaps || tk.possessive || tk.hash == hOf
                || tk.isPunct(.period)
            {
                k += 1
                continue
            }
            if f & Lex.orgWord != 0 && k + 1 <= e && toks[k + 1].flags & Lex.title != 0 {
                k += 1
                continue  // "Treasury Secretary", "Home Office Minister"
            }
            break
        }
        // a title further right wins: "Casino Association Chairman Penny Cobham", "Secretary of State John Kerry"
        var ti = e - 1
        while ti >= k {
            let f = toks[ti].flags
            // (not a portfolio inside a body's name: `Department for Work and Pensions`, `Ministry of Health`)
            let insideBody =
                ti > k && (toks[ti - 1].hash == hFor || toks[ti - 1].hash == hOf || toks[ti - 1].hash == hAnd)
                && (k..<ti).contains(where: { toks[$0].flags & Lex.orgWord != 0 })
            if toks[ti].kind == Tok.word && f & (Lex.title | Lex.honorific) != 0 && f & Lex.orgWord == 0 && !insideBody
            {
                s.titled = true
                if f & Lex.honFemale != 0 { s.female = true } else if f & Lex.honMale != 0 { s.male = true }
                if f & Lex.honorific != 0 { s.honorific = true }
                k = ti + 1
                break
            }
            ti -= 1
        }
        // do not leave a particle/of at the start
        while k < e && (toks[k].hash == hOf || !toks[k].cap || toks[k].isPunct(.period)) { k += 1 }
        s.nameStart = k
        s.nameEnd = e > k && toks[e].allCaps && postNominalHashes.contains(toks[e].hash) ? e - 1 : e
        s.lastHash = toks[s.nameEnd].hash
        // `Tony Kiss's wife Michelle`, `her son Tom`: a lower-case noun of one sex right before the name says the
        // person's sex as surely as a title (a lone given name gets none from the name lists, which cannot tell it
        // from a family name)
        if i > 0, toks[i - 1].kind == Tok.word, !toks[i - 1].cap { s.takeSex(fromNoun: toks[i - 1].hash) }
        // (not from a particle opening a surname: `Dela Cruz` is no woman called Dela)
        if !s.male && !s.female && k < e && toks[k].flags & Lex.particle == 0 {
            let f = toks[k].flags
            if f & Lex.firstMale != 0 && f & Lex.firstFemale == 0 { s.male = true }
            if f & Lex.firstFemale != 0 && f & Lex.firstMale == 0 { s.female = true }
            s.sexFromGivenName = s.male || s.female
        }
        var orgish = false
        var allPlace = true
        for j in s.nameStart...e where toks[j].kind == Tok.word {
            if toks[j].flags & Lex.orgWord != 0 { orgish = true }
            if toks[j].flags & Lex.place == 0 { allPlace = false }
            // (`Judge Andrew Lockhart QC`, `Jo Cox MP`: letters after a name are no organisation)
            if toks[j].allCaps && !(j == e && j > s.nameStart && postNominalHashes.contains(toks[j].hash)) {
                orgish = true
            }
        }
        if toks[e].flags & Lex.stopCap != 0 && s.nameLen == 1 && !s.honorific { allPlace = true }
        s.org = orgish
        s.place = allPlace
        if i > 0 {
            let pv = toks[i - 1]
            // (`said the Rev Neil Richardson`, `the Rt Hon Ann Lee`: British style writes these honorifics after `the`)
            if pv.kind == Tok.word && pv.flags & Lex.det != 0 && !pv.cap && !theHonorificHashes.contains(t.hash) {
                s.afterDet = true
                s.detBefore = true
            }
        }
        if t.hash == hThe && s.nameStart > i { s.afterDet = true }  // "The Brazilian"

        // subject position: the noun phrase is not inside a PP or a list, and a verb-like word or an appositive follows
        var left = i - 1
        while left >= 0 && toks[left].sent == t.sent && toks[left].kind == Tok.word
            && (toks[left].cap
                || (toks[left].flags & (Lex.title | Lex.speakerNoun) != 0
                    && toks[left].flags & (Lex.prep | Lex.det | Lex.conj) == 0)
                // `Labour candidate Stephen Curran has leapt`: a caller's person noun after a capitalised word or
                // opening the sentence (not a verb: `Clooney accused O'Reilly`)
                || (toks[left].flags & Lex.personNoun != 0 && !toks[left].isCue && !toks[left].cap
                    && toks[left].flags & (Lex.prep | Lex.det | Lex.conj | Lex.skipAdv) == 0
                    && (left == 0 || toks[left - 1].cap || opensSentence(left, toks)))
                || (left > 0 && toks[left - 1].possessive
                    && toks[left].flags & (Lex.prep | Lex.det | Lex.conj | Lex.skipAdv) == 0)
                // `Incoming majority leader Kevin Engler`: a word qualifying the role noun after it, when the role
                // phrase opens the sentence (`defended coach Andy Robinson` is an object)
                || (left + 1 < i && toks[left + 1].flags & Lex.title != 0 && !toks[left + 1].cap
                    && toks[left].flags & (Lex.prep | Lex.det | Lex.conj | Lex.skipAdv | Lex.pronOther) == 0
                    && opensSentence(left, toks))
                // `Fellow ex-Irish Labour party member Huw McCallion`: `ex-` before a capitalised word of the role
                || (left + 1 < i && toks[left + 1].cap && isExPrefixed(p, toks[left]) && opensSentence(left, toks))
                // `Newly elected Carterton mayor Ron Mark, …, said`: a participle opening the sentence (after at most
                // an adverb) qualifies the role phrase; it is no verb taking the name as its object
                || (left + 1 < i && opensParticiplePremodifier(left, toks, p))
                || ((toks[left].flags & Lex.conj != 0 || toks[left].hash == hOf) && left > 0 && !toks[left].cap
                    && (toks[left - 1].cap
                        || (toks[left].hash == hOf && toks[left - 1].flags & Lex.title != 0 && !toks[left + 1].cap))))
        {
            left -= 1
        }
        var okLeft = true
        // a person listed with an age after a comma or `and` (`Isa Kalulu, 36, Mathias Nsamba, 34, and Alex Okello,
        // 24`) is an item of a list, no subject
        let listedWithAge =
            e + 2 < c && toks[e + 1].isPunct(.comma) && toks[e + 2].kind == Tok.word
            && isASCIIDigit(toks[e + 2].firstByte)
        if listedWithAge, i > 1,
            toks[i - 1].isPunct(.comma) || (toks[i - 1].kind == Tok.word && toks[i - 1].hash == hAnd)
        {
            // (an earlier item with its age in the sentence makes it a list: `Another passenger, Bukola Adeyemi, 45,
            // said` is an apposition)
            var k = i - 2
            while k > max(0, i - 12) && toks[k].sent == t.sent {
                if toks[k].kind == Tok.word && isASCIIDigit(toks[k].firstByte) && toks[k - 1].isPunct(.comma) {
                    okLeft = false
                    break
                }
                k -= 1
            }
        }
        if left >= 0 && toks[left].sent == t.sent && okLeft {
            let lt = toks[left]
            if lt.kind == Tok.word {
                // `…, and Pollard said`: a conjunction after a comma joins clauses, so what follows is a subject
                // (not in a list of people with their ages: `Mathias Nsamba, 34, all from Gayaza, and Alex Okello, 24`)
                let joinsClauses =
                    lt.flags & Lex.conj != 0 && left > 0
                    && (toks[left - 1].isPunct(.comma) || toks[left - 1].isPunct(.semicolon))
                if lt.flags & (Lex.prep | Lex.conj) != 0 && lt.hash != hBut && !joinsClauses {
                    okLeft = false
                } else if lt.flags & Lex.det != 0 && !lt.cap {
                    okLeft = false
                } else if lt.flags & (Lex.stopCap | Lex.skipAdv) == 0 && !lt.cap {
                    okLeft = false
                }  // object of a verb
            }
        }
        // `Of Hepburn, she said`: a capitalised preposition opening the sequence puts it inside a PP; `Kessler &
        // Vogt`: after an ampersand it ends a firm's name
        if s.nameStart > i && t.flags & Lex.prep != 0 { okLeft = false }
        if i > 0 && toks[i - 1].kind != Tok.word && toks[i - 1].end - toks[i - 1].start == 1
            && p[Int(toks[i - 1].start)] == 0x26
        {
            okLeft = false
        }
        var okRight = false
        // the name opens its sentence, alone or after role words, articles and capitals (`The former European amateur
        // champion Paddy Gribben, from Warrenpoint, is up`)
        // (after an opening connective and its comma too: `However, Professor Paul Boyle, President of the University,
        // welcomed`)
        let opensItsSentence =
            left < 0 || toks[left].sent != t.sent
            || (toks[left].isPunct(.comma) && left >= 1 && toks[left - 1].kind == Tok.word
                && toks[left - 1].flags & (Lex.stopCap | Lex.skipAdv) != 0
                && (left == 1 || toks[left - 2].sent != t.sent))
        if e + 1 < c && toks[e + 1].sent == t.sent {
            let nx = toks[e + 1]
            if nx.kind == Tok.word && !nx.cap && nx.flags & (Lex.prep | Lex.conj | Lex.det) == 0 { okRight = true }
            // `Ms Palaszczuk this morning disagreed`: a time phrase between the subject and its verb
            if nx.kind == Tok.word && !nx.cap && timePhraseOpeners.contains(nx.hash) && e + 3 < c
                && timePhraseNouns.contains(toks[e + 2].hash) && toks[e + 3].kind == Tok.word && !toks[e + 3].cap
            {
                okRight = true
            }
            // `Simon Pettigrew at Pantheon Macroeconomics was more cautious`: a name opening its sentence before an
            // affiliation is the sentence's subject
            // (and before a phrase in any other preposition but `to`: `Justice Antony Mrima in his directions today
            // also allowed …`, `Smith on Monday said`)
            if opensItsSentence && nx.kind == Tok.word && !nx.cap
                && (nx.hash == hAt || nx.hash == hOf || nx.hash == hFrom || nx.hash == hWith
                    || (nx.flags & Lex.prep != 0 && nx.hash != hTo))
            {
                okRight = true
            }
            if nx.isPunct(.comma) && e + 2 < c {
                let n2 = toks[e + 2]
                if n2.kind == Tok.word
                    && (n2.flags & (Lex.det | Lex.who) != 0 || (!n2.cap && n2.flags & Lex.title != 0))
                {
                    okRight = true
                }
                if isASCIIDigit(n2.firstByte) { okRight = true }
                if n2.kind == Tok.word && !n2.cap && n2.flags & (Lex.prep | Lex.conj | Lex.pronOther) == 0 {
                    okRight = true
                }  // appositive
                if n2.kind == Tok.word && !n2.cap && n2.flags & (Lex.prep | Lex.conj) == 0 && n2.end - n2.start > 3
                    && (endsWith(p, n2, "d") || endsWith(p, n2, "s"))
                {
                    okRight = true
                }  // ", said" / ", says"
                // `Cory Doctorow, European co-ordinator for …, expressed`: a name opening its sentence with an
                // apposition is the sentence's subject, whatever word the apposition starts with
                if opensItsSentence && n2.kind == Tok.word && n2.cap
                    && n2.flags & (Lex.prep | Lex.conj | Lex.stopCap) == 0
                {
                    okRight = true
                }
                // `Fonoti-Reyes, for his part, kept it simple`, `Raghunathan, asked afterward, said`: a name opening
                // its sentence before a parenthetical is the sentence's subject
                if opensItsSentence && n2.kind == Tok.word && !n2.cap {
                    okRight = true
                }
            }
        }
        // `elder Agnes Sakchekapo, 84, said`, `striker Ada Okafor said`: a cue right after the name (or after its age)
        // makes it the cue's subject whatever lower-case word stands before it, unless a preposition or article does
        if !okLeft, left >= 0, toks[left].kind == Tok.word, toks[left].flags & (Lex.prep | Lex.det) == 0 {
            var r = e + 1
            if r + 2 < c, toks[r].isPunct(.comma), isASCIIDigit(toks[r + 1].firstByte), toks[r + 2].isPunct(.comma) {
                r += 3
            }
            if r < c, toks[r].isCue, toks[r].sent == t.sent, !endsWith(p, toks[r], "ing") {
                okLeft = true
                okRight = true
            }
        }
        // `…, argued Mr Howard.`: the name after an inverted cue is its subject
        if left >= 0, toks[left].kind == Tok.word, !toks[left].cap, toks[left].flags & Lex.invertedCue != 0 {
            okLeft = true
            okRight = true
        }
        s.subject = okLeft && okRight
        if i > 0 && toks[i - 1].possessive && toks[i - 1].cap && e == i { s.possessed = true }
        s.inQuote = t.quote >= 0
        let idx = Int32(seqs.count)
        for j in i...e { toks[j].seq = idx }
        seqs.append(s)
        i = e + 1
    }
    return seqs
}

/// Whether word `k` is a past participle that is its sentence's first word (`Elected`, `Newly elected`'s `elected`
/// after an adverb in -ly that is) or that adverb itself (`Newly`): words that qualify a role phrase after them. Not
/// a verb after a name (`Obama praised Labour leader Ed Miliband`, where the object stays an object).
private func opensParticiplePremodifier(_ k: Int, _ toks: [Tok], _ p: UnsafeBufferPointer<UInt8>) -> Bool {
    func isFirst(_ j: Int) -> Bool { j == 0 || toks[j - 1].sent != toks[j].sent }
    let t = toks[k]
    guard t.kind == Tok.word, t.quote < 0, t.flags & (Lex.prep | Lex.det | Lex.conj) == 0 else { return false }
    if endsWith(p, t, "ed") {
        return isFirst(k)
            || (k > 0 && toks[k - 1].kind == Tok.word && endsWith(p, toks[k - 1], "ly") && isFirst(k - 1))
    }
    return endsWith(p, t, "ly") && k + 1 < toks.count && toks[k + 1].kind == Tok.word && endsWith(p, toks[k + 1], "ed")
        && isFirst(k)
}

let hOf = foldedHash("of")
/// `St.`, `Mt.`, `Ft.`, `Pt.`: abbreviations that open a place's name (`St. Petersburg`, `Ft. Lauderdale`).
let placeAbbreviationHashes: Set<UInt64> = Set(["st", "mt", "ft", "pt"].map { foldedHash($0) })
/// Organisation words that end a ministry's or a department's portfolio after `of … and` (`Ministry of Foreign and
/// Caricom Affairs`, `Department of Housing and Community Development`), never a second body's name.
let portfolioEnds: Set<UInt64> = Set(
    ["affairs", "development", "services", "resources", "relations", "security", "welfare"].map { foldedHash($0) })
let hHe = foldedHash("he")
let hHim = foldedHash("him")
let hWhich = foldedHash("which")
let hMan = foldedHash("man")
let hWoman = foldedHash("woman")
let hAs = foldedHash("as")
let hQuoted = foldedHash("quoted")
/// `"Q" was how X described it`, `"Q" is how she put it`: the words after a quote that make it what a clause says.
let hWas = foldedHash("was")
let hPolice = foldedHash("police")
/// Auxiliaries of a plural subject: a name before one shares it with another (`Knight and Roni Size have released`).
let pluralAuxiliaryHashes: Set<UInt64> = Set(["have", "are", "were", "do"].map { foldedHash($0) })
let hIs = foldedHash("is")
let hHow = foldedHash("how")
let hIf = foldedHash("if")
let hWhether = foldedHash("whether")
/// `Justice` right before a name is a judge's title (`Mr Justice Weir`, `Lord Justice Toulson`, `Justice Sotomayor`):
/// `the judge` is that person. Before another title it names a portfolio (`Justice Secretary Shabana Mahmood`).
let hJustice = foldedHash("justice")
let hJudge = foldedHash("judge")
/// `the Scottish Executive`: a government, though `executive` is a title (`chief executive`).
let hExecutive = foldedHash("executive")
/// `his`, `her`, `their`: the possessive of `in his maiden speech` between a name and its cue.
let possessivePronounHashes: Set<UInt64> = Set(["his", "her", "their"].map { foldedHash($0) })
/// `in`, `during`, `at`: prepositions of an occasion (`in his maiden speech`, `during her evidence`).
let occasionPrepositionHashes: Set<UInt64> = Set(["in", "during", "at"].map { foldedHash($0) })
/// Conjunctions of time that open a clause with a subject of its own (`a month after President Duterte issued …`).
let temporalConjunctionHashes: Set<UInt64> = Set(["after", "before", "once"].map { foldedHash($0) })
let hFor = foldedHash("for")
let hAt = foldedHash("at")
let hThe = foldedHash("the")
/// `its`: a body's possessive (`says its new temporary boss`).
let hIts = foldedHash("its")
let hA = foldedHash("a")
let hAn = foldedHash("an")
let hIt = foldedHash("it")
let hThey = foldedHash("they")
/// Irregular plurals of people (`two men`, `the children`), which no `-s` shows.
let pluralPeopleHashes: Set<UInt64> = Set(
    ["men", "women", "people", "children", "persons", "folk", "folks", "youths", "staff"].map { foldedHash($0) })
let hAnd = foldedHash("and")
let hFire = foldedHash("fire")
let hOr = foldedHash("or")
let hTo = foldedHash("to")
let hFrom = foldedHash("from")
let hThis = foldedHash("this")
let hOn = foldedHash("on")
let hFamily = foldedHash("family")
let hHead = foldedHash("head")
let hState = foldedHash("state")
/// The offices a head of state holds, in the order `the Head of State` looks for their holder.
let headsOfState: [UInt64] = ["president", "king", "queen", "emir", "sultan", "monarch"].map { foldedHash($0) }
/// Verbs of going on speaking (`he added`, `she continued`): their pronoun subject is the person who spoke last.
let continuingVerbs: Set<UInt64> = Set(["added", "adds", "continued", "continues"].map { foldedHash($0) })
let hWent = foldedHash("went")
let hGoes = foldedHash("goes")
/// Nouns ending in -ly, which the -ly adverb test must not skip (``DocState/endsWithLy(_:)``).
let lyNounHashes: Set<UInt64> = Set(
    ["family", "assembly", "rally", "supply", "reply", "monopoly", "anomaly", "bully", "folly", "tally", "ally"].map {
        foldedHash($0)
    })
let hWith = foldedHash("with")
let hIn = foldedHash("in")
let hWhereas = foldedHash("whereas")
let hOffice = foldedHash("office")
let hHer = foldedHash("her")
let hHis = foldedHash("his")
let indefiniteHashes: Set<UInt64> = Set(["a", "an", "one", "another"].map { foldedHash($0) })
/// Words that set one person against another (`premier than Brian Pallister`, `captain against Joe Root`): a role
/// word before them is not the role of the name after them.
let comparingWordHashes: Set<UInt64> = Set(
    ["than", "like", "unlike", "with", "against", "versus", "vs"].map { foldedHash($0) })
/// Verbs in the past that give a name rather than act on someone (`a judge named Ann Lee`): a role word before them
/// still describes the person after them.
let namingVerbHashes: Set<UInt64> = Set(["named", "called", "nicknamed", "dubbed", "renamed"].map { foldedHash($0) })
/// Verbs of a result that make their object the subject of an infinitive after it (`prompted skipper Gorden Tallis to
/// say: "Q"`, `forced Ann Lee to admit`): the object speaks. (Not verbs of asking - `urged`, `asked`, `challenged`,
/// `told`: `urged Premier Alan Dunne to say "no"` quotes what the asker wants said.)
let resultVerbHashes: Set<UInt64> = Set(
    [
        "prompted", "prompts", "prompting", "forced", "forces", "forcing", "led", "leads", "leading", "compelled",
        "compels", "inspired", "inspires", "caused", "causes", "causing", "moved", "moves",
    ].map { foldedHash($0) })
/// The role a title abbreviates or implies (`Cllr` → `councillor`, `Supt` → `superintendent`, `Lord` → `peer`): who
/// holds the role, and with which modifiers, for a later description (`the councillor said`). (`Lt.` writes
/// `lieutenant`, so `the lieutenant governor said` finds `Lt. Gov. J.T. Rourke` and not `Gov. Marcus Ellery`; and `the
/// governor` is never the lieutenant governor: ``DocState/holdsAnotherOffice(_:_:_:)``.)
let roleOfTitle: [UInt64: UInt64] = {
    let pairs = [
        ("cllr", "councillor"), ("clr", "councillor"), ("coun", "councillor"), ("colr", "councillor"),
        ("cr", "councillor"),
        ("supt", "superintendent"), ("insp", "inspector"), ("det", "detective"), ("sgt", "sergeant"),
        ("sen", "senator"), ("rep", "representative"),
        ("const", "constable"), ("cst", "constable"), ("pc", "constable"), ("ald", "alderman"),
        ("prof", "professor"), ("atty", "attorney"), ("gov", "governor"), ("lt", "lieutenant"), ("lieut", "lieutenant"),
        // (a member of the House of Lords is `the peer`: `Lord Frost` … `the Tory peer urged`)
        ("lord", "peer"), ("baroness", "peer"), ("baron", "peer"), ("viscount", "peer"), ("viscountess", "peer"),
    ]
    var table: [UInt64: UInt64] = [:]
    for (title, role) in pairs { table[foldedHash(title)] = foldedHash(role) }
    return table
}()
/// Words that make an office the second one of its kind (`Lt. Gov.`, `Lieutenant Governor`, `Vice President`): a
/// description without the word (`the governor`, `the president`) means someone else.
let secondInOfficeHashes: Set<UInt64> = Set(["lt", "lieut", "lieutenant", "vice"].map { foldedHash($0) })
/// The words that make `minister` a head of government's office (`Prime Minister`, `Chief Minister`, `First
/// Minister`): `the minister said` is a minister of the cabinet, not the head of it.
let headOfGovernmentHashes: Set<UInt64> = Set(["prime", "chief", "first"].map { foldedHash($0) })
let hMinister = foldedHash("minister")
/// Offices that Indian, Pakistani, Scottish and company copy writes as acronyms, with the role word and modifiers they
/// stand for: `the CM said` is the chief minister the article named (`Chief Minister Ali Amin Gandapur`), `the DCP said` the
/// deputy commissioner of police. (`SP` is left out: it is as often a party, the Samajwadi Party.)
let officeOfAcronym: [UInt64: (role: UInt64, modifiers: [UInt64])] = {
    let rows: [(String, String, [String])] = [
        ("cm", "minister", ["chief"]), ("pm", "minister", ["prime"]), ("dcp", "commissioner", ["deputy"]),
        ("acp", "commissioner", ["assistant"]), ("dgp", "general", ["director"]), ("igp", "general", ["inspector"]),
        ("ceo", "executive", ["chief"]), ("md", "director", ["managing"]),
        // (a legislature's chair and head of government as Scottish and Welsh copy writes them: `a frustrated PO told
        // the Chamber` after `Presiding Officer Alison Johnstone`, `the FM said`; an attorney general: `the AG said`)
        ("po", "officer", ["presiding"]), ("fm", "minister", ["first"]), ("ag", "general", ["attorney"]),
    ]
    var table: [UInt64: (role: UInt64, modifiers: [UInt64])] = [:]
    for (acronym, role, modifiers) in rows {
        table[foldedHash(acronym)] = (foldedHash(role), modifiers.map { foldedHash($0) })
    }
    return table
}()
/// `him`, `his` / `her`, `hers`: the other forms of he and she, which carry a pronoun chain as well.
let malePronounForms: Set<UInt64> = Set(["him", "his", "himself"].map { foldedHash($0) })
let femalePronounForms: Set<UInt64> = Set(["her", "hers", "herself"].map { foldedHash($0) })
/// Nouns of one sex (`spokeswoman`, `his wife`): a person the pronoun may mean whom no name gives.
let femaleNounHashes: Set<UInt64> = Set(
    """
    spokeswoman woman mother wife daughter sister chairwoman actress businesswoman girl grandmother widow aunt niece
    congresswoman councilwoman policewoman queen princess lady stepmother granddaughter girlfriend
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { foldedHash(String($0)) })
let maleNounHashes: Set<UInt64> = Set(
    """
    spokesman man father husband son brother businessman boy grandfather widower uncle nephew congressman councilman
    policeman king prince gentleman stepfather grandson boyfriend
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { foldedHash(String($0)) })
let spokesHashes: Set<UInt64> = Set(["spokesman", "spokeswoman", "spokesperson"].map { foldedHash($0) })
/// Officials of the courts and the police (`the judge`, `the prosecutor`, `the officer`, `a police official`): in a
/// report about what was done to someone (`Tom Hart was arrested.` ¶ `The judge said: "Q"`) they are other people than
/// the accused or the victim named before them, so such a description goes back to a person named before it only when
/// that person spoke or carries a title or role of their own (``DocState/mayBeTheOfficial(_:_:)``).
let officialHashes: Set<UInt64> = Set(
    [
        "judge", "magistrate", "sheriff", "coroner", "prosecutor", "prosecution", "fiscal", "procurator", "lawyer",
        "solicitor", "barrister", "attorney", "counsel", "official", "officer", "detective", "inspector", "constable",
        "sergeant", "superintendent", "investigator", "trooper", "deputy",
    ].map { foldedHash($0) })
/// A team's coaching roles (`the Tigers head coach`, `the Black Cats boss`) and the positions its players are written
/// with (`replacement prop Patrick Schickerling`, `quarterback DJ Lagway`): a coach's description never goes back to
/// someone the article wrote as a player (``DocState/mayBeTheOfficial(_:_:)``).
let coachingHashes: Set<UInt64> = Set(["coach", "manager", "boss", "gaffer"].map { foldedHash($0) })
let playerPositionHashes: Set<UInt64> = Set(
    """
    prop hooker lock flanker winger fly-half scrum-half fullback full-back centre striker forward midfielder defender
    goalkeeper keeper quarterback pitcher catcher shortstop outfielder infielder linebacker receiver cornerback
    safety tailback batsman batter bowler wicketkeeper spinner seamer opener all-rounder guard point
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { foldedHash(String($0)) })
/// Words for someone unnamed on purpose (`a senior Labour source`, `an industry insider`): the article never names
/// them, so no later name stands for them.
let anonymousSourceHashes: Set<UInt64> = Set(["source", "insider"].map { foldedHash($0) })
/// Words that make a name a police force's (`Kent Police`, `Avon and Somerset Constabulary`, `An Garda Síochána`),
/// and that alone stand for the force named before (`police said`, `Gardaí said`).
let policeWordHashes: Set<UInt64> = Set(
    ["police", "constabulary", "garda", "gardaí", "gardai"].map { foldedHash($0) })
/// `the force said`: a description of the force (`the constabulary said` is a police word itself).
let hForce = foldedHash("force")
/// Acronyms of national forces that articles use without spelling them out.
let policeAcronymHashes: Set<UInt64> = Set(["psni", "rcmp", "opp", "saps", "pnp", "pdrm"].map { foldedHash($0) })
/// Last words of names with a police word that are no force: `Police Federation`, `Police and Crime Commissioner`.
let policeOtherBodyHashes: Set<UInt64> = Set(
    [
        "federation", "union", "association", "authority", "commissioner", "commission", "college", "academy",
        "station", "headquarters", "ombudsman", "board", "committee", "council", "inspectorate", "chief", "officer",
        "constable", "sergeant", "inspector", "superintendent", "commander", "officers", "complaints", "watchdog",
    ].map { foldedHash($0) })
let hBy = foldedHash("by")
let hKnown = foldedHash("known")
let hBilled = foldedHash("billed")
let namingHashes: Set<UInt64> = Set(
    ["called", "nicknamed", "titled", "entitled", "named", "so-called", "dubbed", "labelled", "labeled", "branded"].map
    { foldedHash($0) })
let hSaid = foldedHash("said")
let hCiting = foldedHash("citing")
let hCalled = foldedHash("called")
/// Cue forms that take an infinitive (`agreed to meet`, `vowed to fight`): before `to` and a verb they report no speech.
let infinitiveCueHashes: Set<UInt64> = Set(
    [
        "agreed", "agrees", "promised", "promises", "vowed", "vows", "pledged", "pledges", "offered", "offers",
        "refused", "refuses", "threatened", "threatens", "declined", "declines", "hoped", "hopes",
    ].map { foldedHash($0) })
let hSaying = foldedHash("saying")
let hWhat = foldedHash("what")
/// Letters written after a name (`Judge Andrew Lockhart QC`, `Jo Cox MP`, `Sir Ian Botham OBE`): capitals that do not
/// make the name an organisation's.
let postNominalHashes: Set<UInt64> = Set(
    ["qc", "kc", "mp", "msp", "mla", "am", "mep", "td", "sc", "jp", "mbe", "obe", "cbe", "kbe", "dbe", "frs"].map {
        foldedHash($0)
    })
/// Honorifics British style writes after `the` (`said the Rev Neil Richardson`, `the Rt Hon Ann Lee`): the name after
/// them is no description.
let theHonorificHashes: Set<UInt64> = Set(
    ["rev", "revd", "reverend", "rt", "hon", "venerable", "very"].map { foldedHash($0) })
let hThat = foldedHash("that")
let hWho = foldedHash("who")
let hOnly = foldedHash("only")
/// The words of a name a description gives itself (`who gave her name as Debbie Joe`, `identified only as Tom`):
/// ``DocState/nameGivenAfterDescription(_:)``.
let hName = foldedHash("name")
let gaveHashes: Set<UInt64> = Set(["gave", "gives", "give"].map { foldedHash($0) })
let identifiedHashes: Set<UInt64> = Set(["identified", "named"].map { foldedHash($0) })
/// Words that make a role's holder not the one a lead describes without them (`Former magistrate Peter Loane`): a
/// past holder's (``formerHashes``) and a rival's.
let formerHolderHashes: Set<UInt64> = formerHashes.union([foldedHash("rival")])
let hNative = foldedHash("native")
/// `signed by`, `presented by`, `written by`: who a document is by (``DocState/signatory(of:before:)``).
let authoringParticiples: Set<UInt64> = Set(
    ["signed", "written", "presented", "authored", "compiled", "prepared", "drafted", "penned"].map { foldedHash($0) })
/// Title words that qualify the role after them (`the former world number one`, `the acting chief`): no head.
let descriptionModifierHashes: Set<UInt64> = Set(
    // (`first` of `first minister`, `first lady`: alone it heads no description - `her first term`, `his first call`)
    ["former", "ex", "acting", "interim", "shadow", "deputy", "junior", "senior", "new", "vice", "first"].map {
        foldedHash($0)
    })
/// Parties' words written before a role (`Tory leader`, `Labour councillor`, `SNP MSP`): a description with one means a
/// member of that party (``DocState/personNamedAfterTheLead(_:_:)``). The word lists' parties, and the acronyms and
/// plurals British and Irish copy writes them with.
let partyWordHashes: Set<UInt64> = Set(
    NameLexicon.partyWords.split(whereSeparator: \.isWhitespace).map { foldedHash(String($0)) }
        + ["tories", "gop", "snp", "dup", "ukip", "plaid", "greens", "alliance", "sdlp", "uup", "reform"].map {
            foldedHash($0)
        })
/// Words of a rank below the role they stand before (`Deputy Chief Constable`, `assistant manager`, `Vice Chair`).
let subordinateRankHashes: Set<UInt64> = Set(
    ["deputy", "assistant", "vice", "associate", "under", "sub"].map { foldedHash($0) })
/// Words that make a role's holder a past one (`former prime minister Thaksin Shinawatra`).
let formerHashes: Set<UInt64> = Set(["former", "ex", "erstwhile"].map { foldedHash($0) })
/// Words that make a role someone else's than its plain holder's (`Deputy Mayor`, `former coach`, `Rival Coach`,
/// `assistant coach`): a bare `Mayor said` does not mean such a holder.
let qualifiedRoleHashes: Set<UInt64> = descriptionModifierHashes.subtracting([foldedHash("new"), foldedHash("first")])
    .union(["assistant", "rival", "associate"].map { foldedHash($0) })
/// Words of the title list that name an office's field, not a person (`Home` of `Home Secretary`, `Health` of
/// `Health Minister`): in lower case they head no description (`near the mobile home said` is no official); a
/// capitalised one may end a body's name (`Columbus Public Health`). (Not `state` and `industry`, which name bodies
/// that speak: `the state said`, `the payments industry said`.)
let fieldOfOfficeHashes: Set<UInt64> = Set(
    [
        "foreign", "home", "defence", "defense", "health", "finance", "trade", "culture", "education", "treasury",
        "transport", "environment", "business", "energy", "science", "technology", "interior", "agriculture", "work",
        "pensions", "media", "sport", "welsh", "scottish", "northern", "irish",
    ].map { foldedHash($0) })
let hWhom = foldedHash("whom")
let hFirst = foldedHash("first")
let hCharge = foldedHash("charge")
let hChief = foldedHash("chief")
/// The nouns of ``DocState/parentOfCount(_:)`` (`father-of-two`, `mother-of-five`), by sex.
let parentNounsMale: Set<UInt64> = Set(
    ["father", "dad", "grandfather", "grandad", "granddad", "great-grandfather"].map { foldedHash($0) })
let parentNounsFemale: Set<UInt64> = Set(
    ["mother", "mum", "mom", "grandmother", "gran", "grandma", "nan", "great-grandmother"].map { foldedHash($0) })
let hTold = foldedHash("told")
/// Verbs whose object is who listens (``DocState/isAddressee(_:)``): `told BBC News`, `tells Reuters`.
let tellingHashes: Set<UInt64> = Set(["told", "tells", "telling", "tell"].map { foldedHash($0) })
/// Cues of answering (`She replied: "Q"`): their he/she is the person the sentence before asked.
let answeringHashes: Set<UInt64> = Set(
    ["replied", "replies", "responded", "responds", "answered", "answers", "retorted", "retorts"].map { foldedHash($0) }
)
/// Cues of asking that take the person asked as their object (`Judge Khan asked prosecutor Tabitha Walker why …`).
let askingHashes: Set<UInt64> = Set(["asked", "asks", "questioned", "pressed"].map { foldedHash($0) })
/// Words before `to`/`with` that make the name after it the listener: `speaking to the BBC`, `an interview with CNN`.
let listeningHashes: Set<UInt64> = Set(
    ["speaking", "spoke", "speaks", "talking", "talked", "talks", "interview", "interviews", "explained"].map {
        foldedHash($0)
    })
let beHashes: Set<UInt64> = Set(["is", "was", "were", "are", "be", "been", "being"].map { foldedHash($0) })
/// Finite auxiliaries and forms of `be`: the verb of a main clause after a relative clause on its subject (`those who
/// had spoken in favour have been subjected to …`).
let finiteAuxHashes: Set<UInt64> = Set(
    [
        "is", "was", "were", "are", "has", "have", "had", "will", "would", "could", "should", "can", "may", "might",
        "must",
    ]
    .map { foldedHash($0) })
/// Verbs whose object describes their subject (`to become an actor`, `worked as a nurse`).
let predicateVerbHashes: Set<UInt64> = Set(
    ["become", "became", "becomes", "becoming", "as", "remain", "remained"].map { foldedHash($0) })
/// Participles of verbs that describe something as the quote says (``DocState/describingAs(_:qo:)``).
let describingParticiples: Set<UInt64> = Set(
    ["describing", "branding", "labelling", "labeling", "dismissing", "hailing", "calling"].map { foldedHash($0) })
/// Participles of cue verbs that do not end in `-ed` (``DocState/isPassiveParticiple(_:lb:)``).
let irregularCueParticiples: Set<UInt64> = Set(["told", "written", "spoken", "said"].map { foldedHash($0) })
/// Participles of verbs of naming and describing: passive, they name a thing (`could not be called an "open trial"`).
let passiveNamingParticiples: Set<UInt64> = Set(
    ["called", "branded", "dubbed", "labelled", "labeled", "termed", "described", "hailed"].map { foldedHash($0) })
/// Verbs of accusing and blaming whose participle before `of`/`for` is passive (``DocState/isAccusedOf(_:)``).
let accusingParticiples: Set<UInt64> = Set(
    ["accused", "criticised", "criticized", "slammed", "blasted", "condemned", "blamed", "attacked", "lambasted"].map {
        foldedHash($0)
    })
/// Parts of a law or document that a number follows (`Article 5`, `Section 4-102`): no speaker.
let documentPartHashes: Set<UInt64> = Set(
    ["article", "section", "clause", "paragraph", "chapter", "rule", "schedule", "regulation", "part", "annex"].map {
        foldedHash($0)
    })
/// Particles that make a phrasal verb of `called` (`called over`, `called up`): no naming then.
let phrasalParticles: Set<UInt64> = Set(
    ["over", "up", "out", "back", "off", "away", "down"].map { foldedHash($0) })
/// Particles of a phrasal verb of speaking before a colon (`chipped in:`, `shot back:`, `summed up:`, `weighed in:`).
let speakingParticles: Set<UInt64> = Set(["in", "up", "back", "out", "on", "off"].map { foldedHash($0) })
/// Third-person cue forms of title-case headlines (`Union Says …`, `Mayor Warns …`): never a name word (public: the
/// quotes stage's index of organisation names ends a name there too).
public let headlineCueForms: Set<UInt64> = Set(
    ["says", "warns", "tells", "claims", "admits", "urges", "insists", "reveals", "vows", "slams", "denies"].map {
        foldedHash($0)
    })
/// `this morning`, `last week`: a time phrase that may stand between a subject and its verb.
let timePhraseOpeners: Set<UInt64> = Set(["this", "last", "that", "on", "late", "early"].map { foldedHash($0) })
let timePhraseNouns: Set<UInt64> = Set(
    [
        "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "monday", "tuesday",
        "wednesday",
        "thursday", "friday", "saturday", "sunday",
    ].map { foldedHash($0) })
let asNamingHashes: Set<UInt64> = Set(
    ["known", "billed", "dubbed", "seen", "regarded", "touted", "hailed", "labelled", "branded"].map { foldedHash($0) })
/// Heads of descriptions of any organisation (`the company`, `the utility`): they refer to the one named before.
let orgHeadHashes: Set<UInt64> = Set(
    [
        "organisation", "organization", "company", "firm", "group", "body", "agency", "charity", "utility", "airline",
        "carrier", "lender", "insurer", "retailer", "chain", "regulator", "automaker", "carmaker", "manufacturer",
        "maker", "supplier", "operator", "developer", "publisher", "startup", "broadcaster",
    ].map { foldedHash($0) } + institutionHeadHashes)
/// Heads that name a kind of institution (`the ministry`, `the council`): they refer to an organisation named before
/// with that word in its name (`Ministry of Defence`), not to any organisation.
let institutionHeadHashes: [UInt64] = [
    "bank", "department", "ministry", "council", "union", "party", "club", "team", "league", "district", "university",
    "hospital", "committee", "board", "commission", "authority", "institute", "foundation", "network", "newspaper",
    "station", "studio", "label", "fund", "association", "federation", "government", "administration", "campaign",
    "office", "patrol", "court", "school", "chamber",
].map { foldedHash($0) }
let institutionHeads: Set<UInt64> = Set(institutionHeadHashes)
let hBut = foldedHash("but")
let hWhile = foldedHash("while")
/// `"Q," Reid began.`: the one irregular past that reports a quote after it (``DocState/pastVerbEndingTheClause``).
let hBegan = foldedHash("began")
/// Words for a person of a nation (`Spaniard`, `Briton`, `Dane`), beside the lexicon's place words (``Lex/place``),
/// which ``DocState/isAgeOrDemonym(_:)`` reads first and which hold `African` and `Zealander`.
let demonymHashes: Set<UInt64> = Set(
    [
        "spaniard", "frenchman", "frenchwoman", "briton", "scot", "scotsman", "welshman",
        "irishman", "englishman", "dane", "swede", "finn", "pole", "czech", "greek", "moroccan", "algerian", "tunisian",
        "ethiopian", "kenyan", "brazilian", "argentine", "argentinian", "american", "australian", "canadian", "italian",
        "german", "russian", "chinese", "japanese", "korean", "indian", "pakistani", "serb", "croat", "swiss",
        "dutchman",
        "belgian", "portuguese", "mexican", "colombian", "nigerian", "ghanaian",
    ].map { foldedHash($0) })
let celebrityHeads: Set<UInt64> = Set(
    [
        "champion", "star", "singer", "actor", "actress", "striker", "midfielder", "defender",
        "goalkeeper", "keeper", "winger", "forward", "player", "skipper", "captain", "rider", "driver", "boxer",
        "golfer",
        "sprinter", "athlete", "runner", "veteran", "teenager", "youngster", "rapper", "musician", "comedian",
        "presenter",
        "novelist", "author", "writer", "film-maker", "filmmaker", "frontman", "guitarist", "drummer", "model",
        "heiress",
        "batsman", "bowler", "jockey", "swimmer", "cyclist", "tennis", "seed", "holder", "winner", "finalist",
    ].map { foldedHash($0) })
/// Whether token `k` starts its sentence, or follows only capitalised words, articles and titles that do
/// (`Incoming majority`, `The former European amateur`; at most six words).
func opensSentence(_ k: Int, _ toks: [Tok]) -> Bool {
    var j = k - 1
    while j >= 0 && j >= k - 6 && toks[j].sent == toks[k].sent {
        let t = toks[j]
        guard t.kind == Tok.word, t.cap || t.flags & (Lex.det | Lex.title) != 0, t.flags & Lex.prep == 0 else {
            return false
        }
        j -= 1
    }
    return j < 0 || toks[j].sent != toks[k].sent
}

/// A lower-case word written with the prefix `ex-` (`ex-Irish`, `ex-England`): part of a role phrase.
func isExPrefixed(_ p: UnsafeBufferPointer<UInt8>, _ t: Tok) -> Bool {
    let s = Int(t.start)
    return t.kind == Tok.word && Int(t.end) - s > 3 && p[s] == 0x65 && p[s + 1] == 0x78 && p[s + 2] == .hyphen
}

/// `of`, `from`, `with`, `at`, `for`: what joins a person to the body they belong to or act for (`Tom Faudskar, of the
/// police`, `Advocate Ismail Jamie for the residents argued`).
let affiliationPrepositions: Set<UInt64> = Set(["of", "from", "with", "at", "for"].map { foldedHash($0) })
/// `on`, `in`, `via`: what joins a document to where it appeared (`a statement on Twitter`).
let platformPrepositions: Set<UInt64> = Set(["on", "in", "via"].map { foldedHash($0) })
/// Heads of descriptions of news outlets (`the paper said`): they pass on someone else's words.
let outletHeads: Set<UInt64> = Set(
    ["paper", "newspaper", "daily", "tabloid", "broadsheet", "magazine", "broadcaster", "outlet", "website", "agency"]
        .map { foldedHash($0) })
let hReported = foldedHash("reported")
let hAccording = foldedHash("according")
let hRegarding = foldedHash("regarding")
let hConcerning = foldedHash("concerning")
let hFollowing = foldedHash("following")
let hConsidering = foldedHash("considering")
let hBarring = foldedHash("barring")
let hExcluding = foldedHash("excluding")
/// Words in -ing that head no participle clause but a preposition's phrase and are not among the lexicon's
/// prepositions (`During` and `Including` are): `According to all those players and even Federer himself, the Swiss
/// star …` - the person they name may well be whom the main clause goes on with.
let prepositionsInIng: Set<UInt64> = [
    hAccording, hRegarding, hConcerning, hFollowing, hConsidering, hBarring, hExcluding,
]
/// Nouns of what someone said or put forward (`Theresa May's claim that "Q"`, `Mike Storey's plan to "consign them to
/// oblivion"`): the possessor's words.
let claimNouns: Set<UInt64> = Set(
    [
        "claim", "claims", "statement", "remark", "remarks", "comment", "comments", "assertion", "suggestion",
        "insistence",
        "admission", "pledge", "promise", "warning", "words", "description", "argument", "accusation", "boast", "vow",
        "plan", "proposal", "call", "plea", "appeal", "threat", "announcement", "explanation", "reply", "response",
        "message", "complaint", "denial", "apology", "criticism", "tweet", "speech", "letter", "demand",
    ]
    .map { foldedHash($0) })
/// Prepositions before a participle cue whose subject is the sentence's (`before telling`, `after saying`).
let participlePrepositions: Set<UInt64> = Set(
    ["before", "after", "while", "when", "by", "without", "upon", "whilst"].map { foldedHash($0) })
/// Words that open a subordinate clause at the start of a sentence (`As Mr Lyons persisted, …`).
let openingSubordinators: Set<UInt64> = Set(
    [
        "as", "when", "while", "after", "before", "although", "though", "if", "because", "since", "once", "until",
        "whereas", "whilst",
        // fronted phrases (`With 70 percent of his crop harvested, Rhodes was unsure …`, `On Monday, she …`)
        "with", "despite", "during", "following", "in", "on", "at", "amid", "without", "under",
    ].map { foldedHash($0) })
/// Words that describe a document between its owner and itself (`the department's news release`, `Mr Tanzi's official
/// statement`).
let documentModifiers: Set<UInt64> = Set(
    ["news", "press", "written", "joint", "official", "prepared", "emailed", "e-mailed", "annual", "final"].map {
        foldedHash($0)
    })

let documentHashes: Set<UInt64> = Set(
    [
        "lawsuit", "suit", "complaint", "filing", "ruling", "judgement", "judgment", "verdict",
        "letter", "website", "study", "report", "survey", "statement", "document", "documents", "memo", "paper",
        "papers",
        "newspaper", "magazine", "blog", "email", "e-mail", "note", "release", "announcement", "bill", "law", "review",
        "research", "findings", "poll", "guidelines", "manifesto", "motion", "petition", "warning", "advert", "notice",
        "plea", "affidavit", "submission", "testimony",
    ].map { foldedHash($0) })
/// The narrower roles a description's head covers: news names a person by their exact role once (`Defence solicitor
/// Ciaran Toner`, `striker Ann Lee`, `Detective Sergeant Tom Hale`) and later by the wider word (`the lawyer`, `the
/// player`, `the officer`). Read only when no one holds the head itself, so an exact holder always wins.
let narrowerRoles: [UInt64: [UInt64]] = {
    let legislators = [
        "mp", "msp", "mla", "mep", "td", "senator", "congressman", "congresswoman", "representative", "assemblyman",
        "assemblywoman", "legislator", "lawmaker", "delegate",
    ]
    let table: [String: [String]] = [
        "lawyer": ["solicitor", "barrister", "attorney", "counsel", "advocate", "qc", "kc"],
        "officer": [
            "constable", "sergeant", "sgt", "inspector", "detective", "superintendent", "trooper", "pc", "dci",
        ],
        "player": [
            "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "forward", "batsman", "batter",
            "bowler", "quarterback", "pitcher", "fly-half", "scrum-half", "full-back", "flanker", "hooker", "prop",
            "playmaker", "wing-back",
        ],
        "doctor": [
            "surgeon", "physician", "gp", "paediatrician", "pediatrician", "cardiologist", "oncologist", "psychiatrist",
            "neurologist", "anaesthetist", "anesthesiologist", "medic",
        ],
        "politician": [
            "mp", "msp", "mla", "mep", "td", "senator", "congressman", "congresswoman", "councillor", "councilor",
            "councilman", "councilwoman", "assemblyman", "assemblywoman", "legislator", "lawmaker", "minister", "mayor",
        ],
        // (one list for both words: each is read only when no one holds the word itself)
        "lawmaker": legislators, "legislator": legislators,
        "prosecutor": ["fiscal", "procurator"],
        "judge": ["magistrate"],
        // (`Rep. Doug LaMalfa` … `the congressman quipped`: `Rep.` abbreviates representative, ``roleOfTitle``)
        "congressman": ["representative"], "congresswoman": ["representative"],
        "boss": ["manager"],
    ]
    var hashes: [UInt64: [UInt64]] = [:]
    for (wide, narrow) in table { hashes[foldedHash(wide)] = narrow.map { foldedHash($0) } }
    return hashes
}()
let roleHeadHashes: Set<UInt64> = Set(
    [
        "spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "director",
        "chairman", "chairwoman", "executive", "chief", "official", "boss", "manager", "coach", "leader", "president",
        "mp",
        "analyst", "economist", "strategist", "lawyer", "consultant", "founder", "owner", "editor", "correspondent",
        "mayor",
        "governor", "senator", "ambassador", "envoy", "commissioner", "officer", "inspector", "professor", "researcher",
        "scientist", "expert", "campaigner", "activist", "agent", "head", "judge", "prosecutor", "chancellor",
        "magistrate", "coroner",
    ].map { foldedHash($0) })
