/// Running a pipeline's stages on one document in memory, for commands that look at a document instead of writing an
/// output folder (`textmine explain`, `textmine test`).
///
/// Each stage processes the document in order and its layers are recorded as the runner records them, so the
/// document is exactly what `textmine run` would serialise. Aggregators see nothing: corpus stages (`aggregate`,
/// `keywords`) only keep per-document state through their ``Aggregator`` side, which is never called here, so nothing
/// is counted and nothing is written.
extension Pipeline {
    /// A stage that threw on the document: which stage, and its error (as `failures.jsonl` would report it).
    public struct StageFailure: Error, Sendable, CustomStringConvertible {
        /// The stage's instance name (`entities`, `sentiment.2`).
        public var stage: String
        /// The error's text.
        public var message: String

        /// `stage 'entities' failed: …`
        public var description: String { "stage '\(stage)' failed: \(message)" }
    }

    /// Runs every stage on `document`, recording producers, and returns the warnings stages attached (each with
    /// the stage that raised it).
    ///
    /// - Throws: ``StageFailure`` for the first stage that throws; the document keeps what earlier stages added.
    @discardableResult
    public func process(_ document: inout Document) throws -> [(stage: String, reason: String, message: String)] {
        var warnings: [(stage: String, reason: String, message: String)] = []
        for entry in entries {
            do {
                try entry.stage.process(&document)
            } catch {
                throw StageFailure(stage: entry.name, message: "\(error)")
            }
            for layer in entry.stage.produces { document.recordProducer(entry.name, of: layer) }
            warnings += document.warnings.map { (entry.name, $0.reason, $0.message) }
            document.warnings.removeAll()
        }
        return warnings
    }
}
