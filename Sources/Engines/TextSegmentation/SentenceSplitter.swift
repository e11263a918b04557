// Rule-based sentence splitter tuned for news text, working on UTF-8 bytes.

/// A rule-based sentence splitter for English news text.
///
/// Input format: a short first line without final punctuation, followed by a line break, is the headline (its own
/// sentence when `headlineIsSentence` is true; see ``SplitterCore/headline(_:_:_:_:)``); any other first line is
/// prose. Paragraphs are separated by blank lines and a paragraph break
/// always ends a sentence. Within a paragraph, `.`, `?`, `!`, runs of them, and closing quotes or
/// brackets after them are candidate boundaries, decided with abbreviation/title lists, initials,
/// numbers, ellipsis conventions, list markers and the shape of the following word.
public struct SentenceSplitter: Sendable {
    /// The shipped default abbreviation list (with trailing periods; matched case-insensitively).
    public static let defaultAbbreviations: [String] = DefaultAbbreviations.abbreviations

    /// The shipped default list of prepositive titles (`Mr.`, `Dr.`, `Gen.`, …): an abbreviation
    /// from this list never ends a sentence.
    public static let defaultTitles: [String] = DefaultAbbreviations.titles

    let core: SplitterCore

    /// Creates a splitter.
    ///
    /// - Parameters:
    ///   - abbreviations: words that, followed by a period, usually do not end a sentence
    ///     (e.g. `"Inc."`, `"U.S."`, `"Jan."`); the trailing period is optional, matching ignores ASCII case.
    ///   - headlineIsSentence: treat the first non-empty line as a sentence of its own when it looks like a headline
    ///     (short, no final punctuation, followed by a line break that does not continue it).
    ///   - titles: prepositive titles (`"Mr."`, `"Dr."`) that never end a sentence.
    public init(
        abbreviations: [String] = SentenceSplitter.defaultAbbreviations, headlineIsSentence: Bool = true,
        titles: [String] = SentenceSplitter.defaultTitles
    ) {
        core = SplitterCore(abbreviations: abbreviations, titles: titles, headlineIsSentence: headlineIsSentence)
    }

    /// Appends byte ranges of sentences (trimmed of surrounding whitespace) to `sentences`.
    public func split(_ text: UnsafeBufferPointer<UInt8>, into sentences: inout [Range<Int>]) {
        guard let base = text.baseAddress, !text.isEmpty else { return }
        core.split(base, text.count, &sentences)
    }
}

/// Abbreviation categories.
enum AbbrevKind: UInt8 {
    /// Generic: ends a sentence before a capitalised word only if that word is a typical sentence starter.
    case generic = 0
    /// Prepositive title: never ends a sentence.
    case title = 1
    /// Postpositive (`Inc.`, `Co.`, `Jr.`, `etc.`): ends a sentence before any capitalised word.
    case postpositive = 2
    /// Only an abbreviation before a number (`No. 10`, `p. 55`); otherwise an ordinary word.
    case numberOnly = 3
    /// Clock times (`a.m.`, `p.m.`).
    case time = 4
}

/// A whitespace-delimited chunk of a paragraph.
struct Chunk {
    var start: Int
    var end: Int
    /// The whitespace before the chunk contains a line break.
    var newlineBefore: Bool
}

final class SplitterCore: @unchecked Sendable {
    let table = CharTable.shared
    let abbrevs: ByteSliceTable
    let kinds: [AbbrevKind]
    /// Original spellings of each abbreviation (without the trailing period).
    let spellings: [[[UInt8]]]
    let starters: ByteSliceTable
    let headlineIsSentence: Bool

