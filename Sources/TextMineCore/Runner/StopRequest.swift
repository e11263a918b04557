import Dispatch
import Foundation
import Synchronization

/// SIGINT and SIGTERM during a run: the first one asks the runner to stop after the batch in hand (it saves a
/// checkpoint, releases the lock and exits 130 or 143, and the same command resumes); a second one exits at once
/// (the kernel releases the lock), for a run blocked on its input.
public final class StopRequest: Sendable {
    /// The process's one instance.
    public static let shared = StopRequest()

    private let received = Atomic<Int32>(0)
    private let sources = Mutex<[any DispatchSourceSignal]>([])

    private init() {}

    /// The signal received, if any.
    public var signal: Int32? {
        let value = received.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }

    /// Starts listening for SIGINT and SIGTERM (once).
    public func install() {
        sources.withLock { sources in
            guard sources.isEmpty else { return }
            for number in [SIGINT, SIGTERM] {
                Foundation.signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { [self] in
                    let (exchanged, _) = received.compareExchange(expected: 0, desired: number, ordering: .relaxed)
                    if exchanged {
                        FileHandle.standardError.write(
                            Data("\ntextmine: stopping after the current batch (again to quit at once)\n".utf8))
                    } else {
                        _exit(ExitStatus.stopped(by: number).rawValue)
                    }
                }
                source.resume()
                sources.append(source)
            }
        }
    }
}
