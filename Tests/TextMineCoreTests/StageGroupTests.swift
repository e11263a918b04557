import Dispatch
import Foundation
import TextMineTesting
import XCTest

@testable import TextMineCore

/// Calls in the order they came (the stages of one test run, or the workers claiming groups).
private final class CallLog: @unchecked Sendable {
    private let lock = NSLock()
    private var calls: [(stage: String, id: String)] = []

    func record(_ stage: String, _ id: String) {
        lock.lock()
        calls.append((stage, id))
        lock.unlock()
    }

    var entries: [(stage: String, id: String)] {
        lock.lock()
        defer { lock.unlock() }
        return calls
    }
}

/// Logs each call; fails documents holding `boom`, warns on documents holding `warn`, and adds a feature that counts
/// the letters of the text, so each document's line shows which document the stage saw.
private struct LoggingStage: Stage {
    static let descriptor = StageDescriptor(name: "logging", summary: "logs its calls")
    typealias Options = NoOptions
    let name: String
    let log: CallLog
    init(options: NoOptions, context: StageContext) throws { fatalError("made in code only") }
    init(name: String, log: CallLog) {
        self.name = name
        self.log = log
    }

    struct Boom: Error, CustomStringConvertible {
        var description: String { "the text says boom" }
    }

    func process(_ document: inout Document) throws {
        log.record(name, document.id)
        let text = String(decoding: document.utf8, as: UTF8.self)
        if text.contains("boom") { throw Boom() }
        if text.contains("warn") { document.warnings.append((reason: "warned", message: "\(name) saw warn")) }
        let letters = document.utf8.filter { $0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A }.count
        document.features["\(name)_letters"] = .int(letters)
    }
}

/// Documents run in groups, stage by stage (``StageGroupClaims``): the claims split a batch exactly, each stage runs
/// on a whole group before the next, and every document ends with the result it gets alone.
final class StageGroupTests: XCTestCase {
    func testOneWorkerClaimsFullGroupsInOrder() {
        for documents in [0, 1, 63, 64, 65, 200] {
            let claims = StageGroupClaims(documents: documents, workers: 1)
            var groups: [Range<Int>] = []
            while let group = claims.next() { groups.append(group) }
            XCTAssertEqual(groups.first?.lowerBound ?? 0, 0)
            XCTAssertEqual(groups.last?.upperBound ?? 0, documents)
            for (a, b) in zip(groups, groups.dropFirst()) { XCTAssertEqual(a.upperBound, b.lowerBound) }
            XCTAssertTrue(groups.dropLast().allSatisfy { $0.count == StageGroupClaims.maximumCount }, "\(groups)")
            XCTAssertFalse(groups.contains { $0.isEmpty })
        }
    }

    func testSeveralWorkersGetShrinkingGroupsThatEndInSingleDocuments() {
        let claims = StageGroupClaims(documents: 512, workers: 2)
        var groups: [Range<Int>] = []
        while let group = claims.next() { groups.append(group) }
        XCTAssertEqual(groups.map(\.count).reduce(0, +), 512)
        XCTAssertEqual(groups.first?.count, StageGroupClaims.maximumCount)
        XCTAssertEqual(groups.last?.count, 1)
        for (a, b) in zip(groups, groups.dropFirst()) {
            XCTAssertEqual(a.upperBound, b.lowerBound)
            XCTAssertGreaterThanOrEqual(a.count, b.count, "\(groups)")
        }
    }

