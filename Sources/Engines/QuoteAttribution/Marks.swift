// Paragraph splitting and quotation-mark pairing. The letter, capital and hash tests are the people engine's.

import People

/// Length of the whitespace character at `i`, or 0.
@inline(__always) func spaceLen(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int) -> Int {
    let b = p[i]
    if b == .space || b == .lineFeed || b == .carriageReturn || b == .tab || b == .verticalTab || b == .formFeed {
        return 1
    }
    if b == .latin1Lead, i + 1 < n, p[i + 1] == .noBreakSpaceLast { return 2 }
    if b == .punctuationLead, i + 2 < n, p[i + 1] == .punctuationSecond {
        // U+2000…U+200B (typographic spaces), U+202F (narrow no-break), U+2028/U+2029 (line/paragraph separators)
        let c = p[i + 2]
        if (c >= 0x80 && c <= 0x8B) || c == 0xAF || c == 0xA8 || c == 0xA9 { return 3 }
    }
    if b == 0xE3, i + 2 < n, p[i + 1] == 0x80, p[i + 2] == 0x80 { return 3 }  // U+3000 ideographic space
    return 0
}

/// Whether the character at `i` is a letter or digit: the people engine's `isLetterOrDigit`, except that a stray UTF-8
/// continuation byte (only in invalid input) counts as a word character, as it always has here, so invalid bytes stay
/// inside the word they interrupt instead of splitting it.
@inline(__always) func isWordChar(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    p[i] & 0xC0 == 0x80 || isLetterOrDigit(p, i)
}

/// A quotation-mark candidate.
struct Mark {
    enum Role: UInt8 { case open, close, ambiguous }
    var pos: Int
    var len: Int
    var style: QuoteMarkStyle
    var role: Role
    var possessive: Bool = false  // closing single mark that could be a plural possessive (Jones' book)
}

/// A quotation found by pairing marks (before attribution).
struct RawQuote {
    var open: Int
    var openLen: Int
    var close: Int  // position of the closing mark, or content end for unclosed quotes
    var closeLen: Int  // 0 when unclosed
    var style: QuoteMarkStyle
    var para: Int
    var depth: Int
    var unclosed: Bool
    var lastPara: Int
    var dropped = false
    var range: Range<Int> { open..<(close + closeLen) }
    var content: Range<Int> { (open + openLen)..<close }
}

/// Splits text into paragraphs: the first non-empty line is a paragraph of its own, then blocks separated by blank lines.
func splitParagraphs(_ p: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    let n = p.count
    var paras: [Range<Int>] = []
    var i = 0
    var first = true
    var blockStart = -1
    var blockEnd = -1
    while i < n {
        // one line: [i, le)
        var le = i
        while le < n && p[le] != .lineFeed { le += 1 }
        // first and last non-space bytes of the line
        var firstNonSpace = i
        while firstNonSpace < le {
            let s = spaceLen(p, firstNonSpace, n)
            if s == 0 { break }
            firstNonSpace += s
        }
        var lastNonSpace = le
        if firstNonSpace >= le {
            firstNonSpace = -1
        } else {
            while lastNonSpace > firstNonSpace {
                let b = p[lastNonSpace - 1]
                if b == .space || b == .tab || b == .carriageReturn || b == .verticalTab || b == .formFeed {
                    lastNonSpace -= 1
                } else if b == .noBreakSpaceLast && lastNonSpace - 2 >= firstNonSpace
                    && p[lastNonSpace - 2] == .latin1Lead
                {
                    lastNonSpace -= 2
                } else {
                    break
                }
            }
        }
        if firstNonSpace < 0 {
            if blockStart >= 0 {
                paras.append(blockStart..<blockEnd)
                blockStart = -1
            }
        } else if first {
            paras.append(firstNonSpace..<min(lastNonSpace, le))
            first = false
        } else {
            if blockStart < 0 { blockStart = firstNonSpace }
            blockEnd = min(lastNonSpace, le)
        }
        i = le + 1
    }
    if blockStart >= 0 { paras.append(blockStart..<blockEnd) }
    return paras
}

