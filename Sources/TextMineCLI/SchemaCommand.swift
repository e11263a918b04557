import ArgumentParser
import TextMineCore

/// `textmine schema`: the JSON Schema of pipeline files for the stages this binary knows.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft 2020-12) of pipeline files for the stages this binary knows.",
        discussion: """
            Editors that use yaml-language-server (VS Code's YAML extension, JetBrains IDEs, Neovim's yamlls) complete \
            and check pipeline files against it. The repository's copy is textmine.schema.json; regenerate it with \
            'textmine schema > textmine.schema.json'. A stage whose documented options differ from the options it \
            decodes is reported on standard error (exit 70), since its part of the schema would be wrong.
            """)

    func run() throws {
        let registry = TextMineCommand.registry
        let problems = registry.types.flatMap(OptionsAudit.problems(of:))
        print(try PipelineSchema.text(for: registry), terminator: "")
        guard problems.isEmpty else {
            for problem in problems { Console.error("error: \(problem)") }
            throw ExitCode(.internalError)
        }
    }
}
