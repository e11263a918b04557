import People

/// The organisation names a document spells out, indexed once so that speakers can be named in full: an acronym by
/// the capitalised words whose initials spell it (`UKIP` → `UK Independence Party`), and a short name by the longest
/// name the article writes that starts with it and ends in an organisation word (`Labour` → `Labour Party`).
///
/// Built in one pass over the bytes when a document first needs it; every look-up is then a dictionary read, so a
/// document with many speakers costs no more than one with a few (linear in the text: runs of capitalised words are
/// considered at most ``maxRunWords`` words at a time).
struct OrganisationNames {
    /// Initials (as bytes: `UKIP`) → the first name in the text that spells them.
    private var byInitials: [[UInt8]: String] = [:]
    /// A short name (`Labour`, `Countryside`) → the longest fuller organisation name starting with it.
    private var fullByPrefix: [String: (name: String, words: Int)] = [:]
    /// A head word (`alliance`) → the names ending in it (`Countryside Alliance`), with their offsets, in text order.
    private var byHead: [UInt64: [(start: Int, name: String)]] = [:]

    /// Longest acronym, and longest run of words, looked at from any start.
    static let maxInitials = 12, maxRunWords = 12, maxPrefixWords = 4

    init(text: UnsafeBufferPointer<UInt8>) {
        SpeakerIdentity.capitalisedRuns(in: text) { run in
            indexInitials(run, text)
            indexFullNames(run, text)
            return false
        }
    }

    /// The name an acronym stands for in this document, if it spells one out.
    func expansion(of acronym: String) -> String? { byInitials[Array(acronym.utf8)] }

    /// The fuller organisation name that starts with `name`, if the document writes one.
    func fullName(startingWith name: String) -> String? { fullByPrefix[name]?.name }

    /// `the alliance said` → the nearest organisation name before `offset` that ends in `head` (`Countryside
    /// Alliance`), if any.
    func nearest(head: String, before offset: Int) -> String? {
        guard let names = byHead[foldedHash(head)] else { return nil }
        var lo = 0
        var hi = names.count
        while lo < hi {
            let m = (lo + hi) >> 1
            if names[m].start < offset { lo = m + 1 } else { hi = m }
        }
        return lo > 0 ? names[lo - 1].name : nil
    }

    /// Every start of the run (not a glue word), its words' initials accumulated word by word (an all-capital word
    /// gives all its letters, glue words none); each initials string of two words or more keeps its first name.
    private mutating func indexInitials(_ run: [Range<Int>], _ text: UnsafeBufferPointer<UInt8>) {
        guard run.count >= 2 else { return }
        for start in run.indices where !SpeakerIdentity.isGlue(text, run[start]) {
            var letters: [UInt8] = []
            var end = start
            while end < run.count && end - start < Self.maxRunWords && letters.count < Self.maxInitials {
                let word = run[end]
                end += 1
                if SpeakerIdentity.isGlue(text, word) { continue }
                if word.count >= 2, word.allSatisfy({ text[$0] >= 0x41 && text[$0] <= 0x5A }) {
                    letters += text[word]
                } else {
                    letters.append(text[word.lowerBound])
                }
                guard end - start >= 2, byInitials[letters] == nil else { continue }
                byInitials[letters] = Self.joined(run[start..<end], text)
            }
        }
    }

    /// For each organisation word ending a name (`Party`, `Union`), the names one or two words shorter that it
    /// extends: `Labour Party` indexes `Labour`; `Rugby Football Union` indexes `Rugby Football` and `Rugby`.
    private mutating func indexFullNames(_ run: [Range<Int>], _ text: UnsafeBufferPointer<UInt8>) {
        for end in 1...run.count {
            let last = Self.hash(run[end - 1], text)
            guard Self.institutionHeads.contains(last) else { continue }
            // the whole name from the run's first name word, for `the alliance` later on
            // (`Citizens Bank and Canal Bank` is two names: start after an `and` that follows another head)
            var from = 0
            for k in 1..<max(1, end - 1) where SpeakerIdentity.isGlue(text, run[k]) {
                if Self.institutionHeads.contains(Self.hash(run[k - 1], text)) { from = k + 1 }
            }
            if from < end - 1,
                let first = run[from..<(end - 1)].firstIndex(where: { !SpeakerIdentity.isGlue(text, $0) })
            {
                byHead[last, default: []].append(
                    (run[first].lowerBound, Self.joined(run[first..<end], text)))
            }
            // the added words are name words: `Labour and the Tories` is two names
            for extra in 1...2
            where end - extra >= 1 && !run[(end - extra)..<end].contains(where: { SpeakerIdentity.isGlue(text, $0) }) {
                let prefixEnd = end - extra
                for k in max(0, prefixEnd - Self.maxPrefixWords)..<prefixEnd where !SpeakerIdentity.isGlue(text, run[k])
                {
                    let words = end - k
                    let key = Self.joined(run[k..<prefixEnd], text)
                    if let known = fullByPrefix[key], known.words >= words { continue }
                    fullByPrefix[key] = (Self.joined(run[k..<end], text), words)
                }
            }
        }
    }

    /// Last words of the names of bodies that speak (`Labour Party`, `Rugby Football Union`, `Sky News`); events and
    /// prizes (`Uefa Cup`, `Bafta Awards`) are not among them.
    /// (Folded hashes, as the people engine keys its words: looked up once per word of a run.)
    static let institutionHeads: Set<UInt64> = Set(
        [
            "party", "union", "council", "association", "alliance", "commission", "committee", "federation",
            "confederation", "bank", "group", "corporation", "company", "trust", "foundation", "society", "institute",
            "institution", "agency", "authority", "board", "bureau", "ministry", "department", "office", "service",
            "news", "network", "organisation", "organization", "campaign", "coalition", "congress", "assembly",
            "parliament", "government", "administration", "police", "army", "force",
            // companies: `SkyBridge said` → `SkyBridge Airlines`, `Castlebrook` → `Castlebrook Capital`
            "airlines", "airways", "capital", "partners", "holdings", "industries", "corp", "inc", "plc", "ltd", "llc",
            "technologies", "systems", "energy", "motors", "pharmaceuticals", "insurance", "brands", "foods",
            "semiconductor", "electric", "media", "studios", "records", "securities", "investments",
        ].map { foldedHash($0) })

    /// The folded hash of a word of the text (no copy).
    private static func hash(_ word: Range<Int>, _ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        foldedHash(text, word.lowerBound, word.upperBound)
    }

    /// The words' text joined by single spaces, glue words at the end left out.
    private static func joined(_ words: ArraySlice<Range<Int>>, _ text: UnsafeBufferPointer<UInt8>) -> String {
        var words = words
        while let last = words.last, words.count > 1, SpeakerIdentity.isGlue(text, last) { words = words.dropLast() }
        return words.map { String(decoding: UnsafeBufferPointer(rebasing: text[$0]), as: UTF8.self) }.joined(
            separator: " ")
    }
}
