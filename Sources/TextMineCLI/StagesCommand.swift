import ArgumentParser
import TextMineCore

/// `textmine stages`: list every registered stage with its options.
struct StagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "List the stages this binary knows, with what they consume and produce and their options.")

    @Argument(help: "Show only these stages.")
    var names: [String] = []

    func run() throws {
        let registry = TextMineCommand.registry
        for name in names where registry.type(named: name) == nil {
            Console.error("error: unknown stage '\(name)'\(Suggestion.didYouMean(name, in: registry.names))")
            throw ExitCode(.usage)
        }
        let descriptors = registry.descriptors.filter { names.isEmpty || names.contains($0.name) }
        for descriptor in descriptors {
            print("\(descriptor.name) — \(descriptor.summary)")
            let consumes = descriptor.consumes.map(\.name).joined(separator: ", ")
            let produces = descriptor.produces.map(\.name).joined(separator: ", ")
            print("  consumes: \(consumes.isEmpty ? "-" : consumes)    produces: \(produces.isEmpty ? "-" : produces)")
            if !descriptor.options.isEmpty {
                print("  options:")
                let width = descriptor.options.map(\.key.count).max() ?? 0
                for option in descriptor.options {
                    let padded = option.key + String(repeating: " ", count: width - option.key.count)
                    print("    \(padded)  \(option.type) = \(option.defaultValue)")
                    print("    \(String(repeating: " ", count: width))  \(option.summary)")
                }
            }
            if !descriptor.example.isEmpty {
                print("  example:")
                for line in descriptor.example.split(separator: "\n") { print("    \(line)") }
            }
            print("")
        }
    }
}
