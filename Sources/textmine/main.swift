import TextMineCLI
import TextMineStages

TextMineCommand.main(registry: BuiltinStages.registry)
