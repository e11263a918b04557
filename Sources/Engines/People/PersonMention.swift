/// One mention of a person: where the name is (bytes, titles and possessives left out), who it is in this document,
/// and the rule that made it a person.
public struct PersonMention: Sendable, Hashable {
    /// The name as written, in UTF-8 bytes of the text.
    public var range: Range<Int>
    /// The fullest form of this person's name in the document (`Mr Obama` → `Barack Obama`), spaces collapsed.
    public var canonical: String
    /// Mentions of one person share a cluster number (0, 1, … in order of first mention).
    public var cluster: Int
    /// Why this is a person: ``PersonRule``.
    public var rule: PersonRule

    /// A mention as ``PersonFinder/mentions(in:sentenceStarts:blocked:)`` reports it.
    public init(range: Range<Int>, canonical: String, cluster: Int, rule: PersonRule) {
        self.range = range
        self.canonical = canonical
        self.cluster = cluster
        self.rule = rule
    }
}

/// The evidence that made a capitalised sequence a person, strongest first. The raw value is the rule id written to
/// the output (`people:title`) so a surprising mention can be traced to the function that accepted it.
public enum PersonRule: String, Sendable, Hashable, CaseIterable {
    /// After an honorific or title: `Mr Okafor`, `President Obama`, `Sen. Warren`.
    case title
    /// After a lower-case role noun: `striker Jermain Defoe`, `chief executive Sam Hale`.
    case role
    /// Next to a speech verb: `Ronaldinho said`, `said Gordon Brown`.
    case speechVerb = "speech-verb"
    /// Followed by an age or a description: `Ada Okafor, 34,`, `Okafor, the chief executive`, `Okafor, who`.
    case apposition
    /// A role given by a copula, or a relative of the name's own: `Savopoulos was the CEO of`, `Savvas Savopoulos
    /// and his wife`, `Marcotte's mother`; a name police or a court give: `identified as Naseeb Zar Khan`; or words no
    /// list knows acting in the past: `Lomana LuaLua headed home`.
    case predicate
    /// A writer's byline, alone on its line: `By Cloe Read`.
    case byline
    /// Starts with a known given name: `Ada Okafor`.
    case givenName = "given-name"
    /// Ends with a known family name after a name-like word: `Thierry Henry`; or one family name naming a leader's
    /// time in office: `the Bush administration`.
    case familyName = "family-name"
    /// Listed in a team line-up: `Man City: James, Mills (Wright-Phillips 83), Dunne, Distin, Barton`.
    case lineup
    /// Listed beside a person found by other evidence: `Nadeem Nusrat, Farooq Sattar and Waseem Akhter`.
    case list
    /// Matches a person found elsewhere in the document: `Okafor` after `Ada Okafor`.
    case coreference
}

/// Mentions in text order with people numbered again in order of first mention: what the finder returns after a pass
/// (headline names, couples) added mentions.
func inTextOrder(_ mentions: [PersonMention]) -> [PersonMention] {
    var all = mentions.sorted { $0.range.lowerBound < $1.range.lowerBound }
    var renumbered: [Int: Int] = [:]
    for k in all.indices {
        let old = all[k].cluster
        if renumbered[old] == nil { renumbered[old] = renumbered.count }
        all[k].cluster = renumbered[old] ?? old
    }
    return all
}

/// Byte ranges sorted by start (mentions already found, gazetteer names), asked in text order whether a later span
/// overlaps one: how the passes after coreference add no mention on words a mention or a place covers. One pass over
/// the ranges in all.
struct CoveredRanges {
    private let ranges: [Range<Int>]
    private var next = 0

    init(_ ranges: [Range<Int>]) {
        self.ranges = ranges
    }

    /// Whether `span` overlaps a covered range; spans must be asked in increasing order of start.
    mutating func overlaps(_ span: Range<Int>) -> Bool {
        while next < ranges.count, ranges[next].upperBound <= span.lowerBound { next += 1 }
        return next < ranges.count && ranges[next].lowerBound < span.upperBound
    }
}
