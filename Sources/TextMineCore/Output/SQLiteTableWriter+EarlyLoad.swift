import Foundation

extension SQLiteTableWriter {
    /// Writes the database in two steps, so that the tables whose rows are already in files (the row tables:
    /// documents, quotes) are loaded while the caller is still busy (writing the state files, building the aggregate
    /// tables), instead of after it.
    ///
    /// `expected` is every table in its final order, the row-file tables as they are and the others by schema only
    /// (an aggregator's report of an empty state: names, columns, keys, indexes). Every table is created first, in
    /// that order; the row-file tables are filled; `tables()` then gives the real tables (or nil: the caller failed,
    /// the database is dropped), whose rows are inserted; the indexes come last, table by table. `sqlite3 .dump`
    /// lists the tables in creation order and then the indexes in creation order, so the database dumps exactly as
    /// ``write(_:to:)``'s does.
    ///
    /// When the real tables are not the expected ones (another name, column, key or index), or rows in memory break
    /// their table's key (``write(_:to:)`` then makes the table again without a key, at its place in the order), the
    /// partial database is dropped and ``write(_:to:)`` builds the database from the start.
    ///
    /// - Returns: how the database was written.
    public static func write(
        expecting expected: [OutputTable], to path: String, tables: () -> [OutputTable]?
    ) throws -> EarlyLoadOutcome {
        var asked = false
        var actual: [OutputTable]?
        do {
            try requireDistinctNames(expected, path: path)
            try build(at: path) { database in
                for table in expected {
                    try create(table, primaryKey: wantsPrimaryKey(table) ? key(of: table).columns : [], in: database)
                }
                for table in expected where table.rowFile != nil { try fill(table, in: database) }
                asked = true
                actual = tables()
                guard let actual, actual.count == expected.count, zip(actual, expected).allSatisfy(sameSchema) else {
                    throw Abandoned()
                }
                for table in actual where table.rowFile == nil { try fill(table, in: database) }
                for table in actual { try index(table, keyIsPrimary: wantsPrimaryKey(table), in: database) }
            }
            return .early
        } catch {
            // An error before the tables were asked for, or a database that is not the one write(_:to:) would make:
            // make that one (or none, when the caller gave up), which also reports any error the same way.
            if asked, !(error is Abandoned || error is DuplicateKey) { throw error }
            guard let tables = asked ? actual : tables() else { return .abandoned }
            try write(tables, to: path)
            return .rebuilt
        }
    }

    /// How ``write(expecting:to:tables:)`` wrote the database.
    public enum EarlyLoadOutcome: Sendable, Equatable {
        /// Row tables loaded early, the others after them.
        case early
        /// Built again from the start by ``write(_:to:)`` (unexpected tables, duplicate keys, an early error).
        case rebuilt
        /// Not written: the caller gave no tables.
        case abandoned
    }

    /// The early build stopped: the caller gave no tables, or not the expected ones.
    private struct Abandoned: Error {}

    /// Whether two tables make the same SQL table and indexes (rows aside; row-file tables from the same file).
    static func sameSchema(_ table: OutputTable, _ other: OutputTable) -> Bool {
        table.name == other.name && table.columns == other.columns && table.primaryKey == other.primaryKey
            && table.indexes == other.indexes && table.rowFile == other.rowFile
    }
}
