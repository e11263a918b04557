import Foundation
import TextMineTesting
import XCTest

/// Two documents with one id: the second is reported (`duplicate_id`), never processed, and every output is written.
final class DuplicateIDTests: XCTestCase {
    func testARepeatedStreamIdIsReportedAndEveryOutputIsWritten() throws {
        let out = try TestSupport.temporaryDirectory("dup-stream")
        var input = Data()
        for (id, text) in [("a/1", "First\n\nAnn Lee said \"yes\"."), ("a/2", "Second\n\nBob."), ("a/1", "Again\n\nOther text.")] {
            input.append(try JSONSerialization.data(withJSONObject: ["id": id, "text": text]))
            input.append(0x0A)
        }
        let result = try CLI.run(["run", "Pipelines/news.yaml", "--stdin-jsonl", "--out", out, "--no-progress", "-q"], stdin: input)
        XCTAssertEqual(result.status, 1, result.err)
        XCTAssertEqual(try TestSupport.readJSONLines(out + "/documents.jsonl").map { $0["headline"] as? String }, ["First", "Second"])
        let issues = try TestSupport.readJSONLines(out + "/failures.jsonl")
        XCTAssertEqual(issues.map { $0["reason"] as? String }, ["duplicate_id"])
        XCTAssertEqual(issues.first?["id"] as? String, "a/1")
        for file in ["textmine.sqlite", "report.html", "summary.json", "documents.csv"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/" + file), file)
        }
    }

    func testAFileListedTwiceIsProcessedOnce() throws {
        let folder = try TestSupport.temporaryDirectory("dup-list")
        try "Title\n\nText.\n".write(toFile: folder + "/a.txt", atomically: false, encoding: .utf8)
        try "a.txt\n./a.txt\n".write(toFile: folder + "/list.txt", atomically: false, encoding: .utf8)
        let result = try CLI.run(["run", TestSupport.repositoryRoot + "/Pipelines/news.yaml", "--files-from", "list.txt", "--out", "out", "--no-progress", "-q"], cwd: folder)
        XCTAssertEqual(result.status, 1, result.err)
        XCTAssertEqual(try TestSupport.readJSONLines(folder + "/out/documents.jsonl").count, 1)
        XCTAssertEqual(try TestSupport.readJSONLines(folder + "/out/failures.jsonl").map { $0["reason"] as? String }, ["duplicate_id"])
    }

    func testMergingOneFolderTwiceIsRefusedAndACopyStillGivesADatabase() throws {
        let folder = try TestSupport.temporaryDirectory("dup-merge")
        let part = folder + "/a"
        XCTAssertEqual(try CLI.run(["run", "Pipelines/news.yaml", "Samples/sport", "--out", part, "--no-progress", "-q"]).status, 0)
        let twice = try CLI.run(["merge", "Pipelines/news.yaml", part, part + "/", "--out", folder + "/m1"])
        XCTAssertEqual(twice.status, 64, twice.err)
        XCTAssertTrue(twice.err.contains("same folder"), twice.err)
        // A copy under another name is not the same folder; its ids repeat, and the database still gets written.
        try FileManager.default.copyItem(atPath: part, toPath: folder + "/b")
        let copy = try CLI.run(["merge", "Pipelines/news.yaml", part, folder + "/b", "--out", folder + "/m2"])
        XCTAssertEqual(copy.status, 0, copy.err)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/m2/textmine.sqlite"))
    }
}
