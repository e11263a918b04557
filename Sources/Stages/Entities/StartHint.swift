import PCRE2

/// A lookahead `(?=[…])` put in front of a rule's pattern for searching, naming a superset of the characters any match
/// can begin with, so PCRE2's JIT skips every other position with its start-of-match scan instead of trying the
/// pattern there.
///
/// Why: PCRE2 computes no start bitmap for a pattern that begins with a Unicode property (`\b\p{Lu}…`, the news rules
/// PROPN, ACRONYM and the three ORG rules), so it attempts a match at every byte; nor for `\d` under UCP (TIME, whose
/// `[:.]` keeps it from having a UCP-free twin). With the hint those rules run 1.6–20x faster on the BBC corpus. `(?=S)P` finds exactly the matches of `P` when every match of `P` begins with a character of `S`: the
/// lookahead consumes nothing and captures nothing, so spans, groups and the left-to-right scan are unchanged. PCRE2
/// stays the engine that decides every match; the hint only decides where it need not look.
///
/// The set comes from PCRE2 itself (its start bitmap, when one exists and is narrow) or, when PCRE2 knows nothing,
/// from a small reader of the pattern's leading items: zero-width assertions and lookarounds, optional items, groups
/// and alternations, classes, literals, `\d \w \s \h` and `\p{Lu}`, `\p{Ll}`, `\p{L}`. Anything it does not
/// understand (option settings such as `(?i)`, the `i` and `x` flags, whole-pattern recursion, `\Q…\E`, `\g`
/// references, `(*VERB)`s, conditions, `.`, negated classes) gets no hint, which is always safe.
enum StartHint {
    /// Characters a match may begin with: some ASCII characters, and every code point from `nonASCIIFrom` up.
    struct FirstCharacters: Equatable {
        var ascii = [Bool](repeating: false, count: 128)
        var nonASCIIFrom: UInt32?

        init(ascii ranges: [ClosedRange<UInt8>], nonASCIIFrom: UInt32?) {
            for range in ranges { for byte in range { ascii[Int(byte)] = true } }
            self.nonASCIIFrom = nonASCIIFrom
        }

        /// From a PCRE2 start bitmap over bytes: a UTF-8 lead byte stands for the characters it begins.
        init?(bitmap: [Bool]) {
            for byte in 0..<128 where bitmap[byte] { ascii[byte] = true }
            for byte in 128..<256 where bitmap[byte] {
                let lead = UInt32(byte)
                let first: UInt32 =
                    lead < 0xC0
                    ? 0x80 : lead < 0xE0 ? (lead & 0x1F) << 6 : lead < 0xF0 ? (lead & 0x0F) << 12 : (lead & 0x07) << 18
                nonASCIIFrom = min(nonASCIIFrom ?? first, max(first, 0x80))
            }
            if asciiCount == 0 && nonASCIIFrom == nil { return nil }
        }

        var asciiCount: Int { ascii.lazy.filter { $0 }.count }
        var isEmpty: Bool { asciiCount == 0 && nonASCIIFrom == nil }

        mutating func formUnion(_ other: FirstCharacters) {
            for byte in 0..<128 where other.ascii[byte] { ascii[byte] = true }
            if let from = other.nonASCIIFrom { nonASCIIFrom = min(nonASCIIFrom ?? from, from) }
        }

        /// `(?=[…])` naming the set with `\x{…}` escapes (no character needs quoting, whatever the pattern's flags).
        var lookahead: String {
            var items: [String] = []
            var byte = 0
            while byte < 128 {
                guard ascii[byte] else {
                    byte += 1
                    continue
                }
                var last = byte
                while last + 1 < 128, ascii[last + 1] { last += 1 }
                items.append(last == byte ? hex(byte) : "\(hex(byte))-\(hex(last))")
                byte = last + 1
            }
            if let nonASCIIFrom { items.append("\(hex(Int(nonASCIIFrom)))-\\x{10FFFF}") }
            return "(?=[" + items.joined() + "])"
        }

        private func hex(_ value: Int) -> String { "\\x{" + String(value, radix: 16, uppercase: true) + "}" }
    }

    /// Start bitmaps wider than this many ASCII characters are left to PCRE2: a hint from them measured slower
    /// (EMAIL's 65 word characters: +25%), narrower ones the same or faster (TIME's digits: 10x).
    static let widestBitmap = 32

