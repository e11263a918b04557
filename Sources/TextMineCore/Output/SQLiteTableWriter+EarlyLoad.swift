import Foundation

extension SQLiteTableWriter {
    /// Writes the database in two steps, so that the tables whose rows are already in files (the row tables:
    /// documents, quotes) are loaded while the caller is still busy (writing the state files, building the aggregate
    /// tables), instead of after it.
    ///
    /// `expected` is every table in its final order, the row-file tables as they are and the others by schema only
    /// (an aggregator's report of an empty state: names, columns, keys, indexes). Every table is created first, in
    /// that order; the row-file tables are filled; `tables()` then gives the real tables (or nil: the caller failed,
    /// the database is dropped), whose rows are inserted; the indexes come last, table by table. ``write(_:to:)``
    /// runs the same statements in the same order, so the file is the same as its.
    ///
    /// When the real tables are not the expected ones (another name, column, key or index), the partial database is
    /// dropped and ``write(_:to:)`` builds the database from the start.
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
                try writeInTwoSteps(expecting: expected, into: database) {
                    asked = true
                    actual = tables()
                    return actual
                }
            }
            return .early
        } catch {
            // An error after the tables came is the database's own; otherwise build it as write(_:to:) would (or
            // not at all, when the caller gave up), which also reports any error the same way.
            if asked, !(error is Abandoned) { throw error }
            if !asked { actual = tables() }
            guard let actual else { return .abandoned }
            try write(actual, to: path)
            return .rebuilt
        }
    }

    /// Creates every expected table, fills the row-file tables, then fills the tables `tables()` gives and indexes
    /// them all.
    ///
    /// - Throws: ``Abandoned`` when `tables()` gives nil or tables other than the expected ones.
    static func writeInTwoSteps(
        expecting expected: [OutputTable], into database: Database, tables: () -> [OutputTable]?
    ) throws {
        for table in expected {
            try create(table, in: database)
        }
        for table in expected where table.rowFile != nil { try fill(table, in: database) }
        guard let actual = tables(), actual.count == expected.count, zip(actual, expected).allSatisfy(sameSchema) else {
            throw Abandoned()
        }
        for table in actual where table.rowFile == nil { try fill(table, in: database) }
        for table in actual { try index(table, in: database) }
    }

    /// How ``write(expecting:to:tables:)`` wrote the database.
    public enum EarlyLoadOutcome: Sendable, Equatable {
        /// Row tables loaded early, the others after them.
        case early
        /// Built again from the start by ``write(_:to:)`` (unexpected tables, an early error).
        case rebuilt
        /// Not written: the caller gave no tables.
        case abandoned
    }

    /// The early build stopped: the caller gave no tables, or not the expected ones.
    struct Abandoned: Error {}

    /// Whether two tables make the same SQL table and indexes (rows aside; row-file tables from the same file).
    static func sameSchema(_ table: OutputTable, _ other: OutputTable) -> Bool {
        table.name == other.name && table.columns == other.columns && table.primaryKey == other.primaryKey
            && table.indexes == other.indexes && table.rowFile == other.rowFile
    }
}
