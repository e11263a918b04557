import Foundation
import TextMineCore
import TextMineTesting
import XCTest

/// The SQLite writer, checked by reading the database back with the `sqlite3` command-line shell.
final class SQLiteTableWriterTests: XCTestCase {
    /// Runs `sqlite3 -batch DATABASE SQL` and returns its standard output (skips when the shell is missing).
    static func sqlite(_ database: String, _ sql: String) throws -> String {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map(
            String.init)
        guard
            let shell = directories.map({ $0 + "/sqlite3" }).first(where: FileManager.default.isExecutableFile(atPath:))
        else {
            throw XCTSkip("the sqlite3 shell is not installed (apt-get install sqlite3)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: shell)
        process.arguments = ["-batch", "-separator", "|", database, sql]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, String(decoding: errors, as: UTF8.self))
        return String(decoding: data, as: UTF8.self)
    }

    let people = OutputTable(
        name: "people", title: "People",
        columns: [.init("name", .text), .init("group", .text), .init("age", .integer), .init("score", .real)],
        rows: [
            [.text("Ann \"the\" O'Neil"), .text("a"), .integer(41), .real(0.25)],
            [.text("Björk"), .text(""), .null, .real(-1.5)],
            [.text(""), .text("a"), .integer(Int.max), .null],
        ],
        indexes: ["group", "group,age"], primaryKey: ["name"])

    func testTablesBecomeTypedSQLTablesWithKeysAndIndexes() throws {
        let folder = try TestSupport.temporaryDirectory()
        let path = folder + "/textmine.sqlite"
        try SQLiteTableWriter.write([people], to: path)
        let schema = try Self.sqlite(path, ".schema people")
        XCTAssertTrue(
            schema.contains(
                "CREATE TABLE \"people\" (\"name\" TEXT, \"group\" TEXT, \"age\" INTEGER, \"score\" REAL)")
                || schema.contains(
                    "CREATE TABLE IF NOT EXISTS \"people\" (\"name\" TEXT, \"group\" TEXT, \"age\" INTEGER, \"score\" REAL)"
                ),
            schema)
        // the key is a unique index, built after the rows are in
        XCTAssertTrue(schema.contains("CREATE UNIQUE INDEX \"people_key\" ON \"people\" (\"name\")"), schema)
        XCTAssertTrue(schema.contains("CREATE INDEX \"people_group\" ON \"people\" (\"group\")"), schema)
        XCTAssertTrue(schema.contains("CREATE INDEX \"people_group_age\" ON \"people\" (\"group\", \"age\")"), schema)
        // Values and their storage classes come back as written; empty text stays text, NULL stays NULL.
        XCTAssertEqual(
            try Self.sqlite(
                path,
                "select name, typeof(name), \"group\", typeof(\"group\"), age, typeof(age), score, typeof(score) from people order by rowid"
            ),
            """
            Ann "the" O'Neil|text|a|text|41|integer|0.25|real
            Björk|text||text||null|-1.5|real
            |text|a|text|9223372036854775807|integer||null

            """)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + ".tmp-\(getpid())"))
    }

    func testDuplicateKeysFallBackToAnIndexAndRewritesReplaceTheFile() throws {
        let folder = try TestSupport.temporaryDirectory()
        let path = folder + "/textmine.sqlite"
        var duplicated = people
        duplicated.rows = .values(Array(people.rowCollection) + [[.text("Björk"), .text("b"), .integer(1), .real(2)]])
        try SQLiteTableWriter.write([duplicated], to: path)
        XCTAssertEqual(try Self.sqlite(path, "select count(*) from people where name = 'Björk'"), "2\n")
        // the unique index failed, was rolled back, and the key got a plain index of the same name
        let schema = try Self.sqlite(path, ".schema people")
        XCTAssertTrue(schema.contains("CREATE INDEX \"people_key\" ON \"people\" (\"name\")"), schema)
        XCTAssertFalse(schema.contains("UNIQUE"), schema)
        XCTAssertEqual(try Self.sqlite(path, "pragma integrity_check"), "ok\n")
        // Writing again replaces the database instead of failing on existing tables.
        try SQLiteTableWriter.write([people], to: path)
        XCTAssertEqual(try Self.sqlite(path, "select count(*) from people"), "3\n")
    }

    func testTwoTablesWithOneNameAreAnErrorAndLeaveNoFile() throws {
        let folder = try TestSupport.temporaryDirectory()
        let path = folder + "/textmine.sqlite"
        XCTAssertThrowsError(try SQLiteTableWriter.write([people, people], to: path)) { error in
            XCTAssertTrue("\(error)".contains("two tables are named 'people'"), "\(error)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), [])
    }

    func testManyRowsGoInOneTransaction() throws {
        let folder = try TestSupport.temporaryDirectory()
        let path = folder + "/textmine.sqlite"
        let rows: [[OutputTable.Value]] = (0..<50_000).map { [.integer($0), .text("row \($0)")] }
        let big = OutputTable(
            name: "big", title: "Big", columns: [.init("n", .integer), .init("label", .text)], rows: rows,
            primaryKey: ["n"])
        let started = Date()
        try SQLiteTableWriter.write([big], to: path)
        XCTAssertLessThan(
            Date().timeIntervalSince(started), 20, "50,000 rows should take well under a second in one transaction")
        XCTAssertEqual(
            try Self.sqlite(path, "select count(*), sum(n), max(label) from big"), "50000|1249975000|row 9999\n")
    }

    /// Texts are bound from one buffer per row, without SQLite's copy: every row must keep its own texts (short,
    /// long, empty, non-ASCII, several a row, a short row's missing cells), none another row's.
    func testEachRowKeepsItsOwnTexts() throws {
        let folder = try TestSupport.temporaryDirectory()
        let path = folder + "/textmine.sqlite"
        let words = ["", "a", "Björk", "a text longer than fifteen bytes", "東京", String(repeating: "x", count: 300)]
        let rows: [[OutputTable.Value]] = (0..<600).map { n in
            let row: [OutputTable.Value] = [
                .integer(n), .text(words[n % words.count] + (n % 7 == 0 ? "" : " \(n)")),
                .text(words[(n / 3) % words.count]), .real(Double(n) / 4), .text(n % 5 == 0 ? "" : "row \(n)"),
            ]
            return n % 11 == 0 ? Array(row.prefix(3)) : row
        }
        let table = OutputTable(
            name: "texts", title: "Texts",
            columns: [
                .init("n", .integer), .init("a", .text), .init("b", .text), .init("r", .real), .init("c", .text),
            ],
            rows: rows, primaryKey: ["n"])
        try SQLiteTableWriter.write([table], to: path)
        let expected = rows.map { row in
            (0..<5).map { index -> String in
                guard index < row.count else { return "NULL" }
                switch row[index] {
                case .text(let text): return "'" + text + "'"
                case .integer(let number): return String(number)
                case .real(let number): return String(number)
                case .null: return "NULL"
                }
            }.joined(separator: "|")
        }
        let stored = try Self.sqlite(
            path, "select n, quote(a), quote(b), printf('%.2f', r), quote(c) from texts order by rowid"
        ).split(separator: "\n").map(String.init)
        XCTAssertEqual(stored.count, rows.count)
        for (index, line) in stored.enumerated() where index < expected.count {
            let want = expected[index].split(separator: "|", omittingEmptySubsequences: false)
            let got = line.split(separator: "|", omittingEmptySubsequences: false)
            XCTAssertEqual(got.count, 5, line)
            guard got.count == 5 else { continue }
            XCTAssertEqual([got[0], got[1], got[2], got[4]], [want[0], want[1], want[2], want[4]], "row \(index)")
        }
    }

    func testLargeNumbersFormatInTablesWithoutOverflow() {
        XCTAssertEqual(OutputTable.format(2e13), "20000000000000")
        XCTAssertEqual(OutputTable.format(-1.5e20), "-150000000000000000000")
        XCTAssertEqual(OutputTable.format(0.1234567), "0.123457")
    }
}
