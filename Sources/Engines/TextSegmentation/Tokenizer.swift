// A byte-level re-implementation of the tokenization algorithm of spaCy's English tokenizer
// (`spacy.blank("en")`): whitespace split, special cases, prefix/suffix/infix splitting, URL
// matching and the special-case post-pass. Written from the documented behaviour; the rule data
// (character classes, exceptions) is in `TokenizerTables.swift`.

/// A spaCy-compatible English tokenizer working on UTF-8 bytes.
///
/// Tokens are reported as byte ranges into the input; whitespace is never part of a token and
/// runs of whitespace produce no tokens (spaCy would emit `SPACE` tokens for them).
public struct Tokenizer: Sendable {
    let core: TokenizerCore

    /// Creates a tokenizer with spaCy's English exceptions plus `specialCases`.
    ///
    /// - Parameter specialCases: extra exceptions in the style of spaCy's `tokenizer_exceptions`
    ///   (e.g. `["Gov.": ["Gov."], "gimme": ["gim", "me"]]`). The sub-tokens of each case must
    ///   concatenate to the key; invalid entries are ignored. Entries override built-in ones.
    public init(specialCases: [String: [String]] = [:]) {
        if specialCases.isEmpty {
            core = TokenizerCore.standard
        } else {
            core = TokenizerCore(extra: specialCases)
        }
    }

    /// Appends byte ranges (start..<end, offsets into `text`) of tokens to `tokens` (caller reuses the array).
    public func tokenize(_ text: UnsafeBufferPointer<UInt8>, into tokens: inout [Range<Int>]) {
        guard let base = text.baseAddress, !text.isEmpty else { return }
        core.tokenize(base, text.count, &tokens)
    }
}

/// Immutable tokenizer state shared between copies of `Tokenizer`.
final class TokenizerCore: @unchecked Sendable {
    static let standard = TokenizerCore(extra: [:])

    let table = CharTable.shared
    /// Exceptions: key -> entry index; sub-token byte lengths in `subLengths[subStart[i]..<subStart[i+1]]`.
    let specials: ByteSliceTable
    let subStart: [Int]
    let subLengths: [Int]
    /// Exceptions that spaCy's post-pass matcher applies to adjacent tokens, with the token
    /// boundaries (relative end offsets) the affix rules alone produce for them.
    let matcher: ByteSliceTable
    let matcherSpecial: [Int]
    let matcherEnds: [[Int]]
    let matcherMaxTokens: Int
    /// Units recognised as suffixes after a digit (spaCy's UNITS), as UTF-8 byte strings.
    let units: [[UInt8]]
    /// The longest unit's length in bytes.
    let longestUnit: Int

    typealias Rule = (key: String, parts: [String])
    typealias MatcherData = (table: ByteSliceTable, special: [Int], ends: [[Int]], maxTokens: Int)

    convenience init(extra: [String: [String]]) {
        let rules = TokenizerCore.parseRules(extra: extra)
        let helper = TokenizerCore(rules: rules, matcherData: nil)
        self.init(rules: rules, matcherData: helper.buildMatcher(rules))
    }

    private init(rules: [Rule], matcherData: MatcherData?) {
        units = TokenizerCore.unitList.map { Array($0.utf8) }
        // findSuffix finds a unit from the last digit before it.
        precondition(units.allSatisfy { unit in !unit.isEmpty && !unit.contains { $0 >= 0x30 && $0 <= 0x39 } })
        longestUnit = units.map(\.count).max() ?? 0
        var specials = ByteSliceTable()
        var subStart = [0]
        var subLengths: [Int] = []
        for r in rules {
            let i = specials.insert(Array(r.key.utf8))
            precondition(i == subStart.count - 1)
            for part in r.parts { subLengths.append(part.utf8.count) }
            subStart.append(subLengths.count)
        }
        self.specials = specials
        self.subStart = subStart
        self.subLengths = subLengths
        matcher = matcherData?.table ?? ByteSliceTable()
        matcherSpecial = matcherData?.special ?? []
        matcherEnds = matcherData?.ends ?? []
        matcherMaxTokens = matcherData?.maxTokens ?? 0
    }

