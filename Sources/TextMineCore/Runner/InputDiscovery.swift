import Foundation

/// One input file found for a run.
public struct InputFile: Sendable, Hashable {
    /// The document id: the path relative to its input root, `/`-separated (for a file given directly, its name).
    public var id: String
    /// The first folder of the id, or an empty string.
    public var group: String
    /// The path to open.
    public var path: String
    /// The path's bytes when they are not valid UTF-8 (a file name from another encoding): `path` and `id` then
    /// show U+FFFD for the bad bytes, and the file is opened by these.
    public var pathBytes: [UInt8]?
    /// Set for a symbolic link to something the run already reads under another id: not read, reported as a warning.
    public var notice: String?

    /// Creates an input file entry.
    public init(id: String, group: String, path: String, pathBytes: [UInt8]? = nil, notice: String? = nil) {
        self.id = id
        self.group = group
        self.path = path
        self.pathBytes = pathBytes
        self.notice = notice
    }
}

/// Finds the input files of a run: walks the given folders, applies include/exclude globs, and sorts by id so every
/// run, whatever the file system's order, sees the same documents in the same order.
public struct InputDiscovery: Sendable {
    /// Files a path must match (relative to its root).
    public var include: [Glob]
    /// Files to leave out.
    public var exclude: [Glob]
    /// Whether to follow symbolic links (each real folder is visited once, so loops are impossible).
    public var followSymlinks: Bool

    /// Creates a discovery from the pipeline's `input:` options.
    public init(options: InputOptions) {
        include = options.include.map(Glob.init)
        exclude = options.exclude.map(Glob.init)
        followSymlinks = options.followSymlinks
    }

    /// A problem with an input root itself (missing or unreadable folder).
    public struct MissingInput: Error, Sendable, CustomStringConvertible {
        /// The path given.
        public var path: String
        /// What is wrong with it.
        public var reason: String
        /// Creates the error for a path.
        public init(path: String, reason: String = "no such file or folder") {
            self.path = path
            self.reason = reason
        }
        /// `path: error: no such file or folder`
        public var description: String { "\(path): error: \(reason)" }
    }

    /// Lists the documents under `roots` (folders or files), sorted by id, without duplicates.
    ///
    /// - Throws: ``MissingInput`` when a root does not exist.
    public func files(in roots: [String]) throws -> [InputFile] {
        var found: [InputFile] = []
        var seenIds: Set<String> = []
        for root in roots {
            var status = stat()
            guard stat(root, &status) == 0 else { throw MissingInput(path: root) }
            if status.st_mode & S_IFMT == S_IFDIR {
                // A named folder that cannot be listed is an error of the command, not "0 documents".
                guard let directory = opendir(root) else {
                    throw MissingInput(
                        path: root, reason: "the input folder cannot be read: \(String(cString: strerror(errno)))")
                }
                closedir(directory)
                var state = WalkState()
                walk(folder: Array(root.utf8), relative: "", state: &state)
                followLinks(&state)
                found += state.found
            } else {
                let name = (root as NSString).lastPathComponent
                found.append(InputFile(id: name, group: "", path: root))
            }
        }
        found.sort { Self.precedes($0.id, $1.id) }
        found.removeAll { !seenIds.insert($0.id).inserted }
        return found
    }

    /// Whether a relative path passes the include and exclude globs.
    public func accepts(_ relative: String) -> Bool {
        include.contains { $0.matches(relative) } && !exclude.contains { $0.matches(relative) }
    }

    /// What a walk of one input folder found, and what it has seen (by device and inode).
    struct WalkState {
        var found: [InputFile] = []
        /// Folders visited → their id ("" for the input folder).
        var folders: [[UInt64]: String] = [:]
        /// Regular files listed → their id.
        var files: [[UInt64]: String] = [:]
        /// Symbolic links met (with `follow_symlinks`), followed once the real tree is walked.
        var links: [(path: [UInt8], relative: String)] = []
    }

