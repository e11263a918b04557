import Foundation
import TextMineTesting
import XCTest

/// Two documents with one id: the second is reported (`duplicate_id`), never processed, and every output is written.
final class DuplicateIDTests: XCTestCase {
    func testARepeatedStreamIdIsReportedAndEveryOutputIsWritten() throws {
        let out = try TestSupport.temporaryDirectory("dup-stream")
        var input = Data()
        for (id, text) in [
            ("a/1", "First\n\nAnn Lee said \"yes\"."), ("a/2", "Second\n\nBob."), ("a/1", "Again\n\nOther text."),
        ] {
            input.append(try JSONSerialization.data(withJSONObject: ["id": id, "text": text]))
            input.append(0x0A)
        }
        let result = try CLI.run(
            ["run", "Pipelines/news.yaml", "--stdin-jsonl", "--out", out, "--no-progress", "-q"], stdin: input)
        XCTAssertEqual(result.status, 1, result.err)
        XCTAssertEqual(
            try TestSupport.readJSONLines(out + "/documents.jsonl").map { $0["headline"] as? String },
            ["First", "Second"])
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
        let result = try CLI.run(
            [
                "run", TestSupport.repositoryRoot + "/Pipelines/news.yaml", "--files-from", "list.txt", "--out", "out",
                "--no-progress", "-q",
            ], cwd: folder)
        XCTAssertEqual(result.status, 1, result.err)
        XCTAssertEqual(try TestSupport.readJSONLines(folder + "/out/documents.jsonl").count, 1)
        XCTAssertEqual(
            try TestSupport.readJSONLines(folder + "/out/failures.jsonl").map { $0["reason"] as? String },
            ["duplicate_id"])
    }

    func testMergingOneFolderTwiceIsRefusedAndACopyStillGivesADatabase() throws {
        let folder = try TestSupport.temporaryDirectory("dup-merge")
        let part = folder + "/a"
        XCTAssertEqual(
            try CLI.run(["run", "Pipelines/news.yaml", "Samples/sport", "--out", part, "--no-progress", "-q"]).status, 0
        )
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

/// Slices of one stream merge in part order (`--order parts`), as the single run keeps the stream's order.
final class StreamMergeOrderTests: XCTestCase {
    func testStreamSlicesMergeInPartOrder() throws {
        let folder = try TestSupport.temporaryDirectory("stream-merge")
        func records(_ ids: [String]) throws -> Data {
            var data = Data()
            for id in ids {
                data.append(
                    try JSONSerialization.data(withJSONObject: [
                        "id": id, "text": "Title \(id)\n\nAnn Lee said \"\(id)\".",
                    ]))
                data.append(0x0A)
            }
            return data
        }
        let whole = ["z/9", "b/2", "m/5", "a/1"]
        func run(_ ids: [String], _ out: String) throws {
            let result = try CLI.run(
                ["run", "Pipelines/news.yaml", "--stdin-jsonl", "--out", out, "--no-progress", "-q"],
                stdin: try records(ids))
            XCTAssertEqual(result.status, 0, result.err)
        }
        try run(whole, folder + "/single")
        try run(Array(whole[0..<2]), folder + "/p0")
        try run(Array(whole[2...]), folder + "/p1")
        let parts = try CLI.run([
            "merge", "Pipelines/news.yaml", folder + "/p0", folder + "/p1", "--order", "parts", "--out", folder + "/m",
        ])
        XCTAssertEqual(parts.status, 0, parts.err)
        for file in ["documents.jsonl", "documents.csv", "quotes.csv"] {
            XCTAssertEqual(
                try Data(contentsOf: URL(fileURLWithPath: folder + "/m/" + file)),
                try Data(contentsOf: URL(fileURLWithPath: folder + "/single/" + file)), file)
        }
        let bad = try CLI.run([
            "merge", "Pipelines/news.yaml", folder + "/p0", "--order", "sideways", "--out", folder + "/x",
        ])
        XCTAssertEqual(bad.status, 64, bad.err)
    }
}
