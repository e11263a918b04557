import PCRE2
public import TextMineCore

/// One regex rule as written in a pipeline file.
struct RuleSpec: Decodable, Sendable {
    var id: String?
    var type: Located<String>
    var pattern: Located<String>
    var group: Located<String>?
    var priority: Int
    var flags: Located<String>?

    enum CodingKeys: String, CodingKey { case id, type, pattern, group, priority, flags }

    /// The keys of a rule object, for the descriptor and the schema (a test checks they are the keys decoded).
    static let fields: [OptionField] = [
        OptionField("id", .string, "the rule's id in outputs (default: TYPE.N)"),
        OptionField("type", .string, required: true, "the entity type written, e.g. MONEY"),
        OptionField("pattern", .named("pattern", .string), required: true, "a PCRE2 regular expression"),
        OptionField("group", .anyOf([.integer, .string]), "the capture group (number or name) that is the mention"),
        OptionField("priority", .integer, "higher wins overlaps under overlap: priority (default: 0)"),
        OptionField("flags", .string, "regex flags: i, m, s, x, U"),
    ]

    init(id: String?, type: Located<String>, pattern: Located<String>, priority: Int = 0) {
        self.id = id
        self.type = type
        self.pattern = pattern
        self.group = nil
        self.priority = priority
        self.flags = nil
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        type = try container.decode(Located<String>.self, forKey: .type)
        pattern = try container.decode(Located<String>.self, forKey: .pattern)
        group = try container.decodeIfPresent(Located<String>.self, forKey: .group)
        priority = try container.decode(Int.self, forKey: .priority, default: 0)
        flags = try container.decodeIfPresent(Located<String>.self, forKey: .flags)
    }
}

/// `patterns:` is either a map `TYPE: pattern` (or `TYPE: [pattern, …]`) or a list of rule objects.
struct PatternsOption: Decodable, Sendable {
    var rules: [RuleSpec] = []

    init() {}

    init(from decoder: any Decoder) throws {
        if var list = try? decoder.unkeyedContainer() {
            while !list.isAtEnd { rules.append(try list.decode(RuleSpec.self)) }
            return
        }
        let map = try decoder.container(keyedBy: AnyCodingKey.self)
        for key in map.allKeys {
            let alternatives = try map.decode(OneOrMany<Located<String>>.self, forKey: key)
            for (index, pattern) in alternatives.values.enumerated() {
                let id = alternatives.values.count == 1 ? key.stringValue : "\(key.stringValue).\(index + 1)"
                rules.append(RuleSpec(id: id, type: Located(key.stringValue), pattern: pattern))
            }
        }
    }
}

/// How overlapping matches of different rules are resolved.
enum OverlapPolicy: String, OptionEnum {
    /// Keep every match of every rule.
    case all
    /// Leftmost-longest: among overlapping matches keep the one that starts first, then the longest.
    case longest
    /// Higher `priority` wins, then longer, then earlier.
    case priority
}

/// The `entities` stage's options.
/// The `entities` stage's options (see the descriptor for each key).
public struct EntitiesOptions: StageOptions {
    var patterns = PatternsOption()
    var patternsFiles: [Located<String>] = []
    var lists: [String: [Located<String>]] = [:]
    var listsCaseSensitive = false
    var overlap: OverlapPolicy = .longest
    var unicode = true
    var normalize = true
    var currencies: Located<String>?
    var matchLimit: UInt32 = 10_000_000
    var depthLimit: UInt32 = 100_000
    /// Seconds one rule may spend on one document, all its match calls together (0: no budget).
    var ruleTimeLimit: Double = 2

    enum CodingKeys: String, CodingKey {
        case patterns
        case patternsFile = "patterns_file"
        case lists
        case listsCaseSensitive = "lists_case_sensitive"
        case overlap, unicode, normalize, currencies
        case matchLimit = "match_limit"
        case depthLimit = "depth_limit"
        case ruleTimeLimit = "rule_time_limit"
    }

    /// The defaults (no rules).
    public init() {}

    /// Decodes the options; every key is optional.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        patterns = try container.decode(PatternsOption.self, forKey: .patterns, default: patterns)
        patternsFiles = try container.decode(
            OneOrMany<Located<String>>.self, forKey: .patternsFile, default: OneOrMany()
        ).values
        lists = try container.decode([String: OneOrMany<Located<String>>].self, forKey: .lists, default: [:]).mapValues(
            \.values)
        listsCaseSensitive = try container.decode(Bool.self, forKey: .listsCaseSensitive, default: false)
        overlap = try container.decode(OverlapPolicy.self, forKey: .overlap, default: .longest)
        unicode = try container.decode(Bool.self, forKey: .unicode, default: true)
        normalize = try container.decode(Bool.self, forKey: .normalize, default: true)
        currencies = try container.decodeIfPresent(Located<String>.self, forKey: .currencies)
        matchLimit = try container.decode(UInt32.self, forKey: .matchLimit, default: matchLimit)
        depthLimit = try container.decode(UInt32.self, forKey: .depthLimit, default: depthLimit)
        ruleTimeLimit = try container.decode(Double.self, forKey: .ruleTimeLimit, default: ruleTimeLimit)
    }
}
