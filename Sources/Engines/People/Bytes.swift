// Byte-level helpers for UTF-8 text: letters, capitals and a case-folding hash. No Foundation, no `Character`.
//
// These are the one copy of the UTF-8 byte tests both engines use: the quote engine (which consumes people knowledge)
// imports them from here. They run per byte on the hot paths, so they are `@inlinable public`: the body crosses the
// module boundary and inlines in the caller exactly as it does here.

/// UTF-8 byte values the scanners test for, named so the rules read as text.
@usableFromInline enum Byte {
    static let space: UInt8 = 0x20, tab: UInt8 = 0x09, newline: UInt8 = 0x0A, carriageReturn: UInt8 = 0x0D
    static let apostrophe: UInt8 = 0x27, hyphen: UInt8 = 0x2D, period: UInt8 = 0x2E, comma: UInt8 = 0x2C
    static let colon: UInt8 = 0x3A, semicolon: UInt8 = 0x3B, openParen: UInt8 = 0x28, closeParen: UInt8 = 0x29
    static let lowerS: UInt8 = 0x73, bar: UInt8 = 0x7C, slash: UInt8 = 0x2F, ampersand: UInt8 = 0x26
    /// `#`: opens a comment line in the word lists.
    static let numberSign: UInt8 = 0x23
    /// Lead byte of the three-byte sequences of General Punctuation (’ “ ” – —).
    @usableFromInline static let punctuationLead: UInt8 = 0xE2
}

/// The length of the UTF-8 sequence a lead byte starts.
@inlinable @inline(__always) public func sequenceLength(_ lead: UInt8) -> Int {
    lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
}

/// `A`–`Z` or `a`–`z` (setting bit 5 folds upper case onto lower case).
@inlinable @inline(__always) public func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
/// `0`–`9`.
@inlinable @inline(__always) public func isASCIIDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

/// Whether the word at `start..<end` is a party-and-seat label written after a legislator's name: American copy's
/// (`R-Ohio`, `D-N.Y`, `I-Vt`, `D-Chicago`, a city's numbered ward or district: `D-4th Ward`) or a party's initials
/// and a constituency, as Malaysian parliamentary copy writes them (`BN-Arau`, `PH-Labis`: two to four capitals, then
/// a capitalised word). Never a name, in the person finder or in the quote engine.
@inlinable public func isPartyAndStateLabel(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    guard end - start >= 3 else { return false }
    if p[start + 1] == 0x2D {
        let party = p[start]
        return (party == 0x44 || party == 0x52 || party == 0x49)
            && ((p[start + 2] >= 0x41 && p[start + 2] <= 0x5A) || isASCIIDigit(p[start + 2]))
    }
    var i = start
    while i < end, i - start < 5, p[i] >= 0x41, p[i] <= 0x5A { i += 1 }
    guard i - start >= 2, i - start <= 4, i + 2 < end, p[i] == 0x2D else { return false }
    return p[i + 1] >= 0x41 && p[i + 1] <= 0x5A && p[i + 2] >= 0x61 && p[i + 2] <= 0x7A
}

/// Whether the word at `start..<end` opens with an Arabic article, in either case, a hyphen and a capital
/// (`al-Thani`, `Al-Assad`, `el-Sisi`): the name after the hyphen is what later mentions write alone. Both engines
/// read such a word as part of a name.
@inlinable public func opensWithAnArabicArticle(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    guard end - start >= 5, p[start] | 0x20 == 0x61 || p[start] | 0x20 == 0x65, p[start + 1] | 0x20 == 0x6C,
        p[start + 2] == 0x2D
    else { return false }
    return p[start + 3] >= 0x41 && p[start + 3] <= 0x5A
}

/// Whether the character at `i` is a letter or digit. Multi-byte characters count as letters except Latin-1
/// punctuation (C2), General Punctuation and CJK punctuation (E2, E3), × ÷ and four-byte symbols.
@inlinable @inline(__always) public func isLetterOrDigit(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    let b = p[i]
    if b < 0x80 { return isASCIILetter(b) || isASCIIDigit(b) }
    if b == 0xC2 || b == 0xE2 || b == 0xE3 || b >= 0xF0 || b < 0xC0 { return false }
    if b == 0xC3, i + 1 < p.count, p[i + 1] == 0x97 || p[i + 1] == 0xB7 { return false }
    return true
}

