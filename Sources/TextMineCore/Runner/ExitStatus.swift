/// The exit codes of `textmine`, in one place: the core's errors carry one (``RunError/status``), the commands exit
/// with them, and `textmine --help` and the README's "Exit codes" table list ``allCases`` with their ``meaning``.
/// The numbers follow BSD's `sysexits.h` where one fits (64–75), and 128 + the signal for a stop by signal.
public enum ExitStatus: Int32, CaseIterable, Sendable {
    /// Everything went well.
    case success = 0
    /// The run finished, but some documents were skipped or failed.
    case documentsFailed = 1
    /// `--max-failures` stopped the run.
    case stoppedEarly = 2
    /// Bad command-line arguments, or an output folder that cannot be resumed with these inputs or rules.
    case usage = 64
    /// An invalid pipeline, or damaged data (a state file, a part's summary) that textmine did not write.
    case invalidData = 65
    /// A pipeline file, input folder or part that does not exist or cannot be read.
    case missingInput = 66
    /// A bug: an error nothing else explains.
    case internalError = 70
    /// The output folder cannot be written.
    case cannotWriteOutput = 73
    /// Standard output was closed or cannot be written.
    case standardOutputClosed = 74
    /// Another command holds the output folder's lock.
    case outputLocked = 75
    /// SIGINT (128 + 2): the run stopped after its batch, saved a checkpoint and can be resumed.
    case interrupted = 130
    /// SIGTERM (128 + 15): as for SIGINT.
    case terminated = 143

    /// One line for `--help` and the README.
    public var meaning: String {
        switch self {
        case .success: "success"
        case .documentsFailed: "finished, but some documents were skipped or failed (see OUT/failures.jsonl)"
        case .stoppedEarly: "stopped early by --max-failures"
        case .usage: "usage error, or a checkpoint in OUT from other input or rules (resume with those, or --fresh)"
        case .invalidData: "invalid pipeline, or a damaged state or part"
        case .missingInput: "missing or unreadable pipeline file, input folder or part"
        case .internalError: "internal error"
        case .cannotWriteOutput: "cannot write output"
        case .standardOutputClosed: "standard output closed (e.g. '| head')"
        case .outputLocked: "output folder locked by another command"
        case .interrupted: "stopped by SIGINT (resumable)"
        case .terminated: "stopped by SIGTERM (resumable)"
        }
    }

    /// The status of a run stopped by `signal` (SIGINT or SIGTERM; any other signal is not one the runner stops on).
    public static func stopped(by signal: Int32) -> ExitStatus {
        ExitStatus(rawValue: 128 + signal) ?? .interrupted
    }

    /// Every status as `code meaning`, joined for `--help`.
    public static var helpText: String {
        "Exit codes: " + allCases.map { "\($0.rawValue) \($0.meaning)" }.joined(separator: " · ") + "."
    }
}
