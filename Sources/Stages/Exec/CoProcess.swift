import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why talking to a co-process failed. Every case fails one document; ``CoProcess/isUsable`` says whether the process
/// can serve the next one.
enum CoProcessError: Error, Equatable {
    /// The executable could not be started.
    case spawnFailed(String)
    /// No complete answer within the deadline.
    case timedOut(milliseconds: Int)
    /// The process closed its output or exited (`status` describes how).
    case exited(status: String)
    /// An answer line longer than the limit.
    case lineTooLong(Int)
}

/// One running plugin process, spoken to in lines over its standard input and output, with a deadline on every
/// exchange.
///
/// Standard error is drained continuously (so a chatty plugin never blocks) and its last few kilobytes are kept for
/// failure messages. Used by one thread at a time: the pool hands a process to a single worker and takes it back,
/// which is why the class may be `@unchecked Sendable`.
final class CoProcess: @unchecked Sendable {
    /// The process id.
    let pid: pid_t
    private var input: Int32
    private let output: Int32
    private let errors: Int32
    private var outputBuffer: [UInt8] = []
    private var errorTail: [UInt8] = []
    private var exitStatus: String?
    /// False once the process exited, was killed, or fell out of step with the protocol.
    private(set) var isUsable = true

    /// How much of standard error is kept.
    static let errorTailLimit = 2048
    /// The longest line accepted from a plugin.
    static let lineLimit = 256 << 20

    /// Starts `arguments[0]` (looked up on `PATH` when it has no `/`) with the other elements as arguments.
    ///
    /// - Throws: ``CoProcessError/spawnFailed(_:)``.
    init(arguments: [String]) throws {
        _ = CoProcess.ignoreBrokenPipes
        let spawned = try CoProcess.spawnLock.withLock { _ in try CoProcess.spawn(arguments) }
        pid = spawned.pid
        input = spawned.input
        output = spawned.output
        errors = spawned.errors
        for fd in [input, output, errors] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
    }

