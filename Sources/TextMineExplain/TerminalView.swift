import TextMineCore

/// `textmine explain` on a terminal: the document with entities on their type's colour, each followed by its type,
/// quotations underlined in their sentiment's colour and followed by speaker, cue and score, then a legend and the
/// rules that fired. Written in one walk over the text (``SpanNesting``), so its size is linear in the document.
public struct TerminalView: Sendable {
    /// The document to draw.
    public let explained: ExplainedDocument

    /// A view of one explained document.
    public init(_ explained: ExplainedDocument) { self.explained = explained }

    static let reset = "\u{1B}[0m"

    /// The coloured form (ANSI SGR codes, xterm-256 colours).
    public func render() -> String {
        var out = header(bold: true)
        out += "\n"
        out += annotatedText()
        out += "\n\n"
        out += legend()
        return out
    }

    /// The first lines: document, pipeline, document-level results.
    func header(bold: Bool) -> String {
        let document = explained.document
        let on = bold ? "\u{1B}[1m" : ""
        let off = bold ? Self.reset : ""
        var out =
            "\(on)\(DisplayText.excerpt(document.id, limit: 200))\(off) · pipeline \(DisplayText.excerpt(explained.pipelineName, limit: 80))"
        out += " (" + explained.stages.joined(separator: " → ") + ")\n"
        if !explained.corpusStages.isEmpty {
            out +=
                "corpus stages (nothing written by explain): " + explained.corpusStages.joined(separator: ", ") + "\n"
        }
        out += explained.facts.joined(separator: " · ") + "\n"
        return out
    }

    /// The text with colours, types after entities and attributions after quotes.
    func annotatedText() -> String {
        let marks = explained.marks
        let bytes = explained.document.utf8
        var out = ""
        out.reserveCapacity(bytes.count * 2)
        var open: [Int] = []
        var style = ""
        func restyle() {
            var codes: [String] = []
            if let entity = open.last(where: { marks[$0].kind == .entity }) {
                codes.append("48;5;\(TypePalette.colour(of: marks[entity].label).ansi);38;5;16")
            }
            if let quote = open.last(where: { marks[$0].kind == .quote }) {
                let colour = TypePalette.quoteColour(marks[quote].sentimentLabel).ansi
                codes.append(codes.isEmpty ? "4;38;5;\(colour)" : "4;58;5;\(colour)")
            }
            style = codes.isEmpty ? "" : "\u{1B}[" + codes.joined(separator: ";") + "m"
        }
        SpanNesting.walk(marks, length: bytes.count) { step in
            switch step {
            case .text(let range):
                let text = DisplayText.terminalSafe(Substring(decoding: bytes[range], as: UTF8.self))
                var first = true
                for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    if !first { out += "\n" }
                    first = false
                    if !line.isEmpty { out += style + line + (style.isEmpty ? "" : Self.reset) }
                }
            case .open(let mark, let continued):
                open.append(mark)
                if marks[mark].kind == .span, !continued { out += "\u{1B}[2m⟦" + Self.reset }
                restyle()
            case .close(let mark, let final):
                if let index = open.lastIndex(of: mark) { open.remove(at: index) }
                if final { out += label(marks[mark]) }
                restyle()
            }
        }
        return out
    }

    /// What follows a mark: ` PERSON` on the type's colour, `⟨speaker · cue · score⟩` in the quote's colour, or
    /// `⟧layer · fields` for a plugin span (opened by a dim `⟦`).
    func label(_ mark: ExplainMark) -> String {
        switch mark.kind {
        case .entity:
            return "\u{1B}[1;48;5;\(TypePalette.colour(of: mark.label).ansi);38;5;238m "
                + DisplayText.excerpt(mark.label, limit: 30) + " " + Self.reset
        case .span:
            let parts = ([mark.label] + mark.fields).map { DisplayText.excerpt($0, limit: 60) }
            return "\u{1B}[2m⟧" + parts.joined(separator: " · ") + Self.reset
        case .quote:
            let colour = TypePalette.quoteColour(mark.sentimentLabel).ansi
            let parts = mark.details(text: "").map { DisplayText.excerpt($0, limit: 80) }
            return "\u{1B}[3;38;5;\(colour)m⟨" + parts.joined(separator: " · ") + "⟩" + Self.reset
        }
    }

    /// The legend (each type on its colour with its count, the quote colours) and the rules that fired.
    func legend() -> String {
        var types: [String] = []
        for (label, kind, count) in explained.labelCounts where kind != .quote {
            if kind == .span {
                types.append("\u{1B}[2m⟦\(DisplayText.excerpt(label, limit: 30))⟧\(Self.reset) \(count)")
                continue
            }
            types.append(
                "\u{1B}[48;5;\(TypePalette.colour(of: label).ansi);38;5;16m \(DisplayText.excerpt(label, limit: 30)) \(Self.reset) \(count)"
            )
        }
        var out =
            "\u{1B}[1mlegend\(Self.reset)  " + (types.isEmpty ? "no entities" : types.joined(separator: "  ")) + "\n"
        let quotes = explained.marks.filter { $0.kind == .quote }.count
        out += "\u{1B}[1mquotes\(Self.reset)  \(quotes) · "
        out +=
            ["positive", "negative", "neutral", nil].map { label in
                "\u{1B}[4;38;5;\(TypePalette.quoteColour(label).ansi)m\(label ?? "not scored")\(Self.reset)"
            }.joined(separator: " ") + "\n"
        let rules = explained.ruleCounts.map { "\(DisplayText.excerpt($0.rule, limit: 60)) ×\($0.count)" }
        out += "\u{1B}[1mrules\(Self.reset)   " + (rules.isEmpty ? "none fired" : rules.joined(separator: " · ")) + "\n"
        return out
    }
}
