import Foundation
import TextMineTesting
import XCTest

/// Text streamed with `--stdin-jsonl` usually has no headline: with the default `sentences: {}` it must be split as
/// prose, the first sentence included, and a blank line in it still ends every entity.
final class HeadlineLessStreamTests: XCTestCase {
    func testStdinTextWithoutHeadlineSplitsAsProseByDefault() throws {
        let directory = try TestSupport.temporaryDirectory()
        let pipeline = directory + "/p.yaml"
        try """
        stages:
          - sentences: {}
          - entities:
              patterns: {PROPN: '\\b\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)+\\b'}
        output: {formats: [jsonl]}
        """.write(toFile: pipeline, atomically: true, encoding: .utf8)
        let records =
            [
                #"{"id": "a", "text": "Prices rose 3%. Markets fell. Traders were calm"}"#,
                #"{"id": "b", "text": "Mr. Putin spoke. He met Vladimir Putin\n\nToo Many Cooks said no."}"#,
            ].joined(separator: "\n") + "\n"
        let result = try CLI.run(
            ["run", pipeline, "--stdin-jsonl", "--stdout-jsonl", "--out", directory + "/out", "-q", "--no-progress"],
            stdin: Data(records.utf8))
        XCTAssertEqual(result.status, 0, result.err)
        let lines = result.out.split(separator: "\n").map {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        XCTAssertEqual(lines.count, 2)
        func texts(_ index: Int, _ layer: String) -> [String] {
            ((lines[index]?[layer] as? [[String: Any]]) ?? []).compactMap { $0["text"] as? String }
        }
        XCTAssertEqual(texts(0, "sentences"), ["Prices rose 3%.", "Markets fell.", "Traders were calm"])
        XCTAssertEqual(texts(1, "sentences"), ["Mr. Putin spoke.", "He met Vladimir Putin", "Too Many Cooks said no."])
        XCTAssertEqual(texts(1, "entities"), ["Vladimir Putin", "Too Many Cooks"])
    }
}
