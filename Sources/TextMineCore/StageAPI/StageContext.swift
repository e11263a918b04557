import Foundation

/// What a stage's initialiser gets besides its options: where it sits in the pipeline and how to resolve paths.
public struct StageContext: Sendable {
    /// The stage's name in this pipeline: the stage name, with `.2`, `.3`… appended for repeated entries.
    public var instanceName: String
    /// The stage entry in the pipeline file (for diagnostics about the entry as a whole).
    public var entry: ConfigNode?
    /// The folder of the pipeline file; relative paths in options are looked up there first, then in the current
    /// directory.
    public var pipelineDirectory: String
    /// Where the files the stage reads are recorded (with their content digests) for the checkpoint.
    public var loadedFiles: LoadedFiles

    /// Creates a context.
    public init(
        instanceName: String, entry: ConfigNode? = nil, pipelineDirectory: String = ".",
        loadedFiles: LoadedFiles = LoadedFiles()
    ) {
        self.instanceName = instanceName
        self.entry = entry
        self.pipelineDirectory = pipelineDirectory
        self.loadedFiles = loadedFiles
    }

    /// A context for tests and programmatic use.
    public static func standalone(_ name: String) -> StageContext { StageContext(instanceName: name) }

    /// Resolves a path from an option: absolute paths as they are; relative ones against the pipeline's folder if the
    /// file exists there, otherwise against the current directory.
    public func resolve(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        let besidePipeline = (pipelineDirectory as NSString).appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: besidePipeline) { return besidePipeline }
        return path
    }

    /// Reads a UTF-8 text file named by an option.
    ///
    /// - Throws: ``ConfigError`` pointing at the option when the file is missing, unreadable or not UTF-8.
    public func readTextFile(_ path: Located<String>) throws -> (path: String, text: String) {
        let resolved = resolve(path.value)
        guard let data = FileManager.default.contents(atPath: resolved) else {
            throw ConfigError([
                path.error("cannot read '\(path.value)' (looked in '\(pipelineDirectory)' and the current directory)")
            ])
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ConfigError([path.error("'\(path.value)' is not valid UTF-8")])
        }
        loadedFiles.record(resolved, content: data)
        return (resolved, text)
    }
}
