import People
import QuoteAttribution
public import TextMineCore

/// Quotations and who said them: straight, curly, single and guillemet marks, nested and multi-paragraph quotes,
/// speech vs scare quotes, and speaker attribution by news patterns (see docs/quotes.md).
public struct QuotesStage: Stage {
    /// `quotes` reads sentences (attribution looks inside the quote's sentence and its neighbours) and writes `quotes`.
    public static let descriptor = StageDescriptor(
        name: "quotes",
        summary: "quotations with speaker, cue and kind (speech/scare), news attribution patterns",
        consumes: [.sentences],
        produces: [.quotes],
        options: [
            OptionDescriptor("max_length", .integer, default: "300", "longest quotation kept, in words"),
            OptionDescriptor(
                "marks", .list(.choice(MarkOption.self)), default: "all", "which quotation mark styles count"),
            OptionDescriptor(
                "keep_scare", .boolean, default: "true", "keep scare quotes (quoted terms, titles) as kind: scare"),
            OptionDescriptor(
                "cues_add", .list(.string), default: "[]",
                "more speech verbs or phrases (base forms; inflections are handled)"),
            OptionDescriptor("cues", .list(.string), default: "(built-in list)", "replace the speech cue list"),
            OptionDescriptor(
                "given_name_genders", .oneOrList(.path), default: "[]",
                "files of NAME<TAB>m|f lines: given names whose sex makes `he`/`she` agree (news.yaml: US Census,"
                    + " SSA and world names; a name two lines give both sexes says nothing)"),
            OptionDescriptor(
                "person_nouns", .path, default: "(none)",
                "a file of lower-case nouns naming a person (one a line): `the parliamentarian said` is someone named before"
            ),
            OptionDescriptor(
                "person_types", .list(.string), default: "[]",
                "entity types whose mentions are used as candidate speakers (default: the stage's own name finder)"),
        ],
        example: "- quotes: {max_length: 120, keep_scare: false}")

    /// A mark style as written in YAML.
    public enum MarkOption: String, OptionEnum {
        case straightDouble = "straight_double"
        case curlyDouble = "curly_double"
        case single
        case guillemets

        var style: QuoteMarkStyle {
            switch self {
            case .straightDouble: return .straightDouble
            case .curlyDouble: return .curlyDouble
            case .single: return .single
            case .guillemets: return .guillemets
            }
        }
    }

    /// Options.
    public struct Options: StageOptions {
        var maxLength = 300
        var marks: [MarkOption] = MarkOption.allCases
        var keepScare = true
        var cuesAdd: [String] = []
        var cues: [String]?
        var personTypes: [String] = []
        var givenNameGenders: [Located<String>] = []
        var personNouns: Located<String>?

        enum CodingKeys: String, CodingKey {
            case maxLength = "max_length"
            case marks
            case keepScare = "keep_scare"
            case cuesAdd = "cues_add"
            case cues
            case personTypes = "person_types"
            case givenNameGenders = "given_name_genders"
            case personNouns = "person_nouns"
        }

        /// The defaults.
        public init() {}

        /// Decodes the options; every key is optional.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            maxLength = try container.decode(Int.self, forKey: .maxLength, default: 300)
            marks = try container.decode([MarkOption].self, forKey: .marks, default: MarkOption.allCases)
            keepScare = try container.decode(Bool.self, forKey: .keepScare, default: true)
            cuesAdd = try container.decode([String].self, forKey: .cuesAdd, default: [])
            cues = try container.decodeIfPresent([String].self, forKey: .cues)
            personTypes = try container.decode([String].self, forKey: .personTypes, default: [])
            givenNameGenders = try container.decode(
                OneOrMany<Located<String>>.self, forKey: .givenNameGenders, default: OneOrMany()
            ).values
            personNouns = try container.decodeIfPresent(Located<String>.self, forKey: .personNouns)
        }
    }

    let extractor: QuoteExtractor
    let personTypes: Set<String>
    let name: String

    /// Turns the options into the engine's settings (the default speech cues, or `cues`, plus `cues_add`).
    public init(options: Options, context: StageContext) throws {
        var settings = QuoteOptions()
        settings.maxWords = options.maxLength
        settings.marks = Set(options.marks.map(\.style))
        settings.keepScare = options.keepScare
        settings.cues = (options.cues ?? QuoteOptions.defaultCues) + options.cuesAdd
        var diagnostics: [Diagnostic] = []
        for file in options.givenNameGenders {
            do {
                settings.givenNameGenders += try Self.genders(in: try context.readTextFile(file).text, file: file)
            } catch let error as ConfigError { diagnostics += error.diagnostics }
        }
        if !diagnostics.isEmpty { throw ConfigError(diagnostics) }
        if let file = options.personNouns {
            settings.personNouns = NameLexicon.names(fromList: try context.readTextFile(file).text)
        }
        extractor = QuoteExtractor(options: settings)
        personTypes = Set(options.personTypes)
        name = context.instanceName
    }

    /// `NAME<TAB>m|f` lines (`#` comments and blank lines skipped); every malformed line is a diagnostic at its line.
    static func genders(in text: String, file: Located<String>) throws -> [(name: String, male: Bool)] {
        let table = NameLexicon.givenNameSexes(fromTable: text)
        if !table.problems.isEmpty {
            throw ConfigError(table.problems.map { file.error("line \($0.line): \($0.message)") })
        }
        return table.names
    }

    /// `sentences`, and `entities` when `person_types` takes the speakers from an earlier stage's mentions, so the
    /// loader checks that one runs before.
    public var consumes: [Layer] { personTypes.isEmpty ? [.sentences] : [.sentences, .entities] }

    /// Replaces the document's quotes with the ones found, each speaker named as the tables count it (a person's
    /// canonical name, an organisation's fullest name; ``SpeakerIdentity``); quotes of only spaces are dropped.
    public func process(_ document: inout Document) throws {
        let sentences = document.sentences.map(\.span.range)
        let personEntities = document.entities.filter { personTypes.contains($0.type) }.sorted { $0.span < $1.span }
        let persons = personEntities.map(\.span.range)
        // which person each mention names, by its canonical name (the people stage's coreference)
        var idOf: [String: Int] = [:]
        let personIDs = personEntities.map { entity -> Int in
            guard let canonical = entity.canonical else { return -1 }
            if let id = idOf[canonical] { return id }
            idOf[canonical] = idOf.count
            return idOf.count - 1
        }
        let extracted = document.withUTF8 {
            // (no upstream stage: the engine judges the names itself)
            extractor.extract(
                $0, sentences: sentences, persons: personTypes.isEmpty ? nil : persons, personIDs: personIDs)
        }
        // A quotation with nothing but spaces inside (`""`, `" "`) says nothing; a run of marks would otherwise give
        // one such quote per two marks.
        let bytes = document.utf8
        let spoken = extracted.filter { quote in bytes[quote.content].contains { $0 > 0x20 } }
        let identities = document.withUTF8 { text in
            var names: OrganisationNames? = nil  // indexed when the first organisation speaker needs it
            return spoken.map { SpeakerIdentity.name(of: $0, persons: personEntities, text: text, names: &names) }
        }
        document.quotes = zip(spoken, identities).map { quote, speaker in
            Quote(
                span: Span(quote.range), contentSpan: Span(quote.content),
                kind: quote.kind == .speech ? .speech : .scare,
                speaker: speaker, speakerSpan: quote.speakerRange.map(Span.init),
                cue: quote.cue, cueSpan: quote.cueRange.map(Span.init),
                rule: quote.rule, stage: name, unclosed: quote.unclosed, nested: quote.nested)
        }
    }

}
