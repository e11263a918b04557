import People

// Rule `headline-repeat`: headlines quote the story's words in brief (`Firm's plan 'painless'`) and the body says who
// said them.

extension DocState {
    /// `headline-repeat`: a headline quote with no speaker takes the speaker of the first body quote with the same
    /// words (case, whitespace and apostrophe style ignored); failing that, of the first body quote that contains its
    /// words or whose words it contains, at word boundaries (`'reasonable'` in the headline, `"reasonable levels"` in
    /// the body; `'above money'` inside `"Steven is above money. He is …"`). It is then speech. Giving it the story's
    /// first speaker when the words are not repeated was measured and dropped: right and wrong about equally often.
    ///
    /// Linear in the quotes: the body's attributed quotes are keyed by their words once, and only when the headline
    /// has an unattributed quote; the containment search looks at no more than `maxHeadlineQuotes` headline quotes,
    /// each against the body quotes once.
    func attributeHeadlineQuotes(
        _ results: inout [ExtractedQuote], quoteIndices: [Int], bodyWords words: inout NormalisedQuoteWords
    ) {
        let headline = results.indices.filter {
            quotes[quoteIndices[$0]].para == 0 && results[$0].speaker == nil && !results[$0].nested
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
            var found =
                firstByWords[bytes]
                ?? (shortHeadline
                    ? body.first(where: {
                        containsWords(bytes, in: $0.words)
                            || ($0.words.contains(0x20) && containsWords($0.words, in: bytes))
                    })?.result : nil)
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

    /// Whether the words `n` occur in `h` with no letter or digit on either side (a naive search: needles
    /// are headline quotes or body quotes no longer than one, so at most a few hundred bytes).
    func containsWords(_ n: [UInt8], in h: [UInt8]) -> Bool {
        guard !n.isEmpty, n.count <= h.count else { return false }
        func isWordByte(_ b: UInt8) -> Bool { isASCIILetter(b) || isASCIIDigit(b) || b >= 0x80 }
        for start in 0...(h.count - n.count) where h[start] == n[0] {
            var k = 1
            while k < n.count && h[start + k] == n[k] { k += 1 }
            guard k == n.count else { continue }
            let beforeOK = start == 0 || !isWordByte(h[start - 1]) || !isWordByte(n[0])
            let end = start + n.count
            let afterOK = end == h.count || !isWordByte(h[end]) || !isWordByte(n[n.count - 1])
            if beforeOK && afterOK { return true }
        }
        return false
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
