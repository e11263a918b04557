import Foundation
public import TextMineCore

/// `report.html`: one self-contained page (inline CSS and SVG, no scripts, no external requests) presenting the
/// aggregate stage's tables: an overview, the top entities per type, a speaker sentiment chart, a per-group
/// breakdown, the most positive and most negative quotations, money totals and entity pairs.
///
/// Every piece of text that comes from documents is HTML-escaped. Sections whose tables are missing (not selected
/// in `tables:`) or empty say so instead of disappearing.
public struct HTMLReport: Sendable {
    /// All tables of the run (the report picks the aggregate stage's by name).
    public var tables: [OutputTable]
    /// The pipeline's name, for the title.
    public var pipelineName: String
    /// Rows per block (entities per type, speakers in the chart, quotations per list).
    public var limit = 10

    /// Creates a report.
    public init(tables: [OutputTable], pipelineName: String) {
        self.tables = tables
        self.pipelineName = pipelineName
    }

    /// The page.
    public func render() -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>TextMine report — \(Self.escape(pipelineName))</title>
            <style>\(Self.css)</style>
            </head>
            <body>
            <header><h1>TextMine report</h1><p class="sub">pipeline <b>\(Self.escape(pipelineName))</b></p></header>
            <nav><a href="#overview">Overview</a><a href="#entities">Entities</a><a href="#speakers">Speakers</a><a href="#groups">Groups</a><a href="#quotes">Quotations</a><a href="#money">Money</a><a href="#pairs">Pairs</a></nav>
            <main>

            """
        html += overview()
        html += entities()
        html += speakers()
        html += groups()
        html += quotes()
        html += money()
        html += pairs()
        html += """
            </main>
            <footer>Written by textmine. The full tables are in the CSV files and in textmine.sqlite beside this report.</footer>
            </body>
            </html>

