import People
public import TextMineCore

/// People: finds every mention of a person (with or without a title), resolves short forms, titles and surnames to
/// one canonical name per person in the document, and writes them as entities of type `PERSON` with `canonical`.
/// The one person finder of the product: the `quotes` stage names speakers from these mentions.
public struct PeopleStage: Stage {
    /// `people` reads sentences (a sentence start is no evidence of a name) and writes `PERSON` entities.
    public static let descriptor = StageDescriptor(
        name: "people",
        summary:
            "person mentions with or without titles, in-document coreference → PERSON entities with a canonical name",
        consumes: [.sentences],
        produces: [.entities],
        options: [
            OptionDescriptor(
                "given_names", .oneOrList(.path), default: "[]",
                "lists of given names, one per line (Pipelines/lists/people/)"),
            OptionDescriptor("family_names", .oneOrList(.path), default: "[]", "lists of family names, one per line"),
            OptionDescriptor(
                "common_words", .oneOrList(.path), default: "[]",
                "lists of ordinary words (`mind`, `report`): a name listed beside people is none when made only of them"
            ),
            OptionDescriptor(
                "person_nouns", .oneOrList(.path), default: "[]",
                "lists of lower-case nouns that name a person (`accomplice`, `motorist`): a full name right after one"
                    + " is a person (`his accomplice Simbarashe Mutimbe`)"),
            OptionDescriptor(
                "place_names", .oneOrList(.path), default: "[]",
                "lists of places of two words or more, one per line (`Newton Aycliffe`): no person is found inside one"
                    + " unless a title or role introduces it"),
            OptionDescriptor(
                "given_name_genders", .oneOrList(.path), default: "[]",
                "files of NAME<TAB>m|f lines: `Mr Smith` is not `Shellie Smith` (news.yaml: US Census, SSA and world"
                    + " names; a name two lines give both sexes says nothing)"),
            OptionDescriptor(
                "blocked_types", .list(.string), default: "[LOCATION, ORG]",
                "entity types from earlier stages that a name inside them is not (unless a title introduces it)"),
            OptionDescriptor(
                "replace_types", .list(.string), default: "[PROPN, ACRONYM, PERSON]",
                "entity types from earlier stages dropped where they overlap a person mention"),
            OptionDescriptor(
                "aliases", .path, default: "-",
                "identities pinned across documents: lines `CANONICAL<TAB>ALIAS<TAB>…` (docs/people.md)"),
            OptionDescriptor("type", .string, default: "PERSON", "the entity type written"),
        ],
        example: "- people: {given_names: lists/people/given-names.txt, family_names: lists/people/family-names.txt}")

    /// Options.
    public struct Options: StageOptions {
        var givenNames: [Located<String>] = []
        var familyNames: [Located<String>] = []
        var commonWords: [Located<String>] = []
        var personNouns: [Located<String>] = []
        var placeNames: [Located<String>] = []
        var givenNameGenders: [Located<String>] = []
        var blockedTypes: [String] = ["LOCATION", "ORG"]
        var replaceTypes: [String] = ["PROPN", "ACRONYM", "PERSON"]
        var aliases: Located<String>?
        var type = "PERSON"

        enum CodingKeys: String, CodingKey {
            case givenNames = "given_names"
            case familyNames = "family_names"
            case commonWords = "common_words"
            case personNouns = "person_nouns"
            case placeNames = "place_names"
            case givenNameGenders = "given_name_genders"
            case blockedTypes = "blocked_types"
            case replaceTypes = "replace_types"
            case aliases, type
        }

        /// The defaults.
        public init() {}

