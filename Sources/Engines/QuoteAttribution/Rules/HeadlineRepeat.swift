import People

// Rule `headline-repeat`: headlines quote the story's words in brief (`Firm's plan 'painless'`) and the body says who
// said them.

extension DocState {
    /// `headline-repeat`: a headline quote with no speaker takes the speaker of the first body quote with the same
    /// words (case, whitespace and apostrophe style ignored); failing that, of the first body quote that contains its
    /// words or whose words it contains, at word boundaries (`'reasonable'` in the headline, `"reasonable levels"` in
    /// the body; `'above money'` inside `"Steven is above money. He is …"`). It is then speech. Giving it the story's
    /// first speaker when the words are not repeated was measured and dropped: right and wrong about equally often.
    /// A body quote that answers the words (``answersTheWords(_:in:)``) is no repeat, and words beside curly marks,
    /// dashes or ellipses count only when no body quote holds them plainly. A headline quote credited to a description
    /// or a body that names no one (`'expeditiously' says Garda Commissioner`) takes only a named person's repeat.
    ///
    /// Linear in the quotes: the body's attributed quotes are keyed by their words once, and only when the headline
    /// has an unattributed quote; the containment search looks at no more than `maxHeadlineQuotes` headline quotes,
    /// each against the body quotes once.
    func attributeHeadlineQuotes(
        _ results: inout [ExtractedQuote], quoteIndices: [Int], speakerIsNamedPerson: [Bool],
        bodyWords words: inout NormalisedQuoteWords
    ) {
        // (a headline's description names no one yet - `'expeditiously' says Garda Commissioner` - so the body's
        // repeat, which names the holder, is the better answer)
        let headline = results.indices.filter {
            quotes[quoteIndices[$0]].para == 0 && !results[$0].nested && !speakerIsNamedPerson[$0]
                && !results[$0].speakerIsUnnamed
        }
        guard !headline.isEmpty else { return }
        var body: [(result: Int, words: [UInt8])] = []
        var firstByWords: [[UInt8]: Int] = [:]
        for r in results.indices
        where quotes[quoteIndices[r]].para > 0 && results[r].speaker != nil && !results[r].nested {
            let bytes = words.of(r, results, self)
            if firstByWords[bytes] == nil { firstByWords[bytes] = r }
            body.append((r, bytes))
        }
        let shortHeadline = paras[0].count <= Self.maxHeadlineBytes
        // the body quotes' words, split once when a headline quote first needs them
        var bodyWords: [[ArraySlice<UInt8>]]? = nil
        for r in headline.prefix(Self.maxHeadlineQuotes) {
            let bytes = normalisedWords(results[r].content)
            guard !bytes.isEmpty else { continue }
            // (a description or a body in the headline yields only to a person's repeat: the same words, or a
            // quote holding them plainly with no denial in it - a rebuttal holds the words too, `'offensive' says
            // Sinn Féin` … `"My remarks were not offensive," Harris said`)
            if results[r].speaker != nil {
                let from =
                    firstByWords[bytes].flatMap { speakerIsNamedPerson[$0] ? $0 : nil }
                    ?? (shortHeadline
                        ? body.first(where: {
                            speakerIsNamedPerson[$0.result] && holdsWords(bytes, $0.words, besideMarks: false)
                                && !answersTheWords(bytes, in: $0.words)
                        })?.result : nil)
                if let from { results[r].takeSpeaker(of: results[from], rule: .headlineRepeat) }
                continue
            }
            // (words beside a curly mark, a dash or an ellipsis only when no body quote holds them plainly: inside
            // marks they are often someone else's word the speaker repeats, `Nobody believes this is ‘fair’`)
            var found =
                firstByWords[bytes]
                ?? (shortHeadline
                    ? (body.first(where: {
                        holdsWords(bytes, $0.words, besideMarks: false) && !answersTheWords(bytes, in: $0.words)
                    })
                        ?? body.first(where: { holdsWords(bytes, $0.words, besideMarks: true) }))?.result : nil)
            // (headlines drop small words and commas: `'level of secrecy when Minister comes out'` for "level of
            // secrecy when a Minister comes out", `'You sing well but …'` for "You all sing well, but …")
            if found == nil && shortHeadline {
                let needle = plainWords(bytes)
                if needle.count >= 3 {
                    let hay = bodyWords ?? body.map { plainWords($0.words) }
                    bodyWords = hay
                    found = hay.firstIndex(where: { paraphrases(needle, $0) }).map { body[$0].result }
                }
            }
            guard let from = found else { continue }
            results[r].takeSpeaker(of: results[from], rule: .headlineRepeat)
        }
    }

    /// A headline holds a few quotes in a few words; a document whose first paragraph is long (no headline) gets no
    /// containment search, which keeps that search linear in the body.
    static let maxHeadlineQuotes = 8
    static let maxHeadlineBytes = 300

