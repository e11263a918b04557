import TextMineCore

/// Corpus-wide tables: entity mentions and document frequencies, overall and per group.
public struct AggregateStage: Aggregator {
    public static let descriptor = StageDescriptor(
        name: "aggregate",
        summary: "corpus tables: entity counts and document frequency (overall and per group), per-document rows",
        consumes: [],
        produces: [],
        options: [
            OptionDescriptor("top", "int", default: "0", "keep only the top N rows of each ranked table (0: all)"),
            OptionDescriptor("min_count", "int", default: "1", "drop entity rows mentioned fewer times"),
        ],
        example: "- aggregate: {top: 100}")

    /// Options.
    public struct Options: StageOptions {
        var top = 0
        var minCount = 1
        enum CodingKeys: String, CodingKey {
            case top
            case minCount = "min_count"
        }
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            top = try container.decode(Int.self, forKey: .top, default: 0)
            minCount = try container.decode(Int.self, forKey: .minCount, default: 1)
        }
        init() {}
    }

    /// Mergeable counts.
    public struct State: AggregateState {
        /// "type\u{1F}text\u{1F}group" → [mentions, documents]
        var entities: [String: [Int]] = [:]
        var documents = 0
        var groups: [String: Int] = [:]

        public mutating func merge(_ other: State) {
            for (key, value) in other.entities {
                entities[key, default: [0, 0]][0] += value[0]
                entities[key, default: [0, 0]][1] += value[1]
            }
            documents += other.documents
            for (group, count) in other.groups { groups[group, default: 0] += count }
        }
    }

    let options: Options

    public init(options: Options, context: StageContext) throws {
        self.options = options
    }

    public func makeState() -> State { State() }

    public func accumulate(_ document: Document, into state: inout State) {
        state.documents += 1
        state.groups[document.group, default: 0] += 1
        var seen: Set<String> = []
        for entity in document.entities {
            let text = EntityText.normalized(document[entity.span])
            for group in document.group.isEmpty ? [""] : ["", document.group] {
                let key = entity.type + "\u{1F}" + text + "\u{1F}" + group
                state.entities[key, default: [0, 0]][0] += 1
                if seen.insert(key).inserted { state.entities[key, default: [0, 0]][1] += 1 }
            }
        }
    }

    public func report(_ state: State) -> AggregateReport {
        var rows: [(type: String, text: String, group: String, mentions: Int, documents: Int)] = []
        for (key, value) in state.entities where value[0] >= options.minCount {
            let parts = key.split(separator: "\u{1F}", omittingEmptySubsequences: false)
            rows.append((String(parts[0]), String(parts[1]), String(parts[2]), value[0], value[1]))
        }
        rows.sort { ($0.group, -$0.mentions, $0.type, $0.text) < ($1.group, -$1.mentions, $1.type, $1.text) }
        let table = OutputTable(
            name: "entities", title: "Entity mentions (group empty = whole corpus)",
            columns: [.init("group", .text), .init("type", .text), .init("text", .text), .init("mentions", .integer), .init("documents", .integer)],
            rows: rows.map { [.text($0.group), .text($0.type), .text($0.text), .integer($0.mentions), .integer($0.documents)] },
            indexes: ["type", "text"])
        return AggregateReport(tables: [table], summary: ["documents": .int(state.documents), "distinct_entities": .int(Set(rows.filter { $0.group.isEmpty }.map { $0.type + $0.text }).count)])
    }
}

/// How entity texts are normalised for counting: whitespace runs collapsed to one space, trimmed.
enum EntityText {
    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}
