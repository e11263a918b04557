import Foundation
import TextMineCore
import TextMineTesting
import XCTest

@testable import TextMineCLI

/// The custom-stage paths from the command line: bundled plugins in `textmine stages`, the plugins pipeline end to
/// end, and the `new-stage` scaffold. (Compiling a scaffolded stage and the bring-your-own-binary package is
/// `make custom-binary-check`, run by CI: it needs two more package builds.)
final class PluginsCLITests: XCTestCase {
    /// Runs the built binary from the repository root.
    func textmine(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        try CLI.run(arguments)
    }

    func testStagesListsThePluginsWithTheirOptions() throws {
        let result = try textmine(["stages", "keywords", "readability", "exec"])
        XCTAssertEqual(result.status, 0, result.err)
        for expected in [
            "keywords — ", "min_df", "readability — ", "consumes: tokens, sentences", "exec — ", "timeout_ms",
        ] {
            XCTAssertTrue(result.out.contains(expected), "missing \(expected)")
        }
    }

    func testPluginsPipelineRunsOverTheSamples() throws {
        guard
            ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").contains(where: {
                FileManager.default.isExecutableFile(atPath: "\($0)/python3")
            }) == true
        else { throw XCTSkip("python3 is not installed") }
        let out = try TestSupport.temporaryDirectory("plugins-run")
        let result = try textmine(["run", "Pipelines/plugins.yaml", "--out", out, "--no-progress", "--jobs", "2"])
        XCTAssertEqual(result.status, 0, result.err)
        let documents = try TestSupport.readJSONLines(out + "/documents.jsonl")
        XCTAssertEqual(documents.count, 12)
        for document in documents {
            let features = document["features"] as? [String: Any] ?? [:]
            XCTAssertNotNil(features["reading_ease"] as? Double, "\(document["id"]!)")
            XCTAssertNotNil(features["topic"] as? String, "\(document["id"]!)")
            // Topic spans are sentence spans, in code points, like the sentences layer.
            let sentences = Set(
                (document["sentences"] as! [[String: Any]]).map { [$0["start"] as! Int, $0["end"] as! Int] })
            for topic in document["topics"] as! [[String: Any]] {
                XCTAssertTrue(sentences.contains([topic["start"] as! Int, topic["end"] as! Int]))
            }
        }
        let keywords = try String(contentsOfFile: out + "/keywords.csv", encoding: .utf8)
        XCTAssertTrue(keywords.hasPrefix("group,rank,term,score,count,documents\n"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/document_keywords.csv"))
    }

    func testScaffoldWritesAStageAndATestAndRefusesToOverwrite() throws {
        let root = try TestSupport.temporaryDirectory("scaffold")
        try Scaffold(name: "PressRelease", root: root).write()
        let source = try String(contentsOfFile: root + "/Plugins/PressRelease/PressReleaseStage.swift", encoding: .utf8)
        XCTAssertTrue(source.contains("public struct PressReleaseStage: Stage"))
        XCTAssertTrue(source.contains("name: \"press_release\""))
        let test = try String(
            contentsOfFile: root + "/Tests/PressReleaseStageTests/PressReleaseStageTests.swift", encoding: .utf8)
        XCTAssertTrue(test.contains("@testable import PressReleaseStage"))
        let pipeline = try String(contentsOfFile: root + "/Pipelines/press_release.yaml", encoding: .utf8)
        XCTAssertTrue(pipeline.hasPrefix("# yaml-language-server: $schema=../textmine.schema.json\n"))
        XCTAssertTrue(pipeline.contains("  - press_release: {min_length: 1}\n"))
        XCTAssertThrowsError(try Scaffold(name: "PressRelease", root: root).write())
        XCTAssertThrowsError(try Scaffold(name: "press-release", root: root).write())
    }
}