/// Whether the letter at `i` is a capital: ASCII, Latin-1 and Latin Extended-A (`Ł`, `Ž`, `Ö`…).
@inlinable @inline(__always) public func isCapitalAt(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    let b = p[i]
    if b < 0x80 { return b >= 0x41 && b <= 0x5A }
    guard i + 1 < p.count else { return false }
    let c = p[i + 1]
    if b == 0xC3 { return c >= 0x80 && c <= 0x9E && c != 0x97 }
    if b == 0xC4 || b == 0xC5 {
        // Extended-A pairs a capital with its small letter, capital first, except in Ĺ…ň and Ź…ž where the capital
        // is the odd code point; Ÿ (U+0178) is a capital, ĸ and ŉ have none.
        let scalar = (UInt32(b & 0x1F) << 6) | UInt32(c & 0x3F)
        if scalar == 0x178 { return true }
        if scalar == 0x138 || scalar == 0x149 { return false }
        if (0x139...0x148).contains(scalar) || (0x179...0x17E).contains(scalar) { return scalar & 1 == 1 }
        return scalar & 1 == 0
    }
    return false
}

/// Whether `i` starts a right single quotation mark (’), used as an apostrophe in names and possessives.
@inlinable @inline(__always) public func isCurlyApostrophe(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    i + 2 < p.count && p[i] == Byte.punctuationLead && p[i + 1] == 0x80 && p[i + 2] == 0x99
}

/// FNV-1a over the bytes with ASCII and Latin-1 capitals lower-cased and `’` read as `x27`: the key of every word
/// table. `seed` continues the hash of bytes before `start` (the hash of a word with bytes left out,
/// ``hashWithoutNameApostrophe``).
@inlinable @inline(__always) public func foldedHash(
    _ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, seed: UInt64 = 0xcbf2_9ce4_8422_2325
) -> UInt64 {
    var h = seed
    var i = start
    while i < end {
        var b = p[i]
        if b >= 0x41 && b <= 0x5A { b &+= 0x20 }
        // (a Latin-1 capital folds to its small letter: `SEÁN` is `Seán`, `JOSÉ` is `José`)
        if b == 0xC3, i + 1 < end, isLatin1CapitalTail(p[i + 1]) {
            h = (h ^ UInt64(b)) &* 0x100_0000_01b3
            h = (h ^ UInt64(p[i + 1] &+ 0x20)) &* 0x100_0000_01b3
            i += 2
            continue
        }
        // a right single quotation mark is an apostrophe (`O’Kelly` is `O'Kelly`: pages mix the two)
        if b == 0xE2, i + 2 < end, p[i + 1] == 0x80, p[i + 2] == 0x99 {
            b = 0x27
            i += 2
        }
        h = (h ^ UInt64(b)) &* 0x100_0000_01b3
        i += 1
    }
    return h
}

/// Whether `b`, after a 0xC3 lead byte, ends a Latin-1 capital letter (`À` to `Þ`, not the sign `×`): its small
/// letter is the byte 0x20 higher.
@inlinable @inline(__always) public func isLatin1CapitalTail(_ b: UInt8) -> Bool {
    b >= 0x80 && b <= 0x9E && b != 0x97
}

/// `hash` (of a name's words so far, ``foldedHash(_:_:_:seed:)``) continued by one space: the key of a name of
/// several words is its words' bytes with one space between them, however the text or a list spaced them.
@inline(__always) func foldedHashAddingSpace(_ hash: UInt64) -> UInt64 {
    (hash ^ UInt64(Byte.space)) &* 0x100_0000_01b3
}