        /// Decodes the options; every key is optional.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            givenNames = try container.decode(
                OneOrMany<Located<String>>.self, forKey: .givenNames, default: OneOrMany()
            ).values
            familyNames = try container.decode(
                OneOrMany<Located<String>>.self, forKey: .familyNames, default: OneOrMany()
            ).values
            commonWords = try container.decode(
                OneOrMany<Located<String>>.self, forKey: .commonWords, default: OneOrMany()
            ).values
            personNouns = try container.decode(
                OneOrMany<Located<String>>.self, forKey: .personNouns, default: OneOrMany()
            ).values
            placeNames = try container.decode(
                OneOrMany<Located<String>>.self, forKey: .placeNames, default: OneOrMany()
            ).values
            givenNameGenders = try container.decode(
                OneOrMany<Located<String>>.self, forKey: .givenNameGenders, default: OneOrMany()
            ).values
            blockedTypes = try container.decode([String].self, forKey: .blockedTypes, default: blockedTypes)
            replaceTypes = try container.decode([String].self, forKey: .replaceTypes, default: replaceTypes)
            aliases = try container.decodeIfPresent(Located<String>.self, forKey: .aliases)
            type = try container.decode(String.self, forKey: .type, default: "PERSON")
        }
    }

    let finder: PersonFinder
    let blockedTypes: Set<String>
    let replaceTypes: Set<String>
    let aliases: PersonAliases
    let type: String
    let name: String
    /// `people:<rule>` for each rule, made once (no string building per mention).
    let ruleIDs: [PersonRule: String]

    /// Loads the name lists and the alias file once, collecting every problem in them before failing.
    ///
    /// - Throws: ``ConfigError`` with one diagnostic per unreadable list and per bad alias line.
    public init(options: Options, context: StageContext) throws {
        var diagnostics: [Diagnostic] = []
        func texts(_ files: [Located<String>]) -> [String] {
            var all: [String] = []
            for file in files {
                do { all.append(try context.readTextFile(file).text) } catch let error as ConfigError {
                    diagnostics += error.diagnostics
                } catch { diagnostics.append(file.error("\(error)")) }
            }
            return all
        }
        func names(_ files: [Located<String>]) -> [String] { texts(files).flatMap(NameLexicon.names(fromList:)) }
        var sexes: [(name: String, male: Bool)] = []
        for file in options.givenNameGenders {
            do {
                let table = NameLexicon.givenNameSexes(fromTable: try context.readTextFile(file).text)
                sexes += table.names
                diagnostics += table.problems.map { file.error("line \($0.line): \($0.message)") }
            } catch let error as ConfigError { diagnostics += error.diagnostics }
        }
        let lexicon = NameLexicon(
            firstNames: names(options.givenNames), surnames: names(options.familyNames), givenNameSexes: sexes,
            commonWords: names(options.commonWords), personNouns: names(options.personNouns),
            placeNameKeys: texts(options.placeNames).reduce(into: []) {
                $0.formUnion(NameLexicon.placeNameKeys(fromList: $1))
            })
        var aliases = PersonAliases()
        if let file = options.aliases {
            do {
                let (_, text) = try context.readTextFile(file)
                let parsed = PersonAliases.parse(text)
                aliases = parsed.aliases
                diagnostics += parsed.problems.map { file.error("line \($0.line): \($0.message)") }
            } catch let error as ConfigError { diagnostics += error.diagnostics }
        }
        if !diagnostics.isEmpty { throw ConfigError(diagnostics) }
        finder = PersonFinder(lexicon: lexicon)
        blockedTypes = Set(options.blockedTypes)
        replaceTypes = Set(options.replaceTypes)
        self.aliases = aliases
        type = options.type
        name = context.instanceName
        ruleIDs = Dictionary(uniqueKeysWithValues: PersonRule.allCases.map { ($0, "people:\($0.rawValue)") })
    }

    /// The byte offset where the text before `offset` ends, spaces left out.
    func endOfWordsBefore(_ offset: Int, in document: Document) -> Int {
        document.withUTF8 { text in
            var end = offset
            while end > 0 && (text[end - 1] == UInt8(ascii: " ") || text[end - 1] == UInt8(ascii: "\t")) { end -= 1 }
            return end
        }
    }

    /// Adds the document's person mentions as entities with their canonical name, outside the `blocked_types`,
    /// dropping earlier entities of the `replace_types` that overlap them.
    public func process(_ document: inout Document) throws {
        let sentenceStarts = document.sentences.map(\.span.start)
        let blocked = document.entities.filter { blockedTypes.contains($0.type) }.map(\.span.range).sorted {
            $0.lowerBound < $1.lowerBound
        }
        let mentions = document.withUTF8 { finder.mentions(in: $0, sentenceStarts: sentenceStarts, blocked: blocked) }
        guard !mentions.isEmpty || !replaceTypes.isEmpty else { return }
        // Earlier mentions of the replaced types give way where they overlap a person (a PROPN `But Ada Okafor`,
        // a title-prefixed PERSON); so do blocked-type hits inside a person's name (`Jordan` in `Michael Jordan`).
        let people = mentions.map(\.range)
        var kept: [Entity] = []
        kept.reserveCapacity(document.entities.count + mentions.count)
        var cursor = 0
        for entity in document.entities.sorted(by: { $0.span < $1.span }) {
            let range = entity.span.range
            while cursor < people.count && people[cursor].upperBound <= range.lowerBound { cursor += 1 }
            let overlapping = cursor < people.count && people[cursor].lowerBound < range.upperBound
            if overlapping && replaceTypes.contains(entity.type) { continue }
            if overlapping && blockedTypes.contains(entity.type) && people[cursor].lowerBound <= range.lowerBound
                && range.upperBound <= people[cursor].upperBound && people[cursor] != range
            {
                continue
            }
            // (a body's pattern that ran on into its holder's name, `Department of Health Mary Lee`, ends before it)
            if overlapping && blockedTypes.contains(entity.type) && people[cursor].lowerBound > range.lowerBound
                && people[cursor].upperBound == range.upperBound
            {
                var body = entity
                body.span = Span(range.lowerBound, endOfWordsBefore(people[cursor].lowerBound, in: document))
                if !body.span.isEmpty { kept.append(body) }
                continue
            }
            kept.append(entity)
        }
        for mention in mentions {
            kept.append(
                Entity(
                    span: Span(mention.range), type: type, rule: ruleIDs[mention.rule] ?? mention.rule.rawValue,
                    stage: name,
                    canonical: aliases.identity(of: mention.canonical)))
        }
        kept.sort { $0.span < $1.span }
        document.entities = kept
    }
}
