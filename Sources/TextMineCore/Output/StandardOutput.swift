import Foundation

/// Writes to standard output with `write(2)`, so a reader that goes away (`textmine … --stdout-jsonl | head`) is an
/// error the run reports and exits on (code 74) instead of a silent death by SIGPIPE (which the CLI ignores) or a
/// crash inside `FileHandle`.
public enum StandardOutput {
    /// Writes every byte.
    ///
    /// - Throws: ``RunError`` (exit 74) when standard output is closed or fails.
    public static func write(_ bytes: [UInt8]) throws {
        guard let failure = bytes.withUnsafeBytes({ AppendFile.writeAll(STDOUT_FILENO, $0) }).errno else { return }
        let reason =
            failure == EPIPE
            ? "standard output was closed by its reader (for example 'head')"
            : "cannot write to standard output: \(String(cString: strerror(failure)))"
        throw RunError(reason, status: .standardOutputClosed)
    }
}
