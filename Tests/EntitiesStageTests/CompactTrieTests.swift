import TextMineCore
import TextMineTesting
import XCTest

@testable import EntitiesStage

/// The phrase lists' scan walks a ``CompactTrie`` (breadth-first nodes, children as adjacent labels): it must find
/// exactly what trying every phrase at every word start finds, with ASCII case folding or without, whitespace in the
/// text standing for a phrase's space, non-ASCII bytes compared verbatim, and word boundaries at both ends; and lists
/// sharing one trie must each find what they find alone.
final class CompactTrieTests: XCTestCase {
    /// Pieces phrases and texts are made of: shared prefixes, case variants, non-ASCII letters (`é`, `É`, `ü`), digits,
    /// joiners and whitespace of every kind the scan maps.
    private static let pieces = [
        "New", "new", "NEW", "York", "york", "Yo", "Ne", "N", "Newport", "É", "é", "Écosse", "ü", "Zürich", "zürich",
        "St", "St.", "-", "'s", "1", "12", "_", "a", "an", "and",
    ]
    private static let gaps = [" ", "  ", "\t", "\n", "\r\n", ", ", ". ", "(", ")", "—", "“", "”", "’", "« ", ""]

    private func randomText(_ random: inout SeededRandom, pieces count: Int) -> String {
        var text = ""
        for _ in 0..<count {
            text += Self.pieces[Int(random.next() % UInt64(Self.pieces.count))]
            text += Self.gaps[Int(random.next() % UInt64(Self.gaps.count))]
        }
        return text
    }

    /// What the list should find: at each word start, the longest phrase that matches there and ends at a word
    /// boundary, every phrase tried on its own.
    private func reference(_ phrases: [[UInt8]], _ text: [UInt8], caseSensitive: Bool) -> [Span] {
        func map(_ byte: UInt8) -> UInt8 {
            let spaced = byte == 0x09 || byte == 0x0A || byte == 0x0D ? 0x20 : byte
            return caseSensitive ? spaced : Gazetteer.fold(spaced)
        }
        // word bytes, the bytes of the non-ASCII punctuation marks (`—`, `“`, `’`) excepted
        var isWord = text.map { Gazetteer.isWord($0) }
        text.withUnsafeBufferPointer { buffer in
            var i = 0
            while i < text.count {
                let n = Gazetteer.punctuationLength(buffer.baseAddress!, i, text.count)
                for k in i..<(i + n) { isWord[k] = false }
                i += max(n, 1)
            }
        }
        var spans: [Span] = []
        for start in text.indices where isWord[start] && (start == 0 || !isWord[start - 1]) {
            var best = -1
            for phrase in phrases where !phrase.isEmpty && start + phrase.count <= text.count {
                let end = start + phrase.count
                guard phrase.indices.allSatisfy({ map(text[start + $0]) == phrase[$0] }) else { continue }
                if end == text.count || !isWord[end] || !isWord[end - 1] {
                    best = max(best, end)
                }
            }
            if best > start { spans.append(Span(start, best)) }
        }
        return spans
    }

    /// The phrases of one list text as the list stores them: one a line, trimmed, tabs as spaces, runs of spaces as
    /// one, folded when ignoring case.
    private func normalised(_ text: String, caseSensitive: Bool) -> [[UInt8]] {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { line in
            var out: [UInt8] = []
            for var byte in line.utf8 {
                if byte == 0x09 { byte = 0x20 }
                if byte == 0x20, out.last == 0x20 || out.isEmpty { continue }
                out.append(caseSensitive ? byte : Gazetteer.fold(byte))
            }
            while out.last == 0x20 { out.removeLast() }
            return out
        }
    }

    func testFindsWhatEveryPhraseTriedAloneFinds() {
        var random = SeededRandom(seed: 19)
        var compared = 0
        var found = 0
        for round in 0..<300 {
            let caseSensitive = round % 2 == 0
            let lines = (0..<(1 + Int(random.next() % 12))).map { _ in
                randomText(&random, pieces: 1 + Int(random.next() % 3)).trimmingCharacters(in: .newlines)
            }
            let gazetteer = Gazetteer(type: "T", phrases: lines.joined(separator: "\n"), caseSensitive: caseSensitive)
            let phrases = normalised(lines.joined(separator: "\n"), caseSensitive: caseSensitive)
            let text = Array(randomText(&random, pieces: 40).utf8)
            var spans: [Span] = []
            text.withUnsafeBufferPointer { buffer in gazetteer.matches(in: buffer) { spans.append($0) } }
            XCTAssertEqual(spans, reference(phrases, text, caseSensitive: caseSensitive), "lines \(lines)")
            compared += 1
            found += spans.count
        }
        XCTAssertEqual(compared, 300)
        XCTAssertGreaterThan(found, 300, "the random lists must actually match")
    }

