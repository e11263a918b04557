import TextMineCore

/// `textmine explain --html`: one self-contained page (inline CSS and script, nothing fetched) in the spirit of
/// displaCy. Entities are highlighted on their type's colour with the type as a label; quotations are underlined and
/// tinted by sentiment with a speaker badge; hovering an annotation shows its stage, rule id and pattern; a side
/// panel has the legend and the rules that fired, with counts (clicking one dims every other annotation).
///
/// Every piece of document text, id, rule and pattern is escaped (an article containing `<script>` is shown, never
/// run); the page's script contains no document data. Annotations that nest (entities inside quotes) become nested
/// elements; ones that cross are split into fragments (``SpanNesting``). The page is linear in the document.
public struct HTMLExplainPage: Sendable {
    /// The document to draw.
    public let explained: ExplainedDocument

    /// A page for one explained document.
    public init(_ explained: ExplainedDocument) { self.explained = explained }

    /// The page.
    public func render() -> String {
        let document = explained.document
        let rules = explained.ruleCounts
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in rules.enumerated() { ruleIndex[rule.stage + "\u{0}" + rule.rule] = index }
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out +=
            "<title>explain · \(DisplayText.html(document.id))</title>\n<style>\n\(HTMLExplainAssets.css)</style>\n</head>\n<body>\n"
        out += "<header>\n<h1>\(DisplayText.html(document.id))</h1>\n"
        out += "<p class=\"meta\">pipeline <b>\(DisplayText.html(explained.pipelineName))</b>: "
        out += explained.stages.map { "<code>\(DisplayText.html($0))</code>" }.joined(separator: " → ")
        if !explained.corpusStages.isEmpty {
            out +=
                " · corpus stages, nothing written: "
                + explained.corpusStages.map(DisplayText.html).joined(separator: ", ")
        }
        out +=
            "</p>\n<p class=\"facts\">" + explained.facts.map(DisplayText.html).joined(separator: " · ")
            + "</p>\n</header>\n"
        out += "<div class=\"layout\">\n<main>\n<div class=\"doc\" id=\"doc\">"
        out += annotatedText(ruleIndex: ruleIndex)
        out += "</div>\n</main>\n<aside id=\"panel\">\n"
        out += legend()
        out += rulesPanel(rules)
        out +=
            "</aside>\n</div>\n<div id=\"tip\" hidden></div>\n<script>\n\(HTMLExplainAssets.script)</script>\n</body>\n</html>\n"
        return out
    }

    /// The text as nested `<mark class="ent">` and `<span class="quote">` elements.
    func annotatedText(ruleIndex: [String: Int]) -> String {
        let marks = explained.marks
        let bytes = explained.document.utf8
        var out = ""
        out.reserveCapacity(bytes.count * 2)
        SpanNesting.walk(marks, length: bytes.count) { step in
            switch step {
            case .text(let range):
                out += DisplayText.html(Substring(decoding: bytes[range], as: UTF8.self))
            case .open(let index, let continued):
                out += openTag(
                    marks[index], rule: ruleIndex[marks[index].stage + "\u{0}" + marks[index].rule] ?? -1,
                    continued: continued)
            case .close(let index, let final):
                let mark = marks[index]
                if final { out += badge(mark) }
                out += mark.kind == .entity ? "</mark>" : "</span>"
            }
        }
        return out
    }