    func testConcurrentClaimsCoverEveryDocumentOnce() {
        let claims = StageGroupClaims(documents: 20_000, workers: 4)
        let log = CallLog()
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            while let group = claims.next() { log.record("\(worker)", "\(group.lowerBound) \(group.upperBound)") }
        }
        var groups = log.entries.map { entry -> Range<Int> in
            let bounds = entry.id.split(separator: " ").map { Int($0)! }
            return bounds[0]..<bounds[1]
        }
        groups.sort { $0.lowerBound < $1.lowerBound }
        XCTAssertEqual(groups.first?.lowerBound, 0)
        XCTAssertEqual(groups.last?.upperBound, 20_000)
        for (a, b) in zip(groups, groups.dropFirst()) { XCTAssertEqual(a.upperBound, b.lowerBound) }
    }

    /// Writes `count` documents; every 7th says `warn`, every 29th says `boom`.
    private func corpus(_ count: Int) throws -> (folder: String, files: [InputFile]) {
        let folder = try TestSupport.temporaryDirectory("stage-groups")
        var files: [InputFile] = []
        for index in 0..<count {
            let name = String(format: "doc-%04d.txt", index)
            var text = "Document \(index) " + String(repeating: "x", count: index % 13)
            if index % 7 == 3 { text += " warn" }
            if index % 29 == 5 { text += " boom" }
            try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
            files.append(InputFile(id: name, group: "", path: folder + "/" + name))
        }
        return (folder, files)
    }

    private func run(
        _ files: [InputFile], into out: String, jobs: Int, batchSize: Int? = nil, log: CallLog
    ) throws -> RunSummary {
        let pipeline = Pipeline(
            name: "groups",
            stages: [
                ("first", LoggingStage(name: "first", log: log)), ("second", LoggingStage(name: "second", log: log)),
            ])
        var options = RunOptions(outputDirectory: out, jobs: jobs)
        options.progress = false
        options.batchSize = batchSize
        return try Runner(pipeline: pipeline, options: options).run(FileListSource(files))
    }

    func testEachStageRunsOnTheWholeGroupBeforeTheNext() throws {
        let (folder, files) = try corpus(100)
        let log = CallLog()
        _ = try run(files, into: folder + "/out", jobs: 1, log: log)
        let calls = log.entries
        // the first group: the batch's 64 documents, the first stage on each in order, then the second on those it
        // did not fail
        let firstGroup = files.prefix(StageGroupClaims.maximumCount).map(\.id)
        XCTAssertEqual(calls.prefix(firstGroup.count).map(\.stage), Array(repeating: "first", count: firstGroup.count))
        XCTAssertEqual(calls.prefix(firstGroup.count).map(\.id), firstGroup)
        let survivors = firstGroup.filter { id in !(Int(id.dropFirst(4).prefix(4))! % 29 == 5) }
        XCTAssertEqual(
            calls.dropFirst(firstGroup.count).prefix(survivors.count).map { "\($0.stage) \($0.id)" },
            survivors.map { "second \($0)" })
    }

    func testGroupedRunsGiveEveryDocumentItsOwnResultForAnyJobs() throws {
        let (folder, files) = try corpus(300)
        // batches of one document: each runs alone, stage after stage, as before groups
        _ = try run(files, into: folder + "/alone", jobs: 1, batchSize: 1, log: CallLog())
        for jobs in [1, 2, 3] {
            let out = folder + "/jobs\(jobs)"
            let summary = try run(files, into: out, jobs: jobs, log: CallLog())
            XCTAssertEqual(summary.counts.failed, 11, "every 29th document fails")
            for file in ["documents.jsonl", "failures.jsonl"] {
                let grouped = try String(contentsOfFile: out + "/" + file, encoding: .utf8)
                let alone = try String(contentsOfFile: folder + "/alone/" + file, encoding: .utf8)
                XCTAssertEqual(grouped, alone, "\(file), --jobs \(jobs)")
            }
        }
        let failures = try TestSupport.readJSONLines(folder + "/jobs2/failures.jsonl")
        XCTAssertEqual(failures.filter { $0["outcome"] as? String == "warning" }.count, 2 * 43 - 2)
        XCTAssertTrue(
            failures.contains { $0["id"] as? String == "doc-0005.txt" && $0["stage"] as? String == "first" })
    }
}
