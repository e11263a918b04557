import HashtagsStage
import TextMineCLI
import TextMineStages

// The whole binary: every command of `textmine`, with one more stage registered.
TextMineCommand.main(registry: BuiltinStages.registry.adding([HashtagsStage.self]))
