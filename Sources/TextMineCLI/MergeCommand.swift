import ArgumentParser
import Foundation
import TextMineCore

/// `textmine merge`: combine the outputs of several runs (shards, machines, Spark partitions) of one pipeline.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the OUT folders of several runs of one pipeline into one OUT, exactly as a single run would write it.",
        discussion: "Inputs are concatenated in the order given (documents.jsonl, failures.jsonl); aggregate states are merged.")

    @Argument(help: "The pipeline file the runs used.")
    var pipeline: String

    @Argument(help: "The OUT folders of the runs, in input order.")
    var parts: [String]

    @Option(name: .shortAndLong, help: "The merged output folder.")
    var out: String

    func run() throws {
        let pipeline = try Console.loadPipeline(self.pipeline)
        do {
            let summary = try OutputMerger(pipeline: pipeline).merge(parts, into: out)
            print("merged \(parts.count) parts: \(summary.counts.processed) documents → \(out)/")
            OutputList.print(summary, toStandardError: false)
        } catch let error as RunError {
            Console.error(error.description)
            throw ExitCode(error.exitCode)
        }
    }
}
