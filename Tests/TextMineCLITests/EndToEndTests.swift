import Foundation
import TextMineCore
import TextMineTesting
import XCTest

/// Runs the built `textmine` binary as a user would.
final class EndToEndTests: XCTestCase {
    static var binary: String { CLI.binary }

    @discardableResult
    func textmine(_ arguments: [String], stdin: Data? = nil) throws -> (status: Int32, out: String, err: String) {
        try CLI.run(arguments, stdin: stdin)
    }

    func testRunOnSamplesWritesOneLinePerArticle() throws {
        let out = try TestSupport.temporaryDirectory()
        let result = try textmine(["run", "Pipelines/news.yaml", "Samples", "--out", out, "--no-progress"])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.contains("documents"), result.out)
        let articles = try FileManager.default.subpathsOfDirectory(atPath: TestSupport.repositoryRoot + "/Samples")
            .filter { $0.hasSuffix(".txt") }
        let lines = try TestSupport.readJSONLines(out + "/documents.jsonl")
        XCTAssertEqual(lines.count, articles.count)
        XCTAssertEqual(
            lines.map { $0["id"] as! String }, articles.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        for line in lines {
            XCTAssertEqual(line["schema_version"] as? Int, 1)
            XCTAssertFalse((line["headline"] as? String ?? "").isEmpty)
            XCTAssertEqual(
                line["group"] as? String, (line["id"] as! String).split(separator: "/").first.map(String.init))
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/summary.json"))
    }

    func testCheckReportsEveryMistakeWithPositions() throws {
        let folder = try TestSupport.temporaryDirectory()
        try """
        stages:
          - entitis:
              patterns: {X: a}
          - entities:
              paterns: {X: a}
        """.write(toFile: folder + "/bad.yaml", atomically: true, encoding: .utf8)
        let result = try textmine(["check", folder + "/bad.yaml"])
        XCTAssertEqual(result.status, 65)
        XCTAssertTrue(
            result.err.contains("bad.yaml:2:5: error: unknown stage 'entitis'; did you mean 'entities'?"), result.err)
        XCTAssertTrue(result.err.contains("bad.yaml:5:7: error: unknown option 'paterns'"), result.err)
    }

    func testEveryPipelineInTheRepositoryIsValid() throws {
        let folder = TestSupport.repositoryRoot + "/Pipelines"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }
            .sorted()
        XCTAssertFalse(files.isEmpty)
        for file in files {
            let result = try textmine(["check", "Pipelines/" + file])
            XCTAssertEqual(result.status, 0, "\(file): \(result.err)")
        }
    }

    func testExitCodesForMissingThings() throws {
        XCTAssertEqual(try textmine(["check", "/nonexistent.yaml"]).status, 66)
        let out = try TestSupport.temporaryDirectory()
        XCTAssertEqual(try textmine(["run", "Pipelines/news.yaml", "/nonexistent-folder", "--out", out]).status, 66)
        XCTAssertEqual(try textmine(["run", "Pipelines/news.yaml", "--jobs", "0"]).status, 64)
    }

    func testStagesListsEveryRegisteredStageWithOptions() throws {
        let result = try textmine(["stages"])
        XCTAssertEqual(result.status, 0)
        for name in ["entities", "aggregate"] {
            XCTAssertTrue(result.out.contains("\n\(name) — ") || result.out.hasPrefix("\(name) — "), name)
        }
        XCTAssertTrue(result.out.contains("patterns_file"))
    }
}
