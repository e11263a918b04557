import Foundation
import TextMineCore
import TextMineTesting
import XCTest

/// Scale-out paths must give exactly the single-run answer: `--shard` + `merge` (job arrays) and `--stdin-jsonl` +
/// `--stdout-jsonl` (Spark), including for files that are broken in every way a local run reports.
extension EndToEndTests {
    private func bytes(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        return data
    }

    /// A folder with ordinary articles and every kind of problem file a run must report, not drop.
    private func makeAwkwardCorpus() throws -> String {
        let root = try TestSupport.temporaryDirectory("textmine-awkward")
        let files: [(String, [UInt8])] = [
            (
                "ok/controls.txt",
                Array(
                    "Headline \"quoted\"\n\nTab\there, \u{01} control, \u{2028} separator, €5 million and 3% up.\r\n"
                        .utf8)
            ),
            ("ok/unicode.txt", Array("Ünïcödé 日本語 😀 \"q\" \\ backslash, $1bn on 3 March 2024\n".utf8)),
            (
                "odd/invalid.txt",
                Array("Bad ".utf8) + [0xFF, 0xFE] + Array(" UTF-8 then a cut ".utf8) + [0xE2, 0x82]
                    + Array(" $5m\n".utf8)
            ),
            ("odd/nul.txt", Array("a NUL ".utf8) + [0x00] + Array(" byte\n".utf8)),
            ("odd/empty.txt", []),
            ("odd/blank.txt", Array("  \n\t\n".utf8)),
            ("top.txt", Array("A top-level file about £3bn.\n".utf8)),
        ]
        for (relative, content) in files {
            let path = root + "/" + relative
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(content).write(to: URL(fileURLWithPath: path))
        }
        return root
    }

    private func assertSameOutputs(
        _ left: String, _ right: String, files: [String], file: StaticString = #filePath, line: UInt = #line
    ) throws {
        for name in files {
            XCTAssertEqual(
                try bytes(left + "/" + name), try bytes(right + "/" + name), "\(name) differs", file: file, line: line)
        }
    }

