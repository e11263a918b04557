// Word classes looked up by folded hash in one open-addressing table.

/// The classes a word can belong to (a bit set, so one look-up answers every question the rules ask).
public struct WordClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
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

    /// Words that can never start or be a person's name on their own.
    static let notAName: WordClass = [.function, .time, .nationality, .pronoun, .speechVerb]
}

/// A fixed-size open-addressing map from folded word hashes to classes. The keys are FNV hashes, already well
/// mixed, so the low bits index the slots directly.
struct WordTable: Sendable {
    private var keys: [UInt64]
    private var values: [UInt32]
    private let mask: Int

    init(_ entries: [UInt64: WordClass]) {
        var size = 64
        while size < entries.count * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
        mask = size - 1
        for (key, value) in entries {
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] |= value.rawValue
        }
    }

    @inline(__always) subscript(_ key: UInt64) -> WordClass {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = keys[slot]
            if k == key { return WordClass(rawValue: values[slot]) }
            if k == 0 { return [] }
            slot = (slot + 1) & mask
        }
    }
}
