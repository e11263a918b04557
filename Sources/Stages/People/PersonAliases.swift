/// Identities a user pins across documents: `Tony Blair<TAB>Blair<TAB>Mr Blair` makes every person whose in-document
/// canonical name is `Blair` or `Mr Blair` count as `Tony Blair` in every table. Matching ignores case and collapses
/// spaces.
public struct PersonAliases: Sendable {
    private var identities: [String: String] = [:]

    /// No aliases.
    public init() {}

    /// A problem in an alias file.
    public struct Problem: Sendable, Equatable {
        /// The 1-based line of the alias file the problem is on.
        public var line: Int
        /// What is wrong, without the position (the stage adds the file's).
        public var message: String
    }

    /// Parses an alias file: one identity per line, `CANONICAL` then its aliases, separated by tabs; `#` starts a
    /// comment line. An alias claimed by two identities is a problem.
    public static func parse(_ text: String) -> (aliases: PersonAliases, problems: [Problem]) {
        var aliases = PersonAliases()
        var problems: [Problem] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.withoutEdgeSpaces
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(separator: "\t").map { Self.key(String($0)) }.filter { !$0.isEmpty }
            guard fields.count >= 2 else {
                problems.append(Problem(line: number + 1, message: "expected `CANONICAL<TAB>ALIAS…`, found one field"))
                continue
            }
            let canonical = trimmed.split(separator: "\t")[0].withoutEdgeSpaces
            for alias in fields {
                if let other = aliases.identities[alias], other != canonical {
                    problems.append(Problem(line: number + 1, message: "'\(alias)' is already an alias of '\(other)'"))
                }
                aliases.identities[alias] = canonical
            }
        }
        return (aliases, problems)
    }

    /// The pinned identity of a canonical name, or the name itself.
    public func identity(of canonical: String) -> String {
        identities.isEmpty ? canonical : identities[Self.key(canonical)] ?? canonical
    }

    private static func key(_ s: String) -> String {
        s.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}

extension Substring {
    var withoutEdgeSpaces: String {
        String(
            drop { $0 == " " || $0 == "\r" || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\r" || $0 == "\t" }
                .reversed())
    }
}
