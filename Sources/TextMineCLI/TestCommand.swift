import ArgumentParser
import Foundation
import TextMineCore

/// `textmine test`: run the tests kept beside a pipeline's rules (its `tests:` list, or `NAME.tests.yaml`), each text
/// through the stages in memory, and report every failing expectation at its line in the YAML.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract:
            "Run the tests of pipeline files: each test's text through the stages, checked against expect/absent.",
        discussion: """
            Tests are the pipeline file's top-level 'tests:' list and those of NAME.tests.yaml beside NAME.yaml. Nothing \
            is read from input folders and nothing is written, except --junit. Every failing expectation is reported \
            as file:line:column. Exit codes: 0 every test passed · 1 a test failed · 65 invalid pipeline or test · \
            66 a file is missing · 73 the JUnit file cannot be written.
            """)

    @Argument(help: "Pipeline files (NAME.tests.yaml stands for the NAME.yaml beside it).")
    var pipelines: [String]

    @Option(help: "Also write the results as JUnit XML to this file.")
    var junit: String?

    @Flag(name: .shortAndLong, help: "Print a line for every test, passed or failed, with its time.")
    var verbose = false

    func run() throws {
        var loaded: [Pipeline] = []
        var worst: Int32 = 0
        for path in try pipelinePaths() {
            do {
                var pipeline = try Console.loadPipeline(path)
                let unreadable = PipelineTestDecoder.readFiles(&pipeline.tests)
                if !unreadable.isEmpty {
                    Console.report(unreadable)
                    Console.error(
                        "\(unreadable.count) error\(unreadable.count == 1 ? "" : "s") in the tests of \(path)")
                    throw ExitCode(.invalidData)
                }
                loaded.append(pipeline)
            } catch let exit as ExitCode {
                worst = max(worst, exit.rawValue)
            }
        }
        // Like a compiler, nothing runs until every file is valid: a bad test is a config error.
        if worst != 0 { throw ExitCode(worst) }

        var suites: [JUnitReport.Suite] = []
        for pipeline in loaded {
            if pipeline.tests.isEmpty {
                Console.error(
                    "\(pipeline.path): warning: no tests (add a 'tests:' list, or \(PipelineTestDecoder.companionPath(of: pipeline.path)))"
                )
            }
            let results = PipelineTestRunner(pipeline: pipeline).run()
            for result in results {
                Console.report(result.failures)
                if verbose {
                    print(
                        "\(result.passed ? "passed" : "FAILED")  \(pipeline.path): \(result.test.name) (\(String(format: "%.3f", result.seconds)) s)"
                    )
                }
            }
            suites.append(JUnitReport.Suite(path: pipeline.path, name: pipeline.name, results: results))
        }

        let all = suites.flatMap(\.results)
        let failed = all.filter { !$0.passed }.count
        print("textmine test: \(all.count - failed) passed, \(failed) failed")
        if let junit {
            do {
                try AtomicFile.write(JUnitReport.xml(suites), to: junit)
            } catch {
                throw Console.exitCode(reporting: error)
            }
        }
        if failed > 0 { throw ExitCode(.documentsFailed) }
    }

    /// The pipeline files named, once each: `NAME.tests.yaml` stands for `NAME.yaml` (or `NAME.yml`), so
    /// `textmine test Pipelines/*` works when tests live in files of their own.
    private func pipelinePaths() throws -> [String] {
        var paths: [String] = []
        for path in pipelines {
            var resolved = path
            if path.hasSuffix(PipelineTestFormat.companionSuffix) {
                let base = String(path.dropLast(PipelineTestFormat.companionSuffix.count))
                guard
                    let pipeline = [base + ".yaml", base + ".yml"].first(where: {
                        FileManager.default.fileExists(atPath: $0)
                    })
                else {
                    Console.error(
                        "\(path): error: a tests file needs its pipeline beside it: \(base).yaml does not exist")
                    throw ExitCode(.missingInput)
                }
                resolved = pipeline
            }
            let key = (resolved as NSString).standardizingPath
            if !paths.contains(where: { ($0 as NSString).standardizingPath == key }) { paths.append(resolved) }
        }
        return paths
    }
}
