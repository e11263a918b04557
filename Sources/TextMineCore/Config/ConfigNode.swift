import Yams

/// The text of a configuration file, kept so diagnostics can show the offending line.
public final class SourceFile: Sendable {
    /// The path as the user gave it.
    public let path: String
    /// The file's lines, without terminators.
    public let lines: [String]

    /// Wraps a file's text.
    public init(path: String, text: String) {
        self.path = path
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
    }

    /// The line at a 1-based number, if it exists.
    public func line(_ number: Int) -> String? {
        number >= 1 && number <= lines.count ? lines[number - 1] : nil
    }

    /// A diagnostic at `location` that shows the source line.
    public func diagnostic(
        _ severity: Diagnostic.Severity = .error, at location: SourceLocation, _ message: String
    ) -> Diagnostic {
        Diagnostic(severity, at: location, message, sourceLine: line(location.line))
    }
}

/// How a YAML scalar was written; needed to map a position inside its value back to a column in the file.
public enum ScalarStyle: String, Sendable {
    /// `key: value`
    case plain
    /// `key: 'value'`
    case singleQuoted
    /// `key: "value"`
    case doubleQuoted
    /// `key: |` block
    case literal
    /// `key: >` block
    case folded
}

/// A parsed configuration value with its position: the `Sendable` form of a YAML node that stages and diagnostics
/// work with.
public struct ConfigNode: Sendable, CustomStringConvertible {
    /// One `key: value` pair of a mapping, both with positions.
    public struct Pair: Sendable {
        /// The key node (a scalar in every TextMine file).
        public var key: ConfigNode
        /// The value node.
        public var value: ConfigNode
    }

    /// The shape of the value.
    public enum Kind: Sendable {
        /// A string, number or boolean as written.
        case scalar(String, ScalarStyle)
        /// `key: value` pairs in file order.
        case mapping([Pair])
        /// A list.
        case sequence([ConfigNode])
        /// An empty value or `null`/`~`.
        case null
    }

    /// The value.
    public var kind: Kind
    /// Where the value starts.
    public var location: SourceLocation
    /// The file it came from.
    public var source: SourceFile

    /// Creates a node.
    public init(_ kind: Kind, at location: SourceLocation, in source: SourceFile) {
        self.kind = kind
        self.location = location
        self.source = source
    }

    /// Parses YAML text into a node tree.
    ///
    /// - Throws: ``ConfigError`` with the parser's position for malformed YAML.
    public static func parse(yaml text: String, path: String) throws -> ConfigNode {
        // A UTF-8 byte order mark (some Windows editors write one) is not content.
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let source = SourceFile(path: path, text: text)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ConfigError([Self.diagnostic(for: error, in: source)])
        }
        guard let root else {
            return ConfigNode(.null, at: SourceLocation(file: path, line: 1, column: 1), in: source)
        }
        var converter = YAMLConverter(source: source, text: text)
        return try converter.convert(root)
    }

    private static func diagnostic(for error: YamlError, in source: SourceFile) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            var message = "malformed YAML: \(problem)" + (context.map { " (\($0.text))" } ?? "")
            if let line = source.line(mark.line),
                line.dropFirst(max(0, mark.column - 1)).first == "\t"
                    || (problem.contains("cannot start any token") && line.contains("\t"))
            {
                message = "a tab character: YAML indents with spaces only; replace the tabs with spaces"
            }
            return source.diagnostic(
                at: SourceLocation(file: source.path, line: mark.line, column: mark.column), message)
        default:
            return source.diagnostic(
                at: SourceLocation(file: source.path, line: 1, column: 1), "malformed YAML: \(error)")
        }
    }

    /// The scalar text, if this is a scalar.
    public var scalar: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    /// The pairs, if this is a mapping.
    public var pairs: [Pair]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    /// The items, if this is a sequence.
    public var items: [ConfigNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    /// Whether the value is empty or null.
    public var isNull: Bool {
        if case .null = kind { return true }
        return false
    }

    /// The value for a key of a mapping.
    public subscript(key: String) -> ConfigNode? {
        pairs?.first { $0.key.scalar == key }?.value
    }

    /// "a string", "a mapping"…, for messages.
    public var kindDescription: String {
        switch kind {
        case .scalar: return "a scalar"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .null: return "an empty value"
        }
    }

    /// A short rendering, for messages.
    public var description: String {
        switch kind {
        case .scalar(let text, _): return text
        case .mapping(let pairs): return "{" + pairs.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
        case .sequence(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .null: return "null"
        }
    }

    /// A diagnostic pointing at this node.
    public func error(_ message: String) -> Diagnostic {
        source.diagnostic(at: location, message)
    }

    /// A warning pointing at this node.
    public func warning(_ message: String) -> Diagnostic {
        source.diagnostic(.warning, at: location, message)
    }

    /// The file position of a UTF-8 byte offset inside this scalar's *value* (after unquoting), such as the offset
    /// PCRE2 reports for a pattern error.
    ///
    /// Plain and quoted scalars are walked character by character through their quoting (`''` in single quotes,
    /// backslash escapes in double quotes); block scalars map value lines to file lines below the indicator.
    public func location(ofValueOffset byteOffset: Int) -> SourceLocation {
        guard case .scalar(let value, let style) = kind else { return location }
        let prefix = String(decoding: Array(value.utf8).prefix(max(0, byteOffset)), as: UTF8.self)
        let scalarsBefore = Array(prefix.unicodeScalars)
        switch style {
        case .literal, .folded:
            // Value lines start on the line after the indicator, at the block's indentation.
            var line = location.line + 1
            var column = 0
            for scalar in scalarsBefore {
                if scalar == "\n" {
                    line += 1
                    column = 0
                } else {
                    column += 1
                }
            }
            let text = source.line(line) ?? ""
            let indentation = text.unicodeScalars.prefix { $0 == " " }.count
            return SourceLocation(file: location.file, line: line, column: indentation + column + 1)
        case .plain, .singleQuoted, .doubleQuoted:
            guard let text = source.line(location.line) else { return location }
            let raw = Array(text.unicodeScalars)
            var rawIndex = location.column - 1 + (style == .plain ? 0 : 1)
            var consumed = 0
            while consumed < scalarsBefore.count, rawIndex < raw.count {
                if style == .singleQuoted, raw[rawIndex] == "'", rawIndex + 1 < raw.count, raw[rawIndex + 1] == "'" {
                    rawIndex += 2
                } else if style == .doubleQuoted, raw[rawIndex] == "\\" {
                    rawIndex += Self.escapeLength(raw, at: rawIndex)
                } else {
                    rawIndex += 1
                }
                consumed += 1
            }
            return SourceLocation(file: location.file, line: location.line, column: rawIndex + 1)
        }
    }

    private static func escapeLength(_ raw: [Unicode.Scalar], at index: Int) -> Int {
        guard index + 1 < raw.count else { return 1 }
        switch raw[index + 1] {
        case "x": return 4
        case "u": return 6
        case "U": return 10
        default: return 2
        }
    }
}
