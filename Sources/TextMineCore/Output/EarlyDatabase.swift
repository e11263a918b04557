import Foundation

/// The SQLite database of a run's end, started before the aggregate tables exist: its thread creates every table and
/// loads the row tables (documents, quotes: rows already in files) while this thread writes the state files and
/// builds the aggregate tables, then takes those tables through ``give(_:)`` and finishes
/// (``SQLiteTableWriter/write(expecting:to:tables:)``).
final class EarlyDatabase: Sendable {
    private let handoff = Handoff<[OutputTable]>()
    private let work: BackgroundWork<[String]>

    /// Starts building `OUT/textmine.sqlite` in `directory`; `expected` is every table in order, the aggregate
    /// tables by schema (rows not needed).
    init(expecting expected: [OutputTable], in directory: String) {
        work = BackgroundWork { [handoff] in
            defer { OutputCommit.step() }
            let path = directory + "/" + SQLiteTableWriter.fileName
            let outcome = try SQLiteTableWriter.write(expecting: expected, to: path) { handoff.take() }
            return outcome == .abandoned ? [] : [SQLiteTableWriter.fileName]
        }
    }

    /// Hands the database its tables (nil: the run failed, no database); only the first call counts.
    func give(_ tables: [OutputTable]?) { handoff.give(tables) }

    /// The files written, once the database is done; rethrows its error.
    func wait() throws -> [String] { try work.wait() }

    /// Stops waiting for tables (the caller failed) and waits for the thread, ignoring its outcome.
    func abandon() {
        give(nil)
        _ = try? wait()
    }
}

/// One value passed from one thread to another: ``take()`` blocks until ``give(_:)`` has been called; later gives
/// are ignored.
final class Handoff<Value: Sendable>: @unchecked Sendable {
    // Written once under the lock before the semaphore is signalled, read after the wait: the semaphore orders them.
    private var value: Value?
    private var given = false
    private let lock = NSLock()
    private let ready = DispatchSemaphore(value: 0)

    /// Passes `value` (nil: nothing to pass) to the taker, unless something was given already.
    func give(_ value: Value?) {
        lock.lock()
        defer { lock.unlock() }
        guard !given else { return }
        given = true
        self.value = value
        ready.signal()
    }

    /// Waits for the value; call once.
    func take() -> Value? {
        ready.wait()
        return value
    }
}