    /// Walks a folder given by its path's bytes (names need not be valid UTF-8; ids show U+FFFD for bad bytes). Links
    /// are only collected: the real tree is walked first, so every file and folder keeps the id of its real path.
    private func walk(folder: [UInt8], relative: String, state: inout WalkState) {
        let folderText = String(decoding: folder, as: UTF8.self)
        var folderStatus = stat()
        guard Self.withPath(folder, { stat($0, &folderStatus) }) == 0 else { return }
        let key = [UInt64(folderStatus.st_dev), UInt64(folderStatus.st_ino)]
        guard state.folders[key] == nil else { return }
        state.folders[key] = relative
        guard let directory = Self.withPath(folder, { opendir($0) }) else {
            // Reported, not skipped: the reader fails to open it and writes a failure line for it.
            if !relative.isEmpty {
                state.found.append(
                    InputFile(
                        id: relative + "/", group: String(relative.prefix { $0 != "/" }), path: folderText,
                        pathBytes: Self.isValid(folder) ? nil : folder))
            }
            return
        }
        defer { closedir(directory) }
        var entries: [(name: [UInt8], isFolder: Bool, key: [UInt64]?)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name.first == UInt8(ascii: ".") { continue }
            // A regular file named by the folder's listing needs no `lstat` unless links are followed, when its
            // device and inode tell a link to it apart (one system call less per file: x20 lists 41,900)
            let type = entry.pointee.d_type
            if !followSymlinks, type == UInt8(DT_REG) {
                entries.append((name, false, nil))
                continue
            }
            let path = Self.join(folder, name)
            var status = stat()
            guard Self.withPath(path, { lstat($0, &status) }) == 0 else {
                entries.append((name, false, nil))
                continue
            }
            let kind = status.st_mode & S_IFMT
            if kind == S_IFLNK {
                if followSymlinks {
                    let childName = String(decoding: name, as: UTF8.self)
                    state.links.append((path, relative.isEmpty ? childName : relative + "/" + childName))
                }
                continue
            }
            // Anything that is not a folder (a FIFO, a socket, a device) is listed too when the globs take it, and the
            // reader reports it instead of blocking on it or skipping it silently.
            entries.append((name, kind == S_IFDIR, [UInt64(status.st_dev), UInt64(status.st_ino)]))
        }
        for entry in entries {
            let path = Self.join(folder, entry.name)
            let name = String(decoding: entry.name, as: UTF8.self)
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            if entry.isFolder {
                walk(folder: path, relative: childRelative, state: &state)
            } else if accepts(childRelative) {
                if let key = entry.key { state.files[key] = childRelative }
                state.found.append(
                    InputFile(
                        id: childRelative, group: Self.group(of: childRelative),
                        path: String(decoding: path, as: UTF8.self),
                        pathBytes: Self.isValid(path) ? nil : path))
            }
        }
    }

    /// Follows the links met, in id order: a link to a folder or file already read is a warning line (it keeps the
    /// id of its real path); one to something outside the input is read under the link's name.
    private func followLinks(_ state: inout WalkState) {
        var next = 0
        var sortedCount = -1
        while next < state.links.count {
            if sortedCount != state.links.count {
                // Links found inside a linked folder join the queue; keep what is left of it in id order.
                state.links[next...].sort { Self.precedes($0.relative, $1.relative) }
                sortedCount = state.links.count
            }
            let link = state.links[next]
            next += 1
            var status = stat()
            guard Self.withPath(link.path, { stat($0, &status) }) == 0 else { continue }
            let key = [UInt64(status.st_dev), UInt64(status.st_ino)]
            let path = String(decoding: link.path, as: UTF8.self)
            if status.st_mode & S_IFMT == S_IFDIR {
                if let id = state.folders[key] {
                    let target = id.isEmpty ? "the input folder itself" : "the folder '\(id)'"
                    state.found.append(
                        InputFile(
                            id: link.relative, group: Self.group(of: link.relative), path: path,
                            notice: "a symbolic link to \(target), already read under its own id; not read again"))
                } else {
                    walk(folder: link.path, relative: link.relative, state: &state)
                }
            } else if accepts(link.relative) {
                if let id = state.files[key] {
                    state.found.append(
                        InputFile(
                            id: link.relative, group: Self.group(of: link.relative), path: path,
                            notice: "a symbolic link to '\(id)', already read under that id; not read again"))
                } else {
                    state.files[key] = link.relative
                    state.found.append(
                        InputFile(
                            id: link.relative, group: Self.group(of: link.relative), path: path,
                            pathBytes: Self.isValid(link.path) ? nil : link.path))
                }
            }
        }
    }

    /// Byte order of two ids (UTF-8), as a run lists its documents: the order does not depend on the locale or on
    /// Unicode normalisation, and native strings compare with `memcmp`.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let ordered = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                let common = min(x.count, y.count)
                guard common > 0, let xs = x.baseAddress, let ys = y.baseAddress else { return x.count < y.count }
                let order = memcmp(xs, ys, common)
                return order != 0 ? order < 0 : x.count < y.count
            }
        }
        return (ordered ?? nil) ?? a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    static func group(of id: String) -> String { id.contains("/") ? String(id.prefix { $0 != "/" }) : "" }

    static func join(_ folder: [UInt8], _ name: [UInt8]) -> [UInt8] {
        folder.last == UInt8(ascii: "/") ? folder + name : folder + [UInt8(ascii: "/")] + name
    }

    static func isValid(_ bytes: [UInt8]) -> Bool { String(validating: bytes, as: UTF8.self) != nil }

    /// Calls `body` with the bytes as a C path.
    static func withPath<T>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
        // The array is passed as a pointer to its elements for the duration of the call.
        body(bytes.map { CChar(bitPattern: $0) } + [0])
    }
}
