import TextMineCore

/// Phrase lists matched in one left-to-right pass with a byte trie: cost per document does not depend on the number
/// of phrases, so lists of 100k entries are as fast as lists of ten. The lists of a stage (up to 64, one per type)
/// share the trie, so the text is scanned once for all of them; each still finds its own longest phrase at each word
/// start.
///
/// Phrases match whole words only: a match must start and end at a word boundary (word bytes are ASCII letters,
/// digits, `_` and every non-ASCII byte, except the punctuation marks of ``punctuationLength(_:_:_:)``: curly
/// quotes and apostrophes, dashes, the ellipsis, guillemets and the no-break space, so `“Sri Lanka’s` holds `Sri
/// Lanka`). Case-insensitive matching folds ASCII letters; any whitespace in the text matches a single space in a
/// phrase.
struct Gazetteer: Sendable {
    /// Most lists one trie holds (a bit per list in its terminal masks).
    static let maximumLists = 64
    /// The type of each list, in list order.
    let types: [String]
    let caseSensitive: Bool
    /// The phrases (case-folded when matching ignores case, whitespace runs as one space), laid out for the scan.
    private let trie: CompactTrie

    /// One list.
    init(type: String, phrases: String, caseSensitive: Bool) {
        self.init(lists: [(type, phrases)], caseSensitive: caseSensitive)
    }

    /// Up to ``maximumLists`` lists, each a type and its phrases (one a line).
    init(lists: [(type: String, phrases: String)], caseSensitive: Bool) {
        precondition(lists.count <= Self.maximumLists, "at most \(Self.maximumLists) lists share a trie")
        self.types = lists.map(\.type)
        self.caseSensitive = caseSensitive
        var edges = TrieEdges()
        var edgeList: [(parent: Int32, byte: UInt8, child: Int32)] = []
        var terminal: [UInt64] = [0]
        for (list, (_, phrases)) in lists.enumerated() {
            Self.forEachPhrase(in: phrases) { phrase in
                var node: Int32 = 0
                var previousSpace = false
                for var byte in phrase {
                    if byte == 0x09 { byte = 0x20 }
                    if byte == 0x20 {
                        if previousSpace { continue }
                        previousSpace = true
                    } else {
                        previousSpace = false
                    }
                    if !caseSensitive { byte = Self.fold(byte) }
                    let key = UInt64(node) << 8 | UInt64(byte)
                    if let child = edges[key] {
                        node = child
                    } else {
                        let child = Int32(terminal.count)
                        terminal.append(0)
                        edges.insert(key, child)
                        edgeList.append((node, byte, child))
                        node = child
                    }
                }
                terminal[Int(node)] |= 1 << UInt64(list)
            }
        }
        self.trie = CompactTrie(edges: edgeList, terminal: terminal)
    }