    /// The pattern to search with instead of `regex.pattern`, or nil when no hint is known or needed.
    static func hintedPattern(for regex: PCRE2Regex) -> String? {
        let scalars = Array(regex.pattern.unicodeScalars)
        guard isReadable(scalars) else { return nil }
        switch regex.startInfo {
        case .fixed, .lineStart:
            return nil  // PCRE2 jumps there with memchr already
        case .bytes(let bitmap):
            guard regex.minimumLength > 0, let set = FirstCharacters(bitmap: bitmap), set.asciiCount <= widestBitmap
            else { return nil }
            return set.lookahead + regex.pattern
        case .unknown:
            guard !regex.options.contains(.caseless), !regex.options.contains(.extended),
                let first = firstCharacters(scalars, 0..<scalars.count), first.everyMatch, !first.set.isEmpty
            else { return nil }
            let set = first.set
            guard set.asciiCount <= widestBitmap else { return nil }
            return set.lookahead + regex.pattern
        }
    }

    /// Compiles the hinted twin of `regex` with the same options and limits, or nil.
    static func compile(_ regex: PCRE2Regex, matchLimit: UInt32, depthLimit: UInt32) -> PCRE2Regex? {
        guard let pattern = hintedPattern(for: regex) else { return nil }
        return try? PCRE2Regex(pattern, options: regex.options, matchLimit: matchLimit, depthLimit: depthLimit)
    }

    /// The characters `\p{NAME}` can match that a hint must let through.
    static func propertySet(_ name: String) -> FirstCharacters? {
        switch name {
        // no uppercase letter in U+0080–U+00BF
        case "Lu": return FirstCharacters(ascii: [0x41...0x5A], nonASCIIFrom: 0xC0)
        case "Ll": return FirstCharacters(ascii: [0x61...0x7A], nonASCIIFrom: 0x80)
        case "L", "L&": return FirstCharacters(ascii: [0x41...0x5A, 0x61...0x7A], nonASCIIFrom: 0x80)
        default: return nil
        }
    }

    /// Whether the pattern holds nothing that would make a leading lookahead change its meaning or this reader's:
    /// a `(*VERB)` anywhere, `\Q`, `\c` (whose next character may be a parenthesis), `\g` references or recursion, and `(?` constructs other than groups, lookarounds,
    /// conditions, named groups and numbered or named subroutine calls (so no option setting, comment, callout,
    /// or `(?R)`/`(?0)` whole-pattern recursion, which would re-enter the hint).
    static func isReadable(_ s: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index < s.count {
            // Verbs anywhere: (*COMMIT), (*SKIP), (*PRUNE) see the difference between a start-of-match scan and an
            // attempt at every position (PCRE2's manual: start-up optimisations can change their results).
            if s[index] == "(", index + 1 < s.count, s[index + 1] == "*" { return false }
            if s[index] == "\\", index + 1 < s.count, "Qgc".unicodeScalars.contains(s[index + 1]) { return false }
            if s[index] == "(", index + 2 < s.count, s[index + 1] == "?" {
                let next = s[index + 2]
                switch next {
                case ":", "=", "!", "<", "|", ">", "(", "'", "P", "&", "1"..."9": break
                case "+", "-":
                    guard index + 3 < s.count, ("1"..."9").contains(s[index + 3]) else { return false }
                default: return false
                }
            }
            index = nextUnit(s, index)
        }
        return true
    }

    /// The index after the unit starting at `index`: an escape (two scalars, or through the `}` of `\p{…}`,
    /// `\x{…}` and the like), a whole character class, or one scalar.
    static func nextUnit(_ s: [Unicode.Scalar], _ index: Int) -> Int {
        if s[index] == "\\" {
            if index + 2 < s.count, s[index + 2] == "{", "pPxoN".unicodeScalars.contains(s[index + 1]),
                let close = s[(index + 3)...].firstIndex(of: "}")
            {
                return close + 1
            }
            // a named back reference is one unit: `\k<name>`, `\k'name'`, `\k{name}` (its `<` is no literal)
            let closers: [Unicode.Scalar: Unicode.Scalar] = ["<": ">", "'": "'", "{": "}"]
            if index + 2 < s.count, s[index + 1] == "k", let closer = closers[s[index + 2]],
                let close = s[(index + 3)...].firstIndex(of: closer)
            {
                return close + 1
            }
            return min(index + 2, s.count)
        }
        guard s[index] == "[" else { return index + 1 }
        var at = index + 1
        if at < s.count, s[at] == "^" { at += 1 }
        if at < s.count, s[at] == "]" { at += 1 }  // a `]` first in a class is a literal
        while at < s.count {
            if s[at] == "\\" {
                at += 2
            } else if s[at] == "[", at + 1 < s.count, s[at + 1] == ":" {
                at += 2
                while at + 1 < s.count, !(s[at] == ":" && s[at + 1] == "]") { at += 1 }
                at += 2
            } else if s[at] == "]" {
                return at + 1
            } else {
                at += 1
            }
        }
        return s.count
    }

