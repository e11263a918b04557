import Foundation
import VADER

/// One row of a fixture TSV: a text and vaderSentiment 3.3.2's scores for it.
struct FixtureRow {
    var line: Int
    var text: String
    var expected: SentimentScores
}

enum Fixtures {
    /// Directory holding the fixture TSVs, found relative to this source file.
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures", isDirectory: true)

    /// Undoes the fixture escaping (\\ \t \n \r).
    static func unescape(_ s: Substring) -> String {
        // Scalars, not Characters: an escape letter may be followed by a combining
        // scalar (e.g. "\\t" + U+200D) that would merge with it into one Character.
        var out = String.UnicodeScalarView()
        var escaping = false
        for c in s.unicodeScalars {
            if escaping {
                switch c {
                case "t": out.append("\t")
                case "n": out.append("\n")
                case "r": out.append("\r")
                default: out.append(c)
                }
                escaping = false
            } else if c == "\\" {
                escaping = true
            } else {
                out.append(c)
            }
        }
        return String(out)
    }

    /// The BBC corpus the reference fixture points into: `$TEXTMINE_BBC_CORPUS`, else `../shared/corpora/bbc-news`
    /// beside the repository; nil when absent.
    static var corpus: URL? {
        let repository = directory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            ProcessInfo.processInfo.environment["TEXTMINE_BBC_CORPUS"].map { URL(fileURLWithPath: $0) },
            repository.deletingLastPathComponent().appendingPathComponent("shared/corpora/bbc-news"),
        ].compactMap { $0 }
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Loads a reference fixture (`document, start, length, neg, neu, pos, compound`: offsets in code points into a
    /// corpus file), reading each text from the corpus, so no corpus text is stored in the repository.
    static func loadReferences(_ name: String, corpus: URL) throws -> [FixtureRow] {
        let content = String(decoding: try Data(contentsOf: directory.appendingPathComponent(name)), as: UTF8.self)
        var documents: [String: [Unicode.Scalar]] = [:]
        var rows: [FixtureRow] = []
        for (index, line) in content.split(separator: "\n").enumerated().dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 7, let start = Int(fields[1]), let length = Int(fields[2]),
                let neg = Double(fields[3]), let neu = Double(fields[4]),
                let pos = Double(fields[5]), let compound = Double(fields[6])
            else { throw FixtureError.malformed(name, index + 1) }
            let document = String(fields[0])
            let scalars: [Unicode.Scalar]
            if let read = documents[document] {
                scalars = read
            } else {
                let data = try Data(contentsOf: corpus.appendingPathComponent(document))
                scalars = Array(String(decoding: data, as: UTF8.self).unicodeScalars)
                documents[document] = scalars
            }
            guard start >= 0, start + length <= scalars.count else { throw FixtureError.malformed(name, index + 1) }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<(start + length)])
            rows.append(
                FixtureRow(
                    line: index + 1, text: String(text),
                    expected: SentimentScores(negative: neg, neutral: neu, positive: pos, compound: compound)))
        }
        return rows
    }

    static func load(_ name: String) throws -> [FixtureRow] {
        let url = directory.appendingPathComponent(name)
        let data = try Data(contentsOf: url)
        let content = String(decoding: data, as: UTF8.self)
        var rows: [FixtureRow] = []
        // Split on "\n" scalars: "\r\n" would be one Character.
        let lines = content.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, scalars) in lines.enumerated().dropFirst() where !scalars.isEmpty {
            let line = Substring(scalars)
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 5,
                let neg = Double(fields[1]), let neu = Double(fields[2]),
                let pos = Double(fields[3]), let compound = Double(fields[4])
            else { throw FixtureError.malformed(name, index + 1) }
            rows.append(
                FixtureRow(
                    line: index + 1, text: unescape(fields[0]),
                    expected: SentimentScores(negative: neg, neutral: neu, positive: pos, compound: compound)))
        }
        return rows
    }

    enum FixtureError: Error {
        case malformed(String, Int)
    }
}

/// Agreement statistics of the analyzer against a fixture.
struct Agreement {
    var total = 0
    var negative = 0, neutral = 0, positive = 0, compound = 0, all = 0, exact = 0
    var disagreements: [(FixtureRow, SentimentScores)] = []

    init(rows: [FixtureRow], analyzer: SentimentAnalyzer, tolerance: Double = 0.001) {
        for row in rows {
            let got = analyzer.scores(for: row.text)
            let e = row.expected
            total += 1
            // small epsilon: both sides are rounded decimals
            let ok = { (a: Double, b: Double) in abs(a - b) <= tolerance + 1e-9 }
            let n = ok(got.negative, e.negative)
            let u = ok(got.neutral, e.neutral)
            let p = ok(got.positive, e.positive)
            let c = ok(got.compound, e.compound)
            if n { negative += 1 }
            if u { neutral += 1 }
            if p { positive += 1 }
            if c { compound += 1 }
            if n && u && p && c { all += 1 } else { disagreements.append((row, got)) }
            if got == e { exact += 1 }
        }
    }

    func rate(_ k: Int) -> Double { total == 0 ? 1 : Double(k) / Double(total) }

    func report(_ name: String) -> String {
        func pct(_ k: Int) -> String { String(format: "%.2f%% (%d/%d)", rate(k) * 100, k, total) }
        var s =
            "\(name): neg \(pct(negative)), neu \(pct(neutral)), pos \(pct(positive)), "
            + "compound \(pct(compound)), all four \(pct(all)), bit-exact \(pct(exact))"
        for (row, got) in disagreements.prefix(50) {
            s += "\n  line \(row.line): \(row.text.debugDescription)\n    expected \(row.expected)\n    got      \(got)"
        }
        return s
    }
}
