import Foundation
import Synchronization

/// Publishes the final files of a run or a merge as one set, so that a kill at any moment of the output phase never
/// leaves new files beside old ones for good, and a rerun never counts anything twice.
///
/// Everything happens inside `OUT/.textmine`, under the output folder's lock:
///
/// 1. **Stage.** Every final file (`documents.jsonl`, `failures.jsonl`, `state/…`, tables, the database, the report,
///    `summary.json`) is written into `staging/` and synced. A kill here leaves OUT holding the previous set; the next
///    command on OUT throws `staging/` away, and a rerun resumes from the last checkpoint.
/// 2. **Commit.** `staging/journal.json` lists the new set, the old set's files it does not replace, and the summary;
///    then `staging/` is renamed to `commit/` — one atomic rename, the commit point.
/// 3. **Publish.** Each staged file is renamed over `OUT/NAME`, files of the old set that the new one lacks are
///    removed, the run's checkpoint and partial files are removed, and `commit/` goes last.
///
/// A kill during step 3 leaves `commit/` in place; the next textmine command that takes OUT's lock finishes the
/// publication from the journal before doing anything else (``recover()``), and a rerun of the same command then
/// reports the committed summary instead of processing again.
public struct OutputCommit: Sendable {
    /// What a commit publishes, saved as `journal.json` beside the staged files.
    public struct Journal: Codable, Sendable {
        /// The run's input-and-rules digest (nil for streams and merges): a rerun with the same one is already done.
        public var fingerprint: String?
        /// The new set, relative to OUT, in the order `summary.json` lists them.
        public var files: [String]
        /// Files of the previous set that the new set does not have; removed when it is published.
        public var obsolete: [String]
        /// The run's counts, so a rerun can report them without processing again.
        public var counts: RunCounts
        /// Whether `--max-failures` stopped the run.
        public var stoppedEarly: Bool
        /// The aggregators' summaries.
        public var stageSummaries: [String: JSONValue]
    }

    /// The output folder.
    public let directory: String

    /// Creates the commit helper for an output folder.
    public init(directory: String) { self.directory = directory }

    var workDirectory: String { directory + "/.textmine" }
    /// Where the new set is written before the commit point.
    public var staging: String { workDirectory + "/staging" }
    var committed: String { workDirectory + "/commit" }

    /// Finishes what an earlier, killed command left in OUT: publishes a committed set and returns its journal;
    /// throws away an uncommitted staging folder and stale temporary files (`NAME.tmp-PID`) of any earlier writer.
    /// Call it with OUT's lock held.
    public func recover() throws -> Journal? {
        removeStaleTemporaries()
        try? FileManager.default.removeItem(atPath: staging)
        guard FileManager.default.fileExists(atPath: committed) else { return nil }
        guard let data = FileManager.default.contents(atPath: committed + "/journal.json"),
            let journal = try? JSONDecoder().decode(Journal.self, from: data)
        else {
            // The journal is written and synced before the rename that creates commit/, so this is not our folder.
            throw RunError(
                "'\(committed)' holds no readable journal.json; remove that folder and rerun",
                status: .cannotWriteOutput)
        }
        try publish(journal)
        return journal
    }

    /// Creates an empty staging folder (with `state/`) and returns its path.
    public func beginStaging() throws -> String {
        try? FileManager.default.removeItem(atPath: staging)
        do {
            try FileManager.default.createDirectory(atPath: staging + "/state", withIntermediateDirectories: true)
        } catch {
            throw RunError(
                "cannot create '\(staging)': \(String(cString: strerror(errno)))", status: .cannotWriteOutput)
        }
        return staging
    }

    /// The files of the set OUT holds now (from its `summary.json`) that `files` does not replace.
    public func obsoleteFiles(replacedBy files: [String]) -> [String] {
        struct Listed: Decodable { var files: [String] }
        guard let data = FileManager.default.contents(atPath: directory + "/summary.json"),
            let listed = try? JSONDecoder().decode(Listed.self, from: data)
        else { return [] }
        let keep = Set(files)
        return listed.files.filter { !keep.contains($0) && Self.isPlainRelativePath($0) }
    }