    func testShardsMergedEqualTheWholeRun() throws {
        let corpus = try makeAwkwardCorpus()
        try FileManager.default.copyItem(atPath: TestSupport.repositoryRoot + "/Samples", toPath: corpus + "/samples")
        let whole = try TestSupport.temporaryDirectory()
        XCTAssertEqual(
            try textmine(["run", "Pipelines/news.yaml", corpus, "--out", whole, "--no-progress", "-q"]).status, 1)
        let wholeDocuments = try TestSupport.readJSONLines(whole + "/documents.jsonl")
        XCTAssertGreaterThan(wholeDocuments.count, 12)

        let count = 4
        var parts: [String] = []
        var shardIds: [String] = []
        for index in 0..<count {
            let part = try TestSupport.temporaryDirectory()
            let result = try textmine([
                "run", "Pipelines/news.yaml", corpus, "--shard", "\(index)/\(count)", "--out", part, "--no-progress",
                "-q", "--jobs", "\(index % 2 + 1)",
            ])
            XCTAssertLessThanOrEqual(result.status, 1, result.err)
            let listed = try textmine([
                "run", "Pipelines/news.yaml", corpus, "--shard", "\(index)/\(count)", "--list-inputs",
            ])
            shardIds += listed.out.split(separator: "\n").map { line in
                (try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: String])["id"]!
            }
            parts.append(part)
        }
        let allIds = try textmine(["run", "Pipelines/news.yaml", corpus, "--list-inputs"]).out.split(separator: "\n")
            .map { line in
                (try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: String])["id"]!
            }
        XCTAssertEqual(shardIds, allIds, "the shards are contiguous slices that cover the input exactly once")
        XCTAssertEqual(
            allIds.count, wholeDocuments.count + 3,
            "the empty, blank and NUL files are listed, then skipped and reported")

        let merged = try TestSupport.temporaryDirectory()
        let result = try textmine(["merge", "Pipelines/news.yaml"] + parts + ["--out", merged])
        XCTAssertEqual(result.status, 0, result.err)
        try assertSameOutputs(
            whole, merged,
            files: ["documents.jsonl", "failures.jsonl", "summary.json", "entities.csv", "state/aggregate.json"])
    }

    func testJSONLinesInputGivesTheFileRunsOutputForAnyContent() throws {
        let corpus = try makeAwkwardCorpus()
        let local = try TestSupport.temporaryDirectory()
        XCTAssertEqual(
            try textmine(["run", "Pipelines/news.yaml", corpus, "--out", local, "--no-progress", "-q"]).status, 1)
        let failures = try TestSupport.readJSONLines(local + "/failures.jsonl").map { "\($0["id"]!):\($0["reason"]!)" }
        XCTAssertEqual(
            failures,
            ["odd/blank.txt:empty", "odd/empty.txt:empty", "odd/invalid.txt:invalid_utf8", "odd/nul.txt:binary"])

        let listed = try textmine(["run", "Pipelines/news.yaml", corpus, "--list-inputs"])
        XCTAssertEqual(listed.status, 0, listed.err)
        let records = try listed.out.split(separator: "\n").map { line in
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: String]
        }
        XCTAssertEqual(
            records.map { $0["id"]! },
            [
                "odd/blank.txt", "odd/empty.txt", "odd/invalid.txt", "odd/nul.txt", "ok/controls.txt", "ok/unicode.txt",
                "top.txt",
            ])
        XCTAssertEqual(records.map { $0["group"]! }, ["odd", "odd", "odd", "odd", "ok", "ok", ""])

        // Three ways to send the same files: by path, as text (base64 when not valid UTF-8), and always as base64.
        var byPath = Data()
        var asText = Data()
        var asBase64 = Data()
        for record in records {
            let content = try bytes(record["path"]!)
            byPath +=
                try JSONSerialization.data(withJSONObject: [
                    "id": record["id"]!, "group": record["group"]!, "path": record["path"]!,
                ]) + [0x0A]
            var textRecord = ["id": record["id"]!, "group": record["group"]!]
            if UTF8Validation.firstInvalidOffset(Array(content)) == nil {
                textRecord["text"] = String(decoding: content, as: UTF8.self)
            } else {
                textRecord["base64"] = content.base64EncodedString()
            }
            asText += try JSONSerialization.data(withJSONObject: textRecord) + [0x0A]
            asBase64 +=
                try JSONSerialization.data(withJSONObject: [
                    "id": record["id"]!, "group": record["group"]!, "base64": content.base64EncodedString(),
                ]) + [0x0A]
        }
        XCTAssertTrue(String(decoding: asText, as: UTF8.self).contains("\\u0000"), "the NUL file travels as JSON text")
        for (name, input) in [("path", byPath), ("text", asText), ("base64", asBase64)] {
            let out = try TestSupport.temporaryDirectory()
            let result = try textmine(
                ["run", "Pipelines/news.yaml", "--stdin-jsonl", "--stdout-jsonl", "--out", out, "-q"], stdin: input)
            XCTAssertEqual(result.status, 1, "\(name): \(result.err)")
            XCTAssertEqual(Data(result.out.utf8), try bytes(local + "/documents.jsonl"), "\(name): documents differ")
            try assertSameOutputs(local, out, files: ["failures.jsonl", "entities.csv", "state/aggregate.json"])
            XCTAssertFalse(FileManager.default.fileExists(atPath: out + "/documents.jsonl"))
        }
    }

    func testBadJSONLinesRecordsAreReportedNotFatal() throws {
        let input = """
            {"id":"a.txt","text":"Fine, $5m."}
            {"id":"b.txt","text":"x","base64":"eA=="}
            {"id":"c.txt","base64":"%%%"}
            {"id":"d.txt"}
            not json
            {"id":"e.txt","base64":"U2Vjb25kLCAkNm0u"}

            """
        let out = try TestSupport.temporaryDirectory()
        let result = try textmine(
            ["run", "Pipelines/news.yaml", "--stdin-jsonl", "--stdout-jsonl", "--out", out, "-q"],
            stdin: Data(input.utf8))
        XCTAssertEqual(result.status, 1, result.err)
        let documents = result.out.split(separator: "\n").map { line in
            try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
        }
        XCTAssertEqual(documents.map { $0["id"] as! String }, ["a.txt", "e.txt"])
        XCTAssertEqual(documents.last?["headline"] as? String, "Second, $6m.")
        let failures = try TestSupport.readJSONLines(out + "/failures.jsonl")
        XCTAssertEqual(failures.map { $0["id"] as! String }, ["b.txt", "c.txt", "d.txt", "<stdin line 5>"])
        XCTAssertEqual(Set(failures.map { $0["reason"] as! String }), ["invalid_record"])
    }

    /// Spark cuts one JSON Lines stream into parts; with --stdin-lines-before each part names a bad line by its line
    /// in the whole stream, so the merged failures equal one process reading everything.
    func testStreamCutInPartsNamesBadLinesAsTheWholeStream() throws {
        let lines = [
            "{\"id\":\"a.txt\",\"text\":\"One.\"}", "not json", "", "{\"id\":\"b.txt\",\"text\":\"Two.\"}", "{broken",
            "{\"id\":\"c.txt\"}",
        ]
        func run(_ part: ArraySlice<String>, before: Int?) throws -> [String] {
            let out = try TestSupport.temporaryDirectory()
            var arguments = ["run", "Pipelines/news.yaml", "--stdin-jsonl", "--stdout-jsonl", "--out", out, "-q"]
            if let before { arguments += ["--stdin-lines-before", "\(before)"] }
            let result = try textmine(arguments, stdin: Data(part.map { $0 + "\n" }.joined().utf8))
            XCTAssertEqual(result.status, 1, result.err)
            return try TestSupport.readJSONLines(out + "/failures.jsonl").map { $0["id"] as! String }
        }
        let whole = try run(lines[...], before: nil)
        XCTAssertEqual(whole, ["<stdin line 2>", "<stdin line 5>", "c.txt"])
        XCTAssertEqual(try run(lines[..<3], before: 0) + run(lines[3...], before: 3), whole)
        XCTAssertEqual(
            try run(lines[3...], before: nil), ["<stdin line 2>", "c.txt"], "without it, numbering restarts")
        XCTAssertNotEqual(
            try textmine(["run", "Pipelines/news.yaml", "--stdin-jsonl", "--stdin-lines-before", "-1"]).status, 0)
    }
}
