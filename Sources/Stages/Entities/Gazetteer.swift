import TextMineCore

/// A phrase list matched in one left-to-right pass with a byte trie: cost per document does not depend on the number
/// of phrases, so lists of 100k entries are as fast as lists of ten.
///
/// Phrases match whole words only: a match must start and end at a word boundary (word bytes are ASCII letters,
/// digits, `_` and every non-ASCII byte). Case-insensitive matching folds ASCII letters; any whitespace in the text
/// matches a single space in a phrase.
struct Gazetteer: Sendable {
    let type: String
    let caseSensitive: Bool
    /// The phrases (case-folded when matching ignores case, whitespace runs as one space), laid out for the scan.
    private let trie: CompactTrie

    init(type: String, phrases: String, caseSensitive: Bool) {
        self.type = type
        self.caseSensitive = caseSensitive
        var edges = TrieEdges()
        var edgeList: [(parent: Int32, byte: UInt8, child: Int32)] = []
        var terminal: [Bool] = [false]
        for line in phrases.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let phrase = line.trimmed(of: [" ", "\t", "\r"])
            if phrase.isEmpty || phrase.hasPrefix("#") { continue }
            var node: Int32 = 0
            var previousSpace = false
            for var byte in phrase.utf8 {
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
                    terminal.append(false)
                    edges.insert(key, child)
                    edgeList.append((node, byte, child))
                    node = child
                }
            }
            terminal[Int(node)] = true
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

    /// Word bytes as a table, for the scan between word starts.
    private static let wordBytes: [Bool] = (0...255).map { isWord(UInt8($0)) }

    /// Calls `found` with the longest phrase starting at each word start.
    ///
    /// The scan hops from word start to word start (non-word bytes, then the word's own bytes, one table read each),
    /// so each byte is looked at once; only word starts whose first byte begins a phrase walk the trie.
    func matches(in text: UnsafeBufferPointer<UInt8>, _ found: (Span) -> Void) {
        guard !trie.isEmpty, let bytes = text.baseAddress else { return }
        let count = text.count
        let caseSensitive = caseSensitive
        Self.wordBytes.withUnsafeBufferPointer { wordBytes in
            var start = 0
            while start < count {
                while start < count, !wordBytes[Int(bytes[start])] { start += 1 }
                guard start < count else { return }
                // Word starts are never whitespace, so the first byte needs no mapping beyond case folding.
                if trie.startsPhrase(caseSensitive ? bytes[start] : Self.fold(bytes[start])) {
                    var best = -1
                    trie.walk(
                        bytes, from: start, count: count,
                        map: { byte in
                            let spaced = byte == 0x09 || byte == 0x0A || byte == 0x0D ? 0x20 : byte
                            return caseSensitive ? spaced : Self.fold(spaced)
                        },
                        reached: { index in
                            if index == count || !wordBytes[Int(bytes[index])] || !wordBytes[Int(bytes[index - 1])] {
                                best = index
                            }
                        })
                    if best > start {
                        found(Span(start, best))
                    }
                }
                start += 1
                while start < count, wordBytes[Int(bytes[start])] { start += 1 }
            }
        }
    }
}

extension Substring {
    func trimmed(of set: Set<Character>) -> String {
        String(self.drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
