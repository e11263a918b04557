/// Everything the person finder knows about words: the built-in closed classes (titles, roles, function words,
/// organisation and place words, months, nationalities, speech verbs) and the given names and family names a caller
/// loads from data files. Built once per stage and shared by every worker.
public struct NameLexicon: Sendable {
    let table: WordTable<WordClass>
    /// Places of two to four words that read like a person's name (`Newton Aycliffe`, `Sion Mills`), by the folded
    /// hash of the name with one space between its words: the finder blocks them as a gazetteer's places are blocked.
    let placeNames: Set<UInt64>

    /// Builds the lexicon. `firstNames` and `surnames` are names as written (`Ada`, `Okafor`); case does not matter.
    /// A name that is also a closed-class word (`May`, `Will`, `Young`) keeps both classes: the rules decide.
    /// `givenNameSexes` (`NAME`, male) tell coreference that `Mr Smith` is not `Shellie Smith`; a name listed with
    /// both sexes says nothing. `commonWords` are ordinary words (`mind`, `report`), negative evidence for names that
    /// rest on weak evidence. `placeNameKeys` are the keys of places of two words or more (``placeNames``), read from
    /// a list by ``placeNameKeys(fromList:)``.
    public init(
        firstNames: [String] = [], surnames: [String] = [], givenNameSexes: [(name: String, male: Bool)] = [],
        commonWords: [String] = [], placeNameKeys: Set<UInt64> = []
    ) {
        var entries: [UInt64: WordClass] = [:]
        func add(_ words: String, _ cls: WordClass) {
            for w in words.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                entries[foldedHash(String(w)), default: []].insert(cls)
            }
        }
        add(BuiltinWords.honorifics, .honorific)
        add(BuiltinWords.titles, .title)
        add(BuiltinWords.roles, .role)
        add(BuiltinWords.function, .function)
        add(BuiltinWords.organisation, .organisation)
        add(BuiltinWords.place, .place)
        add(BuiltinWords.time, .time)
        add(BuiltinWords.nationality, .nationality)
        add(BuiltinWords.parties, .nationality)
        add(BuiltinWords.speechVerbs, .speechVerb)
        add(BuiltinWords.particles, .particle)
        add(BuiltinWords.suffixes, .suffix)
        add(BuiltinWords.who, .relativeWho)
        add(BuiltinWords.determiners, .determiner)
        add(BuiltinWords.pronouns, .pronoun)
        add(BuiltinWords.portfolios, .portfolio)
        add(BuiltinWords.corporateNouns, .corporateNoun)
        add(BuiltinWords.corporateThings, .corporateThing)
        add(BuiltinWords.bodyHeads, .bodyHead)
        // A given name that is also a closed-class word (`Mac`, `May`, `Will`) would mislead more than help: lists
        // from any source are filtered here, so a user's list cannot make `The` or `Street` a name.
        let notGiven: WordClass = [
            .particle, .function, .honorific, .title, .nationality, .organisation, .place, .pronoun, .time,
        ]
        for name in firstNames where !name.isEmpty {
            let key = foldedHash(name)
            if entries[key, default: []].isDisjoint(with: notGiven) { entries[key, default: []].insert(.firstName) }
        }
        for name in surnames where !name.isEmpty { entries[foldedHash(name), default: []].insert(.surname) }
        for word in commonWords where !word.isEmpty { entries[foldedHash(word), default: []].insert(.common) }
        var sexes: [UInt64: WordClass] = [:]
        for (name, male) in givenNameSexes where !name.isEmpty {
            sexes[foldedHash(name), default: []].insert(male ? .maleGiven : .femaleGiven)
        }
        for (key, sex) in sexes where sex != [.maleGiven, .femaleGiven] { entries[key, default: []].formUnion(sex) }
        table = WordTable(entries, missing: [])
        placeNames = placeNameKeys
    }

    /// Reads a list of place names (one per line, words separated by spaces; blank lines and lines starting with `#`
    /// skipped) into their keys, straight from the bytes: a list of tens of thousands of names loads in milliseconds.
    public static func placeNameKeys(fromList text: String) -> Set<UInt64> {
        var keys = Set<UInt64>()
        var copy = text
        copy.withUTF8 { p in
            var start = 0
            while start < p.count {
                var end = start
                while end < p.count && p[end] != 0x0A { end += 1 }
                addPlaceName(p, start, end, to: &keys)
                start = end + 1
            }
        }
        return keys
    }

    /// The key of the name in `p[start..<end]` (spaces, tabs and a carriage return around it trimmed; runs of spaces
    /// inside read as one), when it is a name of two words or more and no comment.
    private static func addPlaceName(
        _ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, to keys: inout Set<UInt64>
    ) {
        func blank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
        var s = start
        var e = end
        while s < e && blank(p[s]) { s += 1 }
        while e > s && blank(p[e - 1]) { e -= 1 }
        guard s < e, p[s] != UInt8(ascii: "#") else { return }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var words = 1
        var i = s
        while i < e {
            if blank(p[i]) {
                while i < e && blank(p[i]) { i += 1 }
                hash = foldedHashAddingSpace(hash)
                words += 1
                continue
            }
            var j = i
            while j < e && !blank(p[j]) { j += 1 }
            hash = foldedHash(p, i, j, seed: hash)
            i = j
        }
        if words >= 2 { keys.insert(hash) }
    }

    /// Reads a name list: one name per line; blank lines and lines starting with `#` are skipped; only the first
    /// whitespace-separated field counts (so frequency columns may follow).
    public static func names(fromList text: String) -> [String] {
        var names: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if let field = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).first {
                names.append(String(field))
            }
        }
        return names
    }

    /// Reads a table of given names and their usual sex: `NAME<TAB>m` or `NAME<TAB>f` per line; blank lines and lines
    /// starting with `#` are skipped. Every malformed line is returned as a problem (its 1-based number and a
    /// message), so a stage reports them all at once.
    public static func givenNameSexes(fromTable text: String) -> (
        names: [(name: String, male: Bool)], problems: [(line: Int, message: String)]
    ) {
        var names: [(name: String, male: Bool)] = []
        var problems: [(line: Int, message: String)] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var trimmed = line
            while let first = trimmed.first, first == " " || first == "\r" { trimmed = trimmed.dropFirst() }
            while let last = trimmed.last, last == " " || last == "\r" { trimmed = trimmed.dropLast() }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(separator: "\t")
            if fields.count == 2, let male = ["m": true, "f": false][String(fields[1])] {
                names.append((String(fields[0]), male))
            } else {
                problems.append((number + 1, "expected NAME<TAB>m or NAME<TAB>f, got '\(trimmed)'"))
            }
        }
        return (names, problems)
    }

    /// The classes of a word given by its folded hash.
    @inline(__always) func classes(_ hash: UInt64) -> WordClass { table[hash] }

    /// The classes of a word given as a string (for tests and tools).
    public func classes(of word: String) -> WordClass { table[foldedHash(word)] }

    /// The words that make a capitalised sequence an organisation (`Council`, `Electric`, `Holdings`), space-separated:
    /// the quote engine marks the same words, so both engines agree on what is no person.
    public static let organisationWords: String = BuiltinWords.organisation

    /// Parties' adjectives (`labour`, `tory`, `republican`), space-separated: classed with nationalities here, bodies
    /// to the quotes stage (`a Labour source` speaks for Labour).
    public static let partyWords: String = BuiltinWords.parties

    /// The titles written short with a full stop (`Sen.`, `Supt.`), space-separated: the quote engine ends no sentence
    /// after them, as the finder does, and ends one after a whole title word (`the President.`).
    public static let abbreviatedTitles: String = BuiltinWords.abbreviatedTitles
}