    func testListsSharingATrieFindWhatEachFindsAlone() {
        var random = SeededRandom(seed: 64)
        var found = 0
        for round in 0..<200 {
            let caseSensitive = round % 2 == 1
            // Several lists, sometimes holding the same phrases or prefixes of each other's phrases.
            let lists = (0..<(1 + Int(random.next() % 5))).map { index in
                (
                    type: "T\(index)",
                    phrases: (0..<(1 + Int(random.next() % 8))).map { _ in
                        randomText(&random, pieces: 1 + Int(random.next() % 3)).trimmingCharacters(in: .newlines)
                    }.joined(separator: "\n")
                )
            }
            let shared = Gazetteer(lists: lists, caseSensitive: caseSensitive)
            let text = Array(randomText(&random, pieces: 40).utf8)
            var together = [[Span]](repeating: [], count: lists.count)
            text.withUnsafeBufferPointer { buffer in shared.matches(in: buffer) { together[$0].append($1) } }
            for (index, list) in lists.enumerated() {
                let alone = Gazetteer(type: list.type, phrases: list.phrases, caseSensitive: caseSensitive)
                var spans: [Span] = []
                text.withUnsafeBufferPointer { buffer in alone.matches(in: buffer) { spans.append($0) } }
                XCTAssertEqual(together[index], spans, "list \(index) of \(lists)")
                found += spans.count
            }
        }
        XCTAssertGreaterThan(found, 200, "the random lists must actually match")
    }

    func testCaseAndNonASCIIVariants() {
        let text = Array("ÉCOSSE, écosse and Écosse; NEW york, New\tYork, Zürich ZÜRICH zürich".utf8)
        let sensitive = Gazetteer(type: "T", phrases: "Écosse\nNew York\nZürich", caseSensitive: true)
        let insensitive = Gazetteer(type: "T", phrases: "Écosse\nNew York\nZürich", caseSensitive: false)
        func texts(_ gazetteer: Gazetteer) -> [String] {
            var out: [String] = []
            text.withUnsafeBufferPointer { buffer in
                gazetteer.matches(in: buffer) { out.append(String(decoding: text[$0.start..<$0.end], as: UTF8.self)) }
            }
            return out
        }
        XCTAssertEqual(texts(sensitive), ["Écosse", "New\tYork", "Zürich"])
        // ASCII folding only: `É`/`é` and `Ü`/`ü` are different bytes, so `écosse` and `ZÜRICH` stay out, while
        // `ÉCOSSE` differs from `Écosse` only in ASCII letters.
        XCTAssertEqual(texts(insensitive), ["ÉCOSSE", "Écosse", "NEW york", "New\tYork", "Zürich", "zürich"])
    }

    /// Curly quotes and apostrophes, dashes and guillemets are not letters, though their bytes are not ASCII:
    /// `“Sri Lanka’s`, `–London–` and `«Paris»` hold their places.
    func testNonASCIIPunctuationIsAWordBoundary() {
        let text = Array("“Sri Lanka’s economy” grew; –London– and «Paris» and Zürich’s too.".utf8)
        let gazetteer = Gazetteer(type: "T", phrases: "Sri Lanka\nLondon\nParis\nZürich", caseSensitive: true)
        var out: [String] = []
        text.withUnsafeBufferPointer { buffer in
            gazetteer.matches(in: buffer) { out.append(String(decoding: text[$0.start..<$0.end], as: UTF8.self)) }
        }
        XCTAssertEqual(out, ["Sri Lanka", "London", "Paris", "Zürich"])
    }

    /// The byte reading of list files gives the phrases the Character reading gives: lines split at LF and CRLF,
    /// trimmed of space, tab and CR Characters (a space before a combining mark stays), empty lines and comments out.
    func testPhrasesReadOnBytesAreTheCharacterReadingsPhrases() {
        let pieces = [
            " ", "\t", "\r", "\n", "\r\n", "#", "a", "New", "York", "é", "e\u{301}", "\u{301}", " \u{301}", "\u{0600}",
            "Zürich", "\u{200D}", "x",
        ]
        var random = SeededRandom(seed: 11)
        for _ in 0..<2000 {
            let text = (0..<Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
                .joined()
            var bytes: [[UInt8]] = []
            Gazetteer.forEachPhrase(in: text) { bytes.append(Array($0)) }
            let characters = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" })
                .map { Gazetteer.phrase(trimming: $0) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }
                .map { Array($0.utf8) }
            XCTAssertEqual(bytes, characters, "list \(text.debugDescription)")
        }
    }

    func testEmptyListFindsNothing() {
        let gazetteer = Gazetteer(type: "T", phrases: "# only a comment\n\n", caseSensitive: false)
        var count = 0
        Array("anything at all".utf8).withUnsafeBufferPointer { gazetteer.matches(in: $0) { _ in count += 1 } }
        XCTAssertEqual(count, 0)
    }
}