    private static func spawn(_ arguments: [String]) throws -> (pid: pid_t, input: Int32, output: Int32, errors: Int32)
    {
        var stdinPipe: [Int32] = [-1, -1]
        var stdoutPipe: [Int32] = [-1, -1]
        var stderrPipe: [Int32] = [-1, -1]
        for index in 0..<3 {
            var fds: [Int32] = [-1, -1]
            guard makePipe(&fds) else {
                for fd in stdinPipe + stdoutPipe + stderrPipe where fd >= 0 { close(fd) }
                throw CoProcessError.spawnFailed("cannot create a pipe: \(String(cString: strerror(errno)))")
            }
            switch index {
            case 0: stdinPipe = fds
            case 1: stdoutPipe = fds
            default: stderrPipe = fds
            }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, stderrPipe[1], 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The child starts with default signal handling, whatever this process ignores (SIGPIPE).
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        // Its own process group, so what it starts (a shell's children, a pool of workers) is stopped with it.
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))

        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var child: pid_t = 0
        let status = posix_spawnp(&child, arguments[0], &actions, &attributes, &argv, environ)
        close(stdinPipe[0])
        close(stdoutPipe[1])
        close(stderrPipe[1])
        guard status == 0 else {
            close(stdinPipe[1])
            close(stdoutPipe[0])
            close(stderrPipe[0])
            throw CoProcessError.spawnFailed("cannot start '\(arguments[0])': \(String(cString: strerror(status)))")
        }
        ProcessGroups.register(child)
        return (child, stdinPipe[1], stdoutPipe[0], stderrPipe[0])
    }

    deinit {
        shutDown(grace: 0.5)
        close(output)
        close(errors)
    }

    /// Writes `request` (a line, newline included) and returns the next line the process writes, without its newline.
    ///
    /// - Throws: ``CoProcessError``; after a timeout or an exit the process is no longer usable.
    func exchange(_ request: [UInt8], timeoutMilliseconds: Int) throws -> [UInt8] {
        precondition(isUsable, "exchange on a co-process that is no longer usable")
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, timeoutMilliseconds)) * 1_000_000
        var written = 0
        do {
            while true {
                if written == request.count, let line = takeLine() { return line }
                let now = DispatchTime.now().uptimeNanoseconds
                guard now < deadline else { throw CoProcessError.timedOut(milliseconds: timeoutMilliseconds) }
                let remaining = Int32(min(Int((deadline - now + 999_999) / 1_000_000), Int(Int32.max)))
                var fds = [
                    pollfd(fd: output, events: Int16(POLLIN), revents: 0),
                    pollfd(fd: errors, events: Int16(POLLIN), revents: 0),
                    pollfd(fd: written < request.count ? input : -1, events: Int16(POLLOUT), revents: 0),
                ]
                let ready = poll(&fds, nfds_t(fds.count), remaining)
                if ready < 0 {
                    if errno == EINTR { continue }
                    throw CoProcessError.exited(status: "poll failed: \(String(cString: strerror(errno)))")
                }
                if fds[1].revents != 0 { drainErrors() }
                if fds[2].revents & Int16(POLLOUT | POLLERR | POLLHUP) != 0 {
                    let count = request.withUnsafeBytes { buffer in
                        write(
                            input, UnsafeRawBufferPointer(rebasing: buffer[written...]).baseAddress,
                            request.count - written)
                    }
                    if count > 0 {
                        written += count
                    } else if count < 0, errno != EAGAIN, errno != EINTR {
                        throw CoProcessError.exited(status: reapStatus())
                    }
                }
                if fds[0].revents != 0 {
                    var chunk = [UInt8](repeating: 0, count: 65536)
                    let count = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
                    if count > 0 {
                        outputBuffer.append(contentsOf: chunk[0..<count])
                        if outputBuffer.count > Self.lineLimit, !outputBuffer.contains(0x0A) {
                            throw CoProcessError.lineTooLong(Self.lineLimit)
                        }
                    } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                        throw CoProcessError.exited(status: reapStatus())
                    }
                }
            }
        } catch {
            isUsable = false
            if case CoProcessError.exited = error {} else { killGroup() }
            throw error
        }
    }

    /// Marks the process unusable and kills it (after a protocol violation: its output can no longer be trusted).
    func discard() {
        isUsable = false
        killGroup()
    }

    /// The last lines the process wrote to standard error (after draining what is pending), trimmed.
    func standardErrorTail() -> String {
        drainErrors(waitMilliseconds: isUsable ? 0 : 100)
        var text = String(decoding: errorTail, as: UTF8.self)
        if errorTail.count >= Self.errorTailLimit, let newline = text.firstIndex(of: "\n") {
            text = "…" + text[text.index(after: newline)...]
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Closes the process's input (a well-behaved plugin exits on end of input), waits up to `grace` seconds, then
    /// kills it; reaps it either way.
    func shutDown(grace: Double) {
        if input >= 0 {
            close(input)
            input = -1
        }
        isUsable = false
        // Whatever the program left running in its group goes too, however it ended.
        defer { kill(-pid, SIGKILL) }
        guard exitStatus == nil else { return }
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(grace * 1e9)
        while DispatchTime.now().uptimeNanoseconds < deadline {
            if tryReap() { return }
            usleep(5_000)
        }
        killGroup()
        _ = reap(blocking: true)
    }

    /// Kills the program and everything in its process group.
    private func killGroup() {
        kill(-pid, SIGKILL)
        kill(pid, SIGKILL)
    }

    // MARK: Internals

    private func takeLine() -> [UInt8]? {
        guard let newline = outputBuffer.firstIndex(of: 0x0A) else { return nil }
        var line = Array(outputBuffer[..<newline])
        outputBuffer.removeSubrange(...newline)
        if line.last == 0x0D { line.removeLast() }
        return line
    }

    private func drainErrors(waitMilliseconds: Int32 = 0) {
        var chunk = [UInt8](repeating: 0, count: 8192)
        var wait = waitMilliseconds
        while true {
            var fds = [pollfd(fd: errors, events: Int16(POLLIN), revents: 0)]
            guard poll(&fds, 1, wait) > 0 else { return }
            let count = chunk.withUnsafeMutableBytes { read(errors, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            errorTail.append(contentsOf: chunk[0..<count])
            if errorTail.count > Self.errorTailLimit { errorTail.removeFirst(errorTail.count - Self.errorTailLimit) }
            wait = min(wait, 20)
        }
    }

    /// Waits briefly for a process that closed its output to exit, kills it if it does not, and describes the end.
    private func reapStatus() -> String {
        let deadline = DispatchTime.now().uptimeNanoseconds + 200_000_000
        while DispatchTime.now().uptimeNanoseconds < deadline {
            if tryReap() { return exitStatus ?? "exited" }
            usleep(2_000)
        }
        killGroup()
        _ = reap(blocking: true)
        return "closed its output (killed)"
    }

    private func tryReap() -> Bool { reap(blocking: false) }

    private func reap(blocking: Bool) -> Bool {
        guard exitStatus == nil else { return true }
        var status: Int32 = 0
        var result: pid_t
        repeat { result = waitpid(pid, &status, blocking ? 0 : WNOHANG) } while result < 0 && errno == EINTR
        guard result == pid else { return result < 0 }
        // Decode the wait status by hand (the W* macros are not imported into Swift).
        let signal = status & 0x7F
        exitStatus = signal == 0 ? "exit status \((status >> 8) & 0xFF)" : "killed by signal \(signal)"
        return true
    }

    /// Creates a pipe whose ends are closed on exec (so one plugin never holds another's input open).
    private static func makePipe(_ fds: inout [Int32]) -> Bool {
        guard pipe(&fds) == 0 else { return false }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return true
    }

    /// Serialises starting processes, so no other plugin is spawned between `pipe` and `FD_CLOEXEC`.
    private static let spawnLock = Mutex(())

    /// Writing to a plugin that died must fail with EPIPE, not kill TextMine: SIGPIPE is ignored process-wide, once.
    private static let ignoreBrokenPipes: Void = {
        signal(SIGPIPE, SIG_IGN)
    }()
}

/// The process groups of every program started, killed when TextMine exits (a run ends with `exit`, which runs no
/// deinitialisers): a plugin's own children must not outlive the run.
enum ProcessGroups {
    private static let groups = Mutex<[pid_t]>([])
    private static let installed: Void = { atexit { ProcessGroups.killAll() } }()

    static func register(_ group: pid_t) {
        _ = installed
        groups.withLock { $0.append(group) }
    }

    static func killAll() {
        for group in groups.withLock({ $0 }) { kill(-group, SIGKILL) }
    }
}
