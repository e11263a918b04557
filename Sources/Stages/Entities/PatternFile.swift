import TextMineCore

/// Pattern files: one rule per line, `TYPE<TAB>pattern[<TAB>priority]`; blank lines and lines starting with `#` are
/// ignored. The pattern runs to the next tab (or the end of the line), so it may contain spaces.
enum PatternFile {
    struct Line {
        var type: String
        var pattern: String
        var priority: Int
        /// Where the pattern starts.
        var location: SourceLocation
    }

    static func parse(_ text: String, path: String) -> (lines: [Line], diagnostics: [Diagnostic], source: SourceFile) {
        let source = SourceFile(path: path, text: text)
        var lines: [Line] = []
        var diagnostics: [Diagnostic] = []
        for (index, raw) in source.lines.enumerated() {
            let number = index + 1
            if raw.allSatisfy({ $0 == " " || $0 == "\t" }) || raw.hasPrefix("#") { continue }
            let fields = raw.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                diagnostics.append(
                    source.diagnostic(
                        at: SourceLocation(file: path, line: number, column: 1),
                        "expected TYPE<TAB>pattern[<TAB>priority]"))
                continue
            }
            var priority = 0
            if fields.count >= 3 {
                guard let value = Int(fields[2]) else {
                    let column = fields[0].unicodeScalars.count + fields[1].unicodeScalars.count + 3
                    diagnostics.append(
                        source.diagnostic(
                            at: SourceLocation(file: path, line: number, column: column),
                            "priority must be an integer, found '\(fields[2])'"))
                    continue
                }
                priority = value
            }
            lines.append(
                Line(
                    type: String(fields[0]), pattern: String(fields[1]), priority: priority,
                    location: SourceLocation(file: path, line: number, column: fields[0].unicodeScalars.count + 2)))
        }
        return (lines, diagnostics, source)
    }
}
