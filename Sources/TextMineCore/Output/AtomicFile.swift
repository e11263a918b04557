public import Foundation

/// Writes files so that readers (and a crash) only ever see the old file or the complete new one: write a temporary
/// file in the same folder, flush it to disk, then rename it over the target.
public enum AtomicFile {
    /// Writes `bytes` (`Data`, `[UInt8]`) to `path` atomically, straight from their storage.
    public static func write(_ bytes: some ContiguousBytes, to path: String) throws {
        try write(to: path) { file in try file.write(bytes) }
    }

    /// Writes a string to `path` atomically.
    public static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    /// Writes `path` atomically from a stream of appends: `body` fills a temporary file, which is synced and renamed
    /// over `path` when `body` returns; when it throws, the temporary file is removed and `path` is untouched.
    public static func write(to path: String, _ body: (AppendFile) throws -> Void) throws {
        let temporary = path + ".tmp-\(getpid())"
        let file: AppendFile
        do { file = try AppendFile(path: temporary) } catch {
            throw OutputError(
                path: path,
                reason: "cannot create a temporary file beside it: \((error as? OutputError)?.reason ?? "\(error)")")
        }
        do {
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
        buffer.reserveCapacity(Self.bufferSize)
    }

    deinit { close(descriptor) }

    /// The buffer's size: appends are written out in pieces of about this size.
    static let bufferSize = 1 << 20

    /// Appends bytes (buffered). What would overflow the buffer flushes it first, so the buffer keeps its reserved
    /// size (a run keeps several of these files open; grown buffers were megabytes of its peak memory).
    public func append(_ bytes: some Collection<UInt8>) throws {
        if !buffer.isEmpty && buffer.count + bytes.count > Self.bufferSize { try flush() }
        buffer.append(contentsOf: bytes)
        length += bytes.count
        if buffer.count >= Self.bufferSize { try flush() }
    }

    /// Writes buffered bytes to the file.
    public func flush() throws {
        try writeAll(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Appends `bytes` straight from their storage, after any buffered ones (no copy into the buffer).
    public func write(_ bytes: some ContiguousBytes) throws {
        try flush()
        length += try writeAll(bytes)
    }

    /// Writes every byte, retrying short writes; returns how many.
    @discardableResult
    private func writeAll(_ bytes: some ContiguousBytes) throws -> Int {
        let (count, failure) = bytes.withUnsafeBytes { Self.writeAll(descriptor, $0) }
        if let failure { throw OutputError(path: path, reason: String(cString: strerror(failure))) }
        return count
    }

    /// Writes every byte of `raw` to a descriptor, retrying short and interrupted writes: how many were written, and
    /// the `errno` that stopped it, if any.
    static func writeAll(_ descriptor: Int32, _ raw: UnsafeRawBufferPointer) -> (count: Int, errno: Int32?) {
        guard let base = raw.baseAddress else { return (0, nil) }
        var offset = 0
        while offset < raw.count {
            let written = Foundation.write(descriptor, base + offset, raw.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return (offset, errno)
            }
            offset += written
        }
        return (offset, nil)
    }

    /// Flushes and makes the bytes durable (survives a crash or power loss).
    public func sync() throws {
        try flush()
        fsync(descriptor)
    }
}
