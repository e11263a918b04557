/// VADER's constants (Hutto & Gilbert 2014, as in vaderSentiment 3.3.2).
enum Rules {
    /// Booster word increment.
    static let boosterIncrement = 0.293
    /// Dampener word increment.
    static let boosterDecrement = -0.293
    /// ALL-CAPS emphasis increment.
    static let capsIncrement = 0.733
    /// Negation scalar.
    static let negationScalar = -0.74
    /// Normalisation constant of the compound score.
    static let alpha = 15.0
}

/// Per-token working state of one scoring call (24 bytes, so short texts fit
/// in a small stack buffer).
@usableFromInline
struct Token {
    /// Lexicon valence, NaN when the lowercased token is not in the lexicon.
    var valence: Double
    /// The token's sentiment value (step 3 output, modified by the "but" rule).
    var sentiment: Double
    /// +1 booster, -1 dampener (single words), 0 otherwise.
    var boosterSign: Int8
    var word: WordID
    /// Python `str.isupper()` of the token.
    var upper: Bool
    /// Negation word or contains "n't".
    var negation: Bool

    init(_ info: KeyInfo, upper: Bool, negation: Bool) {
        valence = info.valence
        sentiment = 0
        boosterSign = info.booster > 0 ? 1 : (info.booster < 0 ? -1 : 0)
        word = info.word
        self.upper = upper
        self.negation = negation || info.negation
    }

    @inline(__always) var inLexicon: Bool { !valence.isNaN }
    @inline(__always) var isBooster: Bool { boosterSign != 0 }
    /// The booster/dampener value, exactly as vaderSentiment's constants.
    @inline(__always) var booster: Double {
        boosterSign > 0 ? Rules.boosterIncrement : Rules.boosterDecrement
    }
}

/// VADER sentiment analysis, reproducing vaderSentiment 3.3.2's
/// `SentimentIntensityAnalyzer.polarity_scores`.
///
/// The analyzer is immutable and `Sendable`: share one instance across threads.
/// Scoring works directly on UTF-8 bytes; per call it uses one or two scratch
/// buffers (stack-allocated when small) and allocates nothing per token,
/// except when a token contains non-ASCII characters that change when
/// lowercased (e.g. "É"), which takes a slower, allocating path.
public struct SentimentAnalyzer: Sendable {
    /// The lexicon used for scoring.
    public let lexicon: Lexicon

    /// Creates an analyzer; by default with the embedded vaderSentiment lexicon.
    public init(lexicon: Lexicon = .standard) {
        self.lexicon = lexicon
    }

    /// Scores a text (see `scores(utf8:)`).
    public func scores(for text: String) -> SentimentScores {
        var text = text
        return text.withUTF8 { scores(utf8: $0) }
    }

    /// Scores UTF-8 text. This is the hot path: no `String` is created.
    ///
    /// Input should be valid UTF-8; invalid bytes are treated as opaque,
    /// uncased, non-whitespace characters (one per byte).
    public func scores(utf8 bytes: UnsafeBufferPointer<UInt8>) -> SentimentScores {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return .zero }
        let n = bytes.count
        let emoji = lexicon.emoji

        // Step 1 (detection): do any emoji need replacing, and how long is the result?
        // (Also counts "!" and "?" for the common emoji-free case.)
        var outLength = 0
        var hasEmoji = false
        var previousWasSpace = true
        var exclamations = 0
        var questions = 0
        var i = 0
        let raw = UnsafeRawPointer(base)
        while i < n {
            // Eight ASCII bytes without `!` or `?` (most of a text) only add to the length: skipped as one word.
            if i + 8 <= n, Self.isPlainASCII(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                outLength += 8
                previousWasSpace = base[i + 7] == 0x20
                i += 8
                continue
            }
            let b = base[i]
            if b < 0x80 {
                outLength += 1
                previousWasSpace = b == 0x20
                if b == 0x21 { exclamations += 1 } else if b == 0x3F { questions += 1 }
                i += 1
                continue
            }
            let (scalar, length) = decodeScalar(base, i, n)
            if scalar != invalidScalar, let d = emoji.lookup(scalar) {
                hasEmoji = true
                outLength += (previousWasSpace ? 0 : 1) + d.length
            } else {
                outLength += length
            }
            previousWasSpace = false
            i += length
        }
        if !hasEmoji {
            return score(base, n, punctuation: punctuationAmplifier(exclamations, questions))
        }

