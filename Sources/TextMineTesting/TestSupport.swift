import Foundation
import Synchronization
public import TextMineCore

/// Helpers for testing stages and pipelines: build documents, run stages, load pipelines from strings, read outputs.
public enum TestSupport {
    /// The repository root (found from this file's path).
    public static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The shared BBC corpus, when present on this machine.
    public static var bbcCorpus: String? {
        let candidates = [
            ProcessInfo.processInfo.environment["TEXTMINE_BBC_CORPUS"],
            repositoryRoot + "/../shared/corpora/bbc-news",
        ].compactMap { $0 }
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// Builds a stage from its options written as YAML (e.g. `"{on: sentences}"`), as a pipeline file would, without
    /// the stage-order check.
    public static func makeStage<S: Stage>(_ type: S.Type, _ optionsYAML: String = "{}", name: String? = nil) throws
        -> S
    {
        let node = try ConfigNode.parse(yaml: optionsYAML, path: "options.yaml")
        let options = try ConfigDecoding.decode(S.Options.self, from: node, subject: "stage '\(S.descriptor.name)'")
        return try S(options: options, context: .standalone(name ?? S.descriptor.name))
    }

    /// Runs stages over a text, as the runner does (recording producers), and returns the document.
    public static func run(_ stages: [any Stage], on text: String, id: String = "test.txt", group: String = "") throws
        -> Document
    {
        var document = Document(id: id, group: group, text: text)
        for stage in stages {
            try stage.process(&document)
            for layer in stage.produces { document.recordProducer(type(of: stage).descriptor.name, of: layer) }
        }
        return document
    }

    /// Loads a pipeline from YAML text, returning it or the rendered diagnostics.
    public static func load(_ yaml: String, registry: StageRegistry, path: String = "test.yaml") -> Result<
        Pipeline, ConfigError
    > {
        do {
            return .success(try PipelineLoader(registry: registry).load(yaml: yaml, path: path))
        } catch let error as ConfigError {
            return .failure(error)
        } catch {
            return .failure(ConfigError(at: .unknown(path), "\(error)"))
        }
    }

    /// The texts of a layer's spans.
    public static func texts(_ spans: [Span], in document: Document) -> [String] {
        spans.map { document[$0] }
    }

    /// A fresh temporary folder, removed with everything in it when the test process exits (a suite made hundreds
    /// of them per run and left every one behind). `TEXTMINE_KEEP_TEST_FILES=1` keeps them, to look into a failure.
    public static func temporaryDirectory(_ name: String = "textmine-test") throws -> String {
        let path = NSTemporaryDirectory() + "/\(name)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        TemporaryFolders.shared.add(path)
        return path
    }

    /// Parses a JSON Lines file into objects.
    public static func readJSONLines(_ path: String) throws -> [[String: Any]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: [], debugDescription: "\(path): not a JSON object: \(line)"))
            }
            return object
        }
    }
}

/// The folders ``TestSupport/temporaryDirectory(_:)`` made in this process, removed at its exit.
final class TemporaryFolders: Sendable {
    static let shared = TemporaryFolders()

    private let paths = Mutex<[String]>([])

    private init() {
        guard ProcessInfo.processInfo.environment["TEXTMINE_KEEP_TEST_FILES"] != "1" else { return }
        // (a C function pointer captures nothing: it reaches the folders through `shared`)
        atexit { TemporaryFolders.shared.removeAll() }
    }

    func add(_ path: String) { paths.withLock { $0.append(path) } }

    func removeAll() {
        for path in paths.withLock({ $0 }) { try? FileManager.default.removeItem(atPath: path) }
    }
}
