internal import CSQLite
import Foundation

/// Writes tables into an SQLite database, `OUT/textmine.sqlite`: one SQL table per ``OutputTable`` with its declared
/// column types, its key (a unique index, `<table>_key`) and indexes; rows go in through one prepared statement per
/// table, all in a single transaction. The database is built under a temporary name and renamed into place, so readers only ever see a
/// complete database.
public enum SQLiteTableWriter {
    /// The file name inside the output folder.
    public static let fileName = "textmine.sqlite"

    /// The registry entry for the `sqlite` format.
    public static let writer = TableFormatRegistry.Writer(format: .sqlite) { tables, directory, _ in
        try write(tables, to: directory + "/" + fileName)
        return [fileName]
    }

    /// Writes `tables` to a new database at `path` (replacing any file there, atomically).
    ///
    /// The statements run in the order of ``write(expecting:to:tables:)`` (every table created, the row-file tables
    /// filled, the others filled, the indexes), so a database built early on a thread of its own is the same file
    /// as one built here.
    ///
    /// - Throws: ``OutputError`` with SQLite's message when the database cannot be written.
    public static func write(_ tables: [OutputTable], to path: String) throws {
        try requireDistinctNames(tables, path: path)
        try build(at: path) { database in try writeInTwoSteps(expecting: tables, into: database) { tables } }
    }