    /// The quote's words as UTF-8: lower-case, one space between words (``textBytes(_:)`` collapses whitespace), `’`
    /// as `'`, outer punctuation trimmed. Folded byte by byte; a quote with other non-ASCII letters is lower-cased as
    /// a `String` (Unicode case folding), so both ways give the same bytes.
    func normalisedWords(_ range: Range<Int>) -> [UInt8] {
        let bytes = textBytes(range)
        var folded: [UInt8] = []
        folded.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                folded.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                i += 1
            } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                folded.append(0x27)  // ’
                i += 3
            } else {
                return Self.normalisedWords(ofNonASCII: String(decoding: bytes, as: UTF8.self))
            }
        }
        func isOuter(_ b: UInt8) -> Bool {
            b == 0x2E || b == 0x2C || b == 0x3B || b == 0x3A || b == 0x21 || b == 0x3F || b == 0x27 || b == 0x22
                || b == 0x20
        }
        guard let first = folded.firstIndex(where: { !isOuter($0) }),
            let last = folded.lastIndex(where: { !isOuter($0) })
        else { return [] }
        return Array(folded[first...last])
    }

    /// ``normalisedWords(_:)`` of a text with non-ASCII letters, by `Character`.
    private static func normalisedWords(ofNonASCII text: String) -> [UInt8] {
        let folded = String(text.lowercased().map { $0 == "’" ? "'" : $0 })
        let outer: Set<Character> = [".", ",", ";", ":", "!", "?", "'", "\"", " "]
        guard let first = folded.firstIndex(where: { !outer.contains($0) }),
            let last = folded.lastIndex(where: { !outer.contains($0) })
        else { return [] }
        return Array(folded[first...last].utf8)
    }

    /// Whether headline words `needle` (``plainWords(_:)``; the caller asks with three or more) stand in body words
    /// `hay` in the same order, with at most one other word between two of them: the headline's way of quoting in
    /// brief (commas, full stops and the like are no words).
    func paraphrases(_ needle: [ArraySlice<UInt8>], _ hay: [ArraySlice<UInt8>]) -> Bool {
        guard !needle.isEmpty else { return false }
        var start = 0
        while start < hay.count {
            if hay[start] == needle[0] {
                var i = 1
                var j = start + 1
                while i < needle.count && j < hay.count && j - start <= 2 * needle.count {
                    if hay[j] == needle[i] {
                        i += 1
                        j += 1
                    } else if j + 1 < hay.count && hay[j + 1] == needle[i] {
                        j += 1  // one word the headline left out
                    } else {
                        break
                    }
                }
                if i == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    /// The words of normalised quote text: runs of letters, digits, apostrophes and bytes above 0x7F.
    func plainWords(_ b: [UInt8]) -> [ArraySlice<UInt8>] {
        var words: [ArraySlice<UInt8>] = []
        var k = 0
        while k < b.count {
            while k < b.count && !isPlainWordByte(b[k]) { k += 1 }
            let from = k
            while k < b.count && isPlainWordByte(b[k]) { k += 1 }
            if k > from { words.append(b[from..<k]) }
        }
        return words
    }

    private func isPlainWordByte(_ c: UInt8) -> Bool {
        isASCIILetter(c) || isASCIIDigit(c) || c == UInt8(ascii: "'") || c >= 0x80
    }

    /// Whether a denial (`not`, `no`, `never`, `nobody`, `nothing`, `n't`) or a verb reporting or naming another's
    /// words (`says`, `claims`, `insists`, `call`) stands before the first plain occurrence of headline words `n` in
    /// body words `h`, in the same sentence (`it is not unnecessary`, `We don't think we got our sums wrong`, `The HSE
    /// says it is safe`, `To call it appropriate is an insult`; not `I won't pretend this comes without cost. There
    /// will be hard choices`): the body's speaker answers the words rather than says them.
    func answersTheWords(_ n: [UInt8], in h: [UInt8]) -> Bool {
        guard let at = wordsStart(n, in: h, besideMarks: false) else { return false }
        var from = at
        while from > 0 && !(h[from - 1] == 0x20 && from >= 2 && isSentenceEnd(h[from - 2])) { from -= 1 }
        return plainWords(Array(h[from..<at])).contains { w in
            isDenial(w) || Self.answeringWords.contains(w.withUnsafeBufferPointer { foldedHash($0, 0, $0.count) })
        }
    }

    /// Whether a denial stands right before the first plain occurrence of words `n` in quote words `h` (`It is not
    /// political cowardice`; not `it won't be such a culture shock`): a narrower ``answersTheWords(_:in:)``, for a body's
    /// phrase, whose own sentence may hold the same denial further back (`would not be "diverted or distracted"` …
    /// `"I am not going to be diverted or distracted"`).
    func deniesTheWords(_ n: [UInt8], in h: [UInt8]) -> Bool {
        guard let at = wordsStart(n, in: h, besideMarks: false),
            let before = plainWords(Array(h[max(0, at - 24)..<at])).last
        else { return false }
        return isDenial(before)
    }

    /// Whether plain word `w` denies: `not`, `no`, `never`, or a word in `n't`.
    private func isDenial(_ w: ArraySlice<UInt8>) -> Bool {
        Self.denials.contains(w.withUnsafeBufferPointer { foldedHash($0, 0, $0.count) })
            || (w.count > 3 && w.suffix(3).elementsEqual("n't".utf8))
    }

    private func isSentenceEnd(_ b: UInt8) -> Bool { b == .period || b == .exclamation || b == .question }

    static let denials: Set<UInt64> = Set(["not", "no", "never"].map { foldedHash($0) })
    /// The words of a denial beyond ``denials``, and verbs reporting or naming another's words.
    static let answeringWords: Set<UInt64> = Set(
        [
            "nobody", "nothing", "none", "says", "said", "say", "claims", "claimed", "claim", "insists", "insisted",
            "call", "calls", "called",
        ].map { foldedHash($0) })

    /// Whether headline words `n` stand in body words `h` or `h` in `n` (``containsWords(_:in:besideMarks:)``).
    func holdsWords(_ n: [UInt8], _ h: [UInt8], besideMarks: Bool) -> Bool {
        containsWords(n, in: h, besideMarks: besideMarks)
            || (h.contains(0x20) && containsWords(h, in: n, besideMarks: besideMarks))
    }

    /// Whether the words `n` occur in `h` with no letter or digit on either side (a naive search: needles
    /// are headline quotes or body quotes no longer than one, so at most a few hundred bytes).
    func containsWords(_ n: [UInt8], in h: [UInt8], besideMarks: Bool = false) -> Bool {
        wordsStart(n, in: h, besideMarks: besideMarks) != nil
    }

    /// Where ``containsWords(_:in:besideMarks:)`` first finds `n` in `h`, or nil.
    func wordsStart(_ n: [UInt8], in h: [UInt8], besideMarks: Bool) -> Int? {
        guard !n.isEmpty, n.count <= h.count else { return nil }
        func isWordByte(_ b: UInt8) -> Bool { isASCIILetter(b) || isASCIIDigit(b) || b >= 0x80 }
        // (with `besideMarks`, a curly mark, a dash or an ellipsis - U+2000-U+206F, `E2 80 xx` or `E2 81 xx` - is no
        // letter: `'hands on'` stands in `to be ‘hands on’, be in the field`, `'Donald Trump of Galway'` in `of
        // Galway…he's`)
        func isGeneralPunctuation(lead: UInt8, second: UInt8) -> Bool {
            lead == .punctuationLead && (second == .punctuationSecond || second == .punctuationSecondHigh)
        }
        func isPunctuationEnding(at i: Int) -> Bool { i >= 2 && isGeneralPunctuation(lead: h[i - 2], second: h[i - 1]) }
        func isPunctuationStarting(at i: Int) -> Bool {
            i + 1 < h.count && isGeneralPunctuation(lead: h[i], second: h[i + 1])
        }
        for start in 0...(h.count - n.count) where h[start] == n[0] {
            var k = 1
            while k < n.count && h[start + k] == n[k] { k += 1 }
            guard k == n.count else { continue }
            let beforeOK =
                start == 0 || !isWordByte(h[start - 1]) || !isWordByte(n[0])
                || (besideMarks && isPunctuationEnding(at: start - 1))
            let end = start + n.count
            let afterOK =
                end == h.count || !isWordByte(h[end]) || !isWordByte(n[n.count - 1])
                || (besideMarks && isPunctuationStarting(at: end))
            if beforeOK && afterOK { return start }
        }
        return nil
    }
}

/// The normalised words (``DocState/normalisedWords(_:)``) of quotes by their index in the results, computed once
/// for the headline and the lead rules, which both search the body's attributed quotes.
struct NormalisedQuoteWords {
    private var byResult: [Int: [UInt8]] = [:]

    /// The words of result `r` (a quote's content does not change while speakers are given).
    mutating func of(_ r: Int, _ results: [ExtractedQuote], _ state: DocState) -> [UInt8] {
        if let known = byResult[r] { return known }
        let bytes = state.normalisedWords(results[r].content)
        byResult[r] = bytes
        return bytes
    }
}

extension ExtractedQuote {
    /// Takes the speaker of `other`, a quote that repeats this one's words (its name and spans), and becomes speech
    /// by `rule` (`headline-repeat`, `lead-repeat`).
    mutating func takeSpeaker(of other: ExtractedQuote, rule: AttributionRule) {
        speaker = other.speaker
        speakerRange = other.speakerRange
        mentionRange = other.mentionRange
        speakerIsUnnamed = other.speakerIsUnnamed
        kind = .speech
        self.rule = rule.rawValue
    }
}
