public import ArgumentParser
import Foundation
import TextMineCore

/// `textmine merge`: combine the outputs of several runs (shards, machines, Spark partitions) of one pipeline.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract:
            "Merge the OUT folders of several runs of one pipeline into one OUT, exactly as a single run would write it.",
        discussion:
            "Per-document files are merged by document id, so parts may come in any order; aggregate states are merged exactly. Parts that are consecutive slices of one --stdin-jsonl stream take --order parts, which keeps the stream's order."
    )

    @Argument(help: "The pipeline file the runs used.")
    var pipeline: String

    @Argument(help: "The OUT folders of the runs, in input order.")
    var parts: [String]

    @Option(name: .shortAndLong, help: "The merged output folder.")
    var out: String

    @Option(
        help:
            "id: per-document records by document id (runs over folders; any split); parts: one part after the other (consecutive slices of one stream)."
    )
    var order: MergeOrder = .id

    func run() throws {
        let pipeline = try Console.loadPipeline(self.pipeline)
        if let problem = OutputPlacement.problem(output: out, inputs: parts) {
            Console.error("error: " + problem)
            throw ExitCode(.usage)
        }
        do {
            let summary = try OutputMerger(pipeline: pipeline, order: order).merge(parts, into: out)
            print("merged \(parts.count) parts: \(summary.counts.processed) documents → \(out)/")
            OutputList.print(summary, toStandardError: false)
        } catch {
            throw Console.exitCode(reporting: error)
        }
    }
}

extension MergeOrder: ExpressibleByArgument {}
