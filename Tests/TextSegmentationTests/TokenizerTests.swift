import Foundation
import XCTest

@testable import TextSegmentation

final class TokenizerTests: XCTestCase {
    private func tok(_ s: String, _ t: Tokenizer = Tokenizer()) -> [String] { FixtureSupport.tokens(s, tokenizer: t) }

    /// Every case in Fixtures/tokenizer_cases.jsonl (expected tokens produced by spaCy) must match exactly.
    func testSpaCyFixtureCases() throws {
        let data = try FixtureSupport.fixture("tokenizer_cases.jsonl")
        var total = 0
        var failures: [String] = []
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let obj = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let text = try XCTUnwrap(obj["text"] as? String)
            let expected = try XCTUnwrap(obj["tokens"] as? [String])
            total += 1
            let got = tok(text)
            if got != expected {
                failures.append("\(text.debugDescription)\n  expected \(expected)\n  got      \(got)")
            }
        }
        XCTAssertGreaterThanOrEqual(total, 250)
        if !failures.isEmpty {
            print("tokenizer fixture failures (\(failures.count)/\(total)):\n" + failures.joined(separator: "\n"))
        }
        XCTAssertEqual(failures.count, 0, "\(failures.count) of \(total) fixture cases differ from spaCy")
    }

    /// Token-boundary F1 against spaCy's committed token cuts for the BBC corpus (needs the corpus text).
    func testBBCCorpusAgreement() throws {
        guard let corpus = FixtureSupport.bbcCorpus else {
            throw XCTSkip("BBC corpus not found (set TEXTMINE_BBC_CORPUS or place it at ../shared/corpora/bbc-news)")
        }
        let tokenizer = Tokenizer()
        let table = String(decoding: try FixtureSupport.fixture("bbc_spacy_cuts.tsv"), as: UTF8.self)
        var matched = 0
        var ours = 0
        var theirs = 0
        var files = 0
        var ranges: [Range<Int>] = []
        for line in table.split(separator: "\n") {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count == 2, let blob = Data(base64Encoded: String(parts[1])) else { continue }
            guard let text = FileManager.default.contents(atPath: corpus.appendingPathComponent(String(parts[0])).path)
            else { continue }
            files += 1
            var cuts = Set<Int>()
            var value = 0
            var shift = 0
            var position = 0
            for byte in blob {
                value |= Int(byte & 0x7F) << shift
                if byte & 0x80 != 0 {
                    shift += 7
                } else {
                    position += value
                    cuts.insert(position)
                    value = 0
                    shift = 0
                }
            }
            let bytes = [UInt8](text)
            // spaCy spans: whitespace-delimited chunks cut at the recorded positions.
            var expected = Set<Int64>()
            func key(_ a: Int, _ b: Int) -> Int64 { Int64(a) << 32 | Int64(b) }
            func isSpace(_ b: UInt8) -> Bool {
                b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C
            }
            var i = 0
            while i < bytes.count {
                if isSpace(bytes[i]) {
                    i += 1
                    continue
                }
                var start = i
                while i < bytes.count && !isSpace(bytes[i]) {
                    i += 1
                    if i < bytes.count && cuts.contains(i) && !isSpace(bytes[i]) {
                        expected.insert(key(start, i))
                        start = i
                    }
                }
                expected.insert(key(start, i))
            }
            ranges.removeAll(keepingCapacity: true)
            bytes.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &ranges) }
            ours += ranges.count
            theirs += expected.count
            for r in ranges where expected.contains(key(r.lowerBound, r.upperBound)) { matched += 1 }
        }
        XCTAssertGreaterThan(files, 2000)
        let precision = Double(matched) / Double(max(ours, 1))
        let recall = Double(matched) / Double(max(theirs, 1))
        let f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        print("BBC token-boundary agreement with spaCy: files=\(files) F1=\(f1) P=\(precision) R=\(recall)")
        XCTAssertGreaterThanOrEqual(f1, 0.995)
    }

    func testContractionsAndPossessives() {
        XCTAssertEqual(tok("I don't know"), ["I", "do", "n't", "know"])
        XCTAssertEqual(tok("we've"), ["we", "'ve"])
        XCTAssertEqual(tok("Don’t"), ["Do", "n’t"])
        XCTAssertEqual(tok("Boynton's."), ["Boynton", "'s", "."])
        XCTAssertEqual(tok("BBC’s"), ["BBC", "’s"])
    }

    func testAbbreviationsNumbersAndMoney() {
        XCTAssertEqual(tok("U.S. Mr. e.g. Inc."), ["U.S.", "Mr.", "e.g.", "Inc."])
        XCTAssertEqual(tok("$1.13bn"), ["$", "1.13bn"])
        XCTAssertEqual(tok("27%"), ["27", "%"])
        XCTAssertEqual(tok("1,000.5"), ["1,000.5"])
        XCTAssertEqual(tok("£5m (£522,000)."), ["£", "5", "m", "(", "£", "522,000", ")", "."])
    }

    /// Units after a digit (found from the token's last digit): the longest unit there, in any script, and none when
    /// a letter that is no unit stands between the digit and the unit.
    func testUnitsAfterADigit() {
        XCTAssertEqual(
            tok("5km 5km² 12.5mph 3мм³ 7كم 40kg x5kg 5akm 5mm 10kmh 200m. 3,000MB 1.5T 5kmx 2% km 12hPa"),
            [
                "5", "km", "5", "km²", "12.5", "mph", "3", "мм³", "7", "كم", "40", "kg", "x5", "kg", "5akm", "5", "mm",
                "10", "kmh", "200", "m.", "3,000", "MB", "1.5", "T", "5kmx", "2", "%", "km", "12", "hPa",
            ])
    }

    func testURLsEmailsHandlesDashesEllipses() {
        XCTAssertEqual(tok("See www.bbc.co.uk/news."), ["See", "www.bbc.co.uk/news", "."])
        XCTAssertEqual(tok("jane.doe@example.com"), ["jane.doe@example.com"])
        XCTAssertEqual(tok("@BBCNews"), ["@BBCNews"])
        XCTAssertEqual(tok("well—known 2004–05"), ["well", "—", "known", "2004–05"])
        XCTAssertEqual(tok("wait... what…"), ["wait", "...", "what", "…"])
        XCTAssertEqual(tok("ex-finance"), ["ex", "-", "finance"])
    }

    func testCurlyQuotesAndNonASCII() {
        XCTAssertEqual(tok("“Hello,” he said."), ["“", "Hello", ",", "”", "he", "said", "."])
        XCTAssertEqual(tok("Zürich's café."), ["Zürich", "'s", "café", "."])
        XCTAssertEqual(tok("Москва, Санкт-Петербург."), ["Москва", ",", "Санкт", "-", "Петербург", "."])
    }

    func testOffsetsAndArrayReuse() {
        let bytes = Array("  Hi, there\n\nyou.".utf8)
        var ranges: [Range<Int>] = [0..<1]
        bytes.withUnsafeBufferPointer { Tokenizer().tokenize($0, into: &ranges) }
        XCTAssertEqual(ranges, [0..<1, 2..<4, 4..<5, 6..<11, 13..<16, 16..<17])
    }

    func testSpecialCases() {
        let t = Tokenizer(specialCases: ["Cllr.": ["Cllr."], "gimme": ["gim", "me"], "bad": ["x"]])
        XCTAssertEqual(tok("Cllr. Smith, gimme bad", t), ["Cllr.", "Smith", ",", "gim", "me", "bad"])
        XCTAssertEqual(tok("Cllr. Smith"), ["Cllr", ".", "Smith"])
        XCTAssertEqual(tok("(Cllr.)", t), ["(", "Cllr.", ")"])
    }

    func testEmptyAndWhitespaceOnly() {
        XCTAssertEqual(tok(""), [])
        XCTAssertEqual(tok(" \n\t "), [])
    }
}
