// The public extractor and the per-document attribution pass.

/// Extracts quotations from UTF-8 text and attributes them to speakers with rule-based news patterns.
///
/// Deterministic, stdlib only, byte-level. Thread-safe: the extractor is immutable and can be shared.
public struct QuoteExtractor: Sendable {
    /// The options in force.
    public let options: QuoteOptions
    let cueTable: [UInt64: [CueForm]]
    let cueSet: HashFlags

    /// Creates an extractor; the cue list in `options` is inflected once here.
    public init(options: QuoteOptions = QuoteOptions()) {
        self.options = options
        self.cueTable = buildCueTable(options.cues)
        var d: [UInt64: UInt32] = [:]
        for k in cueTable.keys { d[k] = 1 }
        self.cueSet = HashFlags(d)
    }

    /// Extracts and attributes the quotations of `text`.
    ///
    /// - Parameters:
    ///   - text: UTF-8 bytes; the first non-empty line is the headline, paragraphs are separated by blank lines.
    ///   - sentences: byte ranges of sentences if the caller has them (may be empty: a simple splitter is used).
    ///   - persons: byte ranges of person-name mentions from an upstream entity stage (may be empty: capitalised
    ///     name sequences are detected).
    /// - Returns: quotes in text order, nested quotes after the quote containing them.
    public func extract(_ text: UnsafeBufferPointer<UInt8>, sentences: [Range<Int>], persons: [Range<Int>]) -> [ExtractedQuote] {
        if text.isEmpty { return [] }
        var doc = DocState(p: text, options: options, cues: cueTable, cueSet: cueSet)
        return doc.run(sentences: sentences, persons: persons)
    }

    /// Convenience: extracts from a Swift string (byte offsets refer to its UTF-8 view).
    public func extract(_ text: String) -> [ExtractedQuote] {
        var s = text
        return s.withUTF8 { extract($0, sentences: [], persons: []) }
    }
}

/// Working state for one document.
struct DocState {
    let p: UnsafeBufferPointer<UInt8>
    let options: QuoteOptions
    let cues: [UInt64: [CueForm]]
    var paras: [Range<Int>] = []
    var toks: [Tok] = []
    var seqs: [CapSeq] = []
    var quotes: [RawQuote] = []
    var qOpenTok: [Int] = []
    var qCloseTok: [Int] = []   // closing mark token, or one past the last content token for unclosed quotes
    var sentFirst: [Int] = []
    var sentLast: [Int] = []
    var paraFirstTok: [Int] = []
    var paraLastTok: [Int] = []
    var fullByLast: [UInt64: [Int]] = [:]
    var femaleLast: Set<UInt64> = []
    var maleLast: Set<UInt64> = []
    var spoke: Set<Int> = []
    var canonCache: [Int: (String, Range<Int>)] = [:]

    let cueSet: HashFlags

    init(p: UnsafeBufferPointer<UInt8>, options: QuoteOptions, cues: [UInt64: [CueForm]], cueSet: HashFlags) {
        self.p = p
        self.options = options
        self.cues = cues
        self.cueSet = cueSet
    }

    // MARK: - pipeline

    mutating func run(sentences: [Range<Int>], persons: [Range<Int>]) -> [ExtractedQuote] {
        paras = splitParagraphs(p)
        quotes = findQuotes(p, paras: paras, options: options)
        if quotes.isEmpty { return [] }
        var marks: [(pos: Int, role: UInt8, len: Int)] = []
        marks.reserveCapacity(quotes.count * 2)
        for q in quotes {
            marks.append((q.open, 1, q.openLen))
            if q.closeLen > 0 { marks.append((q.close, 2, q.closeLen)) }
        }
        marks.sort { $0.pos < $1.pos }
        toks = tokenize(p, paras: paras, marks: marks)
        for i in toks.indices where toks[i].kind == Tok.word && cueSet[toks[i].hash] != 0 { toks[i].isCue = true }
        // token indices of quote marks; top-level membership
        qOpenTok = Array(repeating: -1, count: quotes.count)
        qCloseTok = Array(repeating: -1, count: quotes.count)
        for (qi, q) in quotes.enumerated() {
            let o = tokIndex(atOrAfter: q.open)
            qOpenTok[qi] = o
            let cEnd = q.closeLen > 0 ? q.close : q.close
            let c = tokIndex(atOrAfter: cEnd)
            qCloseTok[qi] = c
            if q.depth == 0 {
                let last = q.closeLen > 0 ? c : c - 1
                if o <= last {
                    for t in o...min(last, toks.count - 1) { toks[t].quote = Int32(qi) }
                }
            }
        }
        assignSentences(p, &toks, given: sentences)
        let nSent = Int(toks.last.map { $0.sent } ?? 0) + 1
        sentFirst = Array(repeating: Int.max, count: nSent)
        sentLast = Array(repeating: -1, count: nSent)
        paraFirstTok = Array(repeating: Int.max, count: paras.count)
        paraLastTok = Array(repeating: -1, count: paras.count)
        for (i, t) in toks.enumerated() {
            let s = Int(t.sent)
            if sentFirst[s] == Int.max { sentFirst[s] = i }
            sentLast[s] = i
            let pp = Int(t.para)
            if paraFirstTok[pp] == Int.max { paraFirstTok[pp] = i }
            paraLastTok[pp] = i
        }
        seqs = findCapSeqs(p, &toks)
        classifyPersons(persons)

        var results: [ExtractedQuote] = []
        results.reserveCapacity(quotes.count)
        var resultQuote: [Int] = []  // index into `quotes` of each result
        var speakers: [Speaker?] = Array(repeating: nil, count: quotes.count)
        var prevTop = -1
        for qi in quotes.indices {
            let q = quotes[qi]
            var eq = ExtractedQuote(range: q.range, content: contentRange(q), kind: .speech,
                                    rule: "none", unclosed: q.unclosed, nested: q.depth > 0)
            if q.depth > 0 {
                eq.rule = "nested"
                eq.kind = looksLikeSpeech(q) ? .speech : .scare
                if eq.kind == .scare && !options.keepScare { continue }
                results.append(eq)
                resultQuote.append(qi)
                continue
            }
            var att = attribute(qi, prevTop: prevTop, speakers: speakers)
            if att.speaker == nil && att.cue == nil {
                if let c = continuation(qi, prevTop: prevTop, speakers: speakers) { att = c }
            }
            if let sp = att.speaker {
                eq.speaker = sp.name
                eq.speakerRange = sp.range
                speakers[qi] = sp
                if sp.seq >= 0 { spoke.insert(sp.seq) }
            }
            if let cr = att.cue {
                eq.cueRange = cr
                eq.cue = text(cr)
            }
            eq.rule = att.rule
            eq.kind = (att.speaker != nil || att.cue != nil || looksLikeSpeech(q)) ? .speech : .scare
            prevTop = qi
            if eq.kind == .scare && !options.keepScare { continue }
            results.append(eq)
            resultQuote.append(qi)
        }
        attributeHeadlineQuotes(&results, quoteIndices: resultQuote)
        return results
    }

