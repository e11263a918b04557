import ArgumentParser

/// `textmine new-stage`: scaffold a stage plugin (filled in by the plugins work).
struct NewStageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-stage",
        abstract: "Write a compiling stage plugin skeleton with a test under Plugins/NAME.")

    @Argument(help: "The stage's type name, e.g. Topics.")
    var name: String

    func run() throws {
        try Scaffold(name: name).write()
    }
}