    @inline(__always) static func fold(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    @inline(__always) static func isWord(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == 0x5F
            || byte >= 0x80
    }

    /// The length of the non-ASCII punctuation mark starting at `i` (0 when there is none): U+2010–U+205E (dashes,
    /// curly quotes and apostrophes, bullets, the ellipsis, primes), the no-break space and the guillemets. Their
    /// bytes are non-ASCII, which would otherwise read as letters.
    @inline(__always) static func punctuationLength(_ bytes: UnsafePointer<UInt8>, _ i: Int, _ count: Int) -> Int {
        let b = bytes[i]
        if b == 0xE2, i + 2 < count {
            let c = bytes[i + 1]
            let d = bytes[i + 2]
            return (c == 0x80 && d >= 0x90) || (c == 0x81 && d <= 0x9E) ? 3 : 0
        }
        if b == 0xC2, i + 1 < count {
            let c = bytes[i + 1]
            return c == 0xA0 || c == 0xAB || c == 0xBB ? 2 : 0
        }
        return 0
    }

    /// Whether a punctuation mark of ``punctuationLength(_:_:_:)`` ends right before `i` (a phrase may end with one).
    @inline(__always) static func endsPunctuation(_ bytes: UnsafePointer<UInt8>, _ i: Int, _ count: Int) -> Bool {
        guard i >= 2, bytes[i - 1] >= 0x80 else { return false }
        return (i >= 3 && punctuationLength(bytes, i - 3, count) == 3) || punctuationLength(bytes, i - 2, count) == 2
    }

    /// Word bytes as a table, for the scan between word starts.
    private static let wordBytes: [Bool] = (0...255).map { isWord(UInt8($0)) }

    /// Calls `found` with the longest phrase starting at each word start (for a single list).
    func matches(in text: UnsafeBufferPointer<UInt8>, _ found: (Span) -> Void) {
        matches(in: text) { _, span in found(span) }
    }

    /// Calls `found` with each list's longest phrase starting at each word start, in text order (lists in list order
    /// at one start).
    ///
    /// The scan hops from word start to word start (non-word bytes, then the word's own bytes, one table read each),
    /// so each byte is looked at once; only word starts whose first byte begins a phrase walk the trie.
    func matches(in text: UnsafeBufferPointer<UInt8>, _ found: (_ list: Int, _ span: Span) -> Void) {
        guard !trie.isEmpty, let bytes = text.baseAddress else { return }
        let count = text.count
        let caseSensitive = caseSensitive
        let lists = types.count
        withUnsafeTemporaryAllocation(of: Int.self, capacity: lists) { best in
            best.initialize(repeating: -1)
            Self.wordBytes.withUnsafeBufferPointer { wordBytes in
                var start = 0
                while start < count {
                    while start < count {
                        if !wordBytes[Int(bytes[start])] {
                            start += 1
                        } else if bytes[start] >= 0xC2, case let n = Self.punctuationLength(bytes, start, count), n > 0
                        {
                            start += n
                        } else {
                            break
                        }
                    }
                    guard start < count else { return }
                    // Word starts are never whitespace, so the first byte needs no mapping beyond case folding.
                    if trie.startsPhrase(caseSensitive ? bytes[start] : Self.fold(bytes[start])) {
                        var ended: UInt64 = 0
                        trie.walk(
                            bytes, from: start, count: count,
                            map: { byte in
                                let spaced = byte == 0x09 || byte == 0x0A || byte == 0x0D ? 0x20 : byte
                                return caseSensitive ? spaced : Self.fold(spaced)
                            },
                            reached: { index, mask in
                                if index == count || !wordBytes[Int(bytes[index])]
                                    || !wordBytes[Int(bytes[index - 1])]
                                    || (bytes[index] >= 0xC2 && Self.punctuationLength(bytes, index, count) > 0)
                                    || Self.endsPunctuation(bytes, index, count)
                                {
                                    var rest = mask
                                    while rest != 0 {
                                        best[rest.trailingZeroBitCount] = index
                                        rest &= rest - 1
                                    }
                                    ended |= mask
                                }
                            })
                        while ended != 0 {
                            let list = ended.trailingZeroBitCount
                            if best[list] > start { found(list, Span(start, best[list])) }
                            best[list] = -1
                            ended &= ended - 1
                        }
                    }
                    start += 1
                    while start < count, wordBytes[Int(bytes[start])] {
                        if bytes[start] >= 0xC2, Self.punctuationLength(bytes, start, count) > 0 { break }
                        start += 1
                    }
                }
            }
        }
    }
}

extension Gazetteer {
    /// Calls `body` with the UTF-8 bytes of each phrase of a list: its lines (split at LF and CRLF) trimmed of spaces,
    /// tabs and CRs, without empty lines and `#` comments.
    ///
    /// Lines are found on bytes (an LF byte is always a line end, as it is always a Character boundary) and trimmed
    /// on bytes, except the few lines where a trimmed space or a leading `#` shares a Character with a non-ASCII
    /// mark beside it: those are trimmed by Characters, as ``phrase(trimming:)`` does (a space before a combining
    /// mark is one Character with it, and stays). Reading the lists by Characters took a quarter of
    /// `textmine check Pipelines/news.yaml`.
    static func forEachPhrase(in phrases: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var phrases = phrases
        phrases.withUTF8 { text in
            guard let base = text.baseAddress else { return }
            let count = text.count
            var start = 0
            while start < count {
                var end = start
                while end < count, base[end] != 0x0A { end += 1 }
                var first = start
                var last = end
                while first < last, isTrimmed(base[first]) { first += 1 }
                while last > first, isTrimmed(base[last - 1]) { last -= 1 }
                // A space joins the Character of a following combining mark (or joiner, spacing mark) and of a
                // preceding prepended mark; a `#` joins a following combining mark. Only then do Characters differ
                // from bytes here, and only a non-ASCII byte can start or end such a mark.
                let joined =
                    (first > start && first < last && base[first] >= 0x80 && base[first - 1] == 0x20)
                    || (last < end && last > first && base[last - 1] >= 0x80 && base[last] == 0x20)
                    || (first + 1 < last && base[first] == 0x23 && base[first + 1] >= 0x80)
                if !joined {
                    if first < last, base[first] != 0x23 {
                        body(UnsafeBufferPointer(start: base + first, count: last - first))
                    }
                } else {
                    var phrase = phrase(trimming: Substring(String(decoding: text[start..<end], as: UTF8.self)))
                    if !phrase.isEmpty, !phrase.hasPrefix("#") { phrase.withUTF8 { body($0) } }
                }
                start = end + 1
            }
        }
    }

    @inline(__always) private static func isTrimmed(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D
    }

    /// A line trimmed of space, tab and CR Characters: the definition, which ``forEachPhrase(in:_:)`` follows on bytes
    /// where they are the same.
    static func phrase(trimming line: Substring) -> String {
        let set: Set<Character> = [" ", "\t", "\r"]
        return String(line.drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