    /// Headlines quote the story's words in brief (`Firm's plan 'painless'`): a headline quote with no speaker takes
    /// the speaker of the same words quoted in the body (`headline-repeat`) and is speech. Giving it the story's first
    /// speaker when the words are not repeated was measured and dropped: right and wrong about equally often.
    func attributeHeadlineQuotes(_ results: inout [ExtractedQuote], quoteIndices: [Int]) {
        for r in results.indices where quotes[quoteIndices[r]].para == 0 && results[r].speaker == nil && !results[r].nested {
            let words = text(results[r].content).lowercased()
            guard let from = results.indices.first(where: {
                quotes[quoteIndices[$0]].para > 0 && results[$0].speaker != nil && !results[$0].nested
                    && text(results[$0].content).lowercased() == words
            }) else { continue }
            results[r].speaker = results[from].speaker
            results[r].speakerRange = results[from].speakerRange
            results[r].kind = .speech
            results[r].rule = "headline-repeat"
        }
    }

    func contentRange(_ q: RawQuote) -> Range<Int> {
        var s = q.open + q.openLen
        var e = q.close
        if q.unclosed {
            while e > s && spaceLen(p, e - 1, p.count) > 0 { e -= 1 }
        }
        if s > e { s = e }
        return s..<e
    }

    func looksLikeSpeech(_ q: RawQuote) -> Bool {
        if q.unclosed || q.lastPara != q.para { return true }
        let r = contentRange(q)
        let w = countWords(p, r)
        if w >= 5 { return true }
        // terminal punctuation at the end of the content ("No pain, no gain.")
        var e = r.upperBound - 1
        while e >= r.lowerBound && (p[e] == 32) { e -= 1 }
        if e >= r.lowerBound, w >= 2, p[e] == 46 || p[e] == 33 || p[e] == 63 { return true }
        return false
    }

