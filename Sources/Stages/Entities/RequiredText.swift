#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Literal texts one of which every match of a rule contains (the organisation words of `… Inc|Ltd|plc|…`), so a
/// document holding none of them skips the rule after a few `memchr` scans instead of a search that tries every
/// capitalised word.
///
/// Why: the three ORG rules of `news.tsv` were the largest share of the entities stage's PCRE2 time (about 0.42 s
/// of JIT code at BBC x5, one thread), and most documents hold none of the words that end a match: the first ORG rule's
/// eight words are in 20% of BBC articles, the `… of …` rule's in 46%.
///
/// The reader takes the first group of the pattern's top-level sequence that must match at least once (`(?:…)` or
/// `(…)`, no quantifier that allows zero) and whose alternatives are all plain text: ASCII letters, digits and spaces,
/// none empty. Whatever a match is, it passes through that group, so it contains one of those texts. Lookarounds and
/// other groups are passed over, as ``RequiredByte`` passes them. Patterns ``StartHint`` cannot read, with a
/// top-level `|`, or with the `i` or `x` flag get none.
enum RequiredText {
    /// The texts, as UTF-8, or nil when the reader finds no such group.
    static func find(in pattern: String, caseless: Bool, extended: Bool) -> [[UInt8]]? {
        let s = Array(pattern.unicodeScalars)
        guard !caseless, !extended, StartHint.isReadable(s), !StartHint.hasTopLevelAlternation(s, 0..<s.count) else {
            return nil
        }
        var index = 0
        while index < s.count {
            var after = StartHint.nextUnit(s, index)
            var texts: [[UInt8]]?
            if s[index] == "(" {
                guard let close = StartHint.closingParenthesis(s, index, s.count) else { return nil }
                after = close + 1
                let isNonCapturing = index + 2 < close && s[index + 1] == "?" && s[index + 2] == ":"
                let isCapturing = index + 1 < close && s[index + 1] != "?" && s[index + 1] != "*"
                if isNonCapturing || isCapturing {
                    texts = plainAlternatives(s[(index + (isNonCapturing ? 3 : 1))..<close])
                }
            }
            let (minimum, next) = StartHint.quantifier(s, after, s.count)
            if let texts, minimum > 0 { return texts }
            index = next
        }
        return nil
    }

    /// The alternatives of a group's contents when every one is non-empty plain text (ASCII letters, digits, spaces).
    private static func plainAlternatives(_ contents: ArraySlice<Unicode.Scalar>) -> [[UInt8]]? {
        var texts: [[UInt8]] = [[]]
        for scalar in contents {
            if scalar == "|" {
                texts.append([])
            } else if scalar == " " || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || ("0"..."9").contains(scalar)
            {
                texts[texts.count - 1].append(UInt8(scalar.value))
            } else {
                return nil
            }
        }
        return texts.contains(where: \.isEmpty) ? nil : texts
    }

    /// The texts laid out for ``areAbsent(_:from:)``: all their bytes in one array, each text with the one of its bytes
    /// to look for (its anchor: the byte least frequent in English text, capitals and digits before lower-case letters,
    /// rare letters before common ones), and the texts grouped by anchor byte, so one `memchr` walk serves every text
    /// anchored on that byte (the suffix-list ORG rule has 62 texts, 13 of them anchored on `C`).
    struct Needles: Sendable {
        let bytes: [UInt8]
        /// Per anchor byte, the texts anchored on it: where their bytes lie and where their anchor is in them.
        let groups: [(byte: UInt8, texts: [(start: Int, count: Int, anchor: Int)])]

        init(_ texts: [[UInt8]]) {
            var bytes: [UInt8] = []
            var groups: [(byte: UInt8, texts: [(start: Int, count: Int, anchor: Int)])] = []
            for text in texts where !text.isEmpty {
                let anchor = text.indices.min { Needles.commonness(text[$0]) < Needles.commonness(text[$1]) } ?? 0
                let laid = (start: bytes.count, count: text.count, anchor: anchor)
                bytes += text
                if let group = groups.firstIndex(where: { $0.byte == text[anchor] }) {
                    groups[group].texts.append(laid)
                } else {
                    groups.append((text[anchor], [laid]))
                }
            }
            self.bytes = bytes
            self.groups = groups
        }

        /// How common a byte is in English prose, 0 for the rarest: capitals and digits, then lower-case letters by
        /// frequency, then the space.
        static func commonness(_ byte: UInt8) -> Int {
            let lowerByFrequency = Array("zqxjkvbpygfwmucldrhsnioate".utf8)
            if let rank = lowerByFrequency.firstIndex(of: byte) { return 1 + rank }
            return byte == UInt8(ascii: " ") ? 100 : 0
        }
    }

    /// Whether none of the texts occurs in `text`: for each anchor byte, `memchr` from one occurrence of it to the
    /// next, and at each a compare of the texts anchored on it (linear: the texts are a few bytes of the pattern).
    static func areAbsent(_ needles: Needles, from text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return true }
        return needles.bytes.withUnsafeBufferPointer { all in
            for (byte, texts) in needles.groups {
                var from = 0
                while from < text.count, let hit = memchr(base + from, Int32(byte), text.count - from) {
                    let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    for (start, count, anchor) in texts {
                        let at = position - anchor
                        guard at >= 0, at + count <= text.count else { continue }
                        var index = 0
                        while index < count, base[at + index] == all[start + index] { index += 1 }
                        if index == count { return false }
                    }
                    from = position + 1
                }
            }
            return true
        }
    }
}