    init(abbreviations: [String], titles: [String], headlineIsSentence: Bool) {
        self.headlineIsSentence = headlineIsSentence
        var abbrevs = ByteSliceTable(caseInsensitive: true)
        var kinds: [AbbrevKind] = []
        var spellings: [[[UInt8]]] = []
        var starters = ByteSliceTable(caseInsensitive: true)
        func key(_ s: String) -> [UInt8] {
            var b = Array(s.utf8)
            while let last = b.last, last == UInt8(ascii: ".") { b.removeLast() }
            return b
        }
        func add(_ s: String, _ kind: AbbrevKind) {
            let k = key(s)
            guard !k.isEmpty else { return }
            let i = abbrevs.insert(k)
            if i == kinds.count {
                kinds.append(kind)
                spellings.append([k])
            } else {
                if kind == .title { kinds[i] = .title }
                if !spellings[i].contains(k) { spellings[i].append(k) }
            }
        }
        let special = Dictionary(
            uniqueKeysWithValues: DefaultAbbreviations.categories.map {
                (String(decoding: key($0.0).map { $0 | ($0 >= 65 && $0 <= 90 ? 0x20 : 0) }, as: UTF8.self), $0.1)
            })
        for a in abbreviations {
            let lower = String(decoding: key(a).map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }, as: UTF8.self)
            add(a, special[lower] ?? .generic)
        }
        for t in titles { add(t, .title) }
        for s in DefaultAbbreviations.sentenceStarters { starters.insert(Array(s.utf8)) }
        self.abbrevs = abbrevs
        self.kinds = kinds
        self.spellings = spellings
        self.starters = starters
    }

    // MARK: character helpers

    @inline(__always)
    func scalar(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> (UInt32, Int) {
        p[i] < 0x80 ? (UInt32(p[i]), 1) : decodeScalar(p, i, end)
    }

    @inline(__always)
    func isSpace(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> (Bool, Int) {
        let b = p[i]
        if b < 0x80 { return (table.bytes[Int(b)] & CharFlags.space != 0, 1) }
        let (cp, len) = decodeScalar(p, i, end)
        return (table.flags(cp) & CharFlags.space != 0, len)
    }

    @inline(__always)
    static func isOpener(_ c: UInt32) -> Bool {
        switch c {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0x201C, 0x2018, 0xAB, 0x2039, 0x201E, 0xBF, 0xA1, 0x60: return true
        default: return false
        }
    }

    @inline(__always)
    static func isCloser(_ c: UInt32) -> Bool {
        switch c {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0x201D, 0x2019, 0xBB, 0x203A: return true
        default: return false
        }
    }

    @inline(__always)
    static func isBullet(_ c: UInt32) -> Bool {
        switch c {
        case 0x2022, 0x2043, 0x25E6, 0x25AA, 0x2023, 0x25CF, 0x25CB, 0x25A0, 0x25A1, 0x27A2, 0x25BA, 0x2219: return true
        default: return false
        }
    }

    // MARK: chunking

    /// Next chunk starting at or after `i` (before `end`), or nil.
    @inline(__always)
    func nextChunk(_ p: UnsafePointer<UInt8>, _ from: Int, _ end: Int) -> Chunk? {
        var i = from
        var newline = false
        while i < end {
            let (sp, len) = isSpace(p, i, end)
            if !sp { break }
            if p[i] == 0x0A || p[i] == 0x0D { newline = true }
            i += len
        }
        if i >= end { return nil }
        let start = i
        while i < end {
            let (sp, len) = isSpace(p, i, end)
            if sp { break }
            i += len
        }
        return Chunk(start: start, end: i, newlineBefore: newline)
    }

    // MARK: driver

    func split(_ p: UnsafePointer<UInt8>, _ n: Int, _ out: inout [Range<Int>]) {
        var i = 0
        var headlineDone = !headlineIsSentence
        while i < n {
            // Find the next line.
            let lineStart = i
            var j = i
            while j < n && p[j] != 0x0A { j += 1 }
            let lineEnd = j
            let blank = nextChunk(p, lineStart, lineEnd) == nil
            if blank {
                i = j + 1
                continue
            }
            if !headlineDone {
                headlineDone = true
                if let headline = headline(p, lineStart, lineEnd, n) {
                    out.append(headline)
                    i = j + 1
                    continue
                }
            }
            // Paragraph: extend over following non-blank lines.
            var paraEnd = lineEnd
            var k = lineEnd
            while k < n {
                var m = k + 1
                while m < n && p[m] != 0x0A { m += 1 }
                if nextChunk(p, k + 1, m) == nil { break }
                paraEnd = m
                k = m
            }
            splitParagraph(p, lineStart, paraEnd, &out)
            i = paraEnd + 1
        }
    }

    /// Headlines are at most this many words (the BBC corpus's longest has 9).
    static let headlineMaxWords = 16

    /// The first line as a headline sentence, when it looks like one: short, no full stop ending a sentence inside it,
    /// without final punctuation (`.`, `!`, `?`, `:`, `;`, `,`, before any closing quotes), and followed by a line break
    /// that does not continue it (the next line is blank or does not start with a lower-case letter). A one-line text, a first paragraph of prose, or hard-wrapped
    /// prose is split like any other paragraph, so text without a headline needs no option.
    func headline(_ p: UnsafePointer<UInt8>, _ lineStart: Int, _ lineEnd: Int, _ n: Int) -> Range<Int>? {
        guard lineEnd < n, let first = nextChunk(p, lineStart, lineEnd) else { return nil }
        var last = first
        var words = 1
        var k = first.end
        while let c = nextChunk(p, k, lineEnd) {
            last = c
            k = c.end
            words += 1
            if words > Self.headlineMaxWords { return nil }
        }
        let textEnd = stripClosers(p, last.start, last.end)
        if textEnd > last.start {
            var begin = textEnd - 1
            while begin > last.start, p[begin] & 0xC0 == 0x80 { begin -= 1 }
            switch scalar(p, begin, textEnd).0 {
            case 0x2E, 0x21, 0x3F, 0x3A, 0x3B, 0x2C, 0x2026: return nil  // . ! ? : ; , …
            default: break
            }
        }
        var next = lineEnd + 1
        while next < n, p[next] == 0x20 || p[next] == 0x09 || p[next] == 0x0D { next += 1 }
        if next < n, p[next] >= 0x61, p[next] <= 0x7A { return nil }
        // A line holding a full stop that ends a sentence (`The PM spoke. He met Putin`) is prose, however short;
        // headlines do ask and exclaim inside (`Cheap flights? Think again`).
        var probe: [Range<Int>] = []
        splitParagraph(p, first.start, last.end, &probe)
        for sentence in probe.dropLast() {
            let end = stripClosers(p, sentence.lowerBound, sentence.upperBound)
            if end > sentence.lowerBound, p[end - 1] == 0x2E { return nil }
        }
        return first.start..<last.end
    }

    // MARK: paragraph splitting

    /// Sentence boundaries inside one paragraph.
    func splitParagraph(_ p: UnsafePointer<UInt8>, _ ps: Int, _ pe: Int, _ out: inout [Range<Int>]) {
        guard var cur = nextChunk(p, ps, pe) else { return }
        var sentenceStart = cur.start
        var chunksInSentence = 0
        var prev: Chunk? = nil
        // List state: style of the paragraph's list markers and the next expected value.
        var listStyle = 0
        var listNext = -1
        // A paragraph opening with "1." / "a)" (or a bullet then any number) starts list mode.
        if let m = listMarker(p, cur), m.value <= 1, m.style < 8 || m.value == 0 {
            listStyle = m.style
            listNext = m.value + 1
        } else if bulletOnly(p, cur), let nx = nextChunk(p, cur.end, pe), let m = listMarker(p, nx) {
            listStyle = m.style
            listNext = m.value + 1
        } else if let m = listMarker(p, cur), SplitterCore.isBullet(scalar(p, cur.start, cur.end).0) {
            listStyle = m.style
            listNext = m.value + 1
        }
        var dotRun = 0  // consecutive dot-only chunks ending at `cur`
        var dotRunAttached = false  // the chunk before the dot run ended with an attached period
        while true {
            let next = nextChunk(p, cur.end, pe)
            let positionInSentence = chunksInSentence
            chunksInSentence += 1
            let curDotOnly = isDotOnly(p, cur)
            if curDotOnly {
                if dotRun == 0 { dotRunAttached = prev.map { endsWithAttachedPeriod(p, $0) } ?? false }
                dotRun += 1
            } else {
                dotRun = 0
            }
            guard let nx = next else { break }
            // Fast path: a word ending in a letter/digit/comma followed by an ASCII word start
            // can only be a boundary through list/bullet rules.
            let lastByte = p[cur.end - 1]
            let firstNext = p[nx.start]
            if positionInSentence > 0 && listStyle == 0 && dotRun == 0 && lastByte < 0x80 && firstNext < 0x80
                && table.bytes[Int(lastByte)] & (CharFlags.alpha | CharFlags.digit) != 0 || lastByte == 0x2C
            {
                if firstNext != 0x2D && firstNext != 0x2A && firstNext < 0x80 && positionInSentence > 0
                    && listStyle == 0
                    && dotRun == 0 && !nx.newlineBefore
                {
                    prev = cur
                    cur = nx
                    continue
                }
            }
            var boundary = false
            // Boundaries before list items and bullets.
            if bulletOnly(p, cur) {
                boundary = false
                if listStyle != 0, let m = listMarker(p, nx), m.style == listStyle, m.value == listNext {
                    listNext += 1
                }
            } else if startsWithBullet(p, nx) {
                boundary = true
            } else if listStyle != 0, let m = listMarker(p, nx), m.style == listStyle, m.value == listNext {
                boundary = true
                listNext += 1
            } else if nx.newlineBefore && (listMarker(p, nx) != nil || isDashBullet(p, nx)) {
                boundary = true
            } else if isMarkerPosition(p, cur, positionInSentence, prev) {
                boundary = false
            } else if curDotOnly {
                if !isDotOnly(p, nx) {
                    boundary = dotRun >= 4 && !dotRunAttached && startsSentence(p, nx)
                }
            } else {
                boundary = boundaryAfter(p, cur, nx, prev: prev, chunksInSentence: chunksInSentence, pe: pe)
            }
            if boundary {
                out.append(sentenceStart..<cur.end)
                sentenceStart = nx.start
                chunksInSentence = 0
            }
            prev = cur
            cur = nx
        }
        out.append(sentenceStart..<cur.end)
    }

    /// A chunk made only of one "." plus optional closing quotes/brackets (spaced ellipsis dot).
    func isDotOnly(_ p: UnsafePointer<UInt8>, _ c: Chunk) -> Bool {
        if p[c.start] != 0x2E { return false }
        var i = c.start + 1
        while i < c.end {
            let (s, len) = scalar(p, i, c.end)
            if !SplitterCore.isCloser(s) { return false }
            i += len
        }
        return true
    }

    /// The chunk ends (before closers) with a single period attached to a word.
    func endsWithAttachedPeriod(_ p: UnsafePointer<UInt8>, _ c: Chunk) -> Bool {
        let te = stripClosers(p, c.start, c.end)
        return te - c.start >= 2 && p[te - 1] == 0x2E && p[te - 2] != 0x2E
    }

    func startsWithBullet(_ p: UnsafePointer<UInt8>, _ c: Chunk) -> Bool {
        SplitterCore.isBullet(scalar(p, c.start, c.end).0)
    }

    func bulletOnly(_ p: UnsafePointer<UInt8>, _ c: Chunk) -> Bool {
        let (s, len) = scalar(p, c.start, c.end)
        return c.start + len == c.end && (SplitterCore.isBullet(s) || s == 0x2D || s == 0x2A)
    }

    func isDashBullet(_ p: UnsafePointer<UInt8>, _ c: Chunk) -> Bool {
        c.end - c.start == 1 && (p[c.start] == 0x2D || p[c.start] == 0x2A)
    }

    /// `cur` is a list marker at the start of a sentence (optionally after a bullet chunk).
    func isMarkerPosition(_ p: UnsafePointer<UInt8>, _ cur: Chunk, _ position: Int, _ prev: Chunk?) -> Bool {
        if position == 0 { return listMarker(p, cur) != nil }
        if position == 1, let pr = prev, bulletOnly(p, pr) { return listMarker(p, cur) != nil }
        return false
    }

    /// Parses list markers `1.` `1)` `1.)` `a.` `b)` (optionally after a glued bullet): (style, value).
    func listMarker(_ p: UnsafePointer<UInt8>, _ c: Chunk) -> (style: Int, value: Int)? {
        var i = c.start
        let (first, flen) = scalar(p, i, c.end)
        if SplitterCore.isBullet(first) { i += flen }
        guard i < c.end else { return nil }
        var value = 0
        var kind = 0
        let b = p[i]
        if b >= 48 && b <= 57 {
            var digits = 0
            while i < c.end && p[i] >= 48 && p[i] <= 57 && digits < 4 {
                value = value * 10 + Int(p[i] - 48)
                i += 1
                digits += 1
            }
            if digits > 3 { return nil }
            kind = 1
        } else if (b >= 97 && b <= 122) || (b >= 65 && b <= 90) {
            value = Int(b | 0x20) - 97
            kind = b >= 97 ? 2 : 3
            i += 1
        } else {
            return nil
        }
        let rest = c.end - i
        var punct = 0
        if rest == 1 && p[i] == 0x2E {
            punct = 1
        } else if rest == 1 && p[i] == 0x29 {
            punct = 2
        } else if rest == 2 && p[i] == 0x2E && p[i + 1] == 0x29 {
            punct = 3
        } else {
            return nil
        }
        return (kind * 4 + punct, value)
    }

    /// Index after stripping trailing closing quotes/brackets from `s..<e`.
    @inline(__always)
    func stripClosers(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Int {
        var te = e
        while te > s {
            let ls = previousScalarStart(p, te, s)
            let (c, _) = scalar(p, ls, te)
            if SplitterCore.isCloser(c) { te = ls } else { break }
        }
        return te
    }

    enum NextKind { case lower, upper, digit, other }

    /// Classifies the first significant character of a chunk (after opening quotes/brackets).
    func classify(_ p: UnsafePointer<UInt8>, _ c: Chunk) -> (NextKind, Int) {
        var i = c.start
        while i < c.end {
            let (s, len) = scalar(p, i, c.end)
            if SplitterCore.isOpener(s) {
                i += len
                continue
            }
            if s >= 48 && s <= 57 { return (.digit, i) }
            let f = table.flags(s)
            if f & CharFlags.upper != 0 && f & CharFlags.lower == 0 { return (.upper, i) }
            if f & CharFlags.lower != 0 && f & CharFlags.upper == 0 { return (.lower, i) }
            if f & CharFlags.alpha != 0 { return (.upper, i) }  // caseless scripts: treat as a possible start
            return (.other, i)
        }
        return (.other, c.start)
    }

    /// The next chunk can begin a sentence (not lower-case).
    func startsSentence(_ p: UnsafePointer<UInt8>, _ c: Chunk) -> Bool {
        classify(p, c).0 != .lower
    }

    /// The next chunk's word is a common sentence opener ("The", "He", "How", ...).
    func isStarterWord(_ p: UnsafePointer<UInt8>, _ c: Chunk) -> Bool {
        let (_, ws) = classify(p, c)
        var we = ws
        while we < c.end && ((p[we] | 0x20) >= 97 && (p[we] | 0x20) <= 122 || p[we] == 0x27) { we += 1 }
        if we > ws + 2 && p[we - 2] == 0x27 && (p[we - 1] | 0x20) == 0x73 { we -= 2 }  // possessive
        return we > ws && starters.find(p, ws, we) != nil
    }

    /// Lower-case first letter but an upper-case letter later (eBay, iPod): a brand, may start a sentence.
    func isCamelBrand(_ p: UnsafePointer<UInt8>, _ c: Chunk, _ ws: Int) -> Bool {
        var i = ws + 1
        while i < c.end && i < ws + 4 {
            if p[i] >= 65 && p[i] <= 90 { return true }
            if !(p[i] >= 97 && p[i] <= 122) { return false }
            i += 1
        }
        return false
    }

    /// Decides whether a sentence ends after `cur` (followed by `nx`).
    func boundaryAfter(
        _ p: UnsafePointer<UInt8>, _ cur: Chunk, _ nx: Chunk, prev: Chunk?, chunksInSentence: Int, pe: Int
    ) -> Bool {
        let te = stripClosers(p, cur.start, cur.end)
        if te <= cur.start { return false }
        // Terminator run (. ? ! …) before the closers.
        var ts = te
        var dots = 0
        var qe = false
        var ellipsisChar = false
        while ts > cur.start {
            let ls = previousScalarStart(p, ts, cur.start)
            let (c, _) = scalar(p, ls, ts)
            if c == 0x2E {
                dots += 1
            } else if c == 0x3F || c == 0x21 {
                qe = true
            } else if c == 0x2026 {
                ellipsisChar = true
            } else {
                break
            }
            ts = ls
        }
        if ts == te { return false }
        let (nextKind, ws) = classify(p, nx)
        if qe {
            return nextKind != .lower || isCamelBrand(p, nx, ws)
        }
        if ellipsisChar || dots == 3 {
            // "word... There is" / "word... \"Quote": an attached ellipsis before a typical opener.
            guard ts > cur.start, !SplitterCore.isOpener(scalar(p, previousScalarStart(p, ts, cur.start), ts).0) else {
                return false
            }
            let (fc, _) = scalar(p, nx.start, nx.end)
            if (fc == 0x22 || fc == 0x201C) && nextKind == .upper { return true }
            return nextKind == .upper && isStarterWord(p, nx)
        }
        if dots >= 4 { return nextKind != .lower }
        // A single period (or "..") after the word `ts0..<ts`.
        var ws0 = cur.start
        while ws0 < ts {
            let (c, len) = scalar(p, ws0, ts)
            if SplitterCore.isOpener(c) { ws0 += len } else { break }
        }
        let wEnd = stripClosers(p, ws0, ts)
        if wEnd <= ws0 {
            return nextKind != .lower
        }
        // Spaced ellipsis after an attached period: "word. . . . Next" ends after "word.".
        if isDotOnly(p, nx) {
            var count = 0
            var k: Chunk? = nx
            var after: Chunk? = nil
            while let c = k, isDotOnly(p, c) {
                count += 1
                k = nextChunk(p, c.end, pe)
            }
            after = k
            if count == 3, let a = after, classify(p, a).0 == .upper { return true }
            return false
        }
        let entry = lookupAbbreviation(p, ws0, wEnd)
        let kind: AbbrevKind? = entry.map { kinds[$0] }
        let wordLength = wEnd - ws0
        let firstByte = p[ws0]
        let singleUpper = wordLength == 1 && firstByte >= 65 && firstByte <= 90
        let singleLetter = wordLength == 1 && (firstByte | 0x20) >= 97 && (firstByte | 0x20) <= 122
        switch nextKind {
        case .lower:
            if kind != nil || singleLetter || isInitialism(p, ws0, wEnd) { return false }
            return isCamelBrand(p, nx, ws)
        case .digit:
            if kind != nil || singleLetter { return false }
            return true
        case .upper, .other:
            if let k = kind {
                switch k {
                case .title: return false
                case .postpositive: return true
                case .numberOnly: break
                case .time: return chunksInSentence > 4
                case .generic: return isStarterWord(p, nx)
                }
            }
            if singleUpper {
                if isInitialChunk(p, nx) { return false }
                if firstByte == UInt8(ascii: "I"), let pr = prev, classify(p, pr).0 == .lower { return true }
                return isStarterWord(p, nx)
            }
            if isInitialism(p, ws0, wEnd) { return isStarterWord(p, nx) }
            return true
        }
    }

    /// Abbreviation entry for the word `s..<e`. Matching is case-sensitive except that a
    /// lower-case entry also matches a capitalised word ("etc." / "Etc."), so "SEC" is not "Sec.".
    func lookupAbbreviation(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Int? {
        guard let entry = abbrevs.find(p, s, e) else { return nil }
        for spelling in spellings[entry] {
            var ok = true
            for k in 0..<spelling.count {
                let w = p[s + k]
                let a = spelling[k]
                if w == a { continue }
                if k == 0 && a >= 97 && a <= 122 && w == a - 32 { continue }
                ok = false
                break
            }
            if ok { return entry }
        }
        return nil
    }

    /// Next chunk is a single capital initial like "K.".
    func isInitialChunk(_ p: UnsafePointer<UInt8>, _ c: Chunk) -> Bool {
        c.end - c.start == 2 && p[c.start] >= 65 && p[c.start] <= 90 && p[c.start + 1] == 0x2E
    }

    /// `U.S`, `E.U`, `U.S.A`, `a.m`, `Ph.D`: segments of one or two letters joined by periods.
    func isInitialism(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        var segments = 0
        var segLen = 0
        var i = s
        while i < e {
            let b = p[i]
            if b == 0x2E {
                if segLen == 0 || segLen > 2 { return false }
                segments += 1
                segLen = 0
            } else if (b | 0x20) >= 97 && (b | 0x20) <= 122 {
                segLen += 1
            } else {
                return false
            }
            i += 1
        }
        if segLen == 0 || segLen > 2 { return false }
        return segments + 1 >= 2
    }
}
