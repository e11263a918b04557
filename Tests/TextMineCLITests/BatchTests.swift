import Foundation
import TextMineCore
import TextMineTesting
import XCTest

/// The batch engine as users meet it: parallel determinism, broken inputs, crash and resume, the lock, streaming.
final class BatchTests: XCTestCase {
    func textmine(_ arguments: [String], stdin: Data? = nil) throws -> (status: Int32, out: String, err: String) {
        try CLI.run(arguments, stdin: stdin)
    }

    /// Writes `count` varied articles built from the samples into a fresh folder with group subfolders.
    func makeCorpus(count: Int) throws -> String {
        let folder = try TestSupport.temporaryDirectory("corpus")
        let samples = TestSupport.repositoryRoot + "/Samples"
        let sources = try FileManager.default.subpathsOfDirectory(atPath: samples).filter { $0.hasSuffix(".txt") }
            .sorted()
        let texts = try sources.map { try String(contentsOfFile: samples + "/" + $0, encoding: .utf8) }
        for index in 0..<count {
            let group = ["alpha", "beta", "gamma"][index % 3]
            try FileManager.default.createDirectory(atPath: "\(folder)/\(group)", withIntermediateDirectories: true)
            let text =
                texts[index % texts.count] + "\nExtra paragraph \(index): it cost $\(index).5m, up \(index % 97)%.\n"
            try text.write(
                toFile: String(format: "%@/%@/doc-%05d.txt", folder, group, index), atomically: false, encoding: .utf8)
        }
        return folder
    }

