import Dispatch

/// Work started on another thread at once; ``wait()`` blocks until it is done and returns its result or rethrows its
/// error. Used at the end of a run to build one output (the SQLite database) beside the others.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    // Written once by the work before `group.leave()`, read only after `group.wait()`: the group orders the two.
    private var outcome: Result<Value, any Error>?
    private let group = DispatchGroup()

    /// Starts `body` on a global queue.
    init(_ body: @escaping @Sendable () throws -> Value) {
        group.enter()
        DispatchQueue.global().async {
            self.outcome = Result { try body() }
            self.group.leave()
        }
    }

    /// The result of the work, once it has finished.
    func wait() throws -> Value {
        group.wait()
        guard let outcome else { preconditionFailure("the work left its group without a result") }
        return try outcome.get()
    }
}
