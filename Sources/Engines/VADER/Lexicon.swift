/// A VADER lexicon: lowercase word (or emoticon) -> mean valence, plus the emoji
/// descriptions used to turn emoji into words before scoring.
///
/// The lookup structures are built once at initialisation and are immutable,
/// so a `Lexicon` can be shared freely across threads. Keys are matched against
/// the *lowercased* token (as in vaderSentiment), so keys containing uppercase
/// letters never match anything.
///
/// Every lexicon uses the emoji descriptions of vaderSentiment 3.3.2's
/// `emoji_utf8_lexicon.txt` (only single-scalar emoji can ever match, as in the
/// reference, which replaces emoji one code point at a time).
public struct Lexicon: Sendable {
    /// word -> valence, as loaded (later duplicates overwrite earlier ones).
    public let valences: [String: Double]
    @usableFromInline let table: KeyTable
    @usableFromInline let emoji: EmojiTable

    /// The vaderSentiment 3.3.2 lexicon (`vader_lexicon.txt`, 7,506 distinct
    /// entries) and emoji lexicon, embedded in the binary. Built on first use.
    public static let standard: Lexicon = {
        var entries: [String: Double] = [:]
        for chunk in LexiconData.vaderLexicon { parseLexicon(chunk, into: &entries) }
        return Lexicon(valences: entries, emoji: .standard)
    }()

    /// Loads a lexicon in vaderSentiment's `vader_lexicon.txt` format: one
    /// `word<TAB>mean<TAB>...` entry per line; fields after the second are
    /// ignored. Lines are stripped of surrounding whitespace; empty lines and
    /// lines without a parsable mean are skipped. Later duplicates win.
    public init(vaderFormat text: String) {
        var entries: [String: Double] = [:]
        parseLexicon(text, into: &entries)
        self.init(valences: entries, emoji: .standard)
    }

    /// Loads a simple `word<TAB>score` lexicon, one entry per line (surrounding
    /// whitespace stripped, empty or unparsable lines skipped, later duplicates
    /// win). Extra tab-separated fields are ignored.
    public init(simple text: String) {
        var entries: [String: Double] = [:]
        parseLexicon(text, into: &entries)
        self.init(valences: entries, emoji: .standard)
    }

    /// Builds a lexicon directly from a word -> valence dictionary.
    public init(valences: [String: Double]) {
        self.init(valences: valences, emoji: .standard)
    }

    init(valences: [String: Double], emoji: EmojiTable) {
        self.valences = valences
        self.emoji = emoji
        self.table = Lexicon.buildTable(valences)
    }

    /// A copy of this lexicon with `overrides` added or replacing existing
    /// entries (like updating `SentimentIntensityAnalyzer.lexicon` in Python).
    /// Keys should be lowercase to be matchable.
    public func overriding(_ overrides: [String: Double]) -> Lexicon {
        var merged = valences
        for (word, value) in overrides { merged[word] = value }
        return Lexicon(valences: merged, emoji: emoji)
    }

    /// Number of entries.
    public var count: Int { valences.count }

    /// Valence of `word` exactly as stored (no lowercasing), or nil.
    public func valence(of word: String) -> Double? { valences[word] }

    // MARK: - Building

    /// Booster (+) and dampener (-) words of vaderSentiment; the multi-word ones
    /// ("kind of", "sort of", "just enough") are handled as word-id bigrams.
    static let boosters: [(String, Double)] = {
        let up = [
            "absolutely", "amazingly", "awfully", "completely", "considerable",
            "considerably", "decidedly", "deeply", "effing", "enormous", "enormously",
            "entirely", "especially", "exceptional", "exceptionally", "extreme",
            "extremely", "fabulously", "flipping", "flippin", "frackin", "fracking",
            "fricking", "frickin", "frigging", "friggin", "fully", "fuckin", "fucking",
            "fuggin", "fugging", "greatly", "hella", "highly", "hugely", "incredible",
            "incredibly", "intensely", "major", "majorly", "more", "most", "particularly",
            "purely", "quite", "really", "remarkably", "so", "substantially", "thoroughly",
            "total", "totally", "tremendous", "tremendously", "uber", "unbelievably",
            "unusually", "utter", "utterly", "very",
        ]
        let down = [
            "almost", "barely", "hardly", "kinda", "kindof", "kind-of", "less",
            "little", "marginal", "marginally", "occasional", "occasionally", "partly",
            "scarce", "scarcely", "slight", "slightly", "somewhat", "sorta", "sortof",
            "sort-of",
        ]
        return up.map { ($0, Rules.boosterIncrement) } + down.map { ($0, Rules.boosterDecrement) }
    }()

    /// vaderSentiment's negation words (tokens containing "n't" also negate).
    static let negations: [String] = [
        "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
        "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
        "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
        "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
        "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing",
        "nowhere", "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
        "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't", "without",
        "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite",
    ]

    static func buildTable(_ valences: [String: Double]) -> KeyTable {
        var infos: [String: KeyInfo] = [:]
        infos.reserveCapacity(valences.count + 200)
        for (word, value) in valences {
            infos[word, default: .unknown].valence = value
        }
        for (word, value) in boosters { infos[word, default: .unknown].booster = value }
        for word in negations { infos[word, default: .unknown].negation = true }
        for (word, id) in WordID.spellings { infos[word, default: .unknown].word = id }
        return KeyTable(infos.map { (key: Array($0.key.utf8), info: $0.value) })
    }
}

