/// A shell-style glob over `/`-separated relative paths: `*` and `?` stay within one folder name, `**` spans any
/// number of folders (including none), `[abc]`/`[!a-z]` are character classes.
///
/// Matching is linear in practice and never worse than the pattern's length times the path's, whatever the pattern:
/// a star remembers only where it was last tried, and a later failure resumes there one character on (the greedy
/// method of shells' `fnmatch` and of Russ Cox's "Glob Matching Can Be Simple And Fast Too"); `**` does the same
/// over folder names. The first version tried every split for every star, so a user's `*a*a*a*a*a*a*b` over a long
/// file name took exponential time before a run had read a document. Paths are read as UTF-8 bytes: every input file
/// is tested, so no path is decoded into arrays of characters.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let pattern: String
    /// The pattern's folder-name segments, `nil` for a `**` segment.
    private let segments: [[Token]?]

    /// One item of a segment's pattern.
    enum Token: Hashable {
        /// One character, as its UTF-8 bytes.
        case literal([UInt8])
        /// `?`: any one character.
        case any
        /// `*`: any characters, none included.
        case star
        /// `[...]`: one character in (or, negated, outside) the ranges; a single character is a range of one.
        case set(negated: Bool, ranges: [ClosedRange<Unicode.Scalar>])
    }

    /// Compiles a pattern.
    public init(_ pattern: String) {
        self.pattern = pattern
        self.segments = pattern.split(separator: "/", omittingEmptySubsequences: true).map {
            $0 == "**" ? nil : Self.tokens(Array($0.unicodeScalars))
        }
    }

    /// The pattern.
    public var description: String { pattern }

    /// Whether a relative path (`politics/a.txt`) matches.
    public func matches(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { matches(bytes: $0) }
    }

    /// Whether a relative path, as UTF-8 bytes, matches. Empty names (`a//b`, a leading `/`) are skipped, as the
    /// pattern's are.
    func matches(bytes path: UnsafeBufferPointer<UInt8>) -> Bool {
        var parts: [Range<Int>] = []
        var start = 0
        for i in 0...path.count where i == path.count || path[i] == UInt8(ascii: "/") {
            if i > start { parts.append(start..<i) }
            start = i + 1
        }
        var s = 0  // the segment
        var p = 0  // the path's folder name
        var starSegment = -1  // the last `**` met, and the name it is to be retried from
        var starPart = 0
        while s < segments.count || p < parts.count {
            if s < segments.count {
                guard let tokens = segments[s] else {
                    starSegment = s
                    starPart = p + 1
                    s += 1
                    continue
                }
                if p < parts.count, Self.matchName(tokens, UnsafeBufferPointer(rebasing: path[parts[p]])) {
                    s += 1
                    p += 1
                    continue
                }
            }
            // let the last `**` take one more folder name and try the rest again
            guard starSegment >= 0, starPart <= parts.count else { return false }
            s = starSegment
            p = starPart
        }
        return true
    }

    /// Whether one folder or file name matches a segment's tokens.
    static func matchName(_ tokens: [Token], _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        var t = 0  // the token
        var i = 0  // the byte of the name
        var starToken = -1  // the last `*` met, and the byte it is to be retried from
        var starByte = 0
        while t < tokens.count || i < name.count {
            if t < tokens.count {
                switch tokens[t] {
                case .star:
                    starToken = t
                    starByte = i < name.count ? i + scalarLength(name[i]) : name.count + 1
                    t += 1
                    continue
                case .any:
                    if i < name.count {
                        t += 1
                        i += scalarLength(name[i])
                        continue
                    }
                case .literal(let bytes):
                    if hasPrefix(name, at: i, bytes) {
                        t += 1
                        i += bytes.count
                        continue
                    }
                case .set(let negated, let ranges):
                    if i < name.count {
                        let (scalar, length) = decodeScalar(name, at: i)
                        if ranges.contains(where: { $0.contains(scalar) }) != negated {
                            t += 1
                            i += length
                            continue
                        }
                    }
                }
            }
            // let the last `*` take one more character and try the rest again
            guard starToken >= 0, starByte <= name.count else { return false }
            t = starToken
            i = starByte
        }
        return true
    }

    /// The tokens of one segment. A `[` with no `]` after its first member is an ordinary character (so `[]a]` is the
    /// set of `]` and `a`); `!` or `^` first negates a set; `a-z` inside one is a range, a `-` at either end itself.
    static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var k = 0
        while k < scalars.count {
            let c = scalars[k]
            if c == "*" {
                tokens.append(.star)
                k += 1
            } else if c == "?" {
                tokens.append(.any)
                k += 1
            } else if c == "[", k + 2 < scalars.count, let close = scalars[(k + 2)...].firstIndex(of: "]") {
                var body = scalars[(k + 1)..<close]
                let negated = body.first == "!" || body.first == "^"
                if negated { body = body.dropFirst() }
                var ranges: [ClosedRange<Unicode.Scalar>] = []
                var j = body.startIndex
                while j < body.endIndex {
                    if j + 2 < body.endIndex, body[j + 1] == "-" {
                        if body[j] <= body[j + 2] { ranges.append(body[j]...body[j + 2]) }
                        j += 3
                    } else {
                        ranges.append(body[j]...body[j])
                        j += 1
                    }
                }
                tokens.append(.set(negated: negated, ranges: ranges))
                k = close + 1
            } else {
                tokens.append(.literal(Array(String(c).utf8)))
                k += 1
            }
        }
        return tokens
    }

    /// The byte length of the UTF-8 sequence a lead byte opens (1 for a stray continuation byte).
    static func scalarLength(_ lead: UInt8) -> Int {
        if lead < 0xC0 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }

    /// The character at `i` and its byte length (paths are valid UTF-8: they come from Swift strings).
    static func decodeScalar(_ name: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let length = min(scalarLength(name[i]), name.count - i)
        var decoder = UTF8()
        var iterator = UnsafeBufferPointer(rebasing: name[i..<(i + length)]).makeIterator()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return (scalar, length) }
        return ("\u{FFFD}", length)
    }

    /// Whether `name` holds `bytes` at `i`.
    static func hasPrefix(_ name: UnsafeBufferPointer<UInt8>, at i: Int, _ bytes: [UInt8]) -> Bool {
        guard i + bytes.count <= name.count else { return false }
        for k in bytes.indices where name[i + k] != bytes[k] { return false }
        return true
    }
}
