import Foundation
import TextMineTesting
import XCTest

/// Inputs that are not regular files are reported, never waited on; SIGINT/SIGTERM stop a run cleanly and resumably.
final class InputKindsAndSignalsTests: XCTestCase {
    /// Runs textmine, failing (and killing it) if it has not finished within `seconds`.
    func runWithin(
        _ seconds: Double, _ arguments: [String], stdin: Data? = nil, cwd: String = TestSupport.repositoryRoot
    ) throws
        -> (status: Int32, out: String, err: String)
    {
        let finished = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: (status: Int32, out: String, err: String)?
        nonisolated(unsafe) var failure: (any Error)?
        DispatchQueue.global().async {
            do { result = try CLI.run(arguments, stdin: stdin, cwd: cwd) } catch { failure = error }
            finished.signal()
        }
        if finished.wait(timeout: .now() + seconds) == .timedOut {
            XCTFail("textmine \(arguments.joined(separator: " ")) did not finish within \(seconds) s")
            throw XCTSkip("hung")
        }
        if let failure { throw failure }
        return result!
    }

    func testFIFOsAreReportedNotWaitedOn() throws {
        let folder = try TestSupport.temporaryDirectory("fifo")
        try FileManager.default.createDirectory(atPath: folder + "/in", withIntermediateDirectories: true)
        try "Title\n\nSome text.\n".write(toFile: folder + "/in/a.txt", atomically: false, encoding: .utf8)
        XCTAssertEqual(mkfifo(folder + "/in/pipe.txt", 0o644), 0)
        XCTAssertEqual(mkfifo(folder + "/named.txt", 0o644), 0)

        // In a folder, named on the command line, in --files-from and as a stdin record's path.
        let walked = try runWithin(
            20, ["run", "Pipelines/news.yaml", folder + "/in", "--out", folder + "/o1", "--no-progress", "-q"])
        XCTAssertEqual(walked.status, 1, walked.err)
        let named = try runWithin(
            20, ["run", "Pipelines/news.yaml", folder + "/named.txt", "--out", folder + "/o2", "--no-progress", "-q"])
        XCTAssertEqual(named.status, 1, named.err)
        try "\(folder)/in/a.txt\n\(folder)/named.txt\n".write(
            toFile: folder + "/list.txt", atomically: false, encoding: .utf8)
        let listed = try runWithin(
            20,
            [
                "run", "Pipelines/news.yaml", "--files-from", folder + "/list.txt", "--out", folder + "/o3",
                "--no-progress", "-q",
            ])
        XCTAssertEqual(listed.status, 1, listed.err)
        let record =
            try JSONSerialization.data(withJSONObject: ["id": "p", "path": folder + "/named.txt"]) + Data([0x0A])
        let streamed = try runWithin(
            20, ["run", "Pipelines/news.yaml", "--stdin-jsonl", "--out", folder + "/o4", "--no-progress", "-q"],
            stdin: record)
        XCTAssertEqual(streamed.status, 1, streamed.err)
        for out in ["o1", "o2", "o3", "o4"] {
            let issues = try TestSupport.readJSONLines(folder + "/" + out + "/failures.jsonl")
            XCTAssertEqual(issues.map { $0["reason"] as? String }, ["not_a_file"], out)
            XCTAssertTrue((issues.first?["message"] as? String ?? "").contains("FIFO"), out)
        }
        XCTAssertEqual(
            try TestSupport.readJSONLines(folder + "/o1/documents.jsonl").count, 1, "the regular file is processed")
    }

    func testAnUnreadableFolderIsAnErrorOrAFailureLine() throws {
        guard getuid() != 0 else {
            throw XCTSkip("running as root, which can read every folder; the check needs an ordinary user")
        }
        let folder = try TestSupport.temporaryDirectory("unreadable")
        try FileManager.default.createDirectory(atPath: folder + "/in/locked", withIntermediateDirectories: true)
        try "Title\n\nText.\n".write(toFile: folder + "/in/a.txt", atomically: false, encoding: .utf8)
        try "Title\n\nText.\n".write(toFile: folder + "/in/locked/b.txt", atomically: false, encoding: .utf8)
        chmod(folder + "/in/locked", 0)
        defer { chmod(folder + "/in/locked", 0o755) }
        let inside = try CLI.run([
            "run", "Pipelines/news.yaml", folder + "/in", "--out", folder + "/o1", "--no-progress", "-q",
        ])
        XCTAssertEqual(inside.status, 1, inside.err)
        XCTAssertEqual(
            try TestSupport.readJSONLines(folder + "/o1/failures.jsonl").map { $0["id"] as? String }, ["locked/"])
        let named = try CLI.run([
            "run", "Pipelines/news.yaml", folder + "/in/locked", "--out", folder + "/o2", "--no-progress", "-q",
        ])
        XCTAssertEqual(named.status, 66, named.err)
        XCTAssertTrue(named.err.contains("cannot be read"), named.err)
    }

    func testSIGTERMCheckpointsReleasesTheLockAndResumes() throws {
        let corpus = try TestSupport.temporaryDirectory("signal-corpus")
        let samples = TestSupport.repositoryRoot + "/Samples"
        let texts = try FileManager.default.subpathsOfDirectory(atPath: samples).filter { $0.hasSuffix(".txt") }
            .sorted()
            .map { try String(contentsOfFile: samples + "/" + $0, encoding: .utf8) }
        for index in 0..<600 {
            try (texts[index % texts.count] + "\nCopy \(index).\n").write(
                toFile: String(format: "%@/doc-%05d.txt", corpus, index), atomically: false, encoding: .utf8)
        }
        let out = try TestSupport.temporaryDirectory("signal-out")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = [
            "run", "Pipelines/news.yaml", corpus, "--out", out, "--no-progress", "-q", "--jobs", "2",
            "--checkpoint-seconds", "0",
        ]
        process.currentDirectoryURL = URL(fileURLWithPath: TestSupport.repositoryRoot)
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Signal once the run is processing (its first checkpoint is written after the first batch).
        let deadline = Date().addingTimeInterval(30)
        while !FileManager.default.fileExists(atPath: out + "/.textmine/checkpoint.json") && Date() < deadline {
            usleep(20_000)
        }
        XCTAssertTrue(process.isRunning, "the corpus must be large enough to signal a run mid-way")
        kill(process.processIdentifier, SIGTERM)
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .exit)
        XCTAssertEqual(process.terminationStatus, 143, message)
        XCTAssertTrue(message.contains("SIGTERM") && message.contains("resume"), message)
        XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/.textmine/checkpoint.json"))
        let resumed = try CLI.run(["run", "Pipelines/news.yaml", corpus, "--out", out, "--no-progress", "--jobs", "2"])
        XCTAssertEqual(resumed.status, 0, resumed.err)
        XCTAssertTrue(resumed.out.contains("resumed"), resumed.out)
        XCTAssertEqual(try TestSupport.readJSONLines(out + "/documents.jsonl").count, 600)
    }
}