    /// Built-in exceptions (generated data) overridden/extended by `extra`.
    static func parseRules(extra: [String: [String]]) -> [Rule] {
        var rules: [Rule] = []
        for line in TokenizerTables.exceptions.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3 else { continue }
            rules.append((fields[1], Array(fields[2...])))
        }
        var index: [String: Int] = [:]
        for (i, r) in rules.enumerated() { index[r.key] = i }
        for (key, parts) in extra.sorted(by: { $0.key < $1.key }) {
            guard !key.isEmpty, parts.joined() == key, !parts.contains(where: \.isEmpty) else { continue }
            if let i = index[key] {
                rules[i] = (key, parts)
            } else {
                index[key] = rules.count
                rules.append((key, parts))
            }
        }
        return rules
    }

    /// spaCy's special-case matcher: rules whose affix-only tokenization has several tokens.
    func buildMatcher(_ rules: [Rule]) -> MatcherData {
        var table = ByteSliceTable()
        var special: [Int] = []
        var ends: [[Int]] = []
        var maxTokens = 0
        var scratch: [Range<Int>] = []
        for r in rules {
            let bytes = Array(r.key.utf8)
            scratch.removeAll(keepingCapacity: true)
            bytes.withBytePointer { tokenizeChunk($0, 0, bytes.count, &scratch, useSpecials: false) }
            guard scratch.count > 1 else { continue }
            let m = table.insert(bytes)
            if m == special.count {
                special.append(bytes.withBytePointer { specials.find($0, 0, bytes.count) } ?? -1)
                ends.append(scratch.map { $0.upperBound })
            }
            maxTokens = max(maxTokens, scratch.count)
        }
        return (table, special, ends, maxTokens)
    }

    // MARK: - Driver

    func tokenize(_ p: UnsafePointer<UInt8>, _ n: Int, _ tokens: inout [Range<Int>]) {
        let flags = table.bytes
        var i = 0
        while i < n {
            let b = p[i]
            if b < 0x80 {
                if flags[Int(b)] & CharFlags.space != 0 {
                    i += 1
                    continue
                }
            } else {
                let (cp, len) = decodeScalar(p, i, n)
                if table.flags(cp) & CharFlags.space != 0 {
                    i += len
                    continue
                }
            }
            let start = i
            var allLetters = true
            while i < n {
                let c = p[i]
                if c < 0x80 {
                    let f = flags[Int(c)]
                    if f & CharFlags.space != 0 { break }
                    if f & CharFlags.alpha == 0 { allLetters = false }
                    i += 1
                } else {
                    let (cp, len) = decodeScalar(p, i, n)
                    if table.flags(cp) & CharFlags.space != 0 { break }
                    allLetters = false
                    i += len
                }
            }
            if allLetters {
                if let entry = specials.find(p, start, i) {
                    emitSpecial(entry, start, &tokens)
                } else {
                    tokens.append(start..<i)
                }
            } else {
                let first = tokens.count
                tokenizeChunk(p, start, i, &tokens, useSpecials: true)
                if tokens.count - first >= 2 && matcherMaxTokens > 0 {
                    applyMatcher(p, first, &tokens)
                }
            }
        }
    }

    @inline(__always)
    private func emitSpecial(_ entry: Int, _ start: Int, _ tokens: inout [Range<Int>]) {
        var pos = start
        for k in subStart[entry]..<subStart[entry + 1] {
            let len = subLengths[k]
            tokens.append(pos..<pos + len)
            pos += len
        }
    }

    /// spaCy's `_split_affixes` + `_attach_tokens` for one whitespace-delimited chunk.
    func tokenizeChunk(_ p: UnsafePointer<UInt8>, _ s0: Int, _ e0: Int, _ tokens: inout [Range<Int>], useSpecials: Bool)
    {
        if useSpecials, let entry = specials.find(p, s0, e0) {
            emitSpecial(entry, s0, &tokens)
            return
        }
        var s = s0
        var e = e0
        var lastSize = 0
        // The memo and the suffix cuts are plain values passed `inout`: local functions capturing them made Swift box
        // them on the heap for every chunk, with an exclusivity check at each access (half of this function's cost).
        var memo = SpecialMemo()
        var suffixes = SuffixCuts()
        while e > s && e - s != lastSize {
            if special(p, s, e, &memo, useSpecials) { break }
            lastSize = e - s
            let pre = findPrefix(p, s, e)
            if pre != 0 && s + pre < e && special(p, s + pre, e, &memo, useSpecials) {
                tokens.append(s..<s + pre)
                s += pre
                break
            }
            let suf = findSuffix(p, s + pre, e)
            if suf != 0 && e - suf > s && special(p, s, e - suf, &memo, useSpecials) {
                suffixes.push(e - suf)
                e -= suf
                break
            }
            if pre != 0 && suf != 0 && pre + suf <= e - s {
                tokens.append(s..<s + pre)
                suffixes.push(e - suf)
                s += pre
                e -= suf
            } else if pre != 0 {
                tokens.append(s..<s + pre)
                s += pre
            } else if suf != 0 {
                suffixes.push(e - suf)
                e -= suf
            }
            if e > s && special(p, s, e, &memo, useSpecials) { break }
        }
        if e > s {
            if special(p, s, e, &memo, useSpecials), let entry = specials.find(p, s, e) {
                emitSpecial(entry, s, &tokens)
            } else if matchURL(p, s, e) {
                tokens.append(s..<e)
            } else {
                splitInfixes(p, s, e, &tokens)
            }
        }
        // Emit suffixes left to right (reverse of discovery order).
        var k = suffixes.count - 1
        while k >= 0 {
            tokens.append(suffixes[k]..<(k == 0 ? e0 : suffixes[k - 1]))
            k -= 1
        }
    }

    /// The last special-case probe of a chunk and its answer (the loop re-probes the same slice several times).
    struct SpecialMemo {
        var start = -1
        var end = -1
        var hit = false
    }

    /// Whether `p[a..<b]` is a special case, through `memo`.
    @inline(__always)
    private func special(
        _ p: UnsafePointer<UInt8>, _ a: Int, _ b: Int, _ memo: inout SpecialMemo, _ useSpecials: Bool
    ) -> Bool {
        if !useSpecials { return false }
        if a == memo.start && b == memo.end { return memo.hit }
        memo.start = a
        memo.end = b
        memo.hit = specials.find(p, a, b) != nil
        return memo.hit
    }

    /// The left edges of a chunk's suffix tokens, in discovery order (right to left; they are contiguous from the
    /// right, so their left edges are all that needs remembering): the first eight in place, more in an array.
    struct SuffixCuts {
        private var cuts: (Int, Int, Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0, 0, 0)
        private var overflow: [Int] = []
        private(set) var count = 0

        mutating func push(_ cut: Int) {
            switch count {
            case 0: cuts.0 = cut
            case 1: cuts.1 = cut
            case 2: cuts.2 = cut
            case 3: cuts.3 = cut
            case 4: cuts.4 = cut
            case 5: cuts.5 = cut
            case 6: cuts.6 = cut
            case 7: cuts.7 = cut
            default: overflow.append(cut)
            }
            count += 1
        }

        subscript(index: Int) -> Int {
            switch index {
            case 0: return cuts.0
            case 1: return cuts.1
            case 2: return cuts.2
            case 3: return cuts.3
            case 4: return cuts.4
            case 5: return cuts.5
            case 6: return cuts.6
            case 7: return cuts.7
            default: return overflow[index - 8]
            }
        }
    }

    // MARK: - Affixes

    @inline(__always)
    private func isASCIIDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    /// Length in bytes of the prefix spaCy's English prefix rules find at `s` (first matching alternative).
    func findPrefix(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Int {
        let b = p[s]
        if b == UInt8(ascii: ".") {
            var k = s
            while k < e && p[k] == UInt8(ascii: ".") { k += 1 }
            return k - s >= 2 ? k - s : 0
        }
        if b == UInt8(ascii: "+") {
            return s + 1 < e && isASCIIDigit(p[s + 1]) ? 0 : 1
        }
        if b == UInt8(ascii: "U") {
            return s + 2 < e && p[s + 1] == UInt8(ascii: "S") && p[s + 2] == UInt8(ascii: "$") ? 3 : 0
        }
        if b == UInt8(ascii: "C") || b == UInt8(ascii: "A") {
            return s + 1 < e && p[s + 1] == UInt8(ascii: "$") ? 2 : 0
        }
        if b < 0x80 { return table.bytes[Int(b)] & CharFlags.prefix != 0 ? 1 : 0 }
        let (cp, len) = decodeScalar(p, s, e)
        return table.flags(cp) & CharFlags.prefix != 0 ? len : 0
    }

    /// Length in bytes of the longest suffix (= leftmost regex match) spaCy's suffix rules find in `s..<e`.
    func findSuffix(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Int {
        if e <= s { return 0 }
        let ls = previousScalarStart(p, e, s)
        let last = p[ls] < 0x80 ? UInt32(p[ls]) : decodeScalar(p, ls, e).0
        let lastFlags = table.flags(last)
        var best = lastFlags & CharFlags.suffix != 0 ? e - ls : 0
        let hasPrev = ls > s
        let ps = hasPrev ? previousScalarStart(p, ls, s) : s
        let prev: UInt32 = hasPrev ? (p[ps] < 0x80 ? UInt32(p[ps]) : decodeScalar(p, ps, ls).0) : 0xFFFF_FFFF
        switch last {
        case 0x2E:  // "."
            var k = e
            while k > s && p[k - 1] == 0x2E { k -= 1 }
            if e - k >= 2 { best = max(best, e - k) }
            if hasPrev {
                let pf = table.flags(prev)
                if pf & CharFlags.dotBefore != 0 { best = max(best, 1) }
                if ps > s {
                    let pps = previousScalarStart(p, ps, s)
                    let pp = p[pps] < 0x80 ? UInt32(p[pps]) : decodeScalar(p, pps, ps).0
                    if pf & CharFlags.upper != 0 && table.flags(pp) & CharFlags.upper != 0 { best = max(best, 1) }
                    if pp == 0xB0,
                        prev == 0x46 || prev == 0x66 || prev == 0x43 || prev == 0x63 || prev == 0x4B || prev == 0x6B
                    {
                        best = max(best, 1)
                    }
                }
            }
        case 0x2026:  // "…" ; "……" is tried before a lone trailing "…" at an earlier position
            if prev == 0x2026 { best = max(best, e - ps) }
        case 0x73, 0x53:  // "'s", "’s"
            if prev == 0x27 || prev == 0x2019 { best = max(best, e - ps) }
        default:
            break
        }
        // Rules with a digit look-behind: "+", currency, units.
        if hasPrev {
            if last == 0x2B && prev < 128 && isASCIIDigit(UInt8(prev)) { best = max(best, 1) }
            if lastFlags & CharFlags.currency != 0 && prev < 128 && isASCIIDigit(UInt8(prev)) {
                best = max(best, e - ls)
            }
            if last == 0x24 && e - s >= 3 {
                // US$, C$, A$ after a digit
                if e - s >= 4 && p[e - 3] == 0x55 && p[e - 2] == 0x53 && isASCIIDigit(p[e - 4]) { best = max(best, 3) }
                if (p[e - 2] == 0x43 || p[e - 2] == 0x41) && isASCIIDigit(p[e - 3]) { best = max(best, 2) }
            }
            if best < e - s - 1
                && (lastFlags & (CharFlags.alpha | CharFlags.lower | CharFlags.upper) != 0 || last == 0x25
                    || last == 0xB2 || last == 0xB3)
            {
                // A unit must follow a digit and holds none, so only the bytes after the token's last digit can
                // be one: find that digit (within the longest unit's reach) and compare the units of that length.
                var digit = e - 1
                let reach = max(s, e - longestUnit - 1)
                while digit >= reach && !isASCIIDigit(p[digit]) { digit -= 1 }
                let length = e - digit - 1
                if digit >= reach && length > best {
                    for unit in units where unit.count == length {
                        var k = 0
                        while k < length && p[digit + 1 + k] == unit[k] { k += 1 }
                        if k == length { best = length }
                    }
                }
            }
        }
        return best
    }

    // MARK: - Infixes

    /// spaCy's `infix_finditer` + token emission of `_attach_tokens` over `s..<e`.
    func splitInfixes(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int, _ tokens: inout [Range<Int>]) {
        var start = s
        var i = s
        var prevFlags: UInt16 = 0
        var prev: UInt32 = 0xFFFF_FFFF
        while i < e {
            let (c, len) = p[i] < 0x80 ? (UInt32(p[i]), 1) : decodeScalar(p, i, e)
            let cf = table.flags(c)
            var matchEnd = -1
            if c == 0x2E && i + 1 < e && p[i + 1] == 0x2E {
                var k = i
                while k < e && p[k] == 0x2E { k += 1 }
                matchEnd = k
            } else if c == 0x2026 || cf & CharFlags.icon != 0 {
                matchEnd = i + len
            } else if i > s && i + len < e {
                let (nx, nlen) = p[i + len] < 0x80 ? (UInt32(p[i + len]), 1) : decodeScalar(p, i + len, e)
                let nf = table.flags(nx)
                _ = nlen
                let prevIsDigit = prevFlags & CharFlags.digit != 0
                switch c {
                case 0x2B, 0x2D, 0x2A, 0x5E:  // + - * ^ between a digit and a digit or "-"
                    if prevIsDigit && (nf & CharFlags.digit != 0 || nx == 0x2D) { matchEnd = i + 1 }
                default: break
                }
                if matchEnd < 0 && c == 0x2E && prevFlags & (CharFlags.lower | CharFlags.quote) != 0
                    && nf & (CharFlags.upper | CharFlags.quote) != 0
                {
                    matchEnd = i + 1
                }
                if matchEnd < 0 && c == 0x2C && prevFlags & CharFlags.alpha != 0 && nf & CharFlags.alpha != 0 {
                    matchEnd = i + 1
                }
                if matchEnd < 0 && cf & CharFlags.hyphen != 0 && prevFlags & (CharFlags.alpha | CharFlags.digit) != 0 {
                    matchEnd = matchHyphen(p, i, e)
                }
                if matchEnd < 0 && (c == 0x3A || c == 0x3C || c == 0x3E || c == 0x3D || c == 0x2F)
                    && prevFlags & (CharFlags.alpha | CharFlags.digit) != 0 && nf & CharFlags.alpha != 0
                {
                    matchEnd = i + 1
                }
            }
            if matchEnd >= 0 {
                if i != s {
                    if i != start { tokens.append(start..<i) }
                    tokens.append(i..<matchEnd)
                    start = matchEnd
                }
                // Advance to the match end; the look-behind sees the last scalar of the match.
                let lastStart = previousScalarStart(p, matchEnd, i)
                prev = p[lastStart] < 0x80 ? UInt32(p[lastStart]) : decodeScalar(p, lastStart, matchEnd).0
                prevFlags = table.flags(prev)
                i = matchEnd
            } else {
                prev = c
                prevFlags = cf
                i += len
            }
        }
        if start < e { tokens.append(start..<e) }
    }

    /// Hyphen infix alternatives in spaCy's order: - – — -- --- —— ~, each followed by a letter.
    private func matchHyphen(_ p: UnsafePointer<UInt8>, _ i: Int, _ e: Int) -> Int {
        @inline(__always) func alphaAt(_ j: Int) -> Bool {
            guard j < e else { return false }
            let c = p[j] < 0x80 ? UInt32(p[j]) : decodeScalar(p, j, e).0
            return table.flags(c) & CharFlags.alpha != 0
        }
        @inline(__always) func isEmDash(_ j: Int) -> Bool {
            j + 2 < e && p[j] == 0xE2 && p[j + 1] == 0x80 && p[j + 2] == 0x94
        }
        @inline(__always) func isEnDash(_ j: Int) -> Bool {
            j + 2 < e && p[j] == 0xE2 && p[j + 1] == 0x80 && p[j + 2] == 0x93
        }
        if p[i] == 0x2D {
            if alphaAt(i + 1) { return i + 1 }
            if i + 1 < e && p[i + 1] == 0x2D {
                if alphaAt(i + 2) { return i + 2 }
                if i + 2 < e && p[i + 2] == 0x2D && alphaAt(i + 3) { return i + 3 }
            }
            return -1
        }
        if isEnDash(i) { return alphaAt(i + 3) ? i + 3 : -1 }
        if isEmDash(i) {
            if alphaAt(i + 3) { return i + 3 }
            if isEmDash(i + 3) && alphaAt(i + 6) { return i + 6 }
            return -1
        }
        if p[i] == 0x7E { return alphaAt(i + 1) ? i + 1 : -1 }
        return -1
    }

    // MARK: - URLs (spaCy's URL_MATCH)

    func matchURL(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        // Cheap rejection: a URL needs a "." or an IP-like dot somewhere.
        var hasDot = false
        var k = s
        while k < e {
            if p[k] == 0x2E {
                hasDot = true
                break
            }
            k += 1
        }
        if !hasDot { return false }
        var starts: (Int, Int) = (s, -1)
        // Optional scheme: [\w+\-.]{2,}://
        k = s
        while k < e {
            let (c, len) = decodeScalar(p, k, e)
            if c == 0x2B || c == 0x2D || c == 0x2E || table.flags(c) & CharFlags.word != 0 { k += len } else { break }
        }
        if k - s >= 2 && k + 2 < e && p[k] == 0x3A && p[k + 1] == 0x2F && p[k + 2] == 0x2F { starts.1 = k + 3 }
        for pass in 0..<2 {
            let hostBase = pass == 0 ? starts.0 : starts.1
            if hostBase < 0 { continue }
            if matchHostRest(p, hostBase, e) { return true }
            // Optional user info: \S+(?::\S*)?@
            var j = hostBase + 1
            while j < e {
                if p[j] == 0x40 && matchHostRest(p, j + 1, e) { return true }
                j += 1
            }
        }
        return false
    }

    private func matchHostRest(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        if s >= e { return false }
        var hostEnd = matchIPv4(p, s, e)
        if hostEnd < 0 { hostEnd = matchDomain(p, s, e) }
        if hostEnd < 0 { return false }
        var i = hostEnd
        // Port
        if i < e && p[i] == 0x3A {
            var j = i + 1
            while j < e && isASCIIDigit(p[j]) { j += 1 }
            if j - (i + 1) >= 2 && j - (i + 1) <= 5 { i = j }
        }
        if i == e { return true }
        return p[i] == 0x2F || p[i] == 0x3F || p[i] == 0x23
    }

    private func matchDomain(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Int {
        var i = s
        var labels = 0
        while true {
            let runStart = i
            var lastScalarStart = i
            while i < e {
                let (c, len) = decodeScalar(p, i, e)
                if c == 0x5F || c == 0x2D || (c >= 0xA1 && c <= 0xFFFF)
                    || (c < 128 && table.flags(c) & CharFlags.urlLabel != 0)
                {
                    lastScalarStart = i
                    i += len
                } else {
                    break
                }
            }
            if i < e && p[i] == 0x2E && i > runStart {
                // Label: first and last scalar must not be "_" or "-"; at most 63 scalars (bytes as approximation).
                let first = p[runStart]
                let lastB = p[lastScalarStart]
                if first == 0x5F || first == 0x2D || lastB == 0x5F || lastB == 0x2D { return -1 }
                labels += 1
                i += 1
                continue
            }
            // TLD: the whole run, 2...63 lower-case letters.
            if labels == 0 { return -1 }
            var j = runStart
            var count = 0
            while j < i {
                let (c, len) = decodeScalar(p, j, i)
                if table.flags(c) & CharFlags.lower == 0 || c < 0x41 || (c >= 0x30 && c <= 0x39) { return -1 }
                count += 1
                j += len
            }
            return count >= 2 && count <= 63 ? i : -1
        }
    }

    private func matchIPv4(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Int {
        var octets: (Int, Int, Int, Int) = (0, 0, 0, 0)
        var i = s
        for n in 0..<4 {
            if n > 0 { if i < e && p[i] == 0x2E { i += 1 } else { return -1 } }
            let start = i
            var v = 0
            while i < e && isASCIIDigit(p[i]) && i - start < 3 {
                v = v * 10 + Int(p[i] - 48)
                i += 1
            }
            if i == start { return -1 }
            if n == 0 && p[start] == 0x30 { return -1 }
            switch n {
            case 0: octets.0 = v
            case 1: octets.1 = v
            case 2: octets.2 = v
            default: octets.3 = v
            }
        }
        if i < e && isASCIIDigit(p[i]) { return -1 }
        let (a, b, _, d) = octets
        if a == 10 || a == 127 || (a == 169 && b == 254) || (a == 192 && b == 168) || (a == 172 && b >= 16 && b <= 31) {
            return -1
        }
        if a < 1 || a > 223 || octets.1 > 255 || octets.2 > 255 || d < 1 || d > 254 { return -1 }
        return i
    }

    // MARK: - Special-case post-pass (spaCy's `_apply_special_cases`)

    /// Replaces runs of tokens that form a special case (`''` from `'` `'`) by the special case's tokens, in one pass:
    /// the rewritten tail is built beside the array (only once a first replacement is found) and put back once, so a
    /// chunk of 300,000 quote marks costs linear time, not a shift of the array per replacement.
    private func applyMatcher(_ p: UnsafePointer<UInt8>, _ first: Int, _ tokens: inout [Range<Int>]) {
        var rewritten: [Range<Int>]?
        var i = first
        while i < tokens.count {
            var bestEnd = -1
            var bestEntry = -1
            let start = tokens[i].lowerBound
            var j = i + 2
            while j <= tokens.count && j - i <= matcherMaxTokens {
                let end = tokens[j - 1].upperBound
                if let m = matcher.find(p, start, end) {
                    let ends = matcherEnds[m]
                    if ends.count == j - i {
                        var ok = true
                        for t in 0..<ends.count where tokens[i + t].upperBound - start != ends[t] {
                            ok = false
                            break
                        }
                        if ok && matcherSpecial[m] >= 0 {
                            bestEnd = j
                            bestEntry = matcherSpecial[m]
                        }
                    }
                }
                j += 1
            }
            if bestEntry >= 0 {
                // Taken out and put back, so the array stays uniquely referenced and appends in place.
                var out = rewritten.take() ?? Array(tokens[first..<i])
                emitSpecial(bestEntry, start, &out)
                rewritten = out
                i = bestEnd
            } else {
                rewritten?.append(tokens[i])
                i += 1
            }
        }
        if let rewritten { tokens.replaceSubrange(first..<tokens.count, with: rewritten) }
    }

    static let unitList: [String] = [
        "km", "km²", "km³", "m", "m²", "m³", "dm", "dm²", "dm³", "cm", "cm²", "cm³", "mm", "mm²", "mm³", "ha", "µm",
        "nm",
        "yd", "in", "ft", "kg", "g", "mg", "µg", "t", "lb", "oz", "m/s", "km/h", "kmh", "mph", "hPa", "Pa", "mbar",
        "mb", "MB",
        "kb", "KB", "gb", "GB", "tb", "TB", "T", "G", "M", "K", "%", "км", "км²", "км³", "м", "м²", "м³", "дм", "дм²",
        "дм³",
        "см", "см²", "см³", "мм", "мм²", "мм³", "нм", "кг", "г", "мг", "м/с", "км/ч", "кПа", "Па", "мбар", "Кб", "КБ",
        "кб",
        "Мб", "МБ", "мб", "Гб", "ГБ", "гб", "Тб", "ТБ", "тбكم", "كم²", "كم³", "م", "م²", "م³", "سم", "سم²", "سم³", "مم",
        "مم²",
        "مم³", "كم", "غرام", "جرام", "جم", "كغ", "ملغ", "كوب", "اكواب",
    ]
}