    /// Whether `range` holds a `|` outside any group (then its first characters are those of several branches).
    static func hasTopLevelAlternation(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var depth = 0
        var index = range.lowerBound
        while index < range.upperBound {
            switch s[index] {
            case "(": depth += 1
            case ")": depth -= 1
            case "|" where depth == 0: return true
            default: break
            }
            index = nextUnit(s, index)
        }
        return false
    }

    /// The index of the `)` closing the group opened at `open`, or nil.
    static func closingParenthesis(_ s: [Unicode.Scalar], _ open: Int, _ end: Int) -> Int? {
        var depth = 0
        var index = open
        while index < end {
            if s[index] == "(" { depth += 1 }
            if s[index] == ")" {
                depth -= 1
                if depth == 0 { return index }
            }
            index = nextUnit(s, index)
        }
        return nil
    }

    /// The characters a match of the alternatives in `range` can begin with; `everyMatch` is false when some match
    /// may begin without consuming one (an empty or optional branch), so the set constrains nothing. Nil when the
    /// reader does not know an item.
    static func firstCharacters(_ s: [Unicode.Scalar], _ range: Range<Int>) -> (set: FirstCharacters, everyMatch: Bool)?
    {
        var set = FirstCharacters(ascii: [], nonASCIIFrom: nil)
        var everyMatch = true
        var branchStart = range.lowerBound
        var index = range.lowerBound
        while index <= range.upperBound {
            if index == range.upperBound || s[index] == "|" {
                guard let branch = firstOfSequence(s, branchStart..<index) else { return nil }
                set.formUnion(branch.set)
                everyMatch = everyMatch && branch.everyMatch
                branchStart = index + 1
                index += 1
                continue
            }
            if s[index] == "(" {
                guard let close = closingParenthesis(s, index, range.upperBound) else { return nil }
                index = close + 1
            } else {
                index = nextUnit(s, index)
            }
        }
        return (set, everyMatch)
    }

