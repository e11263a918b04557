/// A shell-style glob over `/`-separated relative paths: `*` and `?` stay within one folder name, `**` spans any
/// number of folders (including none), `[abc]`/`[!a-z]` are character classes.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let pattern: String
    private let segments: [[Unicode.Scalar]]

    /// Compiles a pattern.
    public init(_ pattern: String) {
        self.pattern = pattern
        self.segments = pattern.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.unicodeScalars) }
    }

    /// The pattern.
    public var description: String { pattern }

    /// Whether a relative path (`politics/a.txt`) matches.
    public func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.unicodeScalars) }
        return match(segmentIndex: 0, parts: parts, partIndex: 0)
    }

    private func match(segmentIndex: Int, parts: [[Unicode.Scalar]], partIndex: Int) -> Bool {
        if segmentIndex == segments.count { return partIndex == parts.count }
        let segment = segments[segmentIndex]
        if segment == ["*", "*"] {
            for next in partIndex...parts.count
            where match(segmentIndex: segmentIndex + 1, parts: parts, partIndex: next) {
                return true
            }
            return false
        }
        guard partIndex < parts.count, Self.matchName(segment[...], parts[partIndex][...]) else { return false }
        return match(segmentIndex: segmentIndex + 1, parts: parts, partIndex: partIndex + 1)
    }

    private static func matchName(_ pattern: ArraySlice<Unicode.Scalar>, _ name: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = pattern.first else { return name.isEmpty }
        switch first {
        case "*":
            var rest = name
            while true {
                if matchName(pattern.dropFirst(), rest) { return true }
                guard !rest.isEmpty else { return false }
                rest = rest.dropFirst()
            }
        case "?":
            return !name.isEmpty && matchName(pattern.dropFirst(), name.dropFirst())
        case "[":
            guard let character = name.first, let close = pattern.dropFirst(2).firstIndex(of: "]") else {
                return !name.isEmpty && name.first == "[" && matchName(pattern.dropFirst(), name.dropFirst())
            }
            var body = pattern[(pattern.startIndex + 1)..<close]
            let negated = body.first == "!" || body.first == "^"
            if negated { body = body.dropFirst() }
            var matched = false
            var index = body.startIndex
            while index < body.endIndex {
                if index + 2 < body.endIndex, body[index + 1] == "-" {
                    if body[index] <= character && character <= body[index + 2] { matched = true }
                    index += 3
                } else {
                    if body[index] == character { matched = true }
                    index += 1
                }
            }
            return matched != negated && matchName(pattern[(close + 1)...], name.dropFirst())
        default:
            return name.first == first && matchName(pattern.dropFirst(), name.dropFirst())
        }
    }
}
