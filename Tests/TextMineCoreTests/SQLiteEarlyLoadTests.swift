import Foundation
import TextMineCore
import TextMineTesting
import XCTest

/// The database built in two steps (row-file tables first, while the caller still builds the others) must be the
/// same file as the one-step writer's (so `--jobs 1` and `--jobs 2` write the same bytes), and fall back to it
/// whenever it could not.
final class SQLiteEarlyLoadTests: XCTestCase {
    let entities = OutputTable(
        name: "entities", title: "Entities",
        columns: [.init("type", .text), .init("text", .text), .init("mentions", .integer)],
        rows: [[.text("PERSON"), .text("Ann"), .integer(3)], [.text("ORG"), .text("BBC"), .integer(1)]],
        indexes: ["text"], primaryKey: ["type", "text"])
    let money = OutputTable(
        name: "money", title: "Money", columns: [.init("currency", .text), .init("total", .real)],
        rows: [[.text("GBP"), .real(1.5e9)], [.text("USD"), .real(-2)]], indexes: [], primaryKey: ["currency"])

    /// A row-file table (as the runner streams documents and quotes) with a key and an index.
    func rowTable(in folder: String, lines: [String] = ["d1,sport,3", "d2,tech,", "d3,sport,7"]) throws -> OutputTable {
        let file = folder + "/documents.csv"
        try (["id,group,length"] + lines).joined(separator: "\n").appending("\n").write(
            toFile: file, atomically: true, encoding: .utf8)
        var table = OutputTable(
            name: "documents", title: "Documents",
            columns: [.init("id", .text), .init("group", .text), .init("length", .integer)], indexes: ["group"],
            primaryKey: ["id"])
        table.rows = .file(file)
        return table
    }

    /// The aggregate tables as the early build knows them: schema only, no rows.
    func schemaOnly(_ table: OutputTable) -> OutputTable {
        var table = table
        table.rows = .values([])
        return table
    }

    func dump(_ path: String) throws -> String { try SQLiteTableWriterTests.sqlite(path, ".dump") }

    /// Writes `tables` with the one-step writer and with the early one (expecting the aggregate tables `entities`
    /// and `money` by schema, then `documents`); checks that both give the same database and returns the early
    /// writer's outcome and the dump.
    func writeBoth(_ tables: [OutputTable], documents: OutputTable, in folder: String) throws -> (
        outcome: SQLiteTableWriter.EarlyLoadOutcome, dump: String
    ) {
        try SQLiteTableWriter.write(tables, to: folder + "/one.sqlite")
        let path = folder + "/early.sqlite"
        let outcome = try SQLiteTableWriter.write(
            expecting: [schemaOnly(entities), schemaOnly(money), documents], to: path
        ) { tables }
        try assertSameDatabase(path, folder + "/one.sqlite")
        return (outcome, try dump(path))
    }

    /// The same dump and the same bytes.
    func assertSameDatabase(_ path: String, _ other: String, line: UInt = #line) throws {
        XCTAssertEqual(try dump(path), try dump(other), line: line)
        XCTAssertEqual(
            FileManager.default.contents(atPath: path), FileManager.default.contents(atPath: other), line: line)
    }

    func testEarlyLoadIsTheOneStepWritersFileAndAsksForTablesAfterTheRowFiles() throws {
        let folder = try TestSupport.temporaryDirectory()
        let documents = try rowTable(in: folder)
        let tables = [entities, money, documents]
        try SQLiteTableWriter.write(tables, to: folder + "/one.sqlite")
        let path = folder + "/early.sqlite"
        var asked = 0
        let outcome = try SQLiteTableWriter.write(
            expecting: [schemaOnly(entities), schemaOnly(money), documents], to: path
        ) {
            asked += 1
            // Still being built under its temporary name: nothing is published before the tables are in.
            XCTAssertFalse(FileManager.default.fileExists(atPath: path))
            XCTAssertTrue(FileManager.default.fileExists(atPath: path + ".tmp-\(getpid())"))
            return tables
        }
        XCTAssertEqual(outcome, .early)
        XCTAssertEqual(asked, 1)
        let expected = try dump(folder + "/one.sqlite")
        XCTAssertTrue(expected.contains("CREATE UNIQUE INDEX \"documents_key\""), expected)
        XCTAssertTrue(expected.contains("INSERT INTO documents VALUES('d2','tech',NULL);"), expected)
        try assertSameDatabase(path, folder + "/one.sqlite")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + ".tmp-\(getpid())"))
    }

    func testDuplicateKeysInMemoryAndInTheRowFileStayEarlyWithPlainIndexes() throws {
        let folder = try TestSupport.temporaryDirectory()
        var doubled = money
        doubled.rows = .values([[.text("GBP"), .real(1)], [.text("GBP"), .real(2)]])
        let documents = try rowTable(in: folder, lines: ["d1,sport,3", "d1,sport,3"])
        let (outcome, dump) = try writeBoth([entities, doubled, documents], documents: documents, in: folder)
        // Rows that repeat a key cost no rebuild: the doubled tables' keys get plain indexes, at their place.
        XCTAssertEqual(outcome, .early)
        XCTAssertTrue(dump.contains("CREATE INDEX \"money_key\""), dump)
        XCTAssertTrue(dump.contains("CREATE INDEX \"documents_key\""), dump)
        XCTAssertTrue(dump.contains("CREATE UNIQUE INDEX \"entities_key\""), dump)
    }

    func testDuplicateKeysOnlyInTheRowFileStayEarlyWithAPlainIndex() throws {
        let folder = try TestSupport.temporaryDirectory()
        let documents = try rowTable(in: folder, lines: ["d1,sport,3", "d2,tech,4", "d1,sport,3"])
        let (outcome, dump) = try writeBoth([entities, money, documents], documents: documents, in: folder)
        XCTAssertEqual(outcome, .early)
        XCTAssertTrue(dump.contains("CREATE INDEX \"documents_key\""), dump)
    }

    func testUnexpectedTablesAreWrittenByTheOneStepWriter() throws {
        let folder = try TestSupport.temporaryDirectory()
        let documents = try rowTable(in: folder)
        var renamed = money
        renamed.columns[1] = .init("sum", .real)
        for tables in [[entities, renamed, documents], [entities, documents], [money, entities, documents]] {
            XCTAssertEqual(try writeBoth(tables, documents: documents, in: folder).outcome, .rebuilt)
        }
    }

    func testNoTablesLeaveNoDatabaseAndABadNameIsTheOneStepWritersError() throws {
        let folder = try TestSupport.temporaryDirectory()
        let documents = try rowTable(in: folder)
        let path = folder + "/early.sqlite"
        let outcome = try SQLiteTableWriter.write(expecting: [schemaOnly(entities), documents], to: path) { nil }
        XCTAssertEqual(outcome, .abandoned)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["documents.csv"])

        var twin = money
        twin.name = "ENTITIES"
        var asked = false
        XCTAssertThrowsError(
            try SQLiteTableWriter.write(expecting: [entities, twin], to: path) {
                asked = true
                return [entities, twin]
            }
        ) { error in
            XCTAssertTrue("\(error)".contains("two tables are named 'ENTITIES'"), "\(error)")
        }
        XCTAssertTrue(asked, "the caller waits for the database to take its tables")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["documents.csv"])
    }
}
