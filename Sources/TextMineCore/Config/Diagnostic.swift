/// A position in a configuration file: 1-based line and column (columns count Unicode scalars).
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file, as the user named it.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, in Unicode scalars.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// A location for values that did not come from a file (tests, defaults).
    public static func unknown(_ file: String = "<config>") -> SourceLocation {
        SourceLocation(file: file, line: 0, column: 0)
    }

    /// `file:line:column`.
    public var description: String { "\(file):\(line):\(column)" }

    /// Orders by file, then line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// One problem found in a pipeline or pattern file, rendered like a compiler diagnostic:
/// ```
/// Pipelines/bad.yaml:7:7: error: unknown option 'patern' for stage 'entities'; did you mean 'patterns'?
///       patern: x
///       ^
/// ```
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// How bad the problem is.
    public enum Severity: String, Sendable, Hashable {
        /// The pipeline cannot run.
        case error
        /// The pipeline runs, but probably not as intended.
        case warning
    }

    /// Where the problem is.
    public var location: SourceLocation
    /// Error or warning.
    public var severity: Severity
    /// What is wrong, in one sentence.
    public var message: String
    /// The source line at ``location``, when known, for the caret display.
    public var sourceLine: String?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity = .error, at location: SourceLocation, _ message: String, sourceLine: String? = nil
    ) {
        self.severity = severity
        self.location = location
        self.message = message
        self.sourceLine = sourceLine
    }

    /// `file:line:column: error: message` (the first line of ``rendered``).
    public var description: String { "\(location): \(severity.rawValue): \(message)" }

    /// The full rendering: the header line, then the source line and a caret under the column.
    public var rendered: String {
        guard let sourceLine, location.column > 0 else { return description }
        let caretPadding = String(
            sourceLine.unicodeScalars.prefix(location.column - 1).map { $0 == "\t" ? "\t" : " " }.map(Character.init))
        return "\(description)\n\(sourceLine)\n\(caretPadding)^"
    }
}

/// Every problem found while loading a pipeline, in file order. Thrown by the loader and by stage initialisers.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    /// The problems, sorted by location.
    public var diagnostics: [Diagnostic]

    /// Creates an error from diagnostics.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted { $0.location < $1.location }
    }

    /// Creates an error with one diagnostic.
    public init(at location: SourceLocation, _ message: String) {
        self.init([Diagnostic(at: location, message)])
    }

    /// All diagnostics, rendered with source lines and carets.
    public var description: String { diagnostics.map(\.rendered).joined(separator: "\n") }
}

/// Suggestions for misspelt names.
public enum Suggestion {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a plausible typo.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let limit = max(2, word.count / 3)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(word.lowercased(), candidate.lowercased())
            if distance <= limit, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// `; did you mean 'x'?` or an empty string.
    public static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String {
        closest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Levenshtein distance (with adjacent transpositions counted as one edit).
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
