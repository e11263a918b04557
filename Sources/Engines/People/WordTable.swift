// Word classes looked up by folded hash in one open-addressing table.

/// The classes a word can belong to (a bit set, so one look-up answers every question the rules ask).
public struct WordClass: OptionSet, Sendable, Hashable {
    /// One bit per class below.
    public let rawValue: UInt32
    /// A set of classes from their bits.
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// `Mr`, `Mrs`, `Dr`, `Sir`: a person follows.
    public static let honorific = WordClass(rawValue: 1 << 0)
    /// `President`, `Senator`, `Coach`: a title written before a name.
    public static let title = WordClass(rawValue: 1 << 1)
    /// `striker`, `analyst`, `chief executive`: a role noun that may stand before a name or in an apposition.
    public static let role = WordClass(rawValue: 1 << 2)
    /// `The`, `But`, `When`: capitalised only at the start of a sentence, never a name.
    public static let function = WordClass(rawValue: 1 << 3)
    /// `Party`, `United`, `Bank`: a capitalised sequence holding one names an organisation.
    public static let organisation = WordClass(rawValue: 1 << 4)
    /// `Street`, `River`, `Airport`: a capitalised sequence holding one names a place.
    public static let place = WordClass(rawValue: 1 << 5)
    /// Months, weekdays, holidays.
    public static let time = WordClass(rawValue: 1 << 6)
    /// `British`, `American`, `Labour`: adjectives of nations and parties.
    public static let nationality = WordClass(rawValue: 1 << 7)
    /// `said`, `says`, `told`: a speech verb next to a name makes it a speaker.
    public static let speechVerb = WordClass(rawValue: 1 << 8)
    /// `van`, `de`, `al`: lower-case particles inside names.
    public static let particle = WordClass(rawValue: 1 << 9)
    /// A given name from the lexicon.
    public static let firstName = WordClass(rawValue: 1 << 10)
    /// A family name from the lexicon.
    public static let surname = WordClass(rawValue: 1 << 11)
    /// `Jr`, `Sr`, `II`, `III`: kept at the end of a name.
    public static let suffix = WordClass(rawValue: 1 << 12)
    /// `who`: `X, who …` is a person.
    public static let relativeWho = WordClass(rawValue: 1 << 13)
    /// `the`, `a`, `an`, `his`, `her`: starts a description in an apposition.
    public static let determiner = WordClass(rawValue: 1 << 14)
    /// `he`, `she`, `I`, `we`, `it`: pronouns are never names.
    public static let pronoun = WordClass(rawValue: 1 << 15)
    /// `Transport`, `Health`, `Finance`: a minister's portfolio, written between a title and a name.
    public static let portfolio = WordClass(rawValue: 1 << 16)
    /// `firm`, `band`, `brewer`: a noun that names a body before its name (`firm Heineken`).
    public static let corporateNoun = WordClass(rawValue: 1 << 17)
    /// `sales`, `shares`, `headquarters`: what a body has (`Heineken's sales`).
    public static let corporateThing = WordClass(rawValue: 1 << 18)
    /// `Foundation`, `Group`, `Inc`: the last word of an organisation's name (`Mozilla Foundation`).
    public static let bodyHead = WordClass(rawValue: 1 << 19)
    /// A given name most of whose bearers are men (`John`), from the caller's `given_name_genders` list.
    public static let maleGiven = WordClass(rawValue: 1 << 20)
    /// A given name most of whose bearers are women (`Shellie`).
    public static let femaleGiven = WordClass(rawValue: 1 << 21)
    /// An ordinary English word (`mind`, `season`, `report`), from the caller's `common_words` list: weak names made
    /// only of such words are titles of works and bands more often than people (`Spotless Mind`, `Minority Report`).
    public static let common = WordClass(rawValue: 1 << 22)
    /// A lower-case noun whose usual sense is a person (`accomplice`, `grandmother`, `motorist`), from the caller's
    /// `person_nouns` list: before a full name it introduces the person (`his accomplice Simbarashe Mutimbe`).
    public static let personNoun = WordClass(rawValue: 1 << 23)

    /// Words that can never start or be a person's name on their own.
    static let notAName: WordClass = [.function, .time, .nationality, .pronoun, .speechVerb]
    /// Words the passes after coreference never take into a name they add (``BracketedFamilyNames``,
    /// ``AliasNames``): a place's, a body's, a time's, a title's or a function word.
    static let neverInAnAddedName: WordClass = [
        .place, .organisation, .nationality, .time, .function, .title, .role, .honorific, .pronoun,
    ]
}

/// A fixed-size open-addressing map from folded word hashes to values: the one word table of both engines (the people
/// engine stores `WordClass`es, the quote engine its `UInt32` lexicon flags and cue set). The keys are FNV hashes,
/// already well mixed, so a shift-xor of the key indexes the slots directly; the table keeps at least three slots per
/// entry so probes stay short. Key 0 marks an empty slot, so a word whose hash is 0 is stored under 1. `@frozen` and
/// inlinable: the look-up runs per token and must compile into the caller's loop in either module.
@frozen public struct WordTable<Value: Sendable>: Sendable {
    @usableFromInline let keys: [UInt64]
    @usableFromInline let values: [Value]
    @usableFromInline let mask: Int
    /// One bit per value of a key's top bits, set when some entry has them (at least 16 bits per entry): the name
    /// lists make the slots a megabyte and more, so a probe is a cache miss, and over 40% of a news text's words are
    /// in no list; for those this bit set, small enough to stay in the core's cache, answers without the probe.
    @usableFromInline let filter: [UInt64]
    @usableFromInline let filterShift: UInt64
    @usableFromInline let missing: Value

    /// A table of `entries`; looking up a word that is not there gives `missing` (every empty slot holds it).
    public init(_ entries: [UInt64: Value], missing: Value) {
        var size = 16
        while size < entries.count * 3 { size <<= 1 }
        var keys = [UInt64](repeating: 0, count: size)
        var values = [Value](repeating: missing, count: size)
        mask = size - 1
        var filterBits = 6
        while 1 << filterBits < entries.count * 16 { filterBits += 1 }
        var filter = [UInt64](repeating: 0, count: 1 << (filterBits - 6))
        filterShift = UInt64(64 - filterBits)
        for (k, value) in entries {
            let key = k == 0 ? 1 : k
            var slot = Self.home(key, mask)
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
            let bit = Int(truncatingIfNeeded: key >> filterShift)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.keys = keys
        self.values = values
        self.filter = filter
        self.missing = missing
    }

    @inlinable @inline(__always) static func home(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    }

    /// The value stored for `key`, or the table's `missing` value.
    @inlinable @inline(__always) public subscript(_ k: UInt64) -> Value {
        let key = k == 0 ? 1 : k
        let bit = Int(truncatingIfNeeded: key >> filterShift)
        if filter[bit >> 6] >> UInt64(bit & 63) & 1 == 0 { return missing }
        var slot = Self.home(key, mask)
        while true {
            let stored = keys[slot]
            if stored == key || stored == 0 { return values[slot] }
            slot = (slot + 1) & mask
        }
    }
}
