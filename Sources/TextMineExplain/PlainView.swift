import TextMineCore

/// `textmine explain` without colour (`NO_COLOR`, or standard output not a terminal): the header, the text with line
/// numbers, then one aligned line per annotation — number, `line:col`, code point offsets (as in `documents.jsonl`),
/// type, stage, rule, text and details — and the legend. Easy to grep and diff; linear in the document.
public struct PlainView: Sendable {
    /// The document to draw.
    public let explained: ExplainedDocument

    /// A view of one explained document.
    public init(_ explained: ExplainedDocument) { self.explained = explained }

    /// The whole plain form.
    public func render() -> String {
        var out = TerminalView(explained).header(bold: false)
        out += "\n" + numberedText() + "\n"
        out += annotationTable()
        out += "\n" + legend()
        return out
    }

    /// The text, each line after its number.
    func numberedText() -> String {
        let positions = explained.positions
        let bytes = explained.document.utf8
        let width = String(positions.lineCount).count
        var out = ""
        out.reserveCapacity(bytes.count + positions.lineCount * (width + 4))
        for line in 1...positions.lineCount {
            let start = positions.start(ofLine: line)
            var end = line < positions.lineCount ? positions.start(ofLine: line + 1) - 1 : bytes.count
            if line == positions.lineCount, start == end, line > 1 { break }
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            out += DisplayText.padded(String(line), to: width, left: true)
            if end > start {
                out += "  " + DisplayText.terminalSafe(Substring(decoding: bytes[start..<end], as: UTF8.self))
            }
            out += "\n"
        }
        return out
    }

    /// One aligned row per mark; text and details last, since their width varies.
    func annotationTable() -> String {
        let marks = explained.marks
        guard !marks.isEmpty else { return "no annotations\n" }
        let header = ["#", "line:col", "offsets", "type", "stage", "rule"]
        var rows: [[String]] = []
        rows.reserveCapacity(marks.count)
        var tails: [String] = []
        tails.reserveCapacity(marks.count)
        for mark in marks {
            let (start, end) = explained.positions.codePointRange(mark.span)
            rows.append([
                String(mark.number), explained.positions.location(ofByte: mark.span.start), "\(start)-\(end)",
                DisplayText.excerpt(mark.label, limit: 30), DisplayText.excerpt(mark.stage, limit: 30),
                DisplayText.excerpt(mark.rule, limit: 60),
            ])
            let text = explained.text(of: mark)
            var details = mark.details(text: text).map { DisplayText.excerpt($0, limit: 80) }
            if let speaker = mark.speakerMark, !details.isEmpty { details[0] += " (#\(speaker))" }
            tails.append(
                DisplayText.excerpt(text, limit: 60)
                    + (details.isEmpty ? "" : "  (" + details.joined(separator: " · ") + ")"))
        }
        var widths = header.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.unicodeScalars.count) }
        }
        func line(_ cells: [String], _ tail: String) -> String {
            var text = ""
            for (column, cell) in cells.enumerated() {
                text += DisplayText.padded(cell, to: widths[column], left: column == 0) + "  "
            }
            return text + tail + "\n"
        }
        var out = line(header, "text")
        for (row, tail) in zip(rows, tails) { out += line(row, tail) }
        return out
    }

    /// Counts per type and per rule.
    func legend() -> String {
        let types = explained.labelCounts.map { DisplayText.excerpt($0.label, limit: 30) + " \($0.count)" }
        let rules = explained.ruleCounts.map { DisplayText.excerpt($0.rule, limit: 60) + " \($0.count)" }
        return "legend  " + (types.isEmpty ? "none" : types.joined(separator: " · ")) + "\n"
            + "rules   " + (rules.isEmpty ? "none fired" : rules.joined(separator: " · ")) + "\n"
    }
}
