import Foundation

/// A document that was skipped or failed, or processed with a warning: one line of `OUT/failures.jsonl`.
public struct DocumentIssue: Sendable, Hashable, Codable {
    /// What happened to the document.
    public enum Outcome: String, Sendable, Codable {
        /// Not processed because of its content (empty, binary, too large, invalid UTF-8 under `skip`).
        case skipped
        /// Reading it or a stage failed.
        case failed
        /// Processed, but something was repaired (e.g. invalid UTF-8 replaced).
        case warning
    }

    /// The document id.
    public var id: String
    /// Skipped, failed or warning.
    public var outcome: Outcome
    /// `read`, `input` or the name of the stage that failed.
    public var stage: String
    /// A short machine-friendly reason: `unreadable`, `empty`, `binary`, `too_large`, `invalid_utf8`, `stage_error`.
    public var reason: String
    /// A human explanation.
    public var message: String

    /// Creates an issue record.
    public init(id: String, outcome: Outcome, stage: String, reason: String, message: String) {
        self.id = id
        self.outcome = outcome
        self.stage = stage
        self.reason = reason
        self.message = message
    }
}

/// Reads input files into documents, checking what makes a file unusable before any stage sees it.
public struct DocumentReader: Sendable {
    /// The input policy.
    public var options: InputOptions

    /// Creates a reader.
    public init(options: InputOptions) { self.options = options }

    /// Reads one file: a document (perhaps with a warning), or the issue that stopped it.
    public func read(_ file: InputFile) -> (document: Document?, issue: DocumentIssue?) {
        if let notice = file.notice { return (nil, issue(file.id, .warning, "duplicate_link", notice)) }
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait forever for a writer (with the lock held).
        let descriptor =
            file.pathBytes.map { InputDiscovery.withPath($0) { open($0, O_RDONLY | O_NONBLOCK) } }
            ?? open(file.path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else {
            return (nil, issue(file.id, .failed, "unreadable", "cannot open: \(String(cString: strerror(errno)))"))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            return (nil, issue(file.id, .failed, "unreadable", "cannot stat: \(String(cString: strerror(errno)))"))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            return (
                nil,
                issue(
                    file.id, .skipped, "not_a_file",
                    "not a regular file (\(Self.kind(of: status.st_mode))); only regular files are read")
            )
        }
        let size = Int(status.st_size)
        if size > options.maxBytes {
            return (nil, issue(file.id, .skipped, "too_large", "\(size) bytes is over max_bytes (\(options.maxBytes))"))
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { raw in
                raw.baseAddress.map { Foundation.read(descriptor, $0 + filled, size - filled) } ?? 0
            }
            if count < 0 {
                if errno == EINTR { continue }
                return (nil, issue(file.id, .failed, "unreadable", "read error: \(String(cString: strerror(errno)))"))
            }
            if count == 0 { break }
            filled += count
        }
        if filled < size { bytes.removeLast(size - filled) }
        return make(id: file.id, group: file.group, bytes: bytes, sourcePath: file.path)
    }

    /// "a FIFO", "a folder"… for messages.
    static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: return "a FIFO"
        case S_IFDIR: return "a folder"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        default: return "not a regular file"
        }
    }

    /// Checks raw bytes (from a file or a JSON Lines record) and builds the document.
    public func make(id: String, group: String, bytes: [UInt8], sourcePath: String?) -> (
        document: Document?, issue: DocumentIssue?
    ) {
        if bytes.count > options.maxBytes {
            return (
                nil, issue(id, .skipped, "too_large", "\(bytes.count) bytes is over max_bytes (\(options.maxBytes))")
            )
        }
        var hasContent = false
        var hasNUL = false
        bytes.withUnsafeBufferPointer { buffer in
            for byte in buffer {
                if byte == 0 {
                    hasNUL = true
                    break
                }
                if !hasContent, byte > 0x20 { hasContent = true }
            }
        }
        if hasNUL {
            return (nil, issue(id, .skipped, "binary", "contains NUL bytes: not a text file"))
        }
        if !hasContent {
            return (nil, issue(id, .skipped, "empty", "the file has no text"))
        }
        if let valid = UTF8Validation.firstInvalidOffset(bytes) {
            switch options.invalidUTF8 {
            case .skip:
                return (
                    nil,
                    issue(id, .skipped, "invalid_utf8", "invalid UTF-8 at byte \(valid) (input.invalid_utf8: skip)")
                )
            case .replace:
                let repaired = Array(String(decoding: bytes, as: UTF8.self).utf8)
                let document = Document(id: id, group: group, utf8: repaired, sourcePath: sourcePath)
                return (
                    document,
                    issue(id, .warning, "invalid_utf8", "invalid UTF-8 from byte \(valid) replaced with U+FFFD")
                )
            }
        }
        return (Document(id: id, group: group, utf8: bytes, sourcePath: sourcePath), nil)
    }

    private func issue(_ id: String, _ outcome: DocumentIssue.Outcome, _ reason: String, _ message: String)
        -> DocumentIssue
    {
        DocumentIssue(id: id, outcome: outcome, stage: "input", reason: reason, message: message)
    }
}