    /// The opening tag of a mark (or of a continued fragment of it), with its provenance in data attributes and in a
    /// `title` for browsers without script.
    func openTag(_ mark: ExplainMark, rule: Int, continued: Bool) -> String {
        var tooltip = "\(mark.label) · stage \(mark.stage) · rule \(mark.rule)"
        if let pattern = mark.pattern { tooltip += "\npattern: " + DisplayText.excerpt(pattern, limit: 160) }
        let common =
            " data-n=\"\(mark.number)\" data-r=\"\(rule)\" data-stage=\"\(DisplayText.html(mark.stage))\""
            + " data-rule=\"\(DisplayText.html(mark.rule))\" title=\"\(DisplayText.html(tooltip))\""
        switch mark.kind {
        case .entity:
            return "<mark class=\"ent\(continued ? " cont" : "")\" data-type=\"\(DisplayText.html(mark.label))\""
                + " style=\"--c:\(TypePalette.colour(of: mark.label).hex)\"" + common + ">"
        case .span:
            return "<span class=\"span\(continued ? " cont" : "")\" data-type=\"\(DisplayText.html(mark.label))\""
                + common + ">"
        case .quote:
            let tone = mark.sentimentLabel.map { $0 == "positive" ? "pos" : $0 == "negative" ? "neg" : "neu" } ?? "none"
            return
                "<span class=\"quote \(tone)\(continued ? " cont" : "")\" data-speaker=\"\(DisplayText.html(mark.speaker ?? ""))\""
                + " data-kind=\"\(DisplayText.html(mark.quoteKind ?? ""))\""
                + (mark.speakerMark.map { " data-speaker-n=\"\($0)\"" } ?? "")
                + common + ">"
        }
    }

    /// What ends a mark: the entity's type, or the quote's speaker, cue and score.
    func badge(_ mark: ExplainMark) -> String {
        switch mark.kind {
        case .entity:
            return "<span class=\"lbl\">\(DisplayText.html(mark.label))</span>"
        case .span:
            return "<span class=\"lbl\">" + ([mark.label] + mark.fields).map(DisplayText.html).joined(separator: " · ")
                + "</span>"
        case .quote:
            let rest = mark.details(text: "").dropFirst().map(DisplayText.html)
            return "<span class=\"spk\">— \(DisplayText.html(mark.speaker ?? "no speaker"))"
                + (rest.isEmpty ? "" : " · " + rest.joined(separator: " · ")) + "</span>"
        }
    }

    /// Each type on its colour with its count, and the quote tints.
    func legend() -> String {
        var out = "<section id=\"legend\">\n<h2>Legend</h2>\n<ul>\n"
        for (label, kind, count) in explained.labelCounts where kind != .quote {
            let look =
                kind == .entity
                ? "class=\"swatch\" style=\"background:\(TypePalette.colour(of: label).hex)\"" : "class=\"swatch span\""
            out += "<li><span \(look)>\(DisplayText.html(label))</span> \(count)</li>\n"
        }
        let quotes = explained.marks.filter { $0.kind == .quote }.count
        out += "<li class=\"quotes\">\(quotes) quote\(quotes == 1 ? "" : "s"): "
        out += "<span class=\"quote pos\">positive</span> <span class=\"quote neg\">negative</span> "
        out +=
            "<span class=\"quote neu\">neutral</span> <span class=\"quote none\">not scored</span></li>\n</ul>\n</section>\n"
        return out
    }

    /// The rules that fired, most often first, each with its stage, layer and full pattern.
    func rulesPanel(_ rules: [ExplainedDocument.RuleCount]) -> String {
        var out = "<section id=\"rules\">\n<h2>Rules fired</h2>\n"
        guard !rules.isEmpty else { return out + "<p>No rule fired on this document.</p>\n</section>\n" }
        out +=
            "<p class=\"hint\">Click a rule to show only its annotations.</p>\n<table>\n<thead><tr><th>count</th><th>rule</th></tr></thead>\n<tbody>\n"
        for (index, rule) in rules.enumerated() {
            out += "<tr id=\"rule-\(index)\" data-r=\"\(index)\"><td class=\"count\">\(rule.count)</td><td>"
            out += "<code class=\"rule-id\">\(DisplayText.html(rule.rule))</code>"
            out += "<div class=\"where\">\(DisplayText.html(rule.stage)) → \(DisplayText.html(rule.layer))</div>"
            if let pattern = rule.pattern {
                out +=
                    "<details><summary>pattern</summary><pre class=\"pattern\">\(DisplayText.html(pattern))</pre></details>"
            }
            out += "</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }
}