    /// ``firstCharacters(_:_:)`` of one branch: zero-width items are passed over, a positive lookahead that constrains
    /// its position ends the walk, and so does the first item that must consume a character; optional items add
    /// their first characters and the walk goes on.
    static func firstOfSequence(_ s: [Unicode.Scalar], _ range: Range<Int>) -> (set: FirstCharacters, everyMatch: Bool)?
    {
        var set = FirstCharacters(ascii: [], nonASCIIFrom: nil)
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let item: (set: FirstCharacters, everyMatch: Bool)
            var after: Int
            if s[index] == "^" || s[index] == "$" {
                index += 1
                continue
            } else if s[index] == "\\", index + 1 < end, "bBAGzZK".unicodeScalars.contains(s[index + 1]) {
                index += 2
                continue
            } else if s[index] == "(" {
                guard let close = closingParenthesis(s, index, end) else { return nil }
                after = close + 1
                var inner = (index + 1)..<close
                if index + 2 < close, s[index + 1] == "?" {
                    switch s[index + 2] {
                    case "=":
                        guard let ahead = firstCharacters(s, (index + 3)..<close) else { return nil }
                        if ahead.everyMatch {
                            set.formUnion(ahead.set)
                            return (set, true)
                        }
                        index = after
                        continue
                    case "!":
                        index = after
                        continue
                    case "<" where index + 3 < close && (s[index + 3] == "=" || s[index + 3] == "!"):
                        index = after
                        continue
                    case ":", ">", "|":
                        inner = (index + 3)..<close
                    case "<", "'", "P":
                        // a named group: (?<name>…), (?'name'…), (?P<name>…)
                        let closer: Unicode.Scalar = s[index + 2] == "'" ? "'" : ">"
                        guard let nameEnd = s[(index + 3)..<close].firstIndex(of: closer),
                            s[index + 2] != "P" || s[index + 3] == "<"
                        else { return nil }
                        inner = (nameEnd + 1)..<close
                    default:
                        return nil  // conditions, subroutine calls, branch resets…
                    }
                }
                guard let group = firstCharacters(s, inner) else { return nil }
                item = group
            } else if s[index] == "[" {
                after = nextUnit(s, index)
                guard let classSet = classCharacters(s, index, after) else { return nil }
                item = (classSet, true)
            } else if s[index] == "\\" {
                guard index + 1 < end else { return nil }
                after = index + 2
                if s[index + 1] == "p" {
                    var name = index + 2 < end ? String(s[index + 2]) : ""
                    after = index + 3
                    if index + 2 < end, s[index + 2] == "{" {
                        guard let close = s[(index + 3)..<end].firstIndex(of: "}") else { return nil }
                        name = String(String.UnicodeScalarView(s[(index + 3)..<close]))
                        after = close + 1
                    }
                    guard let property = propertySet(name) else { return nil }
                    item = (property, true)
                } else {
                    guard let escaped = escapeCharacters(s[index + 1]) else { return nil }
                    item = (escaped, true)
                }
            } else if "^$.|)?*+{".unicodeScalars.contains(s[index]) {
                return nil
            } else {
                after = index + 1
                item = (literal(s[index]), true)
            }
            set.formUnion(item.set)
            let (minimum, next) = quantifier(s, after, end)
            if item.everyMatch && minimum > 0 { return (set, true) }
            index = next
        }
        return (set, false)
    }

    /// The least count of the quantifier at `index` (1 when there is none) and the index after it (and after a lazy
    /// or possessive mark).
    static func quantifier(_ s: [Unicode.Scalar], _ index: Int, _ end: Int) -> (minimum: Int, next: Int) {
        guard index < end else { return (1, index) }
        var minimum = 1
        var next = index
        switch s[index] {
        case "?", "*":
            minimum = 0
            next += 1
        case "+":
            next += 1
        case "{" where index + 1 < end && (s[index + 1] == "," || ("0"..."9").contains(s[index + 1])):
            guard let close = s[index..<end].firstIndex(of: "}") else { return (1, index) }
            let digits = s[(index + 1)..<close].prefix { ("0"..."9").contains($0) }
            minimum = digits.isEmpty || digits.allSatisfy { $0 == "0" } ? 0 : 1
            next = close + 1
        default:
            return (1, index)
        }
        if next < end, s[next] == "?" || s[next] == "+" { next += 1 }
        return (minimum, next)
    }

    /// A literal character: itself when ASCII, any non-ASCII character otherwise (a superset is enough).
    static func literal(_ scalar: Unicode.Scalar) -> FirstCharacters {
        scalar.value < 0x80
            ? FirstCharacters(ascii: [UInt8(scalar.value)...UInt8(scalar.value)], nonASCIIFrom: nil)
            : FirstCharacters(ascii: [], nonASCIIFrom: 0x80)
    }

    /// `\d`, `\w`, `\s`, `\h` (with or without UCP: the non-ASCII part is "everything from U+0080", or U+0660 for
    /// digits, the first non-ASCII decimal digit) and escaped ASCII punctuation; nil for anything else.
    static func escapeCharacters(_ letter: Unicode.Scalar) -> FirstCharacters? {
        switch letter {
        case "d": return FirstCharacters(ascii: [0x30...0x39], nonASCIIFrom: 0x660)
        case "w":
            return FirstCharacters(ascii: [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A], nonASCIIFrom: 0x80)
        case "s": return FirstCharacters(ascii: [0x09...0x0D, 0x20...0x20], nonASCIIFrom: 0x80)
        case "h": return FirstCharacters(ascii: [0x09...0x09, 0x20...0x20], nonASCIIFrom: 0x80)
        default:
            guard letter.value < 0x80, !letter.properties.isAlphabetic, !("0"..."9").contains(letter) else {
                return nil
            }
            return literal(letter)
        }
    }

    /// The characters of a class `[…]` between `open` and `end` (its end): literals, ASCII ranges and the escapes of
    /// ``escapeCharacters(_:)``; nil for a negated class, POSIX classes and other escapes.
    static func classCharacters(_ s: [Unicode.Scalar], _ open: Int, _ end: Int) -> FirstCharacters? {
        var set = FirstCharacters(ascii: [], nonASCIIFrom: nil)
        var index = open + 1
        guard index < end - 1, s[index] != "^" else { return nil }
        while index < end - 1 {
            let scalar = s[index]
            if scalar == "\\" {
                guard index + 1 < end - 1, let escaped = escapeCharacters(s[index + 1]) else { return nil }
                set.formUnion(escaped)
                index += 2
            } else if scalar == "[" {
                return nil
            } else if index + 2 < end - 1, s[index + 1] == "-", s[index + 2] != "\\" {
                let last = s[index + 2]
                guard scalar.value <= last.value else { return nil }
                if scalar.value < 0x80 {
                    let top = min(last.value, 0x7F)
                    set.formUnion(FirstCharacters(ascii: [UInt8(scalar.value)...UInt8(top)], nonASCIIFrom: nil))
                }
                if last.value >= 0x80 { set.formUnion(FirstCharacters(ascii: [], nonASCIIFrom: 0x80)) }
                index += 3
            } else {
                set.formUnion(literal(scalar))
                index += 1
            }
        }
        return set
    }
}
