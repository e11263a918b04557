public import ArgumentParser
import Foundation
import Synchronization
public import TextMineCore

/// The `textmine` command line. A binary hands in its stage registry and calls ``main(registry:)``:
/// ```swift
/// import TextMineCLI
/// import TextMineStages
/// TextMineCommand.main(registry: BuiltinStages.registry.adding([MyStage.self]))
/// ```
public struct TextMineCommand: ParsableCommand {
    /// The subcommands, and the exit statuses for `--help` (from ``ExitStatus``, the one list the commands use).
    public static let configuration = CommandConfiguration(
        commandName: "textmine",
        abstract: "Text mining for news: entities, quotes with speakers, sentiment, corpus tables.",
        discussion: ExitStatus.helpText,
        version: TextMineVersion.string,
        subcommands: [
            RunCommand.self, CheckCommand.self, TestCommand.self, ExplainCommand.self, SchemaCommand.self,
            StagesCommand.self, MergeCommand.self, NewStageCommand.self,
        ],
        defaultSubcommand: nil)

    /// Required by ArgumentParser; the command itself only groups the subcommands.
    public init() {}

    private static let installedRegistry = Mutex<StageRegistry?>(nil)

    /// The registry the commands use.
    static var registry: StageRegistry {
        installedRegistry.withLock { $0 } ?? StageRegistry([])
    }

    /// Runs the command line with a registry of stages.
    public static func main(registry: StageRegistry) {
        installedRegistry.withLock { $0 = registry }
        // A closed standard output (`| head`) must be an EPIPE error the commands report, not a silent death.
        signal(SIGPIPE, SIG_IGN)
        main()
    }
}

/// The version printed by `--version`.
public enum TextMineVersion {
    /// Semantic version of the CLI and the output contract's producer.
    public static let string = "0.1.0"
}

extension ExitCode {
    /// The exit code of a status (the one list of codes is ``ExitStatus``).
    init(_ status: ExitStatus) { self.init(status.rawValue) }
}

/// Standard error output.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints an error of a command in plain words and gives its exit code: the error's own (``RunError``), 66 for
    /// a missing input, 73 for an output that cannot be written, 70 for anything else.
    static func exitCode(reporting error: any Error) -> ExitCode {
        switch error {
        case let error as InputDiscovery.MissingInput:
            Console.error(error.description)
            return ExitCode(.missingInput)
        case let error as RunError:
            Console.error(error.description)
            return ExitCode(error.status)
        case let error as OutputError:
            Console.error(error.description)
            return ExitCode(.cannotWriteOutput)
        default:
            Console.error("error: " + DecodingProblem.describe(error))
            return ExitCode(.internalError)
        }
    }

    static var colors: Bool { isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil }

    /// Prints diagnostics, `error:` in red when standard error is a terminal.
    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            var text = diagnostic.rendered
            if colors {
                let label =
                    diagnostic.severity == .error ? "\u{1B}[1;31merror:\u{1B}[0m" : "\u{1B}[1;35mwarning:\u{1B}[0m"
                text = text.replacingOccurrences(
                    of: "\(diagnostic.severity.rawValue):", with: label, options: [],
                    range: text.range(of: "\(diagnostic.severity.rawValue):"))
            }
            error(text)
        }
    }

    /// Loads a pipeline, printing diagnostics and turning failures into exit codes.
    static func loadPipeline(_ path: String) throws -> Pipeline {
        do {
            let pipeline = try PipelineLoader(registry: TextMineCommand.registry).load(path: path)
            report(pipeline.warnings)
            return pipeline
        } catch let error as ConfigError {
            report(error.diagnostics)
            let count = error.diagnostics.filter { $0.severity == .error }.count
            Console.error("\(count) error\(count == 1 ? "" : "s") in \(path)")
            throw ExitCode(.invalidData)
        } catch let error as PipelineFileError {
            Console.error(error.description)
            throw ExitCode(.missingInput)
        }
    }
}