        // Step 1 (replacement) into a scratch buffer.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: outLength) { out in
            guard let o = out.baseAddress else { preconditionFailure("an emoji makes outLength at least 1") }
            var w = 0
            var previousWasSpace = true
            var i = 0
            while i < n {
                let b = base[i]
                if b < 0x80 {
                    o[w] = b
                    w += 1
                    previousWasSpace = b == 0x20
                    i += 1
                    continue
                }
                let (scalar, length) = decodeScalar(base, i, n)
                if scalar != invalidScalar, let d = emoji.lookup(scalar) {
                    if !previousWasSpace {
                        o[w] = 0x20
                        w += 1
                    }
                    (o + w).update(from: emoji.bytes + d.start, count: d.length)
                    w += d.length
                } else {
                    (o + w).update(from: base + i, count: length)
                    w += length
                }
                previousWasSpace = false
                i += length
            }
            let o2 = UnsafePointer(o)
            return score(o2, w, punctuation: punctuationAmplifier(o2, w))
        }
    }

    /// Whether all eight bytes of `word` are ASCII and none is `!` or `?` (exact: a lane is flagged falsely only
    /// above a lane that truly matches, and then the word is flagged anyway).
    @inline(__always)
    static func isPlainASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func has(_ byte: UInt64) -> Bool {
            let x = word ^ (ones &* byte)
            return (x &- ones) & ~x & highs != 0
        }
        return word & highs == 0 && !has(0x21) && !has(0x3F)
    }

    /// Up to this many bytes the buffer is sized by the bound n / 2 + 1 (at most 196 KB, taken from the stack when it
    /// has room, and only the pages tokens are written to are touched) instead of counting the tokens first: that
    /// count was a second pass over every document's text, 1.2% of the default pipeline.
    private static let boundedTextLength = 16 * 1024

    /// Steps 2–5 on emoji-free text.
    private func score(_ p: UnsafePointer<UInt8>, _ n: Int, punctuation: Double) -> SentimentScores {
        // A token needs at least one byte plus a separator, so n / 2 + 1 always
        // suffices; for long texts count the tokens first to size the buffer.
        var capacity = n / 2 + 1
        if n > SentimentAnalyzer.boundedTextLength {
            capacity = countTokens(p, n)
            if capacity == 0 { return .zero }
        }
        return withUnsafeTemporaryAllocation(of: Token.self, capacity: capacity) { buffer in
            guard let tokens = buffer.baseAddress else { preconditionFailure("the capacity is at least 1") }
            let (count, upperCount) = tokenize(p, n, into: tokens)
            if count == 0 { return .zero }
            let capDifferential = upperCount > 0 && upperCount < count
            assignSentiments(tokens, count, capDifferential: capDifferential)
            applyBut(tokens, count)
            return finalScores(tokens, count, punctuation: punctuation)
        }
    }

    /// Number of whitespace-separated pieces.
    private func countTokens(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int {
        var count = 0
        var inToken = false
        var i = 0
        while i < n {
            let w = whitespaceLength(p, i, n)
            if w > 0 {
                inToken = false
                i += w
            } else {
                if !inToken { count += 1 }
                inToken = true
                i += 1
            }
        }
        return count
    }

    // MARK: Step 2 — tokens

    /// Splits on Python whitespace, strips ASCII punctuation from each piece
    /// unless that leaves 2 or fewer characters, and looks every token up.
    /// Returns the token count and how many tokens are ALL CAPS.
    @inline(__always)
    private func tokenize(
        _ p: UnsafePointer<UInt8>, _ n: Int,
        into tokens: UnsafeMutablePointer<Token>
    ) -> (Int, Int) {
        var count = 0
        var upperCount = 0
        var i = 0
        while i < n {
            let w = whitespaceLength(p, i, n)
            if w > 0 {
                i += w
                continue
            }
            let start = i
            i += 1
            while i < n && whitespaceLength(p, i, n) == 0 { i += 1 }
            let end = i
            var a = start
            var z = end
            while a < z && isASCIIPunctuation(p[a]) { a += 1 }
            while z > a && isASCIIPunctuation(p[z - 1]) { z -= 1 }
            // Python len(): count code points (lead bytes), stopping at 3.
            var characters = 0
            var k = a
            while k < z && characters <= 2 {
                if p[k] & 0xC0 != 0x80 { characters += 1 }
                k += 1
            }
            if characters <= 2 {
                a = start
                z = end
            }
            let token = makeToken(p + a, z - a)
            if token.upper { upperCount += 1 }
            (tokens + count).initialize(to: token)
            count += 1
        }
        return (count, upperCount)
    }

    /// Lowercases (virtually), classifies and looks up one token.
    @inline(__always)
    private func makeToken(_ q: UnsafePointer<UInt8>, _ length: Int) -> Token {
        var hash = fnvSeed
        var hasUpper = false
        var hasLower = false
        var nonASCII = false
        var apostrophe = false
        for j in 0..<length {
            let b = q[j]
            if b &- 0x41 < 26 {
                hasUpper = true
            } else if b &- 0x61 < 26 {
                hasLower = true
            } else if b >= 0x80 {
                nonASCII = true
            } else if b == 0x27 {
                apostrophe = true
            }
            hash = fnvStep(hash, asciiLower(b))
        }
        if nonASCII {
            return makeNonASCIIToken(q, length, hasUpper: hasUpper, hasLower: hasLower)
        }
        let info = lexicon.table.lookupFoldingASCII(q, length, hash: hash)
        return Token(
            info, upper: hasUpper && !hasLower,
            negation: apostrophe && containsNT(q, length))
    }

    /// Tokens with non-ASCII bytes: Unicode-aware `isupper()` and `lower()`.
    private func makeNonASCIIToken(
        _ q: UnsafePointer<UInt8>, _ length: Int,
        hasUpper: Bool, hasLower: Bool
    ) -> Token {
        var cased = hasUpper
        var lowerOrTitle = hasLower
        var changesWhenLowercased = false
        var j = 0
        while j < length {
            let (v, l) = decodeScalar(q, j, length)
            j += l
            guard v >= 0x80, v != invalidScalar, let scalar = Unicode.Scalar(v) else { continue }
            let properties = scalar.properties
            if properties.isLowercase || properties.generalCategory == .titlecaseLetter {
                lowerOrTitle = true
            } else if properties.isUppercase {
                cased = true
            }
            if properties.changesWhenLowercased { changesWhenLowercased = true }
        }
        let upper = cased && !lowerOrTitle
        if !changesWhenLowercased {
            // Lowercasing only affects ASCII letters: reuse the folding lookup.
            var hash = fnvSeed
            for k in 0..<length { hash = fnvStep(hash, asciiLower(q[k])) }
            let info = lexicon.table.lookupFoldingASCII(q, length, hash: hash)
            return Token(info, upper: upper, negation: containsNT(q, length))
        }
        // Rare: full Unicode lowercase mapping (allocates).
        var lowered: [UInt8] = []
        lowered.reserveCapacity(length + 8)
        j = 0
        while j < length {
            let (v, l) = decodeScalar(q, j, length)
            if v < 0x80 {
                lowered.append(asciiLower(q[j]))
            } else if v != invalidScalar, let scalar = Unicode.Scalar(v),
                scalar.properties.changesWhenLowercased
            {
                lowered.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else {
                for k in 0..<l { lowered.append(q[j + k]) }
            }
            j += l
        }
        return lowered.withUnsafeBufferPointer { buffer in
            guard let lp = buffer.baseAddress else { preconditionFailure("capacity was reserved") }
            var hash = fnvSeed
            for b in buffer { hash = fnvStep(hash, b) }
            let info = lexicon.table.lookupExact(lp, buffer.count, hash: hash)
            return Token(info, upper: upper, negation: containsNT(lp, buffer.count))
        }
    }

    /// Whether the lowercased token contains "n't" (ASCII apostrophe only).
    @inline(__always)
    private func containsNT(_ q: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        var j = 1
        while j + 1 < length {
            if q[j] == 0x27 && asciiLower(q[j - 1]) == 0x6E && asciiLower(q[j + 1]) == 0x74 {
                return true
            }
            j += 1
        }
        return false
    }

    // MARK: Step 3 — valences

    @inline(__always)
    private func assignSentiments(
        _ t: UnsafeMutablePointer<Token>, _ count: Int,
        capDifferential: Bool
    ) {
        for i in 0..<count {
            t[i].sentiment = valence(t, count, i, capDifferential: capDifferential)
        }
    }

    @inline(__always)
    private func valence(
        _ t: UnsafeMutablePointer<Token>, _ count: Int, _ i: Int,
        capDifferential: Bool
    ) -> Double {
        let token = t[i]
        if token.isBooster { return 0 }
        if token.word == .kind && i < count - 1 && t[i + 1].word == .of { return 0 }
        if !token.inLexicon { return 0 }

        var v = token.valence
        // "no" as a negator of the next lexicon word rather than as a word itself.
        if token.word == .no && i != count - 1 && t[i + 1].inLexicon { v = 0 }
        if (i > 0 && t[i - 1].word == .no)
            || (i > 1 && t[i - 2].word == .no)
            || (i > 2 && t[i - 3].word == .no && (t[i - 1].word == .or || t[i - 1].word == .nor))
        {
            v = token.valence * Rules.negationScalar
        }
        // ALL CAPS emphasis when only some tokens are in caps.
        if token.upper && capDifferential {
            if v > 0 { v += Rules.capsIncrement } else { v -= Rules.capsIncrement }
        }
        // Up to three preceding tokens that are not lexicon words.
        for k in 0..<3 {
            guard i > k, !t[i - (k + 1)].inLexicon else { continue }
            let previous = t[i - (k + 1)]
            var s = 0.0
            if previous.isBooster {
                s = previous.booster
                if v < 0 { s *= -1 }
                if previous.upper && capDifferential {
                    if v > 0 { s += Rules.capsIncrement } else { s -= Rules.capsIncrement }
                }
            }
            if k == 1 && s != 0 { s *= 0.95 }
            if k == 2 && s != 0 { s *= 0.9 }
            v += s
            v = negationCheck(v, t, i, k)
            if k == 2 { v = idiomCheck(v, t, count, i) }
        }
        // "least" as negation, except "at least" / "very least".
        if i > 1 && !t[i - 1].inLexicon && t[i - 1].word == .least {
            if t[i - 2].word != .at && t[i - 2].word != .very { v *= Rules.negationScalar }
        } else if i > 0 && !t[i - 1].inLexicon && t[i - 1].word == .least {
            v *= Rules.negationScalar
        }
        return v
    }

    @inline(__always)
    private func negationCheck(
        _ valence: Double, _ t: UnsafeMutablePointer<Token>,
        _ i: Int, _ k: Int
    ) -> Double {
        var v = valence
        switch k {
        case 0:
            if t[i - 1].negation { v *= Rules.negationScalar }
        case 1:
            let w2 = t[i - 2].word
            let w1 = t[i - 1].word
            if w2 == .never && (w1 == .so || w1 == .this) {
                v *= 1.25
            } else if w2 == .without && w1 == .doubt {
                // unchanged
            } else if t[i - 2].negation {
                v *= Rules.negationScalar
            }
        default:
            let w3 = t[i - 3].word
            let w2 = t[i - 2].word
            let w1 = t[i - 1].word
            if (w3 == .never && (w2 == .so || w2 == .this)) || (w1 == .so || w1 == .this) {
                v *= 1.25
            } else if w3 == .without && (w2 == .doubt || w1 == .doubt) {
                // unchanged
            } else if t[i - 3].negation {
                v *= Rules.negationScalar
            }
        }
        return v
    }

    /// Special-case phrases of two words.
    @inline(__always)
    private static func special(_ a: WordID, _ b: WordID) -> Double? {
        switch (a, b) {
        case (.the, .shit), (.the, .bomb): return 3
        case (.bad, .ass): return 1.5
        case (.bus, .stop): return 0
        case (.yeah, .right): return -2
        case (.beating, .heart): return 3.5
        default: return nil
        }
    }

    /// Special-case phrases of three words.
    @inline(__always)
    private static func special(_ a: WordID, _ b: WordID, _ c: WordID) -> Double? {
        switch (a, b, c) {
        case (.kiss, .of, .death): return -1.5
        case (.to, .die, .for): return 3
        default: return nil
        }
    }

    /// Multi-word dampeners ("kind of", "sort of", "just enough").
    @inline(__always)
    private static func boosterBigram(_ a: WordID, _ b: WordID) -> Double? {
        switch (a, b) {
        case (.kind, .of), (.sort, .of), (.just, .enough): return Rules.boosterDecrement
        default: return nil
        }
    }

    /// Idiom / special-case check (only reached with i >= 3).
    @inline(__always)
    private func idiomCheck(
        _ valence: Double, _ t: UnsafeMutablePointer<Token>,
        _ count: Int, _ i: Int
    ) -> Double {
        var v = valence
        let w0 = t[i].word
        let w1 = t[i - 1].word
        let w2 = t[i - 2].word
        let w3 = t[i - 3].word
        // Every special phrase and booster bigram involves one of w0...w3.
        if w0 == .none && w1 == .none && w2 == .none && w3 == .none { return v }
        if let s = SentimentAnalyzer.special(w1, w0) {
            v = s
        } else if let s = SentimentAnalyzer.special(w2, w1, w0) {
            v = s
        } else if let s = SentimentAnalyzer.special(w2, w1) {
            v = s
        } else if let s = SentimentAnalyzer.special(w3, w2, w1) {
            v = s
        } else if let s = SentimentAnalyzer.special(w3, w2) {
            v = s
        }
        if count - 1 > i, let s = SentimentAnalyzer.special(w0, t[i + 1].word) { v = s }
        if count - 1 > i + 1, let s = SentimentAnalyzer.special(w0, t[i + 1].word, t[i + 2].word) {
            v = s
        }
        // (i-3, i-2, i-1) is never a booster phrase: only bigrams exist.
        if let s = SentimentAnalyzer.boosterBigram(w3, w2) { v += s }
        if let s = SentimentAnalyzer.boosterBigram(w2, w1) { v += s }
        return v
    }

    // MARK: Step 4 — "but"

    /// Reproduces the reference's list-mutation semantics: for each position,
    /// the *first* index holding an equal value is the one that gets scaled.
    @inline(__always)
    private func applyBut(_ t: UnsafeMutablePointer<Token>, _ count: Int) {
        var b = -1
        for i in 0..<count where t[i].word == .but {
            b = i
            break
        }
        if b < 0 { return }
        for p in 0..<count {
            let value = t[p].sentiment
            if value == 0 { continue }  // zeros stay zero whichever index is hit
            var j = 0
            while t[j].sentiment != value { j += 1 }
            if j < b {
                t[j].sentiment = value * 0.5
            } else if j > b {
                t[j].sentiment = value * 1.5
            }
        }
    }

    // MARK: Step 5 — scores

    /// `!` (0.292 each, at most 4) plus `?` (0.18 each for 2–3, 0.96 for 4+).
    @inline(__always)
    private func punctuationAmplifier(_ p: UnsafePointer<UInt8>, _ n: Int) -> Double {
        var exclamations = 0
        var questions = 0
        for i in 0..<n {
            let b = p[i]
            if b == 0x21 { exclamations += 1 } else if b == 0x3F { questions += 1 }
        }
        return punctuationAmplifier(exclamations, questions)
    }

    @inline(__always)
    private func punctuationAmplifier(_ exclamations: Int, _ questions: Int) -> Double {
        let ep = Double(min(exclamations, 4)) * 0.292
        var qm = 0.0
        if questions > 1 {
            qm = questions <= 3 ? Double(questions) * 0.18 : 0.96
        }
        return ep + qm
    }

    @inline(__always)
    private func finalScores(
        _ t: UnsafeMutablePointer<Token>, _ count: Int,
        punctuation: Double
    ) -> SentimentScores {
        var sum = 0.0
        for i in 0..<count { sum += t[i].sentiment }
        if sum > 0 { sum += punctuation } else if sum < 0 { sum -= punctuation }
        var compound = sum / (sum * sum + Rules.alpha).squareRoot()
        if compound < -1 { compound = -1 } else if compound > 1 { compound = 1 }

        var positive = 0.0
        var negative = 0.0
        var neutral = 0
        for i in 0..<count {
            let s = t[i].sentiment
            if s > 0 { positive += s + 1 }
            if s < 0 { negative += s - 1 }
            if s == 0 { neutral += 1 }
        }
        if positive > abs(negative) {
            positive += punctuation
        } else if positive < abs(negative) {
            negative -= punctuation
        }
        let total = positive + abs(negative) + Double(neutral)
        return SentimentScores(
            negative: pythonRound(abs(negative / total), digits: 3),
            neutral: pythonRound(abs(Double(neutral) / total), digits: 3),
            positive: pythonRound(abs(positive / total), digits: 3),
            compound: pythonRound(compound, digits: 4))
    }
}

/// Python's `round(x, digits)` for 0 <= digits <= 4 and |x| < 2^40: the
/// decimal nearest to the exact binary value, ties to even.
@inline(__always)
func pythonRound(_ x: Double, digits: Int) -> Double {
    if x == 0 || !x.isFinite { return x }
    let magnitude = abs(x)
    if magnitude < 1e-30 { return x < 0 ? -0.0 : 0.0 }
    // magnitude = significand * 2^(exponent - 52), significand a 53-bit integer
    let significand = magnitude.significandBitPattern | (magnitude.isNormal ? 1 << 52 : 0)
    let exponent = Int(magnitude.exponent)
    var power5: UInt64 = 1
    var scale = 1.0
    for _ in 0..<digits {
        power5 *= 5
        scale *= 10
    }
    // magnitude * 10^digits = significand * 5^digits * 2^(exponent - 52 + digits)
    let m = significand * power5  // < 2^53 * 5^4 < 2^63
    let shift = 52 - digits - exponent
    if shift <= 0 { return x }  // already an integer multiple of 10^-digits
    var q: UInt64
    if shift >= 64 {
        q = 0
    } else {
        q = m >> UInt64(shift)
        let remainder = m & ((1 << UInt64(shift)) - 1)
        let half: UInt64 = 1 << UInt64(shift - 1)
        if remainder > half || (remainder == half && q & 1 == 1) { q += 1 }
    }
    let result = Double(q) / scale
    return x < 0 ? -result : result
}