    func text(_ r: Range<Int>) -> String {
        // collapse whitespace runs to one space
        var out: [UInt8] = []
        out.reserveCapacity(r.count)
        var i = r.lowerBound
        var pendingSpace = false
        while i < r.upperBound {
            let s = spaceLen(p, i, p.count)
            if s > 0 { pendingSpace = true; i += s; continue }
            if pendingSpace && !out.isEmpty { out.append(32) }
            pendingSpace = false
            out.append(p[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    func tokIndex(atOrAfter pos: Int) -> Int {
        var lo = 0, hi = toks.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if Int(toks[mid].start) < pos { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func byteRange(_ a: Int, _ b: Int) -> Range<Int> { Int(toks[a].start)..<Int(toks[b].end) }

    // MARK: - persons

    mutating func classifyPersons(_ persons: [Range<Int>]) {
        let given = persons.sorted { $0.lowerBound < $1.lowerBound }
        for si in seqs.indices {
            var s = seqs[si]
            if !given.isEmpty {
                let r = byteRange(s.nameStart, s.end)
                var lo = 0, hi = given.count
                while lo < hi { let m = (lo + hi) >> 1; if given[m].upperBound <= r.lowerBound { lo = m + 1 } else { hi = m } }
                s.personLike = lo < given.count && given[lo].lowerBound < r.upperBound
            } else if s.org || s.place || s.afterDet {
                s.personLike = false
            } else if s.honorific || s.titled {
                s.personLike = true
            } else if s.nameLen >= 2 && s.nameLen <= 4 {
                var ok = true
                for j in s.nameStart..<s.end where toks[j].flags & Lex.stopCap != 0 { ok = false }
                s.personLike = ok
            }
            if s.female { femaleLast.insert(s.lastHash) }
            if s.male { maleLast.insert(s.lastHash) }
            seqs[si] = s
            if s.personLike && s.nameLen >= 2 && !s.org { fullByLast[s.lastHash, default: []].append(si) }
        }
        if given.isEmpty {
            // single names: known full name, "Arsenal's Edu", or the subject of a cue somewhere ("Edu said")
            var cueSubjects = Set<UInt64>()
            for si in seqs.indices where seqs[si].nameLen == 1 && !seqs[si].org && !seqs[si].place && !seqs[si].afterDet {
                let s = seqs[si]
                var j = s.end + 1
                while j < toks.count && toks[j].kind == Tok.word && toks[j].flags & Lex.skipAdv != 0 && j < s.end + 3 { j += 1 }
                let before = s.start > 0 ? toks[s.start - 1] : nil
                let saidBefore = before.map { $0.kind == Tok.word && (cues[$0.hash]?.contains { $0.invertible } ?? false) } ?? false
                if (j < toks.count && cueAt(j, limit: toks.count) != nil && !toks[j].cap) || saidBefore || s.possessed {
                    cueSubjects.insert(s.lastHash)
                }
            }
            for si in seqs.indices where !seqs[si].personLike && seqs[si].nameLen == 1 && !seqs[si].org && !seqs[si].afterDet {
                let h = seqs[si].lastHash
                let tf = toks[seqs[si].end].flags
                if fullByLast[h] != nil || (!seqs[si].place && cueSubjects.contains(h)
                                             && tf & (Lex.stopCap | Lex.plural | Lex.speakerNoun | Lex.title) == 0
                                             && !toks[seqs[si].end].allCaps) {
                    seqs[si].personLike = true
                }
            }
        } else {
            // with an upstream entity stage: a surname of a known person is a person too
            for si in seqs.indices where !seqs[si].personLike && seqs[si].nameLen == 1 && !seqs[si].org && !seqs[si].afterDet {
                if fullByLast[seqs[si].lastHash] != nil { seqs[si].personLike = true }
            }
        }
    }

    /// Canonical name and the mention range used for a capitalised sequence.
    mutating func canonical(_ si: Int) -> (String, Range<Int>) {
        if let c = canonCache[si] { return c }
        let s = seqs[si]
        var res: (String, Range<Int>)
        if s.org || (s.afterDet && !s.personLike) {
            var a = s.detBefore ? s.start - 1 : s.start
            while a < s.end && toks[a].flags & Lex.stopCap != 0 && toks[a].hash != hThe { a += 1 }
            var name = text(byteRange(a, s.end))
            if name.hasPrefix("The ") { name = "the " + name.dropFirst(4) }
            res = (name, byteRange(a, s.end))
        } else if let cands = fullByLast[s.lastHash], !cands.isEmpty,
                  s.nameLen == 1 || cands.contains(where: { seqs[$0].nameLen > s.nameLen && isSuffix(si, of: $0) }) {
            let usable = s.nameLen == 1 ? cands : cands.filter { seqs[$0].nameLen > s.nameLen && isSuffix(si, of: $0) }
            var best = -1
            for c in usable where c < si { best = c }
            if best < 0 { best = usable[0] }
            let f = seqs[best]
            res = (text(byteRange(f.nameStart, f.end)), byteRange(f.nameStart, f.end))
        } else {
            res = (text(byteRange(s.nameStart, s.end)), byteRange(s.nameStart, s.end))
        }
        canonCache[si] = res
        return res
    }

    /// Whether the name tokens of `a` are the last name tokens of `b` ("El Guerrouj" / "Hicham El Guerrouj").
    func isSuffix(_ a: Int, of b: Int) -> Bool {
        let sa = seqs[a], sb = seqs[b]
        let la = sa.nameLen, lb = sb.nameLen
        guard la <= lb else { return false }
        for k in 0..<la where toks[sa.end - k].hash != toks[sb.end - k].hash { return false }
        return true
    }

    // MARK: - cues and subjects

    /// The cue starting at token `i`: number of tokens and form.
    func cueAt(_ i: Int, limit: Int) -> (Int, CueForm)? {
        let t = toks[i]
        guard t.isCue, let forms = cues[t.hash] else { return nil }
        if t.cap && t.seq >= 0 && seqs[Int(t.seq)].start != i { return nil }
        var best: (Int, CueForm)? = nil
        for f in forms {
            var ok = true
            for (k, h) in f.tail.enumerated() {
                let j = i + 1 + k
                if j >= limit || toks[j].kind != Tok.word || toks[j].hash != h { ok = false; break }
            }
            if ok && (best == nil || f.tail.count + 1 > best!.0) { best = (f.tail.count + 1, f) }
        }
        return best
    }

    func endsWithLy(_ t: Tok) -> Bool {
        t.end - t.start > 4 && p[Int(t.end) - 1] == 121 && p[Int(t.end) - 2] == 108
    }

    func isSpeakerNoun(_ t: Tok) -> Bool {
        if t.flags & (Lex.speakerNoun | Lex.title) != 0 && t.flags & Lex.honorific == 0 { return true }
        if documentHashes.contains(t.hash) { return true }
        if isAgeOrDemonym(t) && !t.cap { return true }
        let e = Int(t.end), l = e - Int(t.start)
        guard l > 4 else { return false }
        // -man -woman -ist -ists
        if p[e - 3] == 109 && p[e - 2] == 97 && p[e - 1] == 110 { return true }
        if p[e - 3] == 105 && p[e - 2] == 115 && p[e - 1] == 116 { return true }
        if l > 5 && p[e - 4] == 105 && p[e - 3] == 115 && p[e - 2] == 116 && p[e - 1] == 115 { return true }
        return false
    }

    /// Subject to the left of a cue token (X said).
    func subjectLeft(_ c: Int, lb: Int, allowAppositive: Bool = true) -> Subj? {
        var j = c - 1
        var skipped = 0
        var passive = false
        while j >= lb, toks[j].kind == Tok.word, !toks[j].cap,
              toks[j].flags & Lex.skipAdv != 0 || endsWithLy(toks[j]), skipped < 3 {
            if beHashes.contains(toks[j].hash) { passive = true }
            j -= 1; skipped += 1
        }
        guard j >= lb else { return nil }
        // "he is described", "it was said": passive, the subject is not the speaker
        if passive && !toks[c].cap {
            let e = Int(toks[c].end)
            if e - Int(toks[c].start) > 3 && ((p[e - 2] == 101 && p[e - 1] == 100) || toks[c].hash == hSaid || toks[c].hash == hTold) {
                return Subj(kind: .unknown, first: j + 1, last: c - 1)
            }
        }
        let t = toks[j]
        if t.kind == Tok.word {
            return subjectEndingAt(j, lb: lb)
        }
        if allowAppositive && (t.isPunct(44) || t.isDash || t.isPunct(41)) {
            let closeIsParen = t.isPunct(41)
            var k = j - 1
            let stop = max(lb, j - 30)
            while k > stop {
                let tk = toks[k]
                if tk.kind == Tok.qclose || tk.kind == Tok.qopen { return nil }
                if closeIsParen ? tk.isPunct(40) : (t.isPunct(44) ? tk.isPunct(44) : tk.isDash) { break }
                if tk.isPunct(59) || tk.isPeriodLike { return nil }
                k -= 1
            }
            guard k > lb, k + 1 < j else { return nil }
            let first = toks[k + 1]
            guard first.kind == Tok.word, !first.isCue else { return nil }
            // "The charity's director, Barbara Stocking, said": the name inside the commas
            if first.seq >= 0, seqs[Int(first.seq)].start == k + 1, seqs[Int(first.seq)].end == j - 1, seqs[Int(first.seq)].personLike {
                let s = seqs[Int(first.seq)]
                return Subj(kind: .seq(Int(first.seq)), first: s.start, last: s.end)
            }
            if let s = subjectEndingAt(k - 1, lb: lb) {
                switch s.kind {
                case .seq: if first.hash != hWhich { return s }
                case .np: return s
                default: break
                }
            }
            return nil
        }
        return nil
    }

    /// A subject mention whose last token is `j`.
    func subjectEndingAt(_ j: Int, lb: Int) -> Subj? {
        guard j >= lb, j >= 0 else { return nil }
        let t = toks[j]
        guard t.kind == Tok.word else { return nil }
        if t.flags & Lex.pronMale != 0 { return Subj(kind: .pronoun(j, male: true), first: j, last: j) }
        if t.flags & Lex.pronFemale != 0 { return Subj(kind: .pronoun(j, male: false), first: j, last: j) }
        if t.flags & Lex.who != 0 {
            if j - 1 >= lb && toks[j - 1].isPunct(44), let s = subjectEndingAt(j - 2, lb: lb) {
                if case .seq = s.kind { return s }
            }
            return Subj(kind: .unknown, first: j, last: j)
        }
        if t.flags & Lex.pronOther != 0 && !t.cap || (t.cap && t.flags & Lex.pronOther != 0 && t.seq >= 0 && seqs[Int(t.seq)].start == seqs[Int(t.seq)].end) {
            return Subj(kind: .unknown, first: j, last: j)
        }
        if t.seq >= 0 {
            let s = seqs[Int(t.seq)]
            guard s.end == j, !t.possessive else { return nil }
            if s.start > 0 && toks[s.start - 1].kind == Tok.word && toks[s.start - 1].flags & Lex.conj != 0 && !toks[s.start - 1].cap
                && toks[s.start - 1].hash != hBut {
                return nil // "Rain Man and Tootsie said": only part of a coordination
            }
            if s.place && !s.org && s.nameLen == s.end - s.start + 1 && !s.personLike && !s.afterDet {
                // "Russia said" – a country can speak; keep it as written
            }
            let first = s.afterDet ? s.start - 1 : s.start
            if first < lb && !s.afterDet { return nil }
            if s.detBefore && first >= lb && toks[j].flags & Lex.title != 0 && toks[j].flags & Lex.orgWord == 0 && !s.personLike {
                return Subj(kind: .np(first, j), first: first, last: j) // "the Ealing North MP said"
            }
            if let ext = extendNP(first, lb: lb) { return Subj(kind: .np(ext, j), first: ext, last: j) }
            return Subj(kind: .seq(Int(t.seq)), first: max(first, lb), last: j)
        }
        if !t.cap || t.flags & Lex.speakerNoun != 0 {
            guard isSpeakerNoun(t) else { return nil }
            // walk back to a determiner
            var k = j - 1
            var steps = 0
            while k >= lb && steps < 5 {
                let tk = toks[k]
                if tk.kind != Tok.word { break }
                if tk.flags & Lex.det != 0 && tk.flags & Lex.pronMale == 0 {
                    // "Michael Lamberty, a Lufthansa spokesman told": the name before the appositive
                    if k >= lb + 2 && toks[k - 1].isPunct(44) && toks[k - 2].seq >= 0 {
                        let s = seqs[Int(toks[k - 2].seq)]
                        if s.end == k - 2 && s.personLike && !toks[k - 2].possessive && tk.hash != hThe {
                            return Subj(kind: .seq(Int(toks[k - 2].seq)), first: s.start, last: s.end)
                        }
                    }
                    let a = extendNP(k, lb: lb) ?? k
                    return Subj(kind: .np(a, j), first: a, last: j)
                }
                if tk.flags & (Lex.prep | Lex.skipAdv | Lex.conj) != 0 || tk.isCue { break }
                k -= 1; steps += 1
            }
            if t.flags & Lex.plural != 0 { return Subj(kind: .np(j, j), first: j, last: j) }
            // "Rhodri Glyn Thomas, Plaid Cymru health spokesman said" (appositive without its closing comma)
            if k >= lb + 1 && toks[k].isPunct(44), toks[k - 1].seq >= 0 {
                let s = seqs[Int(toks[k - 1].seq)]
                if s.end == k - 1 && s.personLike && !toks[k - 1].possessive { return Subj(kind: .seq(Int(toks[k - 1].seq)), first: s.start, last: s.end) }
            }
            // "UKIP spokesman said": organisation + role
            if k >= lb && k < j && toks[k + 1].cap && toks[k + 1].seq >= 0 && !isSpeakerNoun(toks[k + 1]) {
                let s = seqs[Int(toks[k + 1].seq)]
                if !s.personLike && s.start >= lb { return Subj(kind: .np(s.start, j), first: s.start, last: j) }
            }
        }
        return nil
    }

    /// "a spokesman for" + NP: the start of the larger noun phrase, if any.
    func extendNP(_ k: Int, lb: Int) -> Int? {
        guard k - 2 >= lb else { return nil }
        let pr = toks[k - 1]
        guard pr.kind == Tok.word, pr.hash == hOf || pr.hash == hFor || pr.hash == hAt else { return nil }
        let head = toks[k - 2]
        guard head.kind == Tok.word, !head.cap, isSpeakerNoun(head) else { return nil }
        var m = k - 3
        var steps = 0
        while m >= lb && steps < 4 {
            let tm = toks[m]
            if tm.kind != Tok.word { return nil }
            if tm.flags & Lex.det != 0 && tm.flags & Lex.pronMale == 0 { return m }
            if tm.flags & (Lex.prep | Lex.conj) != 0 || tm.isCue { return nil }
            m -= 1; steps += 1
        }
        return nil
    }

    /// Subject to the right of a cue (said X / according to X).
    func subjectRight(_ j0: Int, ub: Int) -> Subj? {
        guard j0 < ub, j0 < toks.count else { return nil }
        let t = toks[j0]
        guard t.kind == Tok.word else { return nil }
        if t.flags & Lex.pronMale != 0 { return Subj(kind: .pronoun(j0, male: true), first: j0, last: j0) }
        if t.flags & Lex.pronFemale != 0 { return Subj(kind: .pronoun(j0, male: false), first: j0, last: j0) }
        if t.flags & Lex.det != 0 && !(t.cap && t.seq >= 0 && seqs[Int(t.seq)].nameLen > 1 && seqs[Int(t.seq)].start == j0 && t.flags & Lex.stopCap == 0) {
            if t.seq < 0 || t.flags & Lex.stopCap != 0 {
                // determiner NP
                var k = j0 + 1
                var lastWord = -1
                var headEnd = -1
                while k < ub && k < j0 + 7 {
                    let tk = toks[k]
                    if tk.kind != Tok.word || tk.flags & (Lex.prep | Lex.conj) != 0 || tk.isCue { break }
                    if !tk.cap && isSpeakerNoun(tk) && !tk.possessive { headEnd = k }
                    else if headEnd >= 0 && !tk.cap { break }
                    if tk.seq >= 0 && toks[k].cap {
                        let s = seqs[Int(tk.seq)]
                        if s.start == k && k > j0 + 1 && toks[k - 1].flags & (Lex.title | Lex.speakerNoun) != 0 && s.personLike {
                            return Subj(kind: .seq(Int(tk.seq)), first: k, last: s.end)
                        }
                        if s.start == k && k == j0 + 1 && !s.personLike {
                            if s.start == s.end && isAgeOrDemonym(toks[s.end]) {
                                return Subj(kind: .np(j0, s.end), first: j0, last: s.end) // "the German"
                            }
                            if toks[s.end].flags & Lex.title != 0 && toks[s.end].flags & Lex.orgWord == 0 {
                                return Subj(kind: .np(j0, s.end), first: j0, last: s.end) // "the Ealing North MP"
                            }
                            // "the White House", "the BBC"
                            if s.end + 1 < ub, toks[s.end + 1].kind == Tok.word, !toks[s.end + 1].cap,
                               toks[s.end + 1].flags & Lex.prep == 0, isSpeakerNoun(toks[s.end + 1]) {
                                k = s.end + 1; lastWord = k; k += 1; continue
                            }
                            return Subj(kind: .seq(Int(tk.seq)), first: j0, last: s.end)
                        }
                        k = s.end + 1
                        lastWord = s.end
                        continue
                    }
                    lastWord = k
                    k += 1
                }
                if lastWord >= 0 && isSpeakerNoun(toks[lastWord]) && !toks[lastWord].possessive {
                    return Subj(kind: .np(j0, lastWord), first: j0, last: lastWord)
                }
                if headEnd >= 0 { return Subj(kind: .np(j0, headEnd), first: j0, last: headEnd) }
                return nil
            }
        }
        if t.flags & Lex.pronOther != 0 && !t.cap { return Subj(kind: .unknown, first: j0, last: j0) }
        if t.seq >= 0 && t.cap {
            let si = Int(t.seq)
            let s = seqs[si]
            guard s.start == j0 else { return nil }
            // "said Xbox's Peter Moore"
            if toks[s.end].possessive && s.end + 1 < ub && toks[s.end + 1].cap && toks[s.end + 1].seq >= 0 {
                let n2 = seqs[Int(toks[s.end + 1].seq)]
                if n2.start == s.end + 1 { return Subj(kind: .seq(Int(toks[s.end + 1].seq)), first: n2.start, last: n2.end) }
            }
            // "White House spokesman Josh Earnest", "Daiwa Securities analyst Mark Pervan"
            if let r = roleThenName(s.end + 1, ub: ub) { return r }
            return Subj(kind: .seq(si), first: j0, last: s.end)
        }
        if !t.cap { return roleThenName(j0, ub: ub) }
        return nil
    }

    /// Lower-case role words followed by a capitalised person name ("chief executive John Smith").
    func roleThenName(_ j0: Int, ub: Int) -> Subj? {
        var k = j0
        var n = 0
        var roles = 0
        while k < ub && n < 6 {
            var tk = toks[k]
            if n > 0 && tk.isPunct(44) && k + 1 < ub && toks[k + 1].cap { k += 1; tk = toks[k] } // "economist, Steve Radley"
            if tk.kind == Tok.word && tk.cap && tk.seq >= 0 {
                let s = seqs[Int(tk.seq)]
                if toks[s.end].possessive && s.start == k { k = s.end + 1; n += 1; roles += 1; continue } // "Young's Sanjay Mehta"
                if n > 0 && roles > 0 && s.start == k && (s.personLike || s.nameLen >= 1 && !s.org && !s.place) {
                    return Subj(kind: .seq(Int(tk.seq)), first: k, last: s.end)
                }
                return nil
            }
            if tk.kind == Tok.word && tk.flags & Lex.conj == 0 { roles += 1 }
            // "director of commercial planning, Robert Boyle"
            if n > 0 && tk.kind == Tok.word && (tk.hash == hOf || tk.hash == hFor) && k + 1 < ub && !toks[k + 1].cap {
                k += 1; n += 1; continue
            }
            guard tk.kind == Tok.word, !tk.cap, !tk.isCue,
                  tk.flags & (Lex.title | Lex.speakerNoun | Lex.conj) != 0 || isSpeakerNoun(tk)
                    || (n < 2 && tk.flags & (Lex.prep | Lex.det | Lex.skipAdv | Lex.pronOther | Lex.stopCap) == 0) else { return nil }
            k += 1; n += 1
        }
        return nil
    }

    // MARK: - resolution

    mutating func resolve(_ s: Subj) -> Speaker? {
        switch s.kind {
        case .seq(let si):
            let (name, r) = canonical(si)
            return Speaker(name: name, range: r, canonicalKey: name, seq: si)
        case .np(let a, let b):
            if toks[a].hash == hThe && a + 1 == b && orgHeadHashes.contains(toks[b].hash), let si = orgAntecedent(a) {
                let (name, r) = canonical(si)
                return Speaker(name: name, range: r, canonicalKey: name, seq: si)
            }
            if toks[a].hash == hThe && a < b && (isRoleHead(toks[b]) || isAgeOrDemonym(toks[b])) {
                var plainNP = b - a <= 4
                for k in a...b where toks[k].flags & Lex.prep != 0 || toks[k].possessive { plainNP = false }
                let loose = isAgeOrDemonym(toks[b]) || celebrityHeads.contains(toks[b].hash)
                if plainNP, let si = antecedent(a, male: true, strongOnly: true, anyGender: true),
                   seqs[si].titled || spoke.contains(si) || loose {
                    let (name, r) = canonical(si)
                    return Speaker(name: name, range: r, canonicalKey: name, seq: si)
                }
            }
            var name = text(byteRange(a, b))
            if let f = name.first, f == "T" || f == "A" {
                let first = name.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
                if first == "The" || first == "A" || first == "An" { name = first.lowercased() + name.dropFirst(first.count) }
            }
            return Speaker(name: name, range: byteRange(a, b), canonicalKey: name)
        case .pronoun(let j, let male):
            let si0 = antecedent(j, male: male)
            if let (a, b) = recentDescriptionSubject(before: j), si0 == nil || seqs[si0!].start < a {
                return resolve(Subj(kind: .np(a, b), first: a, last: b))
            }
            guard let si = si0 else { return nil }
            let (name, r) = canonical(si)
            return Speaker(name: name, range: r, canonicalKey: name, seq: si)
        case .unknown:
            return nil
        }
    }

    /// The most recent person named as speaker or subject before token `j`, compatible with the pronoun's gender.
    /// The most recent organisation named as subject in this or the previous paragraph ("CENTR ... agrees").
    func orgAntecedent(_ j: Int) -> Int? {
        let para = Int(toks[j].para)
        var lo = 0, hi = seqs.count
        while lo < hi { let m = (lo + hi) >> 1; if seqs[m].start < j { lo = m + 1 } else { hi = m } }
        var si = lo - 1
        while si >= 0 {
            let s = seqs[si]
            if Int(toks[s.start].para) < para - 1 { break }
            if !s.personLike && !s.inQuote && (s.org || toks[s.end].allCaps) && !s.place && (s.subject || spoke.contains(si)) {
                return si
            }
            si -= 1
        }
        return nil
    }

    /// The most recent description subject of a cue in this paragraph ("The prime minister's official spokesman said …").
    func recentDescriptionSubject(before j: Int) -> (Int, Int)? {
        let para = Int(toks[j].para)
        var k = j - 1
        let stop = max(paraFirstTok[para], j - 80)
        while k >= stop {
            if toks[k].isCue, let (_, form) = cueAt(k, limit: j), !form.speakerRight, !form.participle {
                if let s = subjectLeft(k, lb: sentFirst[Int(toks[k].sent)]), case .np(let a, let b) = s.kind,
                   toks[a].flags & Lex.det != 0 {
                    let h = toks[b]
                    let e = Int(h.end)
                    let personish = roleHeadHashes.contains(h.hash) || celebrityHeads.contains(h.hash) || isAgeOrDemonym(h)
                        || (e - Int(h.start) > 4 && p[e - 3] == 109 && p[e - 2] == 97 && p[e - 1] == 110)
                        || (e - Int(h.start) > 6 && p[e - 6] == 112 && p[e - 1] == 110) // -man, -person
                    if personish && h.flags & Lex.plural == 0 { return (a, b) }
                }
            }
            k -= 1
        }
        return nil
    }

    /// Heads of descriptions that refer back to a person ("the Ealing North MP", "the 67-year-old").
    /// "the 23-year-old", "the German", "the Spaniard".
    func isAgeOrDemonym(_ t: Tok) -> Bool {
        if t.kind != Tok.word { return false }
        if t.cap && (t.flags & Lex.place != 0 || demonymHashes.contains(t.hash)) { return true }
        let e = Int(t.end)
        return e - Int(t.start) > 6 && p[e - 4] == 45 && p[e - 3] == 111 && p[e - 2] == 108 && p[e - 1] == 100
    }

    func isRoleHead(_ t: Tok) -> Bool {
        if t.kind != Tok.word || t.flags & Lex.orgWord != 0 || t.flags & Lex.plural != 0 { return false }
        if t.flags & Lex.title != 0 && t.flags & Lex.honorific == 0 { return true }
        let e = Int(t.end)
        return e - Int(t.start) > 6 && p[e - 4] == 45 && p[e - 3] == 111 && p[e - 2] == 108 && p[e - 1] == 100 // -old
    }

    func antecedent(_ j: Int, male: Bool, strongOnly: Bool = false, anyGender: Bool = false) -> Int? {
        let para = Int(toks[j].para)
        // seq index of the last seq starting before j
        var lo = 0, hi = seqs.count
        while lo < hi { let m = (lo + hi) >> 1; if seqs[m].start < j { lo = m + 1 } else { hi = m } }
        var tiers: [Int?] = [nil, nil, nil, nil]
        var si = lo - 1
        while si >= 0 {
            let s = seqs[si]
            let sp = Int(toks[s.start].para)
            if sp < para - 2 { break }
            if s.personLike && !s.inQuote && !s.org && !toks[s.end].possessive {
                let bad = anyGender ? false : male ? (femaleLast.contains(s.lastHash) && !maleLast.contains(s.lastHash))
                               : (maleLast.contains(s.lastHash) && !femaleLast.contains(s.lastHash))
                if !bad {
                    let strong = s.subject || spoke.contains(si)
                    let t = (sp == para ? 0 : 1) + (strong ? 0 : 2)
                    if tiers[t] == nil { tiers[t] = si }
                    if t == 0 { break }
                }
            }
            si -= 1
        }
        if strongOnly { return tiers[0] ?? tiers[1] }
        for t in tiers { if let x = t { return x } }
        return nil
    }

    // MARK: - rules

    struct Att {
        var speaker: Speaker?
        var cue: Range<Int>?
        var rule: String
    }

    func nextTopOpen(after qi: Int) -> Int {
        var k = qi + 1
        while k < quotes.count {
            if quotes[k].depth == 0 { return qOpenTok[k] }
            k += 1
        }
        return toks.count
    }

    mutating func attribute(_ qi: Int, prevTop: Int, speakers: [Speaker?]) -> Att {
        let q = quotes[qi]
        let qo = qOpenTok[qi]
        let qc = qCloseTok[qi]
        var pendingCue: Range<Int>? = nil
        let nextOpen = nextTopOpen(after: qi)
        // 1. immediately after the quote
        if !q.unclosed && qc + 1 < toks.count && qc >= 1 {
            let inner = toks[qc - 1]
            var ni = qc + 1
            var ok = inner.isPunct(44) || inner.isPunct(63) || inner.isPunct(33) || inner.isDash
                || (inner.kind == Tok.punct && inner.firstByte == 0xE2)
                || (inner.kind == Tok.qclose && qc >= 2 && (toks[qc - 2].isPunct(44) || toks[qc - 2].isPunct(63)))
            if ni < toks.count && toks[ni].para == toks[qc].para && (toks[ni].isPunct(44) || toks[ni].isDash) {
                ok = true; ni += 1
            }
            let pe = paraLastTok[Int(toks[qc].para)] + 1
            let ub = min(pe, nextOpen)
            // `"Q" said X` and `"Q" he added` without a comma
            if !ok && ni < ub, let (_, form) = cueAt(ni, limit: ub), form.invertible { ok = true }
            if !ok && ni + 1 < ub && toks[ni].kind == Tok.word && toks[ni].flags & (Lex.pronMale | Lex.pronFemale) != 0
                && !toks[ni].cap && cueAt(ni + 1, limit: ub) != nil { ok = true }
            if ok && ni < ub {
                if let (len, form) = cueAt(ni, limit: ub), form.invertible || form.speakerRight {
                    if let s = subjectRight(ni + len, ub: ub) {
                        let cr = byteRange(ni, ni + len - 1)
                        if let sp = resolve(s) {
                            let rule: String
                            if case .pronoun = s.kind { rule = "pronoun" } else {
                                rule = form.speakerRight ? "quote-comma-according-to" : "quote-comma-verb-name"
                            }
                            return Att(speaker: sp, cue: cr, rule: rule)
                        }
                        pendingCue = cr
                    }
                }
                if pendingCue == nil {
                    var k = ni
                    let lim = min(ub, ni + 24)
                    while k < lim {
                        if toks[k].kind == Tok.qopen || toks[k].isPeriodLike || toks[k].isPunct(59) { break }
                        if let (len, form) = cueAt(k, limit: ub), !form.speakerRight, !form.participle {
                            if let s = subjectLeft(k, lb: ni), s.first <= ni + 1 || allWords(ni, s.first) {
                                if form.weak, s.last != k - 1 { break }
                                let cr = byteRange(k, k + len - 1)
                                if let sp = resolve(s) {
                                    if case .pronoun = s.kind { return Att(speaker: sp, cue: cr, rule: "pronoun") }
                                    return Att(speaker: sp, cue: cr, rule: "quote-comma-name-verb")
                                }
                                pendingCue = cr
                            }
                            break
                        }
                        k += 1
                    }
                }
            }
        }
        // 1b. passive agent: branded a "Q" by X
        if !q.unclosed && qc + 2 < toks.count && toks[qc + 1].kind == Tok.word && toks[qc + 1].hash == hBy {
            var hasPassive = false
            var k = qo - 1
            while k >= 0 && k >= qo - 3 {
                let t = toks[k]
                if t.kind == Tok.word && t.end - t.start > 3 && p[Int(t.end) - 2] == 101 && p[Int(t.end) - 1] == 100 { hasPassive = true }
                k -= 1
            }
            let ub = min(paraLastTok[Int(toks[qc].para)] + 1, nextOpen)
            if hasPassive, let s = subjectRight(qc + 2, ub: ub), !s.isPronoun, let sp = resolve(s) {
                return Att(speaker: sp, cue: nil, rule: "quote-by-agent")
            }
        }
        let naming = isNaming(qo)
        let modifier = isModifierFragment(qi)
        if naming || modifier { return Att(speaker: nil, cue: pendingCue, rule: "none") }
        // 2. cue before the quote in the same sentence
        var lb = sentFirst[Int(toks[qo].sent)]
        var splitStart = -1
        if prevTop >= 0, quotes[prevTop].depth == 0 {
            let pc = qCloseTok[prevTop]
            if pc >= lb && pc < qo { lb = pc + 1; splitStart = pc + 1 }
        }
        var c = qo - 1
        while c >= lb && qo - c <= 40 {
            let t = toks[c]
            if t.isPunct(59) { break }
            if t.kind == Tok.word, let (len, form) = cueAt(c, limit: qo) {
                var subj: Subj? = nil
                var rule = ""
                if form.participle {
                    subj = participleSubject(c, lb: sentFirst[Int(toks[qo].sent)], qo: qo)
                    rule = "participle"
                } else if form.speakerRight {
                    subj = subjectRight(c + len, ub: qo)
                    rule = "according-to-quote"
                } else {
                    subj = subjectLeft(c, lb: lb)
                    if let s = subj, form.weak, s.last != c - 1, !toks[c - 1].isPunct(44) { subj = nil }
                    if let s = subj, case .np(_, let hb) = s.kind, form.weak, s.last != c - 1 || !documentHashes.contains(toks[hb].hash) { subj = nil }
                    let between = qo - (c + len)
                    if subj == nil && form.invertible, let s = subjectRight(c + len, ub: qo), !s.isPronoun,
                       s.last + 1 == qo || toks[s.last + 1].isPunct(58) || toks[s.last + 1].isPunct(44) {
                        subj = s
                        rule = (splitStart >= 0 && c <= splitStart + 1) ? "split" : "verb-name-colon"
                    } else if splitStart >= 0 && subj.map({ $0.first <= splitStart + 1 }) == true {
                        rule = "split"
                    } else if between == 0 {
                        rule = "name-verb-quote"
                    } else if between == 1 && (toks[qo - 1].isPunct(58) || toks[qo - 1].isPunct(44)) {
                        rule = "name-verb-colon"
                    } else if toks[qo - 1].isPunct(58) {
                        rule = "name-verb-object-colon"
                    } else {
                        rule = "name-verb-indirect"
                    }
                }
                let cr = byteRange(c, c + len - 1)
                if let s = subj, splitStart >= 0, s.first <= splitStart, !toks[splitStart].isPunct(44),
                   !(toks[splitStart - 2].isPunct(44) || toks[splitStart - 2].isPunct(63) || toks[splitStart - 2].isPunct(33)) {
                    // `the "X" New Labour had promised`: a relative clause after the previous quote, not a split quote
                    c -= 1
                    continue
                }
                if let s = subj {
                    if let sp = resolve(s) {
                        if case .pronoun = s.kind, rule != "split" { rule = "pronoun" }
                        return Att(speaker: sp, cue: cr, rule: rule)
                    }
                    if pendingCue == nil { pendingCue = cr }
                    break
                }
            }
            // a clause boundary stops the search for indirect cues
            if t.isPunct(44), !toks[qo - 1].isPunct(58), c + 1 < qo, toks[c + 1].kind == Tok.word, toks[c + 1].flags & (Lex.conj | Lex.prep) != 0,
               !toks[c + 1].cap || toks[c + 1].flags & Lex.conj != 0 { break }
            c -= 1
        }
        // 3. Name: "Q"
        if qo >= 2 && toks[qo - 1].isPunct(58) && toks[qo - 2].kind == Tok.word && toks[qo - 2].seq >= 0 {
            let si = Int(toks[qo - 2].seq)
            let s = seqs[si]
            if s.end == qo - 2 && (s.personLike || s.start == paraFirstTok[Int(toks[qo].para)]) && !s.place {
                if let sp = resolve(Subj(kind: .seq(si), first: s.start, last: s.end)) {
                    return Att(speaker: sp, cue: nil, rule: "name-colon")
                }
            }
        }
        // 4. comma clause at the end of the sentence: ..."Q" ..., according to X. / ..., X said.
        if !q.unclosed && qc + 1 < toks.count {
            let sEnd = sentLast[Int(toks[qc].sent)] + 1
            let ub = min(sEnd, nextOpen)
            var k = qc + 1
            while k < ub {
                if toks[k].isPunct(44) || toks[k].isDash {
                    let s0 = k + 1
                    var found: (Subj, Range<Int>, Int, Bool)? = nil
                    if s0 < ub, let (len, form) = cueAt(s0, limit: ub), form.invertible || form.speakerRight,
                       let s = subjectRight(s0 + len, ub: ub) {
                        found = (s, byteRange(s0, s0 + len - 1), max(s.last, s0 + len - 1), form.speakerRight)
                    } else {
                        var m = s0
                        while m < min(ub, s0 + 8) {
                            if toks[m].kind != Tok.word { break }
                            if let (len, form) = cueAt(m, limit: ub), !form.speakerRight, !form.participle {
                                if let s = subjectLeft(m, lb: s0, allowAppositive: false), s.first == s0 {
                                    found = (s, byteRange(m, m + len - 1), m + len - 1, false)
                                }
                                break
                            }
                            m += 1
                        }
                    }
                    if let (s, cr, endTok, right) = found {
                        var rest = 0
                        var m = endTok + 1
                        var clean = true
                        while m < ub {
                            if toks[m].kind == Tok.word { rest += 1; if toks[m].isCue { clean = false } }
                            m += 1
                        }
                        if clean && rest <= 6 {
                            if let sp = resolve(s) {
                                var rule = right ? "comma-according-to" : "comma-clause"
                                if case .pronoun = s.kind { rule = "pronoun" }
                                return Att(speaker: sp, cue: cr, rule: rule)
                            }
                            if pendingCue == nil { pendingCue = cr }
                        }
                    }
                }
                k += 1
            }
        }
        return Att(speaker: nil, cue: pendingCue, rule: "none")
    }

    /// A quote introduced as a name: known as "X", called "X", entitled "X".
    func isNaming(_ qo: Int) -> Bool {
        guard qo >= 1, toks[qo - 1].kind == Tok.word else { return false }
        let h = toks[qo - 1].hash
        if namingHashes.contains(h) { return true }
        if h == hAs && qo >= 2 && toks[qo - 2].kind == Tok.word {
            let v = toks[qo - 2].hash
            if asNamingHashes.contains(v) { return true }
            // passive "is described as", "was branded as"
            if qo >= 3 && toks[qo - 3].kind == Tok.word && beHashes.contains(toks[qo - 3].hash) && cues[v] != nil { return true }
        }
        return false
    }

    /// A short fragment used as a modifier: 'chip and pin' cards, 'blunt' meeting.
    func isModifierFragment(_ qi: Int) -> Bool {
        let q = quotes[qi]
        if q.unclosed { return false }
        let qc = qCloseTok[qi]
        guard qc + 1 < toks.count, toks[qc + 1].para == toks[qc].para else { return false }
        if countWords(p, contentRange(q)) > 3 { return false }
        let inner = toks[qc - 1]
        if inner.kind != Tok.word { return false }
        let ie = Int(inner.end)
        if ie - Int(inner.start) > 4 && p[ie - 3] == 105 && p[ie - 2] == 110 && p[ie - 1] == 103 { return false } // "rushing"
        let qo = qOpenTok[qi]
        if qo >= 1 && toks[qo - 1].isPunct(58) { return false }
        let nx = toks[qc + 1]
        return nx.kind == Tok.word && !nx.cap && nx.flags & (Lex.prep | Lex.conj | Lex.det | Lex.skipAdv | Lex.pronOther | Lex.pronMale | Lex.pronFemale | Lex.stopCap) == 0
            && cues[nx.hash] == nil && !isDigit(nx.firstByte)
    }

    /// Whether tokens [a, b) are all words that are not cues (role descriptions before a name).
    func allWords(_ a: Int, _ b: Int) -> Bool {
        guard b - a <= 8 else { return false }
        var k = a
        while k < b {
            if toks[k].kind != Tok.word || toks[k].isCue { return false }
            k += 1
        }
        return true
    }

    /// Subject of a participle cue (", saying ..."): the nearest person or pronoun earlier in the sentence.
    mutating func participleSubject(_ c: Int, lb: Int, qo: Int) -> Subj? {
        if c >= 2 && toks[c - 1].hash == hAs && toks[c - 2].hash == hQuoted {
            var k = c - 3
            while k >= lb && toks[k].kind == Tok.word && toks[k].flags & Lex.skipAdv != 0 { k -= 1 }
            return subjectEndingAt(k, lb: lb)
        }
        if c >= 1 && !toks[c - 1].isPunct(44) {
            return subjectLeft(c, lb: lb)
        }
        var k = c - 2
        while k >= lb {
            let t = toks[k]
            if t.kind == Tok.qclose { return nil }
            if t.kind == Tok.word {
                if t.flags & (Lex.pronMale | Lex.pronFemale) != 0 {
                    return Subj(kind: .pronoun(k, male: t.flags & Lex.pronMale != 0), first: k, last: k)
                }
                if t.seq >= 0 && seqs[Int(t.seq)].end == k && !seqs[Int(t.seq)].org && !seqs[Int(t.seq)].place
                    && !seqs[Int(t.seq)].afterDet && !t.allCaps {
                    let s = seqs[Int(t.seq)]
                    return Subj(kind: .seq(Int(t.seq)), first: s.start, last: k)
                }
            }
            k -= 1
        }
        return nil
    }

    /// Continuation (same speaker as the previous quote) and intro-paragraph rules.
    mutating func continuation(_ qi: Int, prevTop: Int, speakers: [Speaker?]) -> Att? {
        let qo = qOpenTok[qi]
        let para = Int(toks[qo].para)
        let paraStart = paraFirstTok[para] == qo
        if isModifierFragment(qi) || isNaming(qo) { return nil }
        if prevTop >= 0, let sp = speakers[prevTop], qCloseTok[prevTop] < qo,
           toks[qCloseTok[prevTop]].sent == toks[qo].sent, !quotes[prevTop].unclosed {
            let pc = qCloseTok[prevTop]
            var cueBetween = false
            for k in (pc + 1)..<qo where toks[k].isCue && cueAt(k, limit: qo) != nil {
                // a cue with its own subject introduces another speaker; `the "X" Labour promised` does not
                if let s = subjectLeft(k, lb: pc + 1), s.first > pc + 1 { cueBetween = true }
            }
            if !cueBetween && !personIntervenes(from: pc + 1, to: qo, except: sp.canonicalKey) {
                return Att(speaker: sp, cue: nil, rule: "continuation")
            }
        }
        // across sentences only quotes that look like speech continue a speaker ("Gaming widows" has become …)
        guard looksLikeSpeech(quotes[qi]) else { return nil }
        if prevTop >= 0 {
            let pc = qCloseTok[prevTop]
            let prevLastPara = Int(toks[min(max(pc - (quotes[prevTop].unclosed ? 1 : 0), 0), toks.count - 1)].para)
            let sentenceStart = sentFirst[Int(toks[qo].sent)] == qo || pc == qo - 1
            if let sp = speakers[prevTop], (prevLastPara == para && sentenceStart) || (paraStart && prevLastPara == para - 1) {
                if !personIntervenes(from: pc + 1, to: qo, except: sp.canonicalKey) {
                    return Att(speaker: sp, cue: nil, rule: "continuation")
                }
            }
        }
        // intro: the previous sentence introduces a speaker ("X reiterated ...:"), in this paragraph or ending the
        // previous one, and contains no quote
        let sentenceStart = sentFirst[Int(toks[qo].sent)] == qo
        guard sentenceStart, qo >= 1 else { return nil }
        let last = qo - 1
        let lastPara = Int(toks[last].para)
        guard lastPara == para || (paraStart && lastPara == para - 1) else { return nil }
        let sFirst = sentFirst[Int(toks[last].sent)]
        var c = sFirst
        while c <= last {
            if toks[c].quote >= 0 { return nil }
            c += 1
        }
        c = sFirst
        while c <= last {
            if toks[c].kind == Tok.word, let (len, form) = cueAt(c, limit: last + 1), !form.participle {
                var s = form.speakerRight ? subjectRight(c + len, ub: last + 1) : subjectLeft(c, lb: sFirst)
                if s == nil && form.invertible { s = subjectRight(c + len, ub: last + 1) }
                if let s = s {
                    if form.weak && s.last != c - 1 { c += 1; continue }
                    if let sp = resolve(s) {
                        return Att(speaker: sp, cue: byteRange(c, c + len - 1), rule: "intro")
                    }
                    return nil
                }
            }
            c += 1
        }
        return nil
    }

    mutating func personIntervenes(from a: Int, to b: Int, except key: String) -> Bool {
        guard a < b else { return false }
        let skipSent = toks[a - 1].sent  // mentions in the previous quote's own attribution clause do not count
        var lo = 0, hi = seqs.count
        while lo < hi { let m = (lo + hi) >> 1; if seqs[m].start < a { lo = m + 1 } else { hi = m } }
        var si = lo
        while si < seqs.count && seqs[si].start < b {
            if seqs[si].personLike && !seqs[si].inQuote && toks[seqs[si].start].sent != skipSent {
                if canonical(si).0 != key { return true }
            }
            si += 1
        }
        return false
    }
}
