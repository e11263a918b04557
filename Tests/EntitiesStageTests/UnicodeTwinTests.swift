import Foundation
import TextMineCore
import TextMineTesting
import XCTest
@testable import EntitiesStage

/// The stage runs a UCP-free twin of each pattern on texts without non-ASCII letters, numbers or spaces, because
/// JIT code for ASCII classes is about twice as fast. These tests check the twins never change a match.
final class UnicodeTwinTests: XCTestCase {
    func testDetectorSeesOnlyLettersNumbersAndSpaces() {
        func needs(_ text: String) -> Bool {
            var text = text
            return text.withUTF8 { EntitiesStage.needsUnicodeClasses($0) }
        }
        XCTAssertFalse(needs("Plain ASCII, £600m — “curly” quotes’ and … dashes"))
        XCTAssertTrue(needs("Łukasz"))
        XCTAssertTrue(needs("price\u{00A0}tag"), "no-break space is \\s under UCP")
        XCTAssertTrue(needs("٣ digits"))
        XCTAssertTrue(needs("naïve"))
    }

    func testTwinsGiveIdenticalEntitiesOnSamplesAndCorpus() throws {
        let pipeline = try PipelineLoader(registry: StageRegistry([EntitiesStage.self]))
            .load(yaml: """
                stages:
                  - entities:
                      patterns_file: \(TestSupport.repositoryRoot)/Pipelines/patterns/news.tsv
                      overlap: all
                """, path: "twins.yaml")
        let fast = try XCTUnwrap(pipeline.entries[0].stage as? EntitiesStage)
        var slow = fast
        slow.alwaysUnicodeClasses = true
        var paths = try FileManager.default.subpathsOfDirectory(atPath: TestSupport.repositoryRoot + "/Samples")
            .filter { $0.hasSuffix(".txt") }.map { TestSupport.repositoryRoot + "/Samples/" + $0 }
        if let corpus = TestSupport.bbcCorpus {
            let all = try FileManager.default.subpathsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".txt") }.sorted()
            paths += stride(from: 0, to: all.count, by: 7).map { corpus + "/" + all[$0] }
        } else {
            print("BBC corpus absent: comparing on Samples/ only")
        }
        var compared = 0, viaTwins = 0
        for path in paths {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            var a = Document(id: path, text: text), b = a
            try fast.process(&a)
            try slow.process(&b)
            XCTAssertEqual(a.entities, b.entities, path)
            compared += 1
            if !a.withUTF8({ EntitiesStage.needsUnicodeClasses($0) }) { viaTwins += 1 }
        }
        print("compared \(compared) documents, \(viaTwins) of them matched with the UCP-free twins")
        XCTAssertGreaterThan(viaTwins, 0)
    }
}
