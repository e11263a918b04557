import Foundation

/// An exclusive lock on an output folder (`OUT/.textmine/lock`), taken by every command that writes OUT (`run`,
/// `merge`), so two of them never mix their files. Held with `flock`, so the kernel releases it when the process
/// dies, even by `kill -9`.
final class OutputLock {
    private let descriptor: Int32

    /// Creates OUT and its work folder if needed and takes the lock.
    convenience init(outputDirectory: String) throws {
        for folder in [outputDirectory, outputDirectory + "/.textmine"] {
            if let reason = Self.makeFolders(folder) {
                throw RunError("cannot create output folder '\(folder)': \(reason)", status: .cannotWriteOutput)
            }
        }
        try self.init(path: outputDirectory + "/.textmine/lock")
    }

    init(path: String) throws {
        descriptor = open(path, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else { throw RunError("cannot create lock file '\(path)'", status: .cannotWriteOutput) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            var buffer = [UInt8](repeating: 0, count: 32)
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 32) }
            close(descriptor)
            let holder = String(decoding: buffer.prefix(max(0, count)), as: UTF8.self).filter(\.isNumber)
            let folder = ((path as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
            throw RunError(
                "another textmine command (pid \(holder.isEmpty ? "unknown" : holder)) is writing to '\(folder)'; wait for it or stop it (lock: \(path))",
                status: .outputLocked)
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// `mkdir -p` with the system's own reason on failure (nil when the folder exists afterwards).
    static func makeFolders(_ path: String) -> String? {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST { return String(cString: strerror(errno)) }
            prefix += "/"
        }
        var status = stat()
        guard stat(path, &status) == 0 else { return String(cString: strerror(errno)) }
        return (status.st_mode & S_IFMT) == S_IFDIR ? nil : "it exists and is not a folder"
    }
}
