import ArgumentParser
import TextMineCore

/// `textmine check`: validate pipeline files without running them.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate pipeline files: every problem is reported as file:line:column with the offending line.",
        discussion: "Exit codes: 0 all valid · 65 at least one invalid · 66 a file is missing.")

    @Argument(help: "Pipeline files to check.")
    var pipelines: [String]

    func run() throws {
        var worst: Int32 = 0
        for path in pipelines {
            do {
                let pipeline = try Console.loadPipeline(path)
                print(
                    "\(path): ok (\(pipeline.entries.count) stages: \(pipeline.entries.map(\.name).joined(separator: " → ")))"
                )
            } catch let exit as ExitCode {
                worst = max(worst, exit.rawValue)
            }
        }
        if worst != 0 { throw ExitCode(worst) }
    }
}
