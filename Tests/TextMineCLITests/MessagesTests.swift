import Foundation
import TextMineTesting
import XCTest

/// Messages name the real cause in plain words; odd but valid inputs work.
final class MessagesTests: XCTestCase {
    func testByteOrderMarkIsAcceptedAndTabsAreNamed() throws {
        let folder = try TestSupport.temporaryDirectory("messages")
        try ("\u{FEFF}stages:\n  - tokenize\n").write(toFile: folder + "/bom.yaml", atomically: false, encoding: .utf8)
        let bom = try CLI.run(["check", folder + "/bom.yaml"])
        XCTAssertEqual(bom.status, 0, bom.err)
        try "stages:\n\t- tokenize\n".write(toFile: folder + "/tab.yaml", atomically: false, encoding: .utf8)
        let tab = try CLI.run(["check", folder + "/tab.yaml"])
        XCTAssertEqual(tab.status, 65)
        XCTAssertTrue(tab.err.contains("tab.yaml:2:") && tab.err.contains("tab character"), tab.err)
    }

    func testNoFoundationOrSwiftDebugTextReachesUsers() throws {
        let folder = try TestSupport.temporaryDirectory("messages-foundation")
        try FileManager.default.createDirectory(atPath: folder + "/part/state", withIntermediateDirectories: true)
        try "{\"counts\": 3}".write(toFile: folder + "/part/summary.json", atomically: false, encoding: .utf8)
        let merge = try CLI.run(["merge", "Pipelines/news.yaml", folder + "/part", "--out", folder + "/out"])
        XCTAssertEqual(merge.status, 65, merge.err)
        XCTAssertTrue(merge.err.contains("summary.json' cannot be read"), merge.err)
        try "not a folder".write(toFile: folder + "/file", atomically: false, encoding: .utf8)
        let blocked = try CLI.run([
            "run", "Pipelines/news.yaml", "Samples/sport", "--out", folder + "/file/out", "--no-progress",
        ])
        XCTAssertEqual(blocked.status, 73, blocked.err)
        for result in [merge, blocked] {
            for debugText in ["NSCocoaErrorDomain", "DecodingError", "CodingKeys", "Error Domain"] {
                XCTAssertFalse(result.err.contains(debugText), result.err)
            }
        }
    }

    func testOutputMayNotBeTheRootOrInsideAnInput() throws {
        let root = try CLI.run(["run", "Pipelines/news.yaml", "Samples/sport", "--out", "/"])
        XCTAssertEqual(root.status, 64, root.err)
        let folder = try TestSupport.temporaryDirectory("messages-inside")
        try FileManager.default.createDirectory(atPath: folder + "/in", withIntermediateDirectories: true)
        try "Title\n\nText.\n".write(toFile: folder + "/in/a.txt", atomically: false, encoding: .utf8)
        let inside = try CLI.run(["run", "Pipelines/news.yaml", folder + "/in", "--out", folder + "/in/out"])
        XCTAssertEqual(inside.status, 64, inside.err)
        XCTAssertTrue(inside.err.contains("inside the input folder"), inside.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/in/out"))
    }

    func testAFileNameThatIsNotUTF8IsProcessed() throws {
        let folder = try TestSupport.temporaryDirectory("messages-latin1")
        try FileManager.default.createDirectory(atPath: folder + "/in", withIntermediateDirectories: true)
        let name = Array((folder + "/in/caf").utf8) + [0xE9] + Array(".txt".utf8) + [0]
        let descriptor = name.withUnsafeBufferPointer {
            $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) }
        }
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        _ = Array("Title\n\nSome text here.\n".utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        let result = try CLI.run([
            "run", "Pipelines/news.yaml", folder + "/in", "--out", folder + "/out", "--no-progress", "-q",
        ])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(
            try TestSupport.readJSONLines(folder + "/out/documents.jsonl").map { $0["id"] as? String },
            ["caf\u{FFFD}.txt"])
    }

    func testExecGrandchildrenDoNotOutliveTheRun() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else {
            throw XCTSkip("python3 is not installed")
        }
        let folder = try TestSupport.temporaryDirectory("messages-exec")
        let marker = "86\(Int.random(in: 100...999))1"
        try """
        stages:
          - sentences
          - exec:
              command: [sh, -c, 'sleep \(marker) & exec python3 \(TestSupport.repositoryRoot)/Plugins/python/topics.py']
              consumes: [sentences]
              produces: [topics]
        output: {formats: [jsonl]}
        """.write(toFile: folder + "/p.yaml", atomically: false, encoding: .utf8)
        let result = try CLI.run([
            "run", folder + "/p.yaml", "Samples/sport", "--out", folder + "/out", "--no-progress", "-q", "--jobs", "1",
        ])
        XCTAssertEqual(result.status, 0, result.err)
        usleep(200_000)
        let pgrep = Process()
        pgrep.executableURL = URL(fileURLWithPath: "/usr/bin/pgrep")
        pgrep.arguments = ["-f", "sleep \(marker)"]
        pgrep.standardOutput = FileHandle.nullDevice
        try pgrep.run()
        pgrep.waitUntilExit()
        XCTAssertEqual(pgrep.terminationStatus, 1, "a 'sleep \(marker)' started by the plugin is still running")
    }
}
