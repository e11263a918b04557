import Yams

/// Turns a composed YAML tree into ``ConfigNode``s, expanding aliases within a budget.
///
/// Yams resolves an alias to the anchored node itself, so a 600-byte file of nested aliases ("billion laughs") is a
/// small graph that expands to billions of nodes when walked as a tree. A node met a second time (same position and
/// kind; Yams holds anchor names only weakly, so they are gone by now) was reached through an alias, and every node
/// under it counts against ``aliasBudget``; past it the file is rejected at the outermost alias being expanded, so
/// the work is bounded by the file's size plus the budget.
struct YAMLConverter {
    /// Nodes that aliases may add to a file: far more than any pipeline's `<<: *defaults`, far less than a bomb.
    static let aliasBudget = 100_000

    let source: SourceFile
    let text: String
    /// Nodes seen, by position and kind: meeting one again means an alias led there.
    private var seen: Set<NodeKey> = []

    private struct NodeKey: Hashable {
        var line: Int
        var column: Int
        var kind: UInt8
    }
    /// Nodes added by alias expansion so far.
    private var expanded = 0
    /// Where the anchored node of the outermost alias being expanded starts, while inside one.
    private var outermostAlias: SourceLocation?

    init(source: SourceFile, text: String) {
        self.source = source
        self.text = text
    }

    mutating func convert(_ node: Node) throws -> ConfigNode {
        let location =
            node.mark.map { SourceLocation(file: source.path, line: $0.line, column: $0.column) }
            ?? .unknown(source.path)
        var enteredAlias = false
        if outermostAlias == nil, let mark = node.mark {
            let kind: UInt8
            switch node {
            case .scalar: kind = 0
            case .mapping: kind = 1
            case .sequence: kind = 2
            case .alias: kind = 3
            }
            if !seen.insert(NodeKey(line: mark.line, column: mark.column, kind: kind)).inserted {
                outermostAlias = location
                enteredAlias = true
            }
        }
        defer { if enteredAlias { outermostAlias = nil } }
        if let alias = outermostAlias {
            expanded += 1
            if expanded > Self.aliasBudget { throw budgetExceeded(alias: alias) }
        }
        switch node {
        case .scalar(let scalar):
            let style: ScalarStyle
            switch scalar.style {
            case .singleQuoted: style = .singleQuoted
            case .doubleQuoted: style = .doubleQuoted
            case .literal: style = .literal
            case .folded: style = .folded
            default: style = .plain
            }
            if style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                return ConfigNode(.null, at: location, in: source)
            }
            return ConfigNode(.scalar(scalar.string, style), at: location, in: source)
        case .mapping(let mapping):
            var pairs: [ConfigNode.Pair] = []
            for pair in mapping {
                pairs.append(ConfigNode.Pair(key: try convert(pair.key), value: try convert(pair.value)))
            }
            return ConfigNode(.mapping(pairs), at: location, in: source)
        case .sequence(let sequence):
            var items: [ConfigNode] = []
            for item in sequence { items.append(try convert(item)) }
            return ConfigNode(.sequence(items), at: location, in: source)
        case .alias:
            return ConfigNode(.null, at: location, in: source)
        }
    }

    /// The error, at the first use of the alias in the text (the composed tree no longer knows where aliases were):
    /// the anchor's name is read before the anchored node's position.
    private func budgetExceeded(alias anchoredAt: SourceLocation) -> ConfigError {
        let name = anchorName(before: anchoredAt)
        let message =
            "alias \(name.map { "'*\($0)' " } ?? "")expands to more than \(Self.aliasBudget) nodes (nested aliases, a \"billion laughs\" file?); write the values out instead"
        let location = name.flatMap(aliasLocation) ?? anchoredAt
        return ConfigError([source.diagnostic(at: location, message)])
    }

    /// The `&name` closest before a node's position on its line (or the line before, for block nodes).
    private func anchorName(before location: SourceLocation) -> String? {
        for number in [location.line, location.line - 1] {
            guard let line = source.line(number) else { continue }
            let prefix = number == location.line ? String(line.prefix(max(0, location.column - 1))) : line
            guard let ampersand = prefix.lastIndex(of: "&") else { continue }
            let name = prefix[prefix.index(after: ampersand)...].prefix { !" ,[]{}\t".contains($0) }
            if !name.isEmpty { return String(name) }
        }
        return nil
    }

    /// Where `*name` first appears (followed by a character that cannot continue an anchor name).
    private func aliasLocation(_ name: String) -> SourceLocation? {
        for (index, line) in source.lines.enumerated() {
            var rest = Substring(line)
            while let star = rest.firstIndex(of: "*") {
                let after = rest[rest.index(after: star)...]
                if after.hasPrefix(name) {
                    let end = after.index(after.startIndex, offsetBy: name.count)
                    if end == after.endIndex || " ,]}\t#".contains(after[end]) {
                        return SourceLocation(
                            file: source.path, line: index + 1,
                            column: line.distance(from: line.startIndex, to: star) + 1)
                    }
                }
                rest = after
            }
        }
        return nil
    }
}
