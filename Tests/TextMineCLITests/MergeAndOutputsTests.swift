import Foundation
import TextMineCore
import TextMineTesting
import XCTest

/// `textmine run` with every format, and `textmine merge` of shards giving exactly the single run's files.
final class MergeAndOutputsTests: XCTestCase {
    /// Runs the built binary from the repository root.
    func textmine(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        try CLI.run(arguments)
    }

    /// Every table of a database, dumped as SQL text (schema and rows), for comparing contents.
    func dump(_ database: String) throws -> String {
        try sqlite(database, ".dump")
    }

    func sqlite(_ database: String, _ sql: String) throws -> String {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map(
            String.init)
        guard
            let shell = directories.map({ $0 + "/sqlite3" }).first(where: FileManager.default.isExecutableFile(atPath:))
        else {
            throw XCTSkip("the sqlite3 shell is not installed (apt-get install sqlite3)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: shell)
        process.arguments = ["-batch", database, sql]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, sql)
        return String(decoding: data, as: UTF8.self)
    }

    /// Relative paths of every file under a folder, sorted.
    func files(_ folder: String) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: folder).filter { path in
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory)
            return !isDirectory.boolValue && !path.hasPrefix(".textmine")
        }.sorted()
    }

    func testRunPrintsWhereEachOutputWentAndTheDatabaseAnswersTheReadmeQueries() throws {
        let out = try TestSupport.temporaryDirectory()
        let result = try textmine(["run", "Pipelines/news.yaml", "Samples", "--out", out, "--no-progress"])
        XCTAssertEqual(result.status, 0, result.err)
        let printed = result.out.split(separator: "\n").filter { $0.hasPrefix("wrote ") }.map {
            String($0.dropFirst(6))
        }
        let expected = [
            "documents.jsonl", "failures.jsonl", "state/aggregate.json", "entities.csv", "textmine.sqlite",
            "report.html", "summary.json",
        ]
        for name in expected { XCTAssertTrue(printed.contains(out + "/" + name), "\(name) not in \(printed)") }
        for path in printed { XCTAssertTrue(FileManager.default.fileExists(atPath: path), path) }
        XCTAssertEqual(Set(printed), Set(try files(out).map { out + "/" + $0 }), "one line per file written")

        let database = out + "/textmine.sqlite"
        XCTAssertEqual(try sqlite(database, "select count(*) from documents"), "12\n")
        XCTAssertEqual(
            try sqlite(database, "select name from sqlite_master where type = 'table' order by name"),
            "cooccurrence\ndocuments\nentities\ngroups\nmoney\nquote_highlights\nquotes\nspeakers\n")
        // The README's example queries run (quotes are empty until a quotes stage is in the pipeline).
        _ = try sqlite(database, "select speaker, count(*) from quotes group by speaker order by 2 desc")
        XCTAssertEqual(
            try sqlite(database, "select currency, total from money where \"group\" = '' order by currency"),
            "EUR|146700000.0\nGBP|2581200002.5\nUSD|324882050000.0\n")
        XCTAssertEqual(
            try sqlite(
                database,
                "select text, mentions from entities where \"group\" = '' and type = 'MONEY' order by mentions desc, text limit 2"
            ),
            "$1.13bn|4\n£600m|4\n")
        XCTAssertEqual(
            try sqlite(database, "select \"group\", count(*) from documents group by 1 order by 1"),
            "business|3\nculture|2\npolitics|3\nscience|2\nsport|2\n")
        let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
        XCTAssertTrue(html.contains("<section id=\"entities\">") && html.contains("$1.13bn"))
    }

    func testMergingThreeShardsGivesTheSingleRunByteForByte() throws {
        let whole = try TestSupport.temporaryDirectory("textmine-whole")
        XCTAssertEqual(
            try textmine(["run", "Pipelines/news.yaml", "Samples", "--out", whole, "--no-progress", "--quiet"]).status,
            0)
        var shards: [String] = []
        for index in 0..<3 {
            let shard = try TestSupport.temporaryDirectory("textmine-shard\(index)")
            let result = try textmine([
                "run", "Pipelines/news.yaml", "Samples", "--shard", "\(index)/3", "--jobs", "\(index + 1)",
                "--out", shard, "--no-progress", "--quiet",
            ])
            XCTAssertEqual(result.status, 0, result.err)
            shards.append(shard)
        }
        // Shards are non-trivial: each has some documents, and together all of them.
        let counts = try shards.map { try TestSupport.readJSONLines($0 + "/documents.jsonl").count }
        XCTAssertTrue(counts.allSatisfy { $0 > 0 }, "\(counts)")
        XCTAssertEqual(counts.reduce(0, +), 12)

        let merged = try TestSupport.temporaryDirectory("textmine-merged")
        let result = try textmine(["merge", "Pipelines/news.yaml"] + shards + ["--out", merged])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.contains("wrote \(merged)/textmine.sqlite"), result.out)

        let names = try files(whole)
        XCTAssertEqual(try files(merged), names)
        XCTAssertTrue(names.contains("summary.json") && names.contains("entities.csv") && names.contains("report.html"))
        for name in names {
            if name.hasSuffix(".sqlite") {
                XCTAssertEqual(try dump(merged + "/" + name), try dump(whole + "/" + name), name)
                XCTAssertTrue(try dump(whole + "/" + name).contains("INSERT INTO entities VALUES"), "the dump has rows")
            } else {
                let a = try Data(contentsOf: URL(fileURLWithPath: whole + "/" + name))
                let b = try Data(contentsOf: URL(fileURLWithPath: merged + "/" + name))
                XCTAssertEqual(a, b, "\(name) differs between the single run and the merge of three shards")
            }
        }
    }
}