    /// Commits the staged set (the atomic step) and publishes it.
    public func commit(_ journal: Journal) throws {
        try AtomicFile.write(JSONEncoder.sorted.encode(journal), to: staging + "/journal.json")
        Self.syncDirectory(staging + "/state")
        Self.syncDirectory(staging)
        guard rename(staging, committed) == 0 else {
            throw RunError(
                "cannot commit the outputs ('\(staging)' → '\(committed)'): \(String(cString: strerror(errno)))",
                status: .cannotWriteOutput)
        }
        Self.syncDirectory(workDirectory)
        Self.step()
        try publish(journal)
    }

    /// Moves every committed file into OUT (those already moved are skipped, so this can run again after a kill),
    /// removes the obsolete ones and the finished run's work files, then the commit folder.
    private func publish(_ journal: Journal) throws {
        for file in journal.files where Self.isPlainRelativePath(file) {
            let source = committed + "/" + file
            guard access(source, F_OK) == 0 else { continue }
            let target = directory + "/" + file
            let parent = (target as NSString).deletingLastPathComponent
            try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            guard rename(source, target) == 0 else {
                throw RunError(
                    "cannot publish '\(target)': \(String(cString: strerror(errno)))", status: .cannotWriteOutput)
            }
            Self.step()
        }
        for file in journal.obsolete where Self.isPlainRelativePath(file) { unlink(directory + "/" + file) }
        Self.syncDirectory(directory + "/state")
        Self.syncDirectory(directory)
        removeRunWorkFiles()
        Self.step()
        try? FileManager.default.removeItem(atPath: committed)
    }

    /// Removes the checkpoint, the partial files and the checkpoint states of the run whose outputs were published.
    private func removeRunWorkFiles() {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: workDirectory)) ?? []
        for file in files
        where file == "checkpoint.json" || file.hasSuffix(".partial")
            || (file.hasPrefix("state-") && file.hasSuffix(".json"))
        {
            unlink(workDirectory + "/" + file)
        }
    }

    /// Removes `NAME.tmp-PID` files left in OUT, `OUT/state` and the work folder by a writer that was killed (only
    /// one writer holds the lock, so any such file is stale).
    private func removeStaleTemporaries() {
        for folder in [directory, directory + "/state", workDirectory] {
            for file in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            where Self.isTemporaryName(file) {
                unlink(folder + "/" + file)
            }
        }
    }

    /// Whether a name is one ``AtomicFile`` gives its temporary files: `NAME.tmp-` and a process id.
    static func isTemporaryName(_ name: String) -> Bool {
        guard let range = name.range(of: ".tmp-", options: .backwards) else { return false }
        let digits = name[range.upperBound...]
        return !digits.isEmpty && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
    }

    /// A path that stays inside OUT (from a journal or a summary, which a person could have edited).
    static func isPlainRelativePath(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/")
            && !path.split(separator: "/").contains { $0 == ".." || $0 == "." || $0 == ".textmine" }
    }

    /// Makes a folder's entries (new names, renames) durable.
    static func syncDirectory(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    // MARK: Test hook

    /// `TEXTMINE_TEST_KILL_AT_OUTPUT_STEP=N` makes the process kill itself with SIGKILL at the N-th step of the output
    /// phase (each staged file, the commit, each published file, the clean-up), so tests can stop a run at every
    /// point of it exactly, as `kill -9` would.
    private static let killStep = ProcessInfo.processInfo.environment["TEXTMINE_TEST_KILL_AT_OUTPUT_STEP"].flatMap(
        Int.init)
    private static let steps = Atomic<Int>(0)

    /// Marks the end of one step of the output phase (see ``killStep``).
    static func step() {
        guard let killStep else { return }
        if steps.add(1, ordering: .relaxed).newValue == killStep { kill(getpid(), SIGKILL) }
    }
}
