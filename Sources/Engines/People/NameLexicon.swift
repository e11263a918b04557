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
    /// rest on weak evidence. `personNouns` are lower-case nouns that name a person (`accomplice`), evidence for a
    /// full name right after them. `placeNameKeys` are the keys of places of two words or more (``placeNames``), read from
    /// a list by ``placeNameKeys(fromList:)``.
    public init(
        firstNames: [String] = [], surnames: [String] = [], givenNameSexes: [(name: String, male: Bool)] = [],
        commonWords: [String] = [], personNouns: [String] = [], placeNameKeys: Set<UInt64> = []
    ) {
        var entries: [UInt64: WordClass] = [:]
        entries.reserveCapacity(firstNames.count + surnames.count + commonWords.count + personNouns.count + 4_096)
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
        for noun in personNouns where !noun.isEmpty { entries[foldedHash(noun), default: []].insert(.personNoun) }
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
        copy.withUTF8 { p in forEachLine(of: p) { start, end in addPlaceName(p, start, end, to: &keys) } }
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
    /// whitespace-separated field counts (so frequency columns may follow). Read as bytes, line by line at each line
    /// feed, so a list saved with Windows line ends (CR LF) reads as one with plain line feeds; start-up reads tens of
    /// thousands of names, which splitting the text as `Character`s made a third of start-up.
    public static func names(fromList text: String) -> [String] {
        var names: [String] = []
        var copy = text
        copy.withUTF8 { p in
            forEachLine(of: p) { start, end in
                var s = start
                while s < end && (p[s] == Byte.space || p[s] == Byte.tab) { s += 1 }
                guard s < end, p[s] != Byte.numberSign else { return }
                while s < end && isFieldSeparator(p[s]) { s += 1 }
                var e = s
                while e < end && !isFieldSeparator(p[e]) { e += 1 }
                if s < e { names.append(String(decoding: UnsafeBufferPointer(rebasing: p[s..<e]), as: UTF8.self)) }
            }
        }
        return names
    }

    /// Reads a table of given names and their usual sex: `NAME<TAB>m` or `NAME<TAB>f` per line; blank lines and lines
    /// starting with `#` are skipped. Every malformed line is returned as a problem (its 1-based number and a
    /// message), so a stage reports them all at once. Spaces and carriage returns around a line are ignored, and so
    /// are empty fields (`NAME<TAB><TAB>m`). Read as bytes, like ``names(fromList:)``.
    public static func givenNameSexes(fromTable text: String) -> (
        names: [(name: String, male: Bool)], problems: [(line: Int, message: String)]
    ) {
        var names: [(name: String, male: Bool)] = []
        var problems: [(line: Int, message: String)] = []
        var copy = text
        copy.withUTF8 { p in
            var number = 0
            forEachLine(of: p) { start, end in
                number += 1
                var s = start
                var e = end
                while s < e && (p[s] == Byte.space || p[s] == Byte.carriageReturn) { s += 1 }
                while e > s && (p[e - 1] == Byte.space || p[e - 1] == Byte.carriageReturn) { e -= 1 }
                guard s < e, p[s] != Byte.numberSign else { return }
                // the non-empty runs between tabs: exactly a name and `m` or `f`
                var fields: [Range<Int>] = []
                var i = s
                while i < e && fields.count <= 2 {
                    while i < e && p[i] == Byte.tab { i += 1 }
                    let fieldStart = i
                    while i < e && p[i] != Byte.tab { i += 1 }
                    if fieldStart < i { fields.append(fieldStart..<i) }
                }
                if fields.count == 2, fields[1].count == 1,
                    p[fields[1].lowerBound] == UInt8(ascii: "m")
                        || p[fields[1].lowerBound] == UInt8(ascii: "f")
                {
                    let name = String(decoding: UnsafeBufferPointer(rebasing: p[fields[0]]), as: UTF8.self)
                    names.append((name, p[fields[1].lowerBound] == UInt8(ascii: "m")))
                } else {
                    let line = String(decoding: UnsafeBufferPointer(rebasing: p[s..<e]), as: UTF8.self)
                    problems.append((number, "expected NAME<TAB>m or NAME<TAB>f, got '\(line)'"))
                }
            }
        }
        return (names, problems)
    }

    /// Calls `body` with the bounds of each line of `p` (line feeds excluded), the last one even when empty, as
    /// splitting at every line feed gives them: the one line walk of every list reader here.
    private static func forEachLine(of p: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
        var start = 0
        while true {
            var end = start
            while end < p.count && p[end] != Byte.newline { end += 1 }
            body(start, end)
            guard end < p.count else { return }
            start = end + 1
        }
    }

    /// A space, tab or carriage return: what ends the first field of a name list's line.
    @inline(__always) private static func isFieldSeparator(_ b: UInt8) -> Bool {
        b == Byte.space || b == Byte.tab || b == Byte.carriageReturn
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
