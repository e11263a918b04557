import QuoteAttribution
import XCTest

/// Speaker-attribution precision/recall on the hand-labelled BBC set, and coverage over the whole BBC corpus.
final class EvaluationTests: XCTestCase {
    static let corpus = "/work/shared/corpora/bbc-news"
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    struct Gold: Decodable {
        var doc: String
        var quote: String
        var speaker: String?
        var kind: String?
        /// "dev" (used while writing the rules) or "heldout" (labelled before the engine was run on it, never tuned on).
        var split: String?
    }

    static func normalize(_ s: String) -> String {
        s.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    /// Exact (case-insensitive) match; descriptions ("a spokesman for X") may match by containment.
    static func sameSpeaker(_ gold: String, _ pred: String) -> Bool {
        let g = normalize(gold)
        let p = normalize(pred)
        if g == p { return true }
        let descriptive = g.hasPrefix("the ") || g.hasPrefix("a ") || p.hasPrefix("the ") || p.hasPrefix("a ")
        return descriptive && (g.contains(p) || p.contains(g))
    }

    struct Score {
        var gold = 0, found = 0, predicted = 0, correct = 0, goldWithSpeaker = 0, kindOK = 0
        var precision: Double { Double(correct) / Double(max(predicted, 1)) }
        var recall: Double { Double(correct) / Double(max(goldWithSpeaker, 1)) }
        func line(_ name: String) -> String {
            String(
                format:
                    "%@: %d gold quotes, %d found, kind agreement %d; speaker precision %.3f (%d/%d), recall %.3f (%d/%d)",
                name, gold, found, kindOK, precision, correct, predicted, recall, correct, goldWithSpeaker)
        }
    }

    func testGoldPrecisionRecall() throws {
        guard FileManager.default.fileExists(atPath: Self.corpus) else {
            throw XCTSkip("BBC corpus not found at \(Self.corpus)")
        }
        let goldURL = Self.fixtures.appendingPathComponent("attribution_gold.jsonl")
        let lines = try String(contentsOf: goldURL, encoding: .utf8).split(separator: "\n")
        let gold = try lines.map { try JSONDecoder().decode(Gold.self, from: Data($0.utf8)) }
        XCTAssertGreaterThanOrEqual(gold.count, 60)
        let ex = QuoteExtractor()
        var byDoc: [String: (bytes: [UInt8], quotes: [ExtractedQuote], used: Set<Int>)] = [:]
        var scores: [String: Score] = [:]
        var report: [String] = []
        for g in gold {
            if byDoc[g.doc] == nil {
                let data = try XCTUnwrap(FileManager.default.contents(atPath: Self.corpus + "/" + g.doc), g.doc)
                let bytes = [UInt8](data)
                let qs = bytes.withUnsafeBufferPointer { ex.extract($0, sentences: [], persons: nil) }
                byDoc[g.doc] = (bytes, qs, [])
            }
            var entry = byDoc[g.doc]!
            let want = Self.normalize(g.quote)
            func content(_ i: Int) -> String {
                Self.normalize(String(decoding: entry.bytes[entry.quotes[i].content], as: UTF8.self))
            }
            let candidates = entry.quotes.indices.filter { !entry.used.contains($0) && !entry.quotes[$0].nested }
            let idx = candidates.first { content($0) == want } ?? candidates.first { content($0).hasPrefix(want) }
            let split = g.split ?? "dev"
            var sc = scores[split] ?? Score()
            sc.gold += 1
            if g.speaker != nil { sc.goldWithSpeaker += 1 }
            defer { scores[split] = sc }
            guard let i = idx else {
                report.append("[\(split)] MISSING QUOTE  \(g.doc): \(g.quote)")
                continue
            }
            entry.used.insert(i)
            byDoc[g.doc] = entry
            sc.found += 1
            let q = entry.quotes[i]
            if let k = g.kind, k == q.kind.rawValue { sc.kindOK += 1 }
            if let p = q.speaker {
                sc.predicted += 1
                if let s = g.speaker, Self.sameSpeaker(s, p) {
                    sc.correct += 1
                } else {
                    report.append(
                        "[\(split)] WRONG  \(g.quote.prefix(40)) gold=\(g.speaker ?? "nil") pred=\(p) rule=\(q.rule)")
                }
            } else if let s = g.speaker {
                report.append("[\(split)] MISSED \(g.quote.prefix(40)) gold=\(s) rule=\(q.rule)")
            }
        }
        for l in report { print("  " + l) }
        var all = Score()
        for (name, sc) in scores.sorted(by: { $0.key < $1.key }) {
            print(sc.line(name))
            all.gold += sc.gold
            all.found += sc.found
            all.predicted += sc.predicted
            all.correct += sc.correct
            all.goldWithSpeaker += sc.goldWithSpeaker
            all.kindOK += sc.kindOK
        }
        print(all.line("all"))
        XCTAssertGreaterThanOrEqual(Double(all.found) / Double(all.gold), 0.95)
        XCTAssertGreaterThanOrEqual(all.precision, 0.9)
        XCTAssertGreaterThanOrEqual(all.recall, 0.75)
    }

    func testCorpusCoverage() throws {
        guard let en = FileManager.default.enumerator(atPath: Self.corpus) else {
            throw XCTSkip("BBC corpus not found at \(Self.corpus)")
        }
        let ex = QuoteExtractor()
        var docs = 0
        var speech = 0
        var withSpeaker = 0
        var scare = 0
        var rules: [String: Int] = [:]
        while let rel = en.nextObject() as? String {
            guard rel.hasSuffix(".txt"), let d = FileManager.default.contents(atPath: Self.corpus + "/" + rel) else {
                continue
            }
            docs += 1
            let bytes = [UInt8](d)
            let qs = bytes.withUnsafeBufferPointer { ex.extract($0, sentences: [], persons: nil) }
            for q in qs where !q.nested {
                if q.kind == .scare {
                    scare += 1
                    continue
                }
                speech += 1
                if q.speaker != nil { withSpeaker += 1 }
                rules[q.rule, default: 0] += 1
            }
        }
        if docs == 0 { throw XCTSkip("BBC corpus empty") }
        let share = Double(withSpeaker) / Double(max(speech, 1))
        print(
            String(
                format: "BBC corpus: %d docs, %d speech quotes, %d with a speaker (%.1f%%), %d scare quotes",
                docs, speech, withSpeaker, 100 * share, scare))
        print("rules:", rules.sorted { $0.value > $1.value }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
        XCTAssertGreaterThan(share, 0.8)
    }
}
