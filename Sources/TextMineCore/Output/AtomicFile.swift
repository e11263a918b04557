import Foundation

/// Writes files so that readers (and a crash) only ever see the old file or the complete new one: write a temporary
/// file in the same folder, flush it to disk, then rename it over the target.
public enum AtomicFile {
    /// Writes `data` to `path` atomically.
    public static func write(_ data: Data, to path: String) throws {
        let temporary = path + ".tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw OutputError(path: path, reason: "cannot create a temporary file beside it")
        }
        let handle = open(temporary, O_RDONLY)
        if handle >= 0 {
            fsync(handle)
            close(handle)
        }
        try commit(temporary, to: path)
    }

    /// Writes `bytes` to `path` atomically, straight from the array's storage.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        try write(to: path) { file in try file.write(bytes) }
    }

    /// Writes a string to `path` atomically.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Writes `path` atomically from a stream of appends: `body` fills a temporary file, which is synced and renamed
    /// over `path` when `body` returns; when it throws, the temporary file is removed and `path` is untouched.
    public static func write(to path: String, _ body: (AppendFile) throws -> Void) throws {
        let temporary = path + ".tmp-\(getpid())"
        do {
            let file = try AppendFile(path: temporary)
            try body(file)
            try file.sync()
        } catch {
            unlink(temporary)
            throw error
        }
        try commit(temporary, to: path)
    }

    /// Renames a finished temporary file over `path`.
    public static func commit(_ temporary: String, to path: String) throws {
        guard rename(temporary, path) == 0 else {
            throw OutputError(path: path, reason: String(cString: strerror(errno)))
        }
    }
}

/// A problem writing outputs.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// What went wrong.
    public var reason: String

    /// Creates an error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `path: error: reason`
    public var description: String { "\(path): error: \(reason)" }
}

/// An append-only file with explicit flush and durable sync, used for streams such as `documents.jsonl`.
public final class AppendFile {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    /// The file's path.
    public let path: String
    /// Bytes in the file, including buffered ones.
    public private(set) var length: Int

    /// Opens (creating or truncating to `length` bytes) a file for appending.
    public init(path: String, truncatingTo length: Int = 0) throws {
        self.path = path
        self.length = length
        descriptor = open(path, O_WRONLY | O_CREAT, 0o644)
        guard descriptor >= 0 else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
        guard ftruncate(descriptor, off_t(length)) == 0, lseek(descriptor, off_t(length), SEEK_SET) >= 0 else {
            close(descriptor)
            throw OutputError(path: path, reason: String(cString: strerror(errno)))
        }
        buffer.reserveCapacity(1 << 20)
    }

    deinit { close(descriptor) }

    /// Appends bytes (buffered).
    public func append(_ bytes: some Collection<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        length += bytes.count
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Writes buffered bytes to the file.
    public func flush() throws {
        try writeAll(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Appends `bytes` straight from their storage, after any buffered ones (no copy into the buffer).
    public func write(_ bytes: [UInt8]) throws {
        try flush()
        try writeAll(bytes)
        length += bytes.count
    }

    private func writeAll(_ bytes: [UInt8]) throws {
        var offset = 0
        try bytes.withUnsafeBytes { raw in
            while offset < raw.count {
                let written = Foundation.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw OutputError(path: path, reason: String(cString: strerror(errno)))
                }
                offset += written
            }
        }
    }

    /// Flushes and makes the bytes durable (survives a crash or power loss).
    public func sync() throws {
        try flush()
        fsync(descriptor)
    }
}