/// Whether the paragraph `para` starts with a curly opening single mark before a capital (`‘That’s the …`).
private func opensWithACurlyOpeningSingle(_ para: Range<Int>, _ p: UnsafeBufferPointer<UInt8>) -> Bool {
    para.count > 3 && p[para.lowerBound] == .punctuationLead && p[para.lowerBound + 1] == .punctuationSecond
        && p[para.lowerBound + 2] == .leftSingleLast && isCapitalAt(p, para.lowerBound + 3)
}

/// Finds and pairs quotation marks paragraph by paragraph; merges quotes continued across paragraphs.
func findQuotes(_ p: UnsafeBufferPointer<UInt8>, paras: [Range<Int>], options: QuoteOptions) -> [RawQuote] {
    let n = p.count
    let useStraight = options.marks.contains(.straightDouble)
    let useCurly = options.marks.contains(.curlyDouble)
    let useSingle = options.marks.contains(.single)
    let useGuil = options.marks.contains(.guillemets)
    var out: [RawQuote] = []
    var marks: [Mark] = []

    @inline(__always) func spaceBefore(_ i: Int, _ ps: Int) -> Bool {
        if i <= ps { return true }
        var k = i - 1
        while k > ps && p[k] & 0xC0 == 0x80 { k -= 1 }
        if spaceLen(p, k, n) > 0 { return true }
        let b = p[k]
        if b == .openParen || b == .openBracket || b == .openBrace || b == .hyphen || b == .slash || b == .doubleQuote
            || b == .apostrophe
        {
            return true
        }
        if b == .punctuationLead, k + 2 < n, p[k + 1] == .punctuationSecond {
            let c = p[k + 2]
            // Dashes, opening quotes.
            if c == .enDashLast || c == .emDashLast || c == .leftSingleLast || c == .leftDoubleLast { return true }
        }
        if b == .latin1Lead, p[k + 1] == .leftGuillemetLast { return true }
        return false
    }
    @inline(__always) func spaceAfter(_ i: Int, _ pe: Int) -> Bool {
        if i >= pe { return true }
        if spaceLen(p, i, n) > 0 { return true }
        let b = p[i]
        switch b {
        case .comma, .period, .semicolon, .colon, .exclamation, .question, .closeParen, .closeBracket, .closeBrace,
            .hyphen,
            .doubleQuote, .apostrophe:
            return true
        default: break
        }
        if b == .punctuationLead, i + 2 < n, p[i + 1] == .punctuationSecond {
            let c = p[i + 2]
            if c == .enDashLast || c == .emDashLast || c == .rightSingleLast || c == .rightDoubleLast
                || c == .ellipsisLast
            {
                return true
            }
        }
        if b == .latin1Lead, i + 1 < n, p[i + 1] == .rightGuillemetLast { return true }
        return false
    }
    @inline(__always) func wordCharBefore(_ i: Int, _ ps: Int) -> Bool {
        if i <= ps { return false }
        var k = i - 1
        while k > ps && p[k] & 0xC0 == 0x80 { k -= 1 }
        return isWordChar(p, k)
    }
    /// Whether the mark at `i` follows sentence-final punctuation and a space (". "A").
    func afterTerminal(_ i: Int, _ ps: Int) -> Bool {
        var k = i - 1
        var sawSpace = false
        while k > ps && (p[k] == .space || p[k] == .lineFeed) {
            k -= 1
            sawSpace = true
        }
        guard sawSpace, k > ps else { return false }
        let b = p[k]
        return b == .period || b == .exclamation || b == .question
            || (b == .ellipsisLast && k >= 2 && p[k - 1] == .punctuationSecond && p[k - 2] == .punctuationLead)
    }
    /// Apostrophe-initial contractions: 'n', 'em, 'til, 'cause, 'tis, 'twas, 'bout.
    func contractionAfter(_ i: Int, _ pe: Int) -> (Bool, Int) {
        var e = i
        while e < pe && p[e] < 0x80 && (isASCIILetter(p[e]) || isASCIIDigit(p[e])) { e += 1 }
        let h = foldedHash(p, i, e)
        if e - i == 1 && (p[i] | .asciiCaseBit) == UInt8(ascii: "n") {  // rock 'n' roll
            if e < pe
                && (p[e] == .apostrophe
                    || (p[e] == .punctuationLead && e + 2 < n && p[e + 1] == .punctuationSecond
                        && p[e + 2] == .rightSingleLast))
            {
                return (true, e)  // skip closing apostrophe of 'n'
            }
        }
        if contractionHashes.contains(h) { return (true, -1) }
        return (false, -1)
    }

    for (pi, para) in paras.enumerated() {
        let ps = para.lowerBound
        let pe = para.upperBound
        marks.removeAll(keepingCapacity: true)
        var i = ps
        var skipAt = -1
        while i < pe {
            let b = p[i]
            if b == .doubleQuote {
                if useStraight {
                    let sb = spaceBefore(i, ps)
                    let sa = spaceAfter(i + 1, pe)
                    let role: Mark.Role = (sb && !sa) ? .open : (!sb && sa) ? .close : .ambiguous
                    marks.append(Mark(pos: i, len: 1, style: .straightDouble, role: role))
                }
                i += 1
                continue
            }
            // `’’` / `‘‘`: a doubled single mark written for a double one, as some papers set it (`“Games like this
            // build character,’’ said Lee`)
            if b == .punctuationLead && i + 5 < pe && p[i + 1] == .punctuationSecond
                && (p[i + 2] == .leftSingleLast || p[i + 2] == .rightSingleLast) && p[i + 3] == .punctuationLead
                && p[i + 4] == .punctuationSecond && p[i + 5] == p[i + 2]
            {
                if useCurly {
                    let role: Mark.Role = p[i + 2] == .rightSingleLast ? .close : .open
                    marks.append(Mark(pos: i, len: 6, style: .curlyDouble, role: role))
                }
                i += 6
                continue
            }
            // ```` `` ```` for an opening straight `"`, as typewriter and wire copy sets it (```` ``Any town has its own
            // story,'' Ms. Schlichting said ````): before a word, after a space or the paragraph's start
            if useStraight && b == .graveAccent && i + 1 < pe && p[i + 1] == .graveAccent, spaceBefore(i, ps),
                !spaceAfter(i + 2, pe)
            {
                marks.append(Mark(pos: i, len: 2, style: .straightDouble, role: .open))
                i += 2
                continue
            }
            // `''` for a straight `"`, as some papers' systems set it: closing after a word (`"… a cool beverage,''
            // Lamont told`), opening before one (`''We gave Gordon a chance,'' said …`)
            // (only when straight double marks are read: otherwise they stay two single marks)
            if useStraight && b == .apostrophe && i + 1 < pe && p[i + 1] == .apostrophe {
                let sb = spaceBefore(i, ps)
                let sa = spaceAfter(i + 2, pe)
                if sb != sa {
                    marks.append(Mark(pos: i, len: 2, style: .straightDouble, role: sb ? .open : .close))
                    i += 2
                    continue
                }
            }
            if b == .apostrophe
                || (b == .punctuationLead && i + 2 < n && p[i + 1] == .punctuationSecond
                    && (p[i + 2] == .leftSingleLast || p[i + 2] == .rightSingleLast))
            {
                let len = b == .apostrophe ? 1 : 3
                let kindByte: UInt8 = b == .apostrophe ? 0 : p[i + 2]  // 0 straight, else ‘ or ’
                defer { i += len }
                if !useSingle || i == skipAt { continue }
                let wb = wordCharBefore(i, ps)
                let wa = i + len < pe && isWordChar(p, i + len)
                if wb && wa { continue }  // don't, O'Brien, Syria’s
                let sb = spaceBefore(i, ps)
                let sa = spaceAfter(i + len, pe)
                if sb && !sa && kindByte != .rightSingleLast {
                    if i + len < pe && isASCIIDigit(p[i + len]) { continue }  // '90s
                    let (isC, skip) = contractionAfter(i + len, pe)
                    if isC {
                        skipAt = skip
                        continue
                    }
                    marks.append(Mark(pos: i, len: len, style: .single, role: .open))
                } else if !sb && sa && kindByte != .leftSingleLast {
                    var k = i - 1
                    while k > ps && p[k] & 0xC0 == 0x80 { k -= 1 }
                    let poss = p[k] == UInt8(ascii: "s") || p[k] == UInt8(ascii: "S") || p[k] == UInt8(ascii: "z")
                    marks.append(Mark(pos: i, len: len, style: .single, role: .close, possessive: poss))
                }
                continue
            }
            if b == .punctuationLead && i + 2 < n && p[i + 1] == .punctuationSecond
                && (p[i + 2] == .leftDoubleLast || p[i + 2] == .rightDoubleLast || p[i + 2] == .lowDoubleLast)
            {
                if useCurly {
                    let c = p[i + 2]
                    var role: Mark.Role = c == .rightDoubleLast ? .close : .open
                    if c == .rightDoubleLast && spaceBefore(i, ps) && !spaceAfter(i + 3, pe) { role = .ambiguous }
                    // (`a video titled “Living Proof“.`: a left mark set after a word and before a space or
                    // punctuation is a right one set with the wrong character - it closes an open quote, if any)
                    if c == .leftDoubleLast && !spaceBefore(i, ps) && spaceAfter(i + 3, pe) { role = .ambiguous }
                    marks.append(Mark(pos: i, len: 3, style: .curlyDouble, role: role))
                }
                i += 3
                continue
            }
            // `″Clearly this is serious.`: a double prime opening a paragraph or a word after a space is a curly
            // opening mark set with the wrong character (as HuffPost UK pages do); after a digit it is inches
            if b == .punctuationLead && i + 3 < pe && p[i + 1] == .punctuationSecond && p[i + 2] == .doublePrimeLast,
                i == ps || spaceBefore(i, ps), isWordChar(p, i + 3)
            {
                if useCurly { marks.append(Mark(pos: i, len: 3, style: .curlyDouble, role: .open)) }
                i += 3
                continue
            }
            if b == .latin1Lead && i + 1 < n && (p[i + 1] == .leftGuillemetLast || p[i + 1] == .rightGuillemetLast) {
                if useGuil {
                    marks.append(
                        Mark(pos: i, len: 2, style: .guillemets, role: p[i + 1] == .leftGuillemetLast ? .open : .close))
                }
                i += 2
                continue
            }
            i += 1
        }
        if marks.isEmpty { continue }
        // pair
        var stack: [Mark] = []
        var k = 0
        while k < marks.count {
            var m = marks[k]
            if m.role == .ambiguous {
                // (`“We don’t buy class rings, we win them, " says Simon`: a straight mark set apart by spaces while a
                // curly quote is open on top and no straight one is open is that quote's closing mark, set sloppily)
                let sloppyClose =
                    m.style == .straightDouble && stack.last?.style == .curlyDouble && spaceBefore(m.pos, ps)
                    && spaceAfter(m.pos + 1, pe)
                m.role = stack.contains(where: { $0.style == m.style }) || sloppyClose ? .close : .open
            }
            if m.role == .open {
                if m.style == .straightDouble || m.style == .curlyDouble, let top = stack.last, top.style == m.style {
                    if afterTerminal(m.pos, ps) {
                        // news convention flattened into one paragraph: `"A. "B. "C."` is one quote
                        k += 1
                        continue
                    }
                    if m.style == .curlyDouble {
                        stack.append(m)
                        k += 1
                        continue
                    }  // nested curly
                    // otherwise an opening-shaped straight mark while one is open closes it (toggle)
                    m.role = .close
                } else {
                    stack.append(m)
                    k += 1
                    continue
                }
            }
            // closing (a double mark closes the other double style's open mark on top of the stack when its own style
            // has none: `“We are thankful," said Schmid`, as copy mixing curly and straight marks writes)
            var found = stack.lastIndex(where: { $0.style == m.style })
            if found == nil, m.style == .straightDouble || m.style == .curlyDouble, let top = stack.last,
                top.style == (m.style == .straightDouble ? .curlyDouble : .straightDouble)
            {
                found = stack.count - 1
            }
            // (… and a curly double closing mark closes a straight single opening mark that opens the paragraph or a
            // sentence, when no double mark is open: `'I think they've done a good job,” says Brian Gore`, as a
            // page's system that turned its opening curly mark into an apostrophe sets it)
            if found == nil, m.style == .curlyDouble, !stack.contains(where: { $0.style != .single }),
                let top = stack.last, top.style == .single, top.len == 1, top.pos == ps || afterTerminal(top.pos, ps)
            {
                found = stack.count - 1
            }
            guard let idx = found else {
                k += 1
                continue
            }
            if m.style == .single && m.possessive {
                // prefer a later non-possessive closer before the next single opener
                var later = false
                var j = k + 1
                while j < marks.count {
                    let mm = marks[j]
                    if mm.style == .single {
                        if mm.role == .open { break }
                        if mm.role == .close {
                            later = true
                            break
                        }
                    }
                    j += 1
                }
                if later {
                    k += 1
                    continue
                }
            }
            let o = stack[idx]
            stack.removeSubrange(idx...)
            out.append(
                RawQuote(
                    open: o.pos, openLen: o.len, close: m.pos, closeLen: m.len, style: m.style,
                    para: pi, depth: idx, unclosed: false, lastPara: pi))
            k += 1
        }
        // unclosed at paragraph end
        // (a single mark only when it opens the paragraph, or when it is a curly opening mark before a capital and
        // the next paragraph opens with one, as a quote running on over paragraphs is set: `‘…,’ said Elgar, ‘As a
        // player, you want to be positive …` ¶ `‘That’s the nature of Test cricket …`)
        if let o = stack.first {
            let keep =
                o.style != .single || o.pos == ps
                || (o.len == 3 && p[o.pos + 2] == .leftSingleLast && o.pos + 3 < pe && isCapitalAt(p, o.pos + 3)
                    && pi + 1 < paras.count && opensWithACurlyOpeningSingle(paras[pi + 1], p))
            if keep {
                out.append(
                    RawQuote(
                        open: o.pos, openLen: o.len, close: pe, closeLen: 0, style: o.style,
                        para: pi, depth: 0, unclosed: true, lastPara: pi))
            }
        }
    }
    // order by start (quotes were emitted at their closing mark)
    out.sort { $0.open < $1.open || ($0.open == $1.open && $0.depth < $1.depth) }
    // fix depth: a quote contained in another is nested
    var openStack: [Int] = []
    for qi in out.indices {
        while let t = openStack.last, out[t].range.upperBound <= out[qi].open { openStack.removeLast() }
        out[qi].depth = openStack.count
        openStack.append(qi)
    }
    // merge quotes continued across paragraphs
    var qi = 0
    while qi < out.count {
        if out[qi].unclosed && out[qi].depth == 0 && !out[qi].dropped {
            var nextPara = out[qi].lastPara + 1
            var j = qi + 1
            while j < out.count {
                if out[j].dropped || out[j].depth != 0 {
                    j += 1
                    continue
                }
                if out[j].para != nextPara { break }
                guard nextPara < paras.count, out[j].open == paras[nextPara].lowerBound,
                    out[j].style == out[qi].style || (out[j].style != .single && out[qi].style != .single)
                else { break }
                out[qi].close = out[j].close
                out[qi].closeLen = out[j].closeLen
                out[qi].unclosed = out[j].unclosed
                out[qi].lastPara = out[j].lastPara
                out[j].dropped = true
                if !out[j].unclosed { break }
                nextPara += 1
                j += 1
            }
        }
        qi += 1
    }
    // drop over-long quotes
    var result: [RawQuote] = []
    result.reserveCapacity(out.count)
    for q in out where !q.dropped {
        if countWords(p, q.content) > options.maxWords { continue }
        result.append(q)
    }
    return result
}

/// Number of whitespace-separated words in a byte range.
func countWords(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int {
    var c = 0
    var inWord = false
    var i = r.lowerBound
    while i < r.upperBound {
        let b = p[i]
        if b == .space || b == .lineFeed || b == .tab || b == .carriageReturn {
            inWord = false
        } else if !inWord {
            inWord = true
            c += 1
        }
        i += 1
    }
    return c
}

let contractionHashes: Set<UInt64> = Set(
    ["em", "til", "cause", "tis", "twas", "bout", "cos", "twixt", "ere", "neath"].map { foldedHash($0) })