            """
        return html
    }

    // MARK: Sections

    func overview() -> String {
        var cards: [(String, String)] = []
        if let groups = table(GroupsTable.self),
            let corpus = groups.rows.first(where: { groups.text($0, GroupsTable.group).isEmpty })
        {
            cards.append(("documents", groups.text(corpus, GroupsTable.documents)))
            cards.append(("entity mentions", groups.text(corpus, GroupsTable.entities)))
            cards.append(("quotations", groups.text(corpus, GroupsTable.quotes)))
            cards.append(("with a speaker", groups.text(corpus, GroupsTable.attributedQuotes)))
            if let mean = groups.real(corpus, GroupsTable.meanQuoteCompound) {
                cards.append(("mean quote compound", Self.signed(mean)))
            }
            if let mean = groups.real(corpus, GroupsTable.meanDocumentSentiment) {
                cards.append(("mean document sentiment", Self.signed(mean)))
            }
            cards.append(("groups", String(groups.rows.count - 1)))
        } else if let documents = table(DocumentsTable.self) {
            cards.append(("documents", String(documents.rows.count)))
        }
        if let entities = table(EntitiesTable.self) {
            cards.append(
                (
                    "distinct entities",
                    String(entities.rows.lazy.filter { entities.text($0, EntitiesTable.group).isEmpty }.count)
                ))
        }
        if let speakers = table(SpeakersTable.self) {
            cards.append(
                ("speakers", String(speakers.rows.lazy.filter { speakers.text($0, SpeakersTable.group).isEmpty }.count))
            )
        }
        var html = "<section id=\"overview\"><h2>Overview</h2>"
        if cards.isEmpty { return html + Self.empty("No aggregate tables were produced.") + "</section>\n" }
        html += "<div class=\"cards\">"
        for (label, value) in cards {
            html +=
                "<div class=\"card\"><div class=\"value\">\(Self.escape(value))</div><div class=\"label\">\(Self.escape(label))</div></div>"
        }
        return html + "</div></section>\n"
    }

    func entities() -> String {
        var html = "<section id=\"entities\"><h2>Top entities per type</h2>"
        guard let entities = table(EntitiesTable.self) else {
            return html + Self.empty("The entities table was not produced.") + "</section>\n"
        }
        let corpus = entities.rows.filter { entities.text($0, EntitiesTable.group).isEmpty }
        guard !corpus.isEmpty else { return html + Self.empty("No entities were found.") + "</section>\n" }
        var types: [String] = []
        for row in corpus where !types.contains(entities.text(row, EntitiesTable.type)) {
            types.append(entities.text(row, EntitiesTable.type))
        }
        html += "<div class=\"grid\">"
        for type in types {
            let rows = corpus.filter { entities.text($0, EntitiesTable.type) == type }.prefix(limit)
            let most = max(1, rows.map { entities.int($0, EntitiesTable.mentions) ?? 0 }.max() ?? 1)
            html +=
                "<div class=\"panel\"><h3>\(Self.escape(type))</h3><table><thead><tr><th>entity</th><th class=\"num\">mentions</th><th class=\"num\">docs</th></tr></thead><tbody>"
            for row in rows {
                let mentions = entities.int(row, EntitiesTable.mentions) ?? 0
                let width = Int((Double(mentions) / Double(most) * 100).rounded())
                html +=
                    "<tr><td><div class=\"barcell\"><span class=\"bar\" style=\"width:\(width)%\"></span><span class=\"barlabel\">\(Self.escape(entities.text(row, EntitiesTable.text)))</span></div></td>"
                html +=
                    "<td class=\"num\">\(mentions)</td><td class=\"num\">\(Self.escape(entities.text(row, EntitiesTable.documents)))</td></tr>"
            }
            html += "</tbody></table></div>"
        }
        return html + "</div></section>\n"
    }

    func speakers() -> String {
        var html = "<section id=\"speakers\"><h2>Who is quoted, and how positively</h2>"
        guard let speakers = table(SpeakersTable.self) else {
            return html + Self.empty("The speakers table was not produced.") + "</section>\n"
        }
        let rows = Array(
            speakers.rows.lazy.filter { speakers.text($0, SpeakersTable.group).isEmpty }.prefix(max(limit, 15)))
        guard !rows.isEmpty else {
            return html
                + Self.empty(
                    "No attributed quotations: add the quotes stage (and sentiment on quotes) to the pipeline.")
                + "</section>\n"
        }
        html +=
            "<p class=\"note\">Bar length: number of quotations attributed to the speaker. Colour: mean VADER compound of their scored quotations, from red (−1) through grey (0) to green (+1).</p>"
        let rowHeight = 28
        let labelWidth = 250
        let barWidth = 430
        let top = 8
        let width = labelWidth + barWidth + 190
        let height = top + rows.count * rowHeight + 44
        let most = max(1, rows.map { speakers.int($0, SpeakersTable.quotes) ?? 0 }.max() ?? 1)
        html +=
            "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"Quotations per speaker, coloured by mean compound\">"
        html +=
            "<defs><linearGradient id=\"sentiment-scale\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\"><stop offset=\"0\" stop-color=\"\(Self.colour(-1))\"/><stop offset=\"0.5\" stop-color=\"\(Self.colour(0))\"/><stop offset=\"1\" stop-color=\"\(Self.colour(1))\"/></linearGradient></defs>"
        for (position, row) in rows.enumerated() {
            let y = top + position * rowHeight
            let quotes = speakers.int(row, SpeakersTable.quotes) ?? 0
            let mean = speakers.real(row, SpeakersTable.meanCompound)
            let length = max(2, Int((Double(quotes) / Double(most) * Double(barWidth)).rounded()))
            let name = Self.escape(Self.truncated(speakers.text(row, SpeakersTable.speaker), 28))
            let meanText = mean.map { "mean " + Self.signed($0) } ?? "not scored"
            let tooltip = Self.escape("\(speakers.text(row, SpeakersTable.speaker)): \(quotes) quotations, \(meanText)")
            html += "<g><title>\(tooltip)</title>"
            html += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 18)\" text-anchor=\"end\" class=\"label\">\(name)</text>"
            html +=
                "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(length)\" height=\"\(rowHeight - 8)\" rx=\"3\" fill=\"\(mean.map(Self.colour) ?? "#c9ced4")\"/>"
            html +=
                "<text x=\"\(labelWidth + length + 8)\" y=\"\(y + 18)\" class=\"value\">\(quotes) · \(Self.escape(meanText))</text></g>"
        }
        let legendY = top + rows.count * rowHeight + 14
        html +=
            "<text x=\"\(labelWidth - 8)\" y=\"\(legendY + 11)\" text-anchor=\"end\" class=\"value\">mean compound</text>"
        html +=
            "<rect x=\"\(labelWidth)\" y=\"\(legendY)\" width=\"200\" height=\"14\" rx=\"3\" fill=\"url(#sentiment-scale)\"/>"
        html += "<text x=\"\(labelWidth)\" y=\"\(legendY + 28)\" class=\"value\">−1</text>"
        html += "<text x=\"\(labelWidth + 100)\" y=\"\(legendY + 28)\" text-anchor=\"middle\" class=\"value\">0</text>"
        html += "<text x=\"\(labelWidth + 200)\" y=\"\(legendY + 28)\" text-anchor=\"end\" class=\"value\">+1</text>"
        html += "</svg>"
        html +=
            "<table><thead><tr><th>speaker</th><th class=\"num\">quotes</th><th class=\"num\">mean</th><th class=\"num\">min</th><th class=\"num\">max</th><th class=\"num\">positive</th><th class=\"num\">negative</th></tr></thead><tbody>"
        for row in rows {
            html +=
                "<tr><td>\(Self.escape(speakers.text(row, SpeakersTable.speaker)))</td><td class=\"num\">\(Self.escape(speakers.text(row, SpeakersTable.quotes)))</td>"
            for column in [SpeakersTable.meanCompound, SpeakersTable.minCompound, SpeakersTable.maxCompound] {
                html += "<td class=\"num\">\(speakers.real(row, column).map(Self.badge) ?? "–")</td>"
            }
            for column in [SpeakersTable.sharePositive, SpeakersTable.shareNegative] {
                html += "<td class=\"num\">\(speakers.real(row, column).map(Self.percent) ?? "–")</td>"
            }
            html += "</tr>"
        }
        return html + "</tbody></table></section>\n"
    }

    func groups() -> String {
        var html = "<section id=\"groups\"><h2>By group</h2>"
        guard let groups = table(GroupsTable.self) else {
            return html + Self.empty("The groups table was not produced.") + "</section>\n"
        }
        let named = groups.rows.filter { !groups.text($0, GroupsTable.group).isEmpty }
        guard !named.isEmpty else {
            return html + Self.empty("All documents are in one group (no sub-folders, or group_by: none).")
                + "</section>\n"
        }
        // One pass over each large table for every group's top entities and most quoted speaker.
        var topEntities: [String: [(mentions: Int, label: String)]] = [:]
        if let entities = table(EntitiesTable.self) {
            for row in entities.rows {
                let group = entities.text(row, EntitiesTable.group)
                guard !group.isEmpty else { continue }
                let mentions = entities.int(row, EntitiesTable.mentions) ?? 0
                var top = topEntities[group, default: []]
                // Most mentions first; among equals, table order (the first three seen stay).
                guard top.count < 3 || mentions > top[top.count - 1].mentions else { continue }
                let position = top.firstIndex { mentions > $0.mentions } ?? top.count
                top.insert((mentions, "\(entities.text(row, EntitiesTable.text)) (\(mentions))"), at: position)
                topEntities[group] = Array(top.prefix(3))
            }
        }
        var mostQuoted: [String: String] = [:]
        if let speakers = table(SpeakersTable.self) {
            for row in speakers.rows
            where !speakers.text(row, SpeakersTable.group).isEmpty
                && mostQuoted[speakers.text(row, SpeakersTable.group)] == nil
            {
                mostQuoted[speakers.text(row, SpeakersTable.group)] =
                    "\(speakers.text(row, SpeakersTable.speaker)) (\(speakers.text(row, SpeakersTable.quotes)))"
            }
        }
        html +=
            "<table><thead><tr><th>group</th><th class=\"num\">documents</th><th class=\"num\">mentions</th><th class=\"num\">quotes</th><th class=\"num\">quote mean</th><th class=\"num\">document mean</th><th>top entities</th><th>most quoted</th></tr></thead><tbody>"
        for row in named {
            let group = groups.text(row, GroupsTable.group)
            let top = (topEntities[group] ?? []).map(\.label)
            let speaker = mostQuoted[group]
            html +=
                "<tr><td><b>\(Self.escape(group))</b></td><td class=\"num\">\(Self.escape(groups.text(row, GroupsTable.documents)))</td>"
            html +=
                "<td class=\"num\">\(Self.escape(groups.text(row, GroupsTable.entities)))</td><td class=\"num\">\(Self.escape(groups.text(row, GroupsTable.quotes)))</td>"
            html += "<td class=\"num\">\(groups.real(row, GroupsTable.meanQuoteCompound).map(Self.badge) ?? "–")</td>"
            html +=
                "<td class=\"num\">\(groups.real(row, GroupsTable.meanDocumentSentiment).map(Self.badge) ?? "–")</td>"
            html += "<td>\(Self.escape(top.joined(separator: ", ")))</td><td>\(Self.escape(speaker ?? "–"))</td></tr>"
        }
        return html + "</tbody></table></section>\n"
    }

    func quotes() -> String {
        var html = "<section id=\"quotes\"><h2>Most positive and most negative quotations</h2>"
        guard let quotes = table(QuotesTable.self, named: QuotesTable.highlightsName) else {
            return html + Self.empty("The quotes table was not produced.") + "</section>\n"
        }
        let scored = quotes.rows.compactMap { row in quotes.real(row, QuotesTable.compound).map { (row, $0) } }
        guard !scored.isEmpty else {
            return html
                + Self.empty("No scored quotations: add the quotes stage and sentiment on quotes to the pipeline.")
                + "</section>\n"
        }
        // The table is sorted by document and start, so a stable sort breaks ties by position.
        let positive = scored.enumerated().sorted {
            $0.element.1 != $1.element.1 ? $0.element.1 > $1.element.1 : $0.offset < $1.offset
        }
        let negative = scored.enumerated().sorted {
            $0.element.1 != $1.element.1 ? $0.element.1 < $1.element.1 : $0.offset < $1.offset
        }
        for (title, list) in [("Most positive", positive), ("Most negative", negative)] {
            html +=
                "<h3>\(title)</h3><table class=\"quotes\"><thead><tr><th class=\"num\">compound</th><th>quotation</th><th>speaker</th><th>document</th></tr></thead><tbody>"
            for (_, (row, compound)) in list.prefix(limit) {
                let speaker = quotes.text(row, QuotesTable.speaker)
                html +=
                    "<tr><td class=\"num\">\(Self.badge(compound))</td><td class=\"quote\">“\(Self.escape(Self.truncated(quotes.text(row, QuotesTable.text), 320)))”</td>"
                html +=
                    "<td>\(speaker.isEmpty ? "<span class=\"muted\">unattributed</span>" : Self.escape(speaker))</td>"
                html += "<td class=\"doc\">\(Self.escape(quotes.text(row, QuotesTable.documentID)))</td></tr>"
            }
            html += "</tbody></table>"
        }
        return html + "</section>\n"
    }

    func money() -> String {
        var html = "<section id=\"money\"><h2>Money mentioned</h2>"
        guard let money = table(MoneyTable.self) else {
            return html + Self.empty("The money table was not produced.") + "</section>\n"
        }
        guard !money.rows.isEmpty else {
            return html
                + Self.empty("No normalised MONEY mentions (the entities stage's normalize option attaches amounts).")
                + "</section>\n"
        }
        html +=
            "<table><thead><tr><th>group</th><th>currency</th><th class=\"num\">mentions</th><th class=\"num\">total</th></tr></thead><tbody>"
        for row in money.rows {
            let group = money.text(row, MoneyTable.group)
            let total = money.real(row, MoneyTable.total).map(Self.amount) ?? ""
            html +=
                "<tr><td>\(group.isEmpty ? "<b>all</b>" : Self.escape(group))</td><td>\(Self.escape(money.text(row, MoneyTable.currency)))</td>"
            html +=
                "<td class=\"num\">\(Self.escape(money.text(row, MoneyTable.mentions)))</td><td class=\"num\">\(Self.escape(total))</td></tr>"
        }
        return html + "</tbody></table></section>\n"
    }

    func pairs() -> String {
        var html = "<section id=\"pairs\"><h2>Entities mentioned together</h2>"
        guard let pairs = table(CooccurrenceTable.self) else {
            return html + Self.empty("The cooccurrence table was not produced.") + "</section>\n"
        }
        guard !pairs.rows.isEmpty else { return html + Self.empty("No entity pairs.") + "</section>\n" }
        html += "<div class=\"grid\">"
        for scope in [CooccurrenceTable.sentenceScope, CooccurrenceTable.documentScope] {
            // Lazily: the first `limit` rows of the scope, not every pair of the corpus turned into values first.
            let rows = Array(pairs.rows.lazy.filter { pairs.text($0, CooccurrenceTable.scope) == scope }.prefix(limit))
            html += "<div class=\"panel\"><h3>same \(scope)</h3>"
            if rows.isEmpty {
                html += Self.empty(
                    scope == CooccurrenceTable.sentenceScope
                        ? "No sentence pairs (add a sentences stage)." : "No pairs.")
            } else {
                html += "<table><thead><tr><th>a</th><th>b</th><th class=\"num\">count</th></tr></thead><tbody>"
                for row in rows {
                    html +=
                        "<tr><td>\(Self.escape(pairs.text(row, CooccurrenceTable.a))) <span class=\"type\">\(Self.escape(pairs.text(row, CooccurrenceTable.aType)))</span></td>"
                    html +=
                        "<td>\(Self.escape(pairs.text(row, CooccurrenceTable.b))) <span class=\"type\">\(Self.escape(pairs.text(row, CooccurrenceTable.bType)))</span></td>"
                    html += "<td class=\"num\">\(Self.escape(pairs.text(row, CooccurrenceTable.count)))</td></tr>"
                }
                html += "</tbody></table>"
            }
            html += "</div>"
        }
        return html + "</div></section>\n"
    }

    // MARK: Helpers

    /// A table with its columns looked up by name.
    struct View {
        let rows: OutputTable.LazyRows
        /// The table's column names in order. Looked up by a scan from the end (the last column of a name, as a
        /// dictionary filled in order would give): a dozen compares of short names cost less than hashing the name,
        /// and the report looks up a cell of every row of the largest tables several times.
        let names: [String]

        func value(_ row: [OutputTable.Value], _ column: OutputTable.Column) -> OutputTable.Value {
            guard let position = names.lastIndex(of: column.name), position < row.count else { return .null }
            return row[position]
        }
        func text(_ row: [OutputTable.Value], _ column: OutputTable.Column) -> String { value(row, column).text }
        func int(_ row: [OutputTable.Value], _ column: OutputTable.Column) -> Int? {
            if case .integer(let number) = value(row, column) { return number }
            return nil
        }
        func real(_ row: [OutputTable.Value], _ column: OutputTable.Column) -> Double? {
            switch value(row, column) {
            case .real(let number): return number
            case .integer(let number): return Double(number)
            default: return nil
            }
        }
    }

    /// The table of a schema (under another name for the highlights, which share the quotes' columns).
    func table(_ schema: (some AggregateTableSchema).Type, named name: String? = nil) -> View? {
        let name = name ?? schema.name
        guard let table = tables.first(where: { $0.name == name }) else { return nil }
        return View(rows: table.rowCollection, names: table.columns.map(\.name))
    }

    /// Escapes text for HTML content and attribute values.
    public static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

    static func truncated(_ text: String, _ length: Int) -> String {
        text.count > length ? String(text.prefix(length - 1)) + "…" : text
    }

    static func signed(_ value: Double) -> String {
        let text = String(format: "%+.2f", value)
        return text == "-0.00" ? "+0.00" : text
    }

    static func percent(_ share: Double) -> String { String(format: "%.0f%%", share * 100) }

    static func amount(_ value: Double) -> String {
        let magnitude = abs(value)
        let sign = value < 0 ? "−" : ""
        if magnitude >= 1e12 { return sign + String(format: "%.2f tn", magnitude / 1e12) }
        if magnitude >= 1e9 { return sign + String(format: "%.2f bn", magnitude / 1e9) }
        if magnitude >= 1e6 { return sign + String(format: "%.2f m", magnitude / 1e6) }
        return sign + String(format: "%.2f", magnitude)
    }

    /// A coloured compound value.
    static func badge(_ value: Double) -> String {
        "<span class=\"badge\" style=\"background:\(colour(value))\">\(signed(value))</span>"
    }

    /// Red (−1) through grey (0) to green (+1); differences near zero are stretched, since means of compound scores
    /// are usually small.
    static func colour(_ value: Double) -> String {
        let t = max(-1, min(1, value / 0.6))
        let grey = (166.0, 172.0, 180.0)
        let red = (192.0, 57.0, 43.0)
        let green = (30.0, 132.0, 73.0)
        let target = t < 0 ? red : green
        let amount = abs(t)
        func mix(_ a: Double, _ b: Double) -> Int { Int((a + (b - a) * amount).rounded()) }
        return String(format: "#%02x%02x%02x", mix(grey.0, target.0), mix(grey.1, target.1), mix(grey.2, target.2))
    }

    static func empty(_ message: String) -> String { "<p class=\"empty\">\(escape(message))</p>" }

    static let css = """
        :root{color-scheme:light;--ink:#1f2933;--muted:#616e7c;--line:#e4e7eb;--accent:#2f6fb0;--bg:#f7f8fa}
        *{box-sizing:border-box}
        body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink);background:var(--bg)}
        header{background:#243b53;color:#fff;padding:18px 32px}
        header h1{margin:0;font-size:24px}
        .sub{margin:4px 0 0;color:#d9e2ec}
        nav{background:#fff;border-bottom:1px solid var(--line);padding:8px 32px;position:sticky;top:0}
        nav a{color:var(--accent);text-decoration:none;margin-right:18px;font-weight:600}
        main{max-width:1180px;margin:0 auto;padding:8px 24px 32px}
        section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin:18px 0}
        h2{margin:0 0 12px;font-size:19px}
        h3{margin:12px 0 6px;font-size:15px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
        table{border-collapse:collapse;width:100%;font-size:14px}
        th,td{text-align:left;padding:5px 8px;border-bottom:1px solid var(--line);vertical-align:top}
        th{font-weight:600;color:var(--muted);background:#fafbfc}
        td.num,th.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
        .cards{display:flex;flex-wrap:wrap;gap:12px}
        .card{flex:1 1 140px;border:1px solid var(--line);border-radius:8px;padding:10px 14px;background:#fbfcfd}
        .card .value{font-size:24px;font-weight:700}
        .card .label{color:var(--muted);font-size:13px}
        .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(330px,1fr));gap:16px}
        .panel{border:1px solid var(--line);border-radius:8px;padding:4px 12px 10px}
        .barcell{position:relative;min-height:20px}
        .bar{position:absolute;left:0;top:2px;bottom:2px;background:#d6e4f5;border-radius:3px}
        .barlabel{position:relative;padding-left:4px}
        svg.chart{max-width:100%;height:auto;display:block;margin:8px 0 16px}
        svg.chart .label{font-size:13px;fill:var(--ink)}
        svg.chart .value{font-size:12px;fill:var(--muted)}
        .badge{display:inline-block;min-width:52px;text-align:center;color:#fff;border-radius:10px;padding:0 6px;font-size:13px}
        .quote{max-width:620px}
        .doc,.type,.muted,.note{color:var(--muted)}
        .type{font-size:11px}
        .note{font-size:13px;margin:0 0 6px}
        .empty{color:var(--muted);font-style:italic}
        footer{text-align:center;color:var(--muted);font-size:13px;padding:0 0 24px}
        """
}
