import Foundation
import SentencesStage
import TextMineCore
import TextMineTesting
import XCTest

@testable import QuotesStage

/// Checks the quotes stage against the hand-written expectations in Samples/EXPECTED.md (three articles, each
/// quotation with its intended speaker). Scare quotes, nested quotes and organisation speakers are left out; the
/// agreement on the rest must stay high.
final class SampleExpectationsTests: XCTestCase {
    struct Expectation {
        var file: String
        var start: String
        var speaker: String
    }

    func expectations() throws -> [Expectation] {
        let text = try String(contentsOfFile: TestSupport.repositoryRoot + "/Samples/EXPECTED.md", encoding: .utf8)
        var file = ""
        var result: [Expectation] = []
        for line in text.split(separator: "\n") {
            if line.hasPrefix("## ") {
                file = String(line.dropFirst(3).prefix { $0 != " " })
                continue
            }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard cells.count >= 7, Int(cells[1]) != nil else { continue }
            let kind = cells[3]
            let speakerCell = cells[4]
            if kind.hasPrefix("scare") || kind.hasPrefix("nested") || speakerCell.contains("organisation")
                || speakerCell.contains("statement") || speakerCell.hasPrefix("(")
            {
                continue
            }
            let speaker = String(speakerCell.prefix { $0 != "(" }).trimmingCharacters(in: .whitespaces)
                .replacingOccurrences(of: "Dr. ", with: "")
            var start = cells[2].trimmingCharacters(in: CharacterSet(charactersIn: "\"“”'‘’"))
            start = String(start.prefix { $0 != "…" && $0 != "\"" && $0 != "”" })
            result.append(Expectation(file: file, start: String(start.prefix(25)), speaker: speaker))
        }
        return result
    }

    func testSpeakersAgreeWithTheHandCheckedExpectations() throws {
        let expected = try expectations()
        XCTAssertGreaterThan(expected.count, 30)
        let stages: [any Stage] = [
            try TestSupport.makeStage(SentencesStage.self), try TestSupport.makeStage(QuotesStage.self),
        ]
        var documents: [String: Document] = [:]
        var agree = 0
        var misses: [String] = []
        for expectation in expected {
            if documents[expectation.file] == nil {
                let text = try String(
                    contentsOfFile: TestSupport.repositoryRoot + "/Samples/" + expectation.file, encoding: .utf8)
                documents[expectation.file] = try TestSupport.run(stages, on: text, id: expectation.file)
            }
            let document = documents[expectation.file]!
            let quote = document.quotes.first { document[$0.contentSpan].hasPrefix(expectation.start) }
            if quote?.speaker == expectation.speaker {
                agree += 1
            } else {
                misses.append(
                    "\(expectation.file): \(expectation.start)… expected \(expectation.speaker), got \(quote.map { $0.speaker ?? "nil" } ?? "no quote")"
                )
            }
        }
        let rate = Double(agree) / Double(expected.count)
        print(
            "Samples/EXPECTED.md: \(agree)/\(expected.count) speakers agree (\(Int(rate * 100))%)\n"
                + misses.joined(separator: "\n"))
        XCTAssertGreaterThanOrEqual(rate, 0.8, misses.joined(separator: "\n"))
    }
}