// MARK: - Parsing (initialisation only)

/// Python `str.isspace()` for one scalar.
func isPythonWhitespace(_ v: UInt32) -> Bool {
    switch v {
    case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A,
        0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
        return true
    default:
        return false
    }
}

/// Python `str.strip()` (no arguments).
func pythonStrip(_ s: Substring) -> Substring {
    let scalars = s.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isPythonWhitespace($0.value) }),
        let last = scalars.lastIndex(where: { !isPythonWhitespace($0.value) })
    else { return "" }
    return Substring(scalars[first...last])
}

/// Tab-separated `word<TAB>value[<TAB>...]` lines into `entries` (later lines win).
///
/// Lines are found on bytes (an LF byte always ends a Character, so this is the split at LF and CRLF); an ASCII line
/// is read on bytes, any other by ``parseLexiconLine(_:into:)``, which defines both: reading the embedded lexicon by
/// Characters was a tenth of `textmine check Pipelines/news.yaml`.
func parseLexicon(_ text: String, into entries: inout [String: Double]) {
    var text = text
    text.withUTF8 { bytes in
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var start = 0
        while start < count {
            var end = start
            var ascii = true
            while end < count, base[end] != 0x0A {
                if base[end] >= 0x80 { ascii = false }
                end += 1
            }
            if ascii {
                parseASCIILexiconLine(base, start, end, into: &entries)
            } else {
                parseLexiconLine(Substring(String(decoding: bytes[start..<end], as: UTF8.self)), into: &entries)
            }
            start = end + 1
        }
    }
}

/// One line: stripped of Python whitespace; `word<TAB>value[<TAB>...]` with a finite value is entered.
func parseLexiconLine(_ rawLine: Substring, into entries: inout [String: Double]) {
    let line = pythonStrip(rawLine)
    if line.isEmpty { return }
    let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
    guard fields.count >= 2,
        let value = Double(String(pythonStrip(fields[1]))), value.isFinite
    else { return }
    entries[String(fields[0])] = value
}

/// ``parseLexiconLine(_:into:)`` on the ASCII line `base[start..<end]`, where every byte is a Character and a scalar.
private func parseASCIILexiconLine(
    _ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, into entries: inout [String: Double]
) {
    @inline(__always) func isSpace(_ byte: UInt8) -> Bool { isPythonWhitespace(UInt32(byte)) }
    var first = start
    var last = end
    while first < last, isSpace(base[first]) { first += 1 }
    while last > first, isSpace(base[last - 1]) { last -= 1 }
    guard first < last else { return }
    var tab = first
    while tab < last, base[tab] != 0x09 { tab += 1 }
    guard tab < last else { return }
    var valueEnd = tab + 1
    while valueEnd < last, base[valueEnd] != 0x09 { valueEnd += 1 }
    var valueStart = tab + 1
    while valueStart < valueEnd, isSpace(base[valueStart]) { valueStart += 1 }
    while valueEnd > valueStart, isSpace(base[valueEnd - 1]) { valueEnd -= 1 }
    let valueText = String(
        decoding: UnsafeBufferPointer(start: base + valueStart, count: valueEnd - valueStart), as: UTF8.self)
    guard let value = Double(valueText), value.isFinite else { return }
    entries[String(decoding: UnsafeBufferPointer(start: base + first, count: tab - first), as: UTF8.self)] = value
}

/// `emoji<TAB>description` lines; entries whose key is not a single scalar are
/// dropped (the reference compares one code point at a time, so they never match).
func parseEmojiLexicon(_ chunks: [String]) -> [(scalar: UInt32, description: [UInt8])] {
    var out: [(scalar: UInt32, description: [UInt8])] = []
    for chunk in chunks {
        // Lines and fields are found on bytes: an LF and a tab are always Characters of their own, so these are the
        // splits at LF, CRLF and tab Characters (a tenth of the start-up cost when done by Characters).
        for rawLine in lines(of: chunk) {
            let line = pythonStrip(rawLine).utf8
            guard let tab = line.firstIndex(of: 0x09) else { continue }
            let description = line[line.index(after: tab)...]
            let end = description.firstIndex(of: 0x09) ?? description.endIndex
            let key = Substring(line[..<tab]).unicodeScalars
            guard key.count == 1, let scalar = key.first else { continue }
            out.append((scalar.value, Array(description[..<end])))
        }
    }
    return out
}

/// The lines of `text` without their LF (a CR before it stays, for the caller's strip), empty ones left out as
/// `split` does.
private func lines(of text: String) -> [Substring] {
    var result: [Substring] = []
    var start = text.utf8.startIndex
    while start < text.utf8.endIndex {
        let end = text.utf8[start...].firstIndex(of: 0x0A) ?? text.utf8.endIndex
        if start < end { result.append(Substring(text.utf8[start..<end])) }
        start = end < text.utf8.endIndex ? text.utf8.index(after: end) : end
    }
    return result
}
