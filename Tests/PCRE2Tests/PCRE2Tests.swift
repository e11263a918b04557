import Foundation
import PCRE2
import Synchronization
import XCTest

final class PCRE2Tests: XCTestCase {
    func testMatchesAreByteRangesInUTF8() throws {
        let regex = try PCRE2Regex("[£€$]\\d+(?:bn|m)?")
        let text = "Costs £600m, not €45 or $1bn."
        let matches = try regex.matches(in: text)
        let bytes = Array(text.utf8)
        XCTAssertEqual(matches.map { String(decoding: bytes[$0.range], as: UTF8.self) }, ["£600m", "€45", "$1bn"])
        XCTAssertTrue(regex.isJITCompiled)
    }

    func testUnicodeWordClassesFollowUCP() throws {
        let text = "Łukasz Nowak and Björk"
        let words = try PCRE2Regex("\\b\\w+\\b").matches(in: text).count
        XCTAssertEqual(words, 4)
        let asciiOnly = try PCRE2Regex("\\b\\w+\\b", options: []).matches(in: text).count
        XCTAssertGreaterThan(asciiOnly, 4, "without UCP, Ł and ö break words")
    }

    func testCaptureGroupsAndNames() throws {
        let regex = try PCRE2Regex("(?<who>[A-Z]\\w+) (said|says)(?: (x))?")
        XCTAssertEqual(regex.captureCount, 3)
        XCTAssertEqual(regex.namedGroups["who"], 1)
        let match = try XCTUnwrap(try regex.matches(in: "Then Ana said hello").first)
        XCTAssertEqual(match.groups[1], 5..<8)
        XCTAssertEqual(match.groups[2], 9..<13)
        XCTAssertNil(match.groups[3], "an unset group is nil")
    }

    func testCompileErrorCarriesMessageAndOffset() {
        XCTAssertThrowsError(try PCRE2Regex("ab(c")) { error in
            let compile = error as! PCRE2Regex.CompileError
            XCTAssertTrue(compile.message.contains("missing closing parenthesis"), compile.message)
            XCTAssertEqual(compile.offset, 4)
        }
    }

    func testEmptyMatchesAdvanceByWholeCharacters() throws {
        let matches = try PCRE2Regex("x*").matches(in: "éxé")
        XCTAssertEqual(matches.map(\.range), [0..<0, 2..<3, 3..<3, 5..<5])
    }

    func testMatchLimitStopsCatastrophicBacktracking() throws {
        let regex = try PCRE2Regex("^(a+)+$", matchLimit: 10_000, jit: false)
        let hostile = String(repeating: "a", count: 40) + "!"
        XCTAssertThrowsError(try regex.matches(in: hostile)) { error in
            XCTAssertTrue((error as! PCRE2Regex.MatchError).isLimit)
        }
    }

    func testSharedRegexAcrossThreadsGivesSameResults() throws {
        let regex = try PCRE2Regex("\\d+")
        let text = (0..<500).map(String.init).joined(separator: " ")
        let expected = try regex.matches(in: text).count
        let counts = Mutex<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let count = (try? regex.matches(in: text).count) ?? -1
            counts.withLock { $0.append(count) }
        }
        XCTAssertEqual(counts.withLock { $0 }, Array(repeating: expected, count: 8))
    }

    /// The wrapper must agree with PCRE2's own grep on real text (skips when pcre2grep or the corpus is absent).
    func testAgreesWithPcre2grepOnTheCorpus() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../../shared/corpora/bbc-news/business"
        ).standardized.path
        let grep = "/usr/bin/pcre2grep"
        guard FileManager.default.fileExists(atPath: corpus), FileManager.default.fileExists(atPath: grep) else {
            throw XCTSkip("needs \(corpus) and \(grep)")
        }
        let pattern = "[$£€]\\d[\\d,.]*\\s?(?:bn|m|billion|million)?"
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus).sorted().prefix(40)
        let regex = try PCRE2Regex(pattern)
        for file in files {
            let path = corpus + "/" + file
            let process = Process()
            process.executableURL = URL(fileURLWithPath: grep)
            process.arguments = ["-o", "-u", "--no-filename", pattern, path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let expected = String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
            let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
            // pcre2grep works line by line; match each line separately like it does.
            var ours: [String] = []
            for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
                let lineBytes = Array(line)
                try lineBytes.withUnsafeBufferPointer { buffer in
                    for match in try regex.matches(in: buffer) where !match.range.isEmpty {
                        ours.append(String(decoding: lineBytes[match.range], as: UTF8.self))
                    }
                }
            }
            XCTAssertEqual(ours, expected, file)
        }
    }
}

/// A budgeted scan finds exactly the matches of an unlimited one, and stops a catastrophic pattern within its budget.
final class MatchBudgetTests: XCTestCase {
    func budgetedMatches(_ regex: PCRE2Regex, _ text: String) throws -> [Range<Int>] {
        var found: [Range<Int>] = []
        var budget = MatchBudget(seconds: 1_000)
        try Array(text.utf8).withUnsafeBufferPointer { buffer in
            try regex.forEachMatch(in: buffer, budget: &budget) { match in
                found.append(match.group(0)!)
                return true
            }
        }
        return found
    }

    func testWindowsChangeNoMatch() throws {
        // Long enough for many windows; multi-byte characters at window edges; anchors, look-arounds, empty matches.
        let text = (0..<400).map { "Zoë Ærø said “ok” at 10:\($0 % 60) — \($0)% of £\($0)bn.\n" }.joined()
        for pattern in [
            #"\b\p{Lu}\p{Ll}+\b"#, #"(?<=£)\d+bn"#, #"\d+%$"#, #"(?m)\d+\.$"#, "x*", "ø", #"“[^”]*”"#,
            #"\n\n|said(?= “)"#, "(?s).{300}",
        ] {
            let regex = try PCRE2Regex(pattern)
            XCTAssertEqual(try budgetedMatches(regex, text), try regex.matches(in: text).map(\.range), pattern)
        }
    }

    func testACatastrophicPatternStopsWithinItsBudget() throws {
        // 400 × (21 a's, "b "): each start position stays under the match limit, the whole scan took 10 s in release.
        let regex = try PCRE2Regex("(a+)+$")
        let text = Array(String(repeating: String(repeating: "a", count: 21) + "b ", count: 400).utf8)
        var budget = MatchBudget(seconds: 0.3)
        let started = Date()
        XCTAssertThrowsError(
            try text.withUnsafeBufferPointer { buffer in
                try regex.forEachMatch(in: buffer, budget: &budget) { _ in true }
            }
        ) { error in XCTAssertTrue(error is PCRE2Regex.BudgetExceeded, "\(error)") }
        XCTAssertLessThan(Date().timeIntervalSince(started), 2.5)
    }
}
