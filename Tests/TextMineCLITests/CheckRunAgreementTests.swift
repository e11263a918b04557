import Foundation
import TextMineTesting
import XCTest

/// What `check` accepts, `run` can do; what it rejects, it rejects with the real cause.
final class CheckRunAgreementTests: XCTestCase {
    func write(_ text: String, _ name: String, in folder: String) throws -> String {
        try text.write(toFile: folder + "/" + name, atomically: false, encoding: .utf8)
        return folder + "/" + name
    }

    func testTwoAggregateStagesAndAFolderAsProgramAreRejectedByCheck() throws {
        let folder = try TestSupport.temporaryDirectory("agree")
        let pipeline = try write(
            "stages:\n  - aggregate: {}\n  - aggregate: {top: 5}\n  - exec: {command: [\(folder)], produces: [x]}\n",
            "p.yaml", in: folder)
        let checked = try CLI.run(["check", pipeline])
        XCTAssertEqual(checked.status, 65, checked.err)
        XCTAssertTrue(checked.err.contains("p.yaml:3:5: error: stage 'aggregate.2' writes the tables"), checked.err)
        XCTAssertTrue(checked.err.contains("is a folder, not a program"), checked.err)
        XCTAssertEqual(
            try CLI.run(["run", pipeline, "Samples/sport", "--out", folder + "/out"]).status, 65,
            "run refuses what check refuses")
    }

    func testNoJITPatternsAndLongRunsOfCapitalisedWordsRun() throws {
        let folder = try TestSupport.temporaryDirectory("agree-run")
        try FileManager.default.createDirectory(atPath: folder + "/in", withIntermediateDirectories: true)
        let words = ["Alpha", "Beta", "Gamma", "Delta", "Omega", "Kappa"]
        let capitalised = (0..<1_000).map { words[$0 * 7 % words.count] }.joined(separator: " ")
        _ = try write("Title\n\n" + capitalised + ".\n", "in/caps.txt", in: folder)
        let noJIT = try write(
            "stages:\n  - entities: {patterns: {GREEK: '(*NO_JIT)\\bAlpha\\b'}}\noutput: {formats: [jsonl]}\n",
            "nojit.yaml", in: folder)
        XCTAssertEqual(try CLI.run(["check", noJIT]).status, 0)
        let ran = try CLI.run(["run", noJIT, folder + "/in", "--out", folder + "/o1", "--no-progress", "-q"])
        XCTAssertEqual(ran.status, 0, ran.err)
        let entities =
            try TestSupport.readJSONLines(folder + "/o1/documents.jsonl").first?["entities"] as? [[String: Any]] ?? []
        XCTAssertEqual(entities.count, capitalised.components(separatedBy: "Alpha").count - 1)
        // The default rules on a thousand capitalised words: no document failure (JIT stack large enough).
        let news = try CLI.run([
            "run", "Pipelines/news.yaml", folder + "/in", "--out", folder + "/o2", "--no-progress", "-q",
        ])
        XCTAssertEqual(
            news.status, 0,
            news.err + ((try? String(contentsOfFile: folder + "/o2/failures.jsonl", encoding: .utf8)) ?? ""))
    }
}
