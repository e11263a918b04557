import QuoteAttribution
import XCTest

/// Expectations on the seed article from the issue (skipped when /work/shared is absent).
final class SeedTests: XCTestCase {
    static let seedPath = "/work/shared/seeds/000_4aba9076a7605aba.txt"

    func testSeedArticle() throws {
        guard let data = FileManager.default.contents(atPath: Self.seedPath) else {
            throw XCTSkip("seed article not found at \(Self.seedPath)")
        }
        let text = String(decoding: data, as: UTF8.self)
        let r = Run(text)
        let expect: [(String, String)] = [
            ("gaps of trust", "Barack Obama"),
            ("grave differences with the Russians", "Barack Obama"),
            ("We’ve got a test case just over the border in Iraq", "Josh Earnest"),
            ("I did not fast this long only to break my fast with an onion.", "Aimen Dean"),
            ("What is it about Assad", "Aimen Dean"),
        ]
        for (prefix, speaker) in expect {
            let q = r.quote(prefix)
            XCTAssertEqual(q?.speaker, speaker, prefix)
            XCTAssertEqual(q?.kind, .speech, prefix)
        }
        // the headline's quotes are quotes too
        XCTAssertNotNil(r.quote("Gaps of trust"))
        let blunt = r.quote("blunt")
        XCTAssertEqual(blunt?.kind, .scare)
        XCTAssertNil(blunt?.speaker)
        XCTAssertEqual(r.quote("crescent")?.kind, .scare)
        // apostrophes in the text (Syria’s, won’t, it’s, Assad’s) are not quotes
        XCTAssertFalse(r.quotes.contains { r.str($0.content)!.hasPrefix("s ") })
        for q in r.quotes {
            print("seed:", q.kind.rawValue, r.str(q.content)!.prefix(50), "->", q.speaker ?? "nil", q.rule)
        }
    }

    func testSeedArticleWithUpstreamPersons() throws {
        guard let data = FileManager.default.contents(atPath: Self.seedPath) else {
            throw XCTSkip("seed article not found at \(Self.seedPath)")
        }
        let text = String(decoding: data, as: UTF8.self)
        // what an entity stage would give: every mention of the people in the article, full or surname-only
        let bytes = Array(text.utf8)
        var persons: [Range<Int>] = []
        for name in [
            "Barack Obama", "Obama", "John Kerry", "Sergey Lavrov", "Josh Earnest", "Aimen Dean", "Dean",
            "Bashar al-Assad", "Assad",
        ] {
            let n = Array(name.utf8)
            var i = 0
            while i + n.count <= bytes.count {
                if bytes[i..<(i + n.count)].elementsEqual(n), !persons.contains(where: { $0.contains(i) }) {
                    persons.append(i..<(i + n.count))
                    i += n.count
                } else {
                    i += 1
                }
            }
        }
        let r = Run(text, persons: persons)
        XCTAssertEqual(r.quote("grave differences")?.speaker, "Barack Obama")
        XCTAssertEqual(r.quote("We’ve got a test case")?.speaker, "Josh Earnest")
        XCTAssertEqual(r.quote("I did not fast")?.speaker, "Aimen Dean")
        XCTAssertEqual(r.quote("What is it about Assad")?.speaker, "Aimen Dean")
    }
}