    /// Opens a new database under a temporary name beside `path`, runs `body` in one transaction without a journal,
    /// then syncs the file and renames it into place; on any error the temporary file is removed.
    static func build(at path: String, _ body: (Database) throws -> Void) throws {
        let temporary = path + ".tmp-\(getpid())"
        unlink(temporary)
        do {
            let database = try Database(path: temporary, reportingAs: path)
            // 64 KiB pages (the largest; SQLite's default is 4 KiB): the aggregate tables' keys are text, and fewer,
            // fuller pages mean fewer splits and shallower trees while the keys are inserted and indexed
            try database.execute("PRAGMA page_size=65536")
            // The journal in memory: the file is new, so the one transaction journals next to nothing, but a table's
            // unique key can be rolled back to plain when its rows repeat a key (``index(_:in:)``)
            try database.execute("PRAGMA journal_mode=MEMORY")
            try database.execute("PRAGMA synchronous=OFF")
            try database.execute("BEGIN")
            try body(database)
            try database.execute("COMMIT")
            try database.close()
            let handle = open(temporary, O_RDONLY)
            if handle >= 0 {
                fsync(handle)
                close(handle)
            }
            try AtomicFile.commit(temporary, to: path)
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// SQLite table names are case-insensitive: two tables whose names differ only in case are one table.
    static func requireDistinctNames(_ tables: [OutputTable], path: String) throws {
        var names: Set<String> = []
        for table in tables where !names.insert(table.name.lowercased()).inserted {
            throw OutputError(path: path, reason: "two tables are named '\(table.name)' (two aggregate stages?)")
        }
    }

    /// The table's key columns that it has, and whether that is its whole declared key.
    static func key(of table: OutputTable) -> (columns: [String], complete: Bool) {
        let columnNames = Set(table.columns.map(\.name))
        let key = table.primaryKey.filter(columnNames.contains)
        return (key, !key.isEmpty && key.count == table.primaryKey.count)
    }

    /// Creates a filled table's indexes: its key, then the declared indexes.
    ///
    /// The key is a unique index, `<table>_key`, built after the rows are in (one sort, where a primary key would be
    /// kept up to date row by row: about a fifth of filling the aggregate tables). When the rows repeat a key (an
    /// aggregator whose rows are not unique, parts merged twice) the unique index fails, is rolled back, and the key
    /// gets a plain index of the same name; a key the table has only some columns of gets a plain index on them.
    static func index(_ table: OutputTable, in database: Database) throws {
        let columnNames = Set(table.columns.map(\.name))
        let (key, completeKey) = key(of: table)
        let name = quoted(table.name)
        var indexes = table.indexes.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        if completeKey {
            let indexName = quoted(table.name + "_key")
            let columns = key.map(quoted).joined(separator: ", ")
            try database.execute("SAVEPOINT unique_key")
            if try database.executeUnlessConstraintFails("CREATE UNIQUE INDEX \(indexName) ON \(name) (\(columns))") {
                try database.execute("RELEASE unique_key")
            } else {
                try database.execute("ROLLBACK TO unique_key")
                try database.execute("RELEASE unique_key")
                try database.execute("CREATE INDEX \(indexName) ON \(name) (\(columns))")
            }
        } else if !key.isEmpty {
            indexes.append(key)
        }
        for columns in indexes where !columns.isEmpty && columns.allSatisfy(columnNames.contains) {
            let indexName = quoted(table.name + "_" + columns.joined(separator: "_"))
            try database.execute(
                "CREATE INDEX IF NOT EXISTS \(indexName) ON \(name) (\(columns.map(quoted).joined(separator: ", ")))")
        }
    }

    static func create(_ table: OutputTable, in database: Database) throws {
        let definitions = table.columns.map { "\(quoted($0.name)) \($0.type.rawValue)" }
        try database.execute("CREATE TABLE \(quoted(table.name)) (\(definitions.joined(separator: ", ")))")
    }

    /// Inserts the rows through one prepared statement.
    ///
    /// - Throws: the database's error.
    static func fill(_ table: OutputTable, in database: Database) throws {
        guard !table.hasNoRowsInMemory || table.rowFile != nil else { return }
        let placeholders = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
        let statement = try database.prepare("INSERT INTO \(quoted(table.name)) VALUES (\(placeholders))")
        defer { sqlite3_finalize(statement) }
        func insertRow() throws {
            let status = sqlite3_step(statement)
            guard status == SQLITE_DONE else { throw database.error("inserting into \(table.name)") }
            sqlite3_reset(statement)
        }
        if let rowFile = table.rowFile {
            try fill(fromRowFile: rowFile, columns: table.columns, statement: statement, insertRow: insertRow)
            return
        }
        // Every parameter is bound for every row (a short row's missing cells as NULL), so no bindings are cleared
        // and none is left pointing at a row that is gone. A row's texts are copied into one buffer, kept until the
        // row is inserted, and bound without SQLite's own copy (an allocation, a copy and a free per text, a tenth of
        // filling a table); an empty text goes through ``bind(_:at:in:)``, as it needs an address of its own.
        var texts: [UInt8] = []
        var textCells: [(index: Int32, start: Int, count: Int)] = []
        for row in table.rowCollection {
            texts.removeAll(keepingCapacity: true)
            textCells.removeAll(keepingCapacity: true)
            for offset in 0..<table.columns.count {
                let value = offset < row.count ? row[offset] : .null
                if case .text(let text) = value, !text.isEmpty {
                    let start = texts.count
                    // A native string lends its bytes (one copy); the generic append walked them one by one.
                    if text.utf8.withContiguousStorageIfAvailable({ texts.append(contentsOf: $0) }) == nil {
                        texts.append(contentsOf: text.utf8)
                    }
                    textCells.append((Int32(offset + 1), start, texts.count - start))
                } else {
                    bind(value, at: Int32(offset + 1), in: statement)
                }
            }
            try texts.withUnsafeBufferPointer { buffer in
                try buffer.withMemoryRebound(to: CChar.self) { characters in
                    for cell in textCells {
                        guard let base = characters.baseAddress else { preconditionFailure("a text was copied") }
                        csqlite_bind_text_static(statement, cell.index, base + cell.start, Int32(cell.count))
                    }
                    try insertRow()
                }
            }
        }
    }

    /// Inserts the rows of a row file (header line first) bound straight from the file's bytes, with the values
    /// ``OutputTable/forEachRow(_:)`` reads: an empty text cell is NULL, an integer or number that does not parse
    /// is NULL, missing cells are empty. ASCII text and plain integers (the bulk of the documents and quotes
    /// tables) are bound without a `String`; anything else goes through the same conversions as that reader.
    static func fill(
        fromRowFile path: String, columns: [OutputTable.Column], statement: OpaquePointer,
        insertRow: () throws -> Void
    ) throws {
        var first = true
        try CSVReader.forEachRecord(inFile: path) { (record: CSVReader.Record) in
            if first {
                first = false
                return
            }
            for (offset, column) in columns.enumerated() {
                let index = Int32(offset + 1)
                guard offset < record.count, !record[offset].isEmpty else {
                    sqlite3_bind_null(statement, index)
                    continue
                }
                let field = record[offset]
                switch column.type {
                case .text:
                    if let base = field.baseAddress, field.allSatisfy({ $0 < 0x80 }) {
                        // The record's bytes stay in place until `insertRow()` below has inserted it.
                        base.withMemoryRebound(to: CChar.self, capacity: field.count) { characters in
                            csqlite_bind_text_static(statement, index, characters, Int32(field.count))
                        }
                    } else {
                        bind(.text(String(decoding: field, as: UTF8.self)), at: index, in: statement)
                    }
                case .integer:
                    if let number = plainInteger(field) {
                        sqlite3_bind_int64(statement, index, sqlite3_int64(number))
                    } else {
                        let number = Int(String(decoding: field, as: UTF8.self))
                        bind(number.map { .integer($0) } ?? .null, at: index, in: statement)
                    }
                case .real:
                    let number = Double(String(decoding: field, as: UTF8.self))
                    bind(number.map { .real($0) } ?? .null, at: index, in: statement)
                }
            }
            try insertRow()
        }
    }

    /// A field of 1 to 18 digits after an optional `-` (always within `Int`), or nil for anything else, which is
    /// left to `Int(_:)`.
    @inline(__always)
    static func plainInteger(_ field: UnsafeBufferPointer<UInt8>) -> Int? {
        let negative = field.first == UInt8(ascii: "-")
        let digits = field.count - (negative ? 1 : 0)
        guard digits > 0, digits <= 18 else { return nil }
        var value = 0
        for byte in field.dropFirst(negative ? 1 : 0) {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value &* 10 &+ Int(digit)
        }
        return negative ? -value : value
    }

    static func bind(_ value: OutputTable.Value, at index: Int32, in statement: OpaquePointer) {
        switch value {
        case .null: sqlite3_bind_null(statement, index)
        case .integer(let number): sqlite3_bind_int64(statement, index, sqlite3_int64(number))
        case .real(let number):
            if number.isFinite {
                sqlite3_bind_double(statement, index, number)
            } else {
                sqlite3_bind_null(statement, index)
            }
        case .text(let text):
            var text = text
            text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { characters in
                    // An empty buffer may have no address; SQLite would store NULL for a null pointer.
                    if let base = characters.baseAddress, !characters.isEmpty {
                        csqlite_bind_text_transient(statement, index, base, Int32(characters.count))
                    } else {
                        csqlite_bind_text_transient(statement, index, "", 0)
                    }
                }
            }
        }
    }

    /// An SQL identifier in double quotes.
    static func quoted(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A connection to one database file, closed when released.
    final class Database {
        private var handle: OpaquePointer?
        private let path: String

        /// SQLite's memory statistics turned off once, before the first connection (see the shim).
        private static let configured: Bool = csqlite_disable_memory_statistics() == SQLITE_OK

        init(path: String, reportingAs reportedPath: String) throws {
            self.path = reportedPath
            _ = Self.configured
            let status = sqlite3_open_v2(
                path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
            guard status == SQLITE_OK else {
                let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
                sqlite3_close(handle)
                handle = nil
                throw OutputError(path: reportedPath, reason: "sqlite: \(message)")
            }
        }

        deinit { if let handle { sqlite3_close(handle) } }

        func execute(_ sql: String) throws {
            var message: UnsafeMutablePointer<CChar>?
            guard sqlite3_exec(handle, sql, nil, nil, &message) == SQLITE_OK else {
                let text = message.map { String(cString: $0) } ?? "error"
                sqlite3_free(message)
                throw OutputError(path: path, reason: "sqlite: \(text) (in: \(sql.prefix(120)))")
            }
        }

        func prepare(_ sql: String) throws -> OpaquePointer {
            var statement: OpaquePointer?
            guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
                throw error("preparing \(sql.prefix(120))")
            }
            return statement
        }

        /// Runs `sql`; false when it failed on a constraint (a unique index over repeated keys), which the caller
        /// rolls back. Any other failure throws.
        func executeUnlessConstraintFails(_ sql: String) throws -> Bool {
            var message: UnsafeMutablePointer<CChar>?
            let status = sqlite3_exec(handle, sql, nil, nil, &message)
            let text = message.map { String(cString: $0) } ?? "error"
            sqlite3_free(message)
            if status == SQLITE_OK { return true }
            if status == SQLITE_CONSTRAINT { return false }
            throw OutputError(path: path, reason: "sqlite: \(text) (in: \(sql.prefix(120)))")
        }

        func error(_ doing: String) -> OutputError {
            OutputError(
                path: path,
                reason: "sqlite: \(handle.map { String(cString: sqlite3_errmsg($0)) } ?? "closed") (\(doing))")
        }

        func close() throws {
            guard let handle else { return }
            guard sqlite3_close(handle) == SQLITE_OK else { throw error("closing") }
            self.handle = nil
        }
    }
}
