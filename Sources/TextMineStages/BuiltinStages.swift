import AggregateStage
import EntitiesStage
import ExecStage
import KeywordsStage
import PeopleStage
import QuotesStage
import ReadabilityStage
import SentencesStage
import SentimentStage
public import TextMineCore
import TokenizeStage

/// The stages a stock `textmine` binary knows: the built-ins and the bundled plugins.
///
/// This list is the registry's only source; a test checks that every stage module of the package appears here. A
/// binary of your own passes `BuiltinStages.all + [MyStage.self]` to ``TextMineCLI``.
public enum BuiltinStages {
    /// Every built-in and bundled stage type.
    public static let all: [any Stage.Type] = [
        TokenizeStage.self,
        SentencesStage.self,
        EntitiesStage.self,
        PeopleStage.self,
        QuotesStage.self,
        SentimentStage.self,
        AggregateStage.self,
        ExecStage.self,
        // Bundled plugins (Plugins/<Name>, listed in Package.swift's `plugins`).
        KeywordsStage.self,
        ReadabilityStage.self,
    ]

    /// A registry of ``all``.
    public static var registry: StageRegistry { StageRegistry(all) }
}
