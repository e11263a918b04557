import Testing
import TextMineCore
import TextMineStages
import TextMineTesting

/// What a stage reads depends on its options, and the loader checks the order against that; a requested output
/// format nothing writes is a warning at the format.
struct DeclaredDependencyTests {
    static func load(_ yaml: String) -> Result<Pipeline, ConfigError> {
        TestSupport.load(yaml, registry: BuiltinStages.registry)
    }

    @Test func quotesWithPersonTypesNeedAnEarlierEntitiesStage() throws {
        let result = Self.load(
            """
            stages:
              - sentences
              - quotes: {person_types: [PERSON]}
            """)
        guard case .failure(let error) = result else {
            Issue.record("loaded without an entities stage")
            return
        }
        let messages = error.diagnostics.map(\.description)
        #expect(
            messages == [
                "test.yaml:3:5: error: stage 'quotes' needs 'entities', which no earlier stage produces; add 'entities' before 'quotes' (also produced by: people)"
            ])
    }

    @Test func quotesWithoutPersonTypesNeedOnlySentences() throws {
        let pipeline = try Self.load(
            """
            stages:
              - sentences
              - quotes
            """
        ).get()
        #expect(pipeline.entries.map(\.stage.consumes) == [[], [.sentences]])
        let withPeople = try Self.load(
            """
            stages:
              - sentences
              - people
              - quotes: {person_types: [PERSON]}
            """
        ).get()
        #expect(withPeople.entries[2].stage.consumes == [.sentences, .entities])
    }

    @Test func htmlWithoutAnAggregateStageIsAWarningAtTheFormat() throws {
        let pipeline = try Self.load(
            """
            stages:
              - sentences
            output:
              formats: [csv, html]
            """
        ).get()
        #expect(
            pipeline.warnings.map(\.description) == [
                "test.yaml:4:18: warning: no stage in this pipeline writes the 'html' format, so the run will write none; add the 'aggregate' stage, or remove 'html' from 'formats'"
            ])
        let withAggregate = try Self.load(
            """
            stages:
              - sentences
              - aggregate
            output:
              formats: [csv, html]
            """
        ).get()
        #expect(withAggregate.warnings.isEmpty)
    }
}