/// The ``foldedHash(_:_:_:seed:)`` of a word with the accents of its Latin-1 letters taken off (`Paré` → that of
/// `pare`, `Müller` → `muller`), so that a name written once with its accents and once without is one name. Nil when the
/// word has a byte that is neither ASCII nor such a letter (the word is then compared as written).
func accentlessHash(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64? {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    var i = start
    while i < end {
        var b = p[i]
        if b >= 0x80 {
            guard b == 0xC3, i + 1 < end, let base = latin1Base(p[i + 1]) else { return nil }
            b = base
            i += 1
        } else if b >= 0x41 && b <= 0x5A {
            b &+= 0x20
        }
        h = (h ^ UInt64(b)) &* 0x100_0000_01b3
        i += 1
    }
    return h
}

/// ``accentlessHash(_:_:_:)`` of a word that has a byte outside ASCII; nil for an ASCII word (whose folded hash is the
/// same) and for one it cannot fold.
func accentedWordHash(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64? {
    guard (start..<end).contains(where: { p[$0] >= 0x80 }) else { return nil }
    return accentlessHash(p, start, end)
}

/// The small ASCII letter a Latin-1 letter (the second byte of `C3 xx`, U+00C0–U+00FF) is written with, nil for the
/// others (`Æ`, `ß`, `Þ`, `×`, `÷`).
private func latin1Base(_ tail: UInt8) -> UInt8? {
    let small = tail >= 0xA0 ? tail - 0x20 : tail  // U+00E0… folds onto U+00C0…
    switch small {
    case 0x80...0x85: return UInt8(ascii: "a")
    case 0x87: return UInt8(ascii: "c")
    case 0x88...0x8B: return UInt8(ascii: "e")
    case 0x8C...0x8F: return UInt8(ascii: "i")
    case 0x90: return UInt8(ascii: "d")
    case 0x91: return UInt8(ascii: "n")
    case 0x92...0x96, 0x98: return UInt8(ascii: "o")
    case 0x99...0x9C: return UInt8(ascii: "u")
    case 0x9D: return UInt8(ascii: "y")
    default: return tail == 0xBF ? UInt8(ascii: "y") : nil
    }
}

/// The same hash of a Swift string (for building tables).
public func foldedHash(_ s: String) -> UInt64 {
    // (a copy lends its bytes without an array: start-up hashes every name of the lists)
    var s = s
    return s.withUTF8 { foldedHash($0, 0, $0.count) }
}

/// The folded hashes of the words of a list written as one string (spaces and line breaks between the words): how the
/// engine's word tables are written.
func foldedHashes(_ list: String) -> Set<UInt64> {
    Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { foldedHash(String($0)) })
}

/// The days of the week by folded hash: a day after a name is no part of it (`Gov. Kim Reynolds Thursday morning`),
/// and `on Wednesday` may stand between a subject and its cue (`Riyas on Wednesday said`). Shared by both engines.
public let weekdayHashes: Set<UInt64> = Set(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].map { foldedHash($0) })

/// The months by folded hash: `in July` may stand between a subject and its cue (`Bob Geldof in July said`), and a
/// month opening a sentence is no function word (`May said` may be Theresa May).
public let monthHashes: Set<UInt64> = foldedHashes(
    "january february march april may june july august september october november december")

/// Prepositions of place (`in`, `at`, `near`, …; not `from`), after which a name is where more often than who: the
/// people engine's evidence and the quote engine's subjects read the same set.
public let placeOnlyPrepositionHashes: Set<UInt64> = foldedHashes("in at near outside inside around across")

/// Whether byte `i` lies inside double quotation marks opened in its paragraph: more `“` than `”`, or an odd number of
/// straight `"`, between the last line break and `i`. At most `limit` bytes are looked back (none found there: not
/// inside), so asking it once per name keeps a scan linear.
func isInsideDoubleQuotes(_ p: UnsafeBufferPointer<UInt8>, at i: Int, limit: Int = 2_000) -> Bool {
    var opening = 0
    var closing = 0
    var straight = 0
    var k = min(i, p.count) - 1
    let stop = max(0, i - limit)
    while k >= stop, p[k] != Byte.newline {
        if p[k] == 0x22 {
            straight += 1
        } else if k >= 2, p[k - 1] == 0x80, p[k - 2] == Byte.punctuationLead {
            if p[k] == 0x9C { opening += 1 } else if p[k] == 0x9D { closing += 1 }
        }
        k -= 1
    }
    return opening > closing || straight % 2 == 1
}
