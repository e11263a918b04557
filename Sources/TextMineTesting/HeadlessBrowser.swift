public import Foundation

/// Headless Chromium for tests that check a generated page in a real browser (`make bootstrap-browser` installs it):
/// find it on PATH, and print a page's DOM after its scripts ran.
public enum HeadlessBrowser {
    /// The browser's path, or nil when none is installed (such tests skip with a message).
    public static var path: String? {
        let candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map(
            String.init)
        return candidates.lazy.flatMap { name in directories.map { $0 + "/" + name } }.first(
            where: FileManager.default.isExecutableFile(atPath:))
    }

    /// A browser failure: it did not finish in time or exited with an error.
    public struct Failure: Error, CustomStringConvertible {
        /// What happened, with the browser's standard error.
        public var description: String
    }

    /// Loads `file` in headless Chromium and returns the serialised DOM after scripts ran (`--dump-dom`), with a
    /// throw-away profile in `scratch`.
    public static func dumpDOM(browser: String, file: String, scratch: String, timeout: TimeInterval = 90) throws
        -> String
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--user-data-dir=\(scratch)/profile", "--virtual-time-budget=2000", "--dump-dom", "file://\(file)",
        ]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        nonisolated(unsafe) var dom = Data()
        nonisolated(unsafe) var log = Data()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { dom = output.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { log = errors.fileHandleForReading.readDataToEndOfFile() }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning {
            process.terminate()
            throw Failure(description: "the browser did not finish within \(Int(timeout)) s")
        }
        group.wait()
        guard process.terminationStatus == 0 else {
            throw Failure(
                description:
                    "the browser exited with \(process.terminationStatus): \(String(decoding: log, as: UTF8.self))")
        }
        return String(decoding: dom, as: UTF8.self)
    }
}
