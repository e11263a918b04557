import Foundation
import Synchronization
import TextMineCore

/// The co-processes of one `exec` stage instance: started lazily, one per worker that is processing a document at
/// the moment, and reused for the next documents.
///
/// A worker checks a process out for one document and hands it back afterwards, so there are never more processes
/// than concurrent workers (`--jobs`), each process serves one document at a time, and a process is never shared.
/// Keying processes by checkout rather than by thread keeps the count bounded even when the thread pool changes
/// threads between batches. A process that timed out, crashed or broke the protocol is not handed back; the next
/// checkout starts a fresh one.
final class CoProcessPool: Sendable {
    /// The command, program first.
    let arguments: [String]
    /// The handshake line (newline included).
    let handshake: [UInt8]
    /// The layers the pipeline entry declares; the plugin's handshake answer must name the same.
    let declaredProduces: Set<String>
    /// Deadline for starting and answering the handshake.
    let startupTimeoutMilliseconds: Int

    private let idle = Mutex<[CoProcess]>([])
    /// Set when the plugin cannot be started or refuses the handshake: every later document fails with it at once.
    private let startupFailure = Mutex<String?>(nil)

    /// Creates an empty pool.
    init(arguments: [String], handshake: [UInt8], declaredProduces: Set<String>, startupTimeoutMilliseconds: Int) {
        self.arguments = arguments
        self.handshake = handshake
        self.declaredProduces = declaredProduces
        self.startupTimeoutMilliseconds = startupTimeoutMilliseconds
    }

    deinit {
        let processes = idle.withLock { processes in
            defer { processes.removeAll() }
            return processes
        }
        for process in processes { process.shutDown(grace: 1) }
    }

    /// The command as one line, for messages.
    var commandLine: String { arguments.joined(separator: " ") }

    /// An idle process, or a new one that has answered the handshake.
    ///
    /// - Throws: ``ExecFailure`` when the plugin cannot be started (remembered: later calls fail the same way).
    func checkOut() throws -> CoProcess {
        if let reason = startupFailure.withLock({ $0 }) { throw ExecFailure(reason) }
        if let process = idle.withLock({ $0.popLast() }) { return process }
        do {
            return try start()
        } catch let failure as ExecFailure {
            startupFailure.withLock { $0 = $0 ?? failure.message }
            throw failure
        }
    }

    /// Returns a process after a document; one that is no longer usable is shut down instead.
    func checkIn(_ process: CoProcess) {
        if process.isUsable {
            idle.withLock { $0.append(process) }
        } else {
            process.shutDown(grace: 0)
        }
    }

    /// The number of idle processes (for tests).
    var idleCount: Int { idle.withLock { $0.count } }

    private func start() throws -> CoProcess {
        let process: CoProcess
        do {
            process = try CoProcess(arguments: arguments)
        } catch let error as CoProcessError {
            throw ExecFailure("cannot start '\(commandLine)': \(ExecFailure.describe(error))")
        }
        func refuse(_ reason: String) -> ExecFailure {
            process.discard()
            return ExecFailure.withStandardError("'\(commandLine)' failed the handshake: \(reason)", from: process)
        }
        let line: [UInt8]
        do {
            line = try process.exchange(handshake, timeoutMilliseconds: startupTimeoutMilliseconds)
        } catch let error as CoProcessError {
            throw ExecFailure.withStandardError(
                "'\(commandLine)' failed the handshake: \(ExecFailure.describe(error))", from: process)
        }
        guard case .object(let answer)? = try? JSONDecoder().decode(JSONValue.self, from: Data(line)) else {
            throw refuse("expected a JSON object like {\"ok\":true,\"produces\":[…]}, got \(ExecFailure.excerpt(line))")
        }
        guard answer["ok"] == .bool(true) else {
            if case .string(let message)? = answer["error"] { throw refuse("the plugin refused: \(message)") }
            throw refuse("the answer has no \"ok\":true: \(ExecFailure.excerpt(line))")
        }
        var produces: Set<String> = []
        switch answer["produces"] {
        case .array(let items)?:
            for item in items {
                guard case .string(let name) = item else { throw refuse("\"produces\" must be a list of layer names") }
                produces.insert(name)
            }
        case nil, .null?: break
        default: throw refuse("\"produces\" must be a list of layer names")
        }
        if produces != declaredProduces {
            let plugin = produces.sorted().joined(separator: ", ")
            let entry = declaredProduces.sorted().joined(separator: ", ")
            throw refuse("the plugin produces [\(plugin)] but the pipeline entry declares produces: [\(entry)]")
        }
        return process
    }
}

/// A document failure of an `exec` stage; its message goes to `failures.jsonl`.
struct ExecFailure: Error, CustomStringConvertible {
    /// The message.
    var message: String
    /// Whether the answer that caused it leaves the process out of step with the protocol (it is then restarted).
    var breaksProtocol = false

    init(_ message: String) { self.message = message }

    var description: String { message }

    /// A failure with the tail of the process's standard error appended.
    static func withStandardError(_ message: String, from process: CoProcess) -> ExecFailure {
        let tail = process.standardErrorTail()
        return ExecFailure(tail.isEmpty ? message : "\(message); stderr: \(tail)")
    }

    static func describe(_ error: CoProcessError) -> String {
        switch error {
        case .spawnFailed(let reason): return reason
        case .timedOut(let milliseconds): return "no answer within \(milliseconds) ms (the process was killed)"
        case .exited(let status): return "the process ended (\(status))"
        case .lineTooLong(let limit): return "an answer line longer than \(limit) bytes"
        }
    }

    /// The start of a line, for messages.
    static func excerpt(_ line: [UInt8]) -> String {
        let text = String(decoding: line.prefix(200), as: UTF8.self)
        return line.isEmpty ? "an empty line" : "'\(text)\(line.count > 200 ? "…" : "")'"
    }
}