    func outputFiles(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder) where !path.hasPrefix(".textmine") {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder)
            if !isFolder.boolValue { files[path] = FileManager.default.contents(atPath: folder + "/" + path) }
        }
        return files
    }

    func assertSameOutputs(_ a: String, _ b: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let left = try outputFiles(a)
        let right = try outputFiles(b)
        XCTAssertEqual(left.keys.sorted(), right.keys.sorted(), file: file, line: line)
        for name in left.keys.sorted() where left[name] != right[name] {
            XCTFail("\(name) differs between \(a) and \(b)", file: file, line: line)
        }
    }

    func testOutputIsByteIdenticalForAnyJobs() throws {
        let corpus = try makeCorpus(count: 300)
        var outs: [String] = []
        for jobs in [1, 2, 5] {
            let out = try TestSupport.temporaryDirectory("jobs\(jobs)")
            let result = try textmine([
                "run", "Pipelines/news.yaml", corpus, "--out", out, "--jobs", "\(jobs)", "--no-progress", "-q",
            ])
            XCTAssertEqual(result.status, 0, result.err)
            outs.append(out)
        }
        XCTAssertEqual(try TestSupport.readJSONLines(outs[0] + "/documents.jsonl").count, 300)
        try assertSameOutputs(outs[0], outs[1])
        try assertSameOutputs(outs[0], outs[2])
    }

    func testEveryBrokenFileIsReportedAndTheRunGoesOn() throws {
        let folder = try TestSupport.temporaryDirectory("broken")
        let pipeline = folder + "/p.yaml"
        try """
        input: {max_bytes: 2KB}
        stages:
          - tokenize
          - entities:
              patterns: {SLOW: '(a+)+$', MONEY: '\\$\\d+'}
              match_limit: 20000
        """.write(toFile: pipeline, atomically: true, encoding: .utf8)
        let input = folder + "/in"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        func write(_ name: String, _ bytes: [UInt8]) throws {
            try Data(bytes).write(to: URL(fileURLWithPath: input + "/" + name))
        }
        try write("good.txt", Array("Good news\n\nIt cost $5.\n".utf8))
        try write("latin1.txt", Array("Caf".utf8) + [0xE9] + Array(" news\n\nIt cost $7.\n".utf8))
        try write("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x10])
        try write("empty.txt", Array("  \n\n".utf8))
        try write("huge.txt", Array(String(repeating: "word ", count: 1000).utf8))
        try write("hostile.txt", Array(("Title\n\n" + String(repeating: "a", count: 1500) + "!").utf8))
        try write("notes.md", Array("not included".utf8))
        let list = folder + "/list.txt"
        let listed = ["good.txt", "latin1.txt", "binary.txt", "empty.txt", "huge.txt", "hostile.txt", "missing.txt"]
        try listed.map { input + "/" + $0 }.joined(separator: "\n").write(
            toFile: list, atomically: true, encoding: .utf8)

        let out = folder + "/out"
        let result = try textmine(["run", pipeline, input, "--out", out, "--no-progress"])
        XCTAssertEqual(result.status, 1, "finished with failures: \(result.err)")
        let issues = try TestSupport.readJSONLines(out + "/failures.jsonl")
        var reasons: [String: String] = [:]
        for issue in issues { reasons[issue["id"] as! String] = "\(issue["outcome"]!)/\(issue["reason"]!)" }
        XCTAssertEqual(
            reasons,
            [
                "latin1.txt": "warning/invalid_utf8", "binary.txt": "skipped/binary", "empty.txt": "skipped/empty",
                "huge.txt": "skipped/too_large", "hostile.txt": "failed/stage_error",
            ])
        let hostile = issues.first { $0["id"] as? String == "hostile.txt" }!
        XCTAssertEqual(hostile["stage"] as? String, "entities")
        XCTAssertTrue((hostile["message"] as? String ?? "").contains("rule 'SLOW'"))
        let documents = try TestSupport.readJSONLines(out + "/documents.jsonl").map { $0["id"] as! String }
        XCTAssertEqual(documents, ["good.txt", "latin1.txt"])
        let summary =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json")))
            as! [String: Any]
        let counts = summary["documents"] as! [String: Int]
        XCTAssertEqual(counts, ["processed": 2, "skipped": 3, "failed": 1, "warnings": 1])

        // A file list with a missing file: reported as unreadable.
        let listOut = folder + "/list-out"
        let listResult = try textmine(["run", pipeline, "--files-from", list, "--out", listOut, "--no-progress"])
        XCTAssertEqual(listResult.status, 1)
        let listIssues = try TestSupport.readJSONLines(listOut + "/failures.jsonl")
        XCTAssertTrue(
            listIssues.contains {
                ($0["id"] as? String ?? "").hasSuffix("missing.txt") && $0["reason"] as? String == "unreadable"
            })

        // invalid_utf8: skip turns the repair into a skip; --max-failures stops early with exit code 2.
        try String(contentsOfFile: pipeline, encoding: .utf8).replacingOccurrences(
            of: "max_bytes: 2KB", with: "max_bytes: 2KB, invalid_utf8: skip"
        )
        .write(toFile: pipeline, atomically: true, encoding: .utf8)
        let skipOut = folder + "/skip-out"
        XCTAssertEqual(try textmine(["run", pipeline, input, "--out", skipOut, "--no-progress", "-q"]).status, 1)
        XCTAssertTrue(
            try TestSupport.readJSONLines(skipOut + "/failures.jsonl").contains {
                $0["id"] as? String == "latin1.txt" && $0["outcome"] as? String == "skipped"
            })
        let stopped = try textmine([
            "run", pipeline, input, "--out", folder + "/stop-out", "--no-progress", "-q", "--max-failures", "1",
            "--fresh",
        ])
        XCTAssertEqual(stopped.status, 2, stopped.err)
        XCTAssertTrue(stopped.err.contains("stopped early"), stopped.err)
    }

    func testLockNamesTheHolder() throws {
        let out = try TestSupport.temporaryDirectory("locked")
        try FileManager.default.createDirectory(atPath: out + "/.textmine", withIntermediateDirectories: true)
        let descriptor = open(out + "/.textmine/lock", O_RDWR | O_CREAT, 0o644)
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        defer { close(descriptor) }
        XCTAssertEqual(flock(descriptor, LOCK_EX | LOCK_NB), 0)
        let pid = Array("4242\n".utf8)
        _ = pid.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let result = try textmine(["run", "Pipelines/news.yaml", "Samples", "--out", out, "--no-progress"])
        XCTAssertEqual(result.status, 75)
        XCTAssertTrue(result.err.contains("pid 4242"), result.err)
    }

    /// Kill -9 a run at random moments, several times in a row, then let it finish: the outputs must equal an
    /// uninterrupted run's, byte for byte.
    func testKillNineThenResumeGivesIdenticalOutputs() throws {
        let corpus = try makeCorpus(count: 2500)
        let reference = try TestSupport.temporaryDirectory("reference")
        XCTAssertEqual(
            try textmine(["run", "Pipelines/news.yaml", corpus, "--out", reference, "--no-progress", "-q"]).status, 0)

        let out = try TestSupport.temporaryDirectory("killed")
        var generator = SystemRandomNumberGenerator()
        var killedWhileRunning = 0
        for _ in 0..<4 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CLI.binary)
            process.arguments = [
                "run", "Pipelines/news.yaml", corpus, "--out", out, "--no-progress", "-q", "--checkpoint-seconds",
                "0.05", "--jobs", "2",
            ]
            process.currentDirectoryURL = URL(fileURLWithPath: TestSupport.repositoryRoot)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 150_000...700_000, using: &generator))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killedWhileRunning += 1
            }
            process.waitUntilExit()
        }
        XCTAssertGreaterThan(killedWhileRunning, 0, "the corpus must be large enough to kill a run mid-way")
        let final = try textmine(["run", "Pipelines/news.yaml", corpus, "--out", out, "--no-progress"])
        XCTAssertEqual(final.status, 0, final.err)
        try assertSameOutputs(reference, out)
    }

    func testStreamingJSONLinesInAndOut() throws {
        let out = try TestSupport.temporaryDirectory("stream")
        let records: [[String: String]] = [
            [
                "id": "w/1",
                "text": "Headline one\n\n\"Odd\ttext\" with \u{1}control, ünïcödé and \\ backslashes cost $3.",
            ],
            ["id": "w/2", "text": "Second\n\nLine\r\nbreaks.", "group": "custom"],
        ]
        var input = Data()
        for record in records {
            input.append(try JSONSerialization.data(withJSONObject: record))
            input.append(0x0A)
        }
        input.append(Data("this is not json\n".utf8))
        let result = try textmine(
            ["run", "Pipelines/news.yaml", "--stdin-jsonl", "--stdout-jsonl", "--out", out], stdin: input)
        XCTAssertEqual(result.status, 1, result.err)
        let lines = result.out.split(separator: "\n").map {
            try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        XCTAssertEqual(lines.map { $0["id"] as! String }, ["w/1", "w/2"])
        XCTAssertEqual(lines.map { $0["group"] as! String }, ["w", "custom"])
        XCTAssertEqual(lines[0]["length"] as? Int, records[0]["text"]!.unicodeScalars.count)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out + "/documents.jsonl"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/state/aggregate.json"))
        let issues = try TestSupport.readJSONLines(out + "/failures.jsonl")
        XCTAssertEqual(issues.map { $0["reason"] as? String }, ["invalid_record"])
    }
}
