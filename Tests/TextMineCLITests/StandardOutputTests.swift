import Foundation
import TextMineTesting
import XCTest

/// `--stdout-jsonl | head -c 100`: a reader that goes away is reported with exit code 74, not a silent SIGPIPE.
final class StandardOutputTests: XCTestCase {
    func runClosingStdoutEarly(_ arguments: [String]) throws -> (
        status: Int32, reason: Process.TerminationReason, err: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: TestSupport.repositoryRoot)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read 100 bytes, then close the reading end, as `head -c 100` does.
        var received = 0
        while received < 100 {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            received += chunk.count
        }
        try out.fileHandleForReading.close()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, process.terminationReason, String(decoding: errData, as: UTF8.self))
    }

    func testClosedStandardOutputStopsTheRunWithAMessage() throws {
        let out = try TestSupport.temporaryDirectory("stdout-closed")
        let result = try runClosingStdoutEarly([
            "run", "Pipelines/news.yaml", "Samples", "--stdout-jsonl", "--out", out, "--jobs", "1",
        ])
        XCTAssertEqual(result.reason, .exit, "not killed by SIGPIPE")
        XCTAssertEqual(result.status, 74, result.err)
        XCTAssertTrue(result.err.contains("standard output was closed"), result.err)
        let work = (try? FileManager.default.contentsOfDirectory(atPath: out + "/.textmine")) ?? []
        XCTAssertEqual(work.filter { $0.hasSuffix(".partial") }, [], "partial files removed")
        // The lock was released: the next run on the same OUT works.
        XCTAssertEqual(
            try CLI.run(["run", "Pipelines/news.yaml", "Samples/sport", "--out", out, "--no-progress", "-q"]).status, 0)
    }

    func testListInputsIntoAClosedPipe() throws {
        let corpus = try TestSupport.temporaryDirectory("many")
        let padding = String(repeating: "n", count: 150)
        for index in 0..<800 {
            _ = FileManager.default.createFile(
                atPath: corpus + "/file-\(index)-\(padding).txt", contents: Data("x\n".utf8))
        }
        let result = try runClosingStdoutEarly(["run", "Pipelines/news.yaml", corpus, "--list-inputs"])
        XCTAssertEqual(result.reason, .exit)
        XCTAssertEqual(result.status, 74, result.err)
    }
}
