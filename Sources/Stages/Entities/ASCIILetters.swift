/// A rule's pattern with its letter properties written as ASCII classes: `\p{Lu}` as `[A-Z]`, `\p{Ll}` as `[a-z]`,
/// `\p{L}` as `[A-Za-z]` (inside a class, the ranges alone), `\P{…}` outside a class as the negated class. The stage
/// compiles it beside the UCP-free twin and uses it on the same texts: those without a non-ASCII letter, number or
/// space (``EntitiesStage/needsUnicodeClasses(_:)``).
///
/// Why: PCRE2's JIT looks a property up in the Unicode tables for each character it tests, where an ASCII class is
/// one range check; the news rules PROPN, ACRONYM and the three ORG rules test a property at every capital and every
/// letter of every capitalised word. The entities stage as `news.yaml` configures it, BBC x5, one thread: 1.51 s of
/// CPU before, 1.35 s after (medians of nine alternated runs, 7 of 9 pairs faster; BENCHMARKS.md round 10).
///
/// Why it never changes a match: on a text whose only letters are ASCII, `\p{Lu}` matches exactly `A`–`Z` (no other
/// ASCII character is an upper-case letter), `\p{Ll}` exactly `a`–`z` and `\p{L}` exactly both, and every other item of
/// the pattern is left as it is, so each item accepts the same characters at every position and PCRE2 finds the same
/// matches, groups and spans. PCRE2 10.42 does not let caseless matching change a property (`[A-Z]` would change),
/// so the `i` flag gets no rewrite, nor does anything the reader does not follow: what ``StartHint/isReadable(_:)``
/// refuses (option settings, `\Q…\E`, `\c`, verbs), the `x` flag, POSIX classes, other properties (`\p{N}`, `\pL`,
/// `\p{^L}`), `\P{…}` inside a class, and a property beside a `-` in a class (`[\p{L}-~]` would become a range).
enum ASCIILetters {
    /// The rewritten pattern, or nil when it has no letter property or holds anything the rewrite does not follow.
    static func rewrite(_ pattern: String, caseless: Bool, extended: Bool) -> String? {
        let s = Array(pattern.unicodeScalars)
        guard !caseless, !extended, !pattern.contains("[:"), StartHint.isReadable(s) else { return nil }
        var out = String.UnicodeScalarView()
        var changed = false
        var index = 0
        var inClass = false
        var classStart = 0
        while index < s.count {
            let scalar = s[index]
            if !inClass, scalar == "[" {
                inClass = true
                out.append(scalar)
                index += 1
                if index < s.count, s[index] == "^" {
                    out.append(s[index])
                    index += 1
                }
                classStart = index
                if index < s.count, s[index] == "]" {  // a `]` first in a class is a literal
                    out.append(s[index])
                    index += 1
                }
                continue
            }
            if inClass, scalar == "]" {
                inClass = false
                out.append(scalar)
                index += 1
                continue
            }
            guard scalar == "\\", index + 1 < s.count else {
                out.append(scalar)
                index += 1
                continue
            }
            let next = StartHint.nextUnit(s, index)
            let letter = s[index + 1]
            guard letter == "p" || letter == "P" else {
                out.append(contentsOf: s[index..<next])
                index = next
                continue
            }
            guard index + 2 < s.count, s[index + 2] == "{", next - 1 > index + 2, s[next - 1] == "}" else { return nil }
            let ranges: String
            switch String(String.UnicodeScalarView(s[(index + 3)..<(next - 1)])) {
            case "L": ranges = "A-Za-z"
            case "Lu": ranges = "A-Z"
            case "Ll": ranges = "a-z"
            default: return nil
            }
            if inClass {
                let before = index > classStart ? s[index - 1] : nil
                guard letter == "p", before != "-", next >= s.count || s[next] != "-" else { return nil }
                out.append(contentsOf: ranges.unicodeScalars)
            } else {
                out.append(contentsOf: ((letter == "p" ? "[" : "[^") + ranges + "]").unicodeScalars)
            }
            changed = true
            index = next
        }
        return changed && !inClass ? String(out) : nil
    }
}
