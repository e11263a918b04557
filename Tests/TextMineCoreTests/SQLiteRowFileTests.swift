import Foundation
import TextMineCore
import TextMineTesting
import XCTest

/// The database loads row files (documents, quotes) from the file's bytes; the values it stores must be the ones
/// ``OutputTable/forEachRow(_:)`` reads from the same file, cell for cell and storage class for storage class.
final class SQLiteRowFileTests: XCTestCase {
    /// Cells that take every path of the byte binding: ASCII and non-ASCII text, quoted fields with commas, quotes
    /// and line breaks, empty and missing cells, integers with a sign, leading zeros, 18 and 19 digits, past `Int`,
    /// not numbers at all, and numbers in every spelling `Double(_:)` reads or refuses.
    static let lines = [
        "name,age,score",
        "plain,41,0.25",
        "Björk,-7,-1.5",
        "\"Ann \"\"the\"\" O'Neil, Jr\",007,1e3",
        "\"two\nlines\",+5,.5",
        ",,",
        "short",
        "digits,123456789012345678,inf",
        "nineteen,1234567891234567891,nan",
        "past,99999999999999999999,x",
        "letters,12a,1.5e",
        "minus,-,-0",
        "\"\",-0,  3",
        "extra,1,2,3,4",
        "trailing,9,0.125",
    ]

    func rowTable(in folder: String) throws -> OutputTable {
        let file = folder + "/people.rows.csv"
        try Data((Self.lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: file))
        var table = OutputTable(
            name: "people", title: "People",
            columns: [.init("name", .text), .init("age", .integer), .init("score", .real)])
        table.rows = .file(file)
        return table
    }

    func testRowFileCellsAreTheValuesTheRowReaderGives() throws {
        let folder = try TestSupport.temporaryDirectory()
        let streamed = try rowTable(in: folder)
        var rows: [[OutputTable.Value]] = []
        try streamed.forEachRow { rows.append($0) }
        XCTAssertEqual(rows.count, Self.lines.count - 1)
        let inMemory = OutputTable(name: "people", title: "People", columns: streamed.columns, rows: rows)
        let query = "select quote(name), typeof(name), quote(age), typeof(age), quote(score), typeof(score) from people"
        let fromFile = folder + "/file.sqlite"
        let fromMemory = folder + "/memory.sqlite"
        try SQLiteTableWriter.write([streamed], to: fromFile)
        try SQLiteTableWriter.write([inMemory], to: fromMemory)
        let expected = try SQLiteTableWriterTests.sqlite(fromMemory, query + " order by rowid")
        XCTAssertEqual(try SQLiteTableWriterTests.sqlite(fromFile, query + " order by rowid"), expected)
        // Spot checks, so that both sides agreeing on a wrong reading would fail too.
        XCTAssertTrue(expected.contains("'Björk'|text|-7|integer|-1.5|real"), expected)
        XCTAssertTrue(expected.contains("'Ann \"the\" O''Neil, Jr'|text|7|integer|1000.0|real"), expected)
        XCTAssertTrue(expected.contains("'two\nlines'|text|5|integer|0.5|real"), expected)
        XCTAssertTrue(expected.contains("'digits'|text|123456789012345678|integer|NULL|null"), expected)
        XCTAssertTrue(expected.contains("'nineteen'|text|1234567891234567891|integer"), expected)
        XCTAssertTrue(expected.contains("'past'|text|NULL|null|NULL|null"), expected)
        XCTAssertTrue(expected.contains("'short'|text|NULL|null|NULL|null"), expected)
        XCTAssertTrue(expected.contains("NULL|null|0|integer|NULL|null"), expected)
    }

    func testByteRecordsAreTheStringRecords() throws {
        let folder = try TestSupport.temporaryDirectory()
        let file = folder + "/odd.csv"
        // No final line break, an empty quoted field, a quote inside an unquoted field, CR LF line ends, blank lines.
        let text = "a,\"\",c\r\n\"x\"\"y\",b\"q,\n\n,\"multi\nline\",end\nlast,\"open"
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        var strings: [[String]] = []
        try CSVReader.forEachRecord(inFile: file) { (fields: [String]) in strings.append(fields) }
        var bytes: [[String]] = []
        try CSVReader.forEachRecord(inFile: file) { (record: CSVReader.Record) in
            bytes.append((0..<record.count).map { String(decoding: record[$0], as: UTF8.self) })
        }
        XCTAssertEqual(bytes, strings)
        XCTAssertEqual(
            strings,
            [["a", "", "c"], ["x\"y", "b\"q", ""], [""], ["", "multi\nline", "end"], ["last", "open"]])
    }
}
