import ArgumentParser

/// `textmine new-stage`: scaffold a stage plugin and its test.
struct NewStageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-stage",
        abstract: "Write a compiling stage plugin skeleton with a test under Plugins/NAME.")

    @Argument(help: "The stage's type name, e.g. Topics.")
    var name: String

    @Option(help: "The repository root to write under (default: the current directory).")
    var root = "."

    func run() throws {
        try Scaffold(name: name, root: root).write()
    }
}
