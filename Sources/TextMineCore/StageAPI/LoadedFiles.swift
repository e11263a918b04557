import Foundation
import Synchronization

/// The files a pipeline's stages read while they were set up (pattern files, phrase lists, lexicons, abbreviation
/// lists, `exec` programs), each with a digest of its content. A checkpoint records them, so a resume after any of
/// them changed is refused instead of silently mixing two rule sets in one output.
public final class LoadedFiles: Sendable {
    private let digests = Mutex<[String: String]>([:])

    /// An empty record.
    public init() {}

    /// Records a file's content under its path.
    public func record(_ path: String, content: some Sequence<UInt8>) {
        var hash = StableHash()
        hash.add(content)
        let digest = hash.hex
        digests.withLock { $0[path] = digest }
    }

    /// Records a file by reading it (nothing when it cannot be read: then it was not loaded either).
    public func record(_ path: String) {
        guard let data = FileManager.default.contents(atPath: path) else { return }
        record(path, content: data)
    }

    /// Path → content digest.
    public var all: [String: String] { digests.withLock { $0 } }
}
