import TextMineCore
import TextMineTesting
import XCTest

/// The input globs: what they match, the same answers as the plain recursive reading of the rules, and patterns whose
/// every-split matching took exponential time.
final class GlobTests: XCTestCase {
    func testGlobs() {
        XCTAssertTrue(Glob("**/*.txt").matches("a.txt"))
        XCTAssertTrue(Glob("**/*.txt").matches("politics/deep/a.txt"))
        XCTAssertFalse(Glob("**/*.txt").matches("a.md"))
        XCTAssertTrue(Glob("sport/*").matches("sport/x.txt"))
        XCTAssertFalse(Glob("sport/*").matches("sport/a/x.txt"))
        XCTAssertTrue(Glob("**/draft-?.txt").matches("a/draft-1.txt"))
        XCTAssertTrue(Glob("[a-c]*.txt").matches("b1.txt"))
        XCTAssertFalse(Glob("[!a-c]*.txt").matches("b1.txt"))
    }

    func testCharactersBeyondASCII() {
        XCTAssertTrue(Glob("caf?.txt").matches("café.txt"), "? is one character, not one byte")
        XCTAssertFalse(Glob("caf??.txt").matches("café.txt"))
        XCTAssertTrue(Glob("[à-ÿ]*").matches("élan.txt"))
        XCTAssertFalse(Glob("[!é]lan.txt").matches("élan.txt"))
        XCTAssertFalse(Glob("*é*/**").matches("notes/déjà/vu.txt"), "the first name has no é")
        XCTAssertTrue(Glob("**/*é*/*").matches("notes/déjà/vu.txt"))
    }

    func testSetsAndLiteralBrackets() {
        XCTAssertTrue(Glob("[]a]x").matches("]x"), "a ] right after [ is a member")
        XCTAssertTrue(Glob("[a-]x").matches("-x"), "a - at the end is itself")
        XCTAssertTrue(Glob("[ab").matches("[ab"), "no closing ]: the [ is an ordinary character")
        XCTAssertFalse(Glob("[z-a]").matches("m"), "a reversed range holds nothing")
        XCTAssertTrue(Glob("a//b").matches("a/b"))
        XCTAssertTrue(Glob("/a/*").matches("a/b"))
    }

    /// Every split of every star was tried: `*a*a…*b` against a long run of `a` took longer than any run could wait
    /// (about 10^22 steps for these sizes). Now each name is matched in at most pattern × name steps.
    func testPathologicalPatternsAnswerAtOnce() {
        let name = String(repeating: "a", count: 200)
        let stars = String(repeating: "*a", count: 12) + "*b"
        XCTAssertFalse(Glob(stars).matches(name))
        XCTAssertTrue(Glob(stars).matches(name + "b"))
        let deep = Array(repeating: "a", count: 60).joined(separator: "/")
        XCTAssertFalse(Glob(String(repeating: "**/a/", count: 12) + "b").matches(deep))
        XCTAssertTrue(Glob(String(repeating: "**/a/", count: 12) + "b").matches(deep + "/b"))
    }

    /// The matcher gives the answers of the rules read literally (every split of every star tried: the first
    /// version's method) on every pattern and path over a small alphabet up to a small size.
    func testAgreesWithTheLiteralReadingOfTheRules() {
        var generator = SeededRandom(seed: 20_261_203)
        let patternPieces = ["a", "b", "*", "?", "**", "/", "[ab]", "[!a]", "[a-b]", "é", "["]
        let pathPieces = ["a", "b", "é", "/", "[", "-"]
        for _ in 0..<4_000 {
            let pattern = (0..<Int(generator.next() % 7)).map { _ in
                patternPieces[Int(generator.next() % UInt64(patternPieces.count))]
            }.joined()
            let path = (0..<Int(generator.next() % 9)).map { _ in
                pathPieces[Int(generator.next() % UInt64(pathPieces.count))]
            }.joined()
            XCTAssertEqual(
                Glob(pattern).matches(path), LiteralGlob(pattern).matches(path), "pattern \(pattern), path \(path)")
        }
    }
}

/// The rules of ``Glob`` read literally, on arrays of characters: each star tries every split. Exponential, so only
/// for small cases; the oracle of the matcher.
private struct LiteralGlob {
    let segments: [[Unicode.Scalar]]

    init(_ pattern: String) {
        segments = pattern.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.unicodeScalars) }
    }

    func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.unicodeScalars) }
        return match(0, parts, 0)
    }

    private func match(_ s: Int, _ parts: [[Unicode.Scalar]], _ p: Int) -> Bool {
        if s == segments.count { return p == parts.count }
        if segments[s] == ["*", "*"] { return (p...parts.count).contains { match(s + 1, parts, $0) } }
        return p < parts.count && Self.name(segments[s][...], parts[p][...]) && match(s + 1, parts, p + 1)
    }

    private static func name(_ pattern: ArraySlice<Unicode.Scalar>, _ name: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = pattern.first else { return name.isEmpty }
        switch first {
        case "*":
            return (0...name.count).contains { Self.name(pattern.dropFirst(), name.dropFirst($0)) }
        case "?":
            return !name.isEmpty && Self.name(pattern.dropFirst(), name.dropFirst())
        case "[":
            guard let c = name.first, let close = pattern.dropFirst(2).firstIndex(of: "]") else {
                return name.first == "[" && Self.name(pattern.dropFirst(), name.dropFirst())
            }
            var body = pattern[(pattern.startIndex + 1)..<close]
            let negated = body.first == "!" || body.first == "^"
            if negated { body = body.dropFirst() }
            var inSet = false
            var k = body.startIndex
            while k < body.endIndex {
                if k + 2 < body.endIndex, body[k + 1] == "-" {
                    if body[k] <= c && c <= body[k + 2] { inSet = true }
                    k += 3
                } else {
                    if body[k] == c { inSet = true }
                    k += 1
                }
            }
            return inSet != negated && Self.name(pattern[(close + 1)...], name.dropFirst())
        default:
            return name.first == first && Self.name(pattern.dropFirst(), name.dropFirst())
        }
    }
}
