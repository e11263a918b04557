/// Groups the mentions of one document into people and names each person by the fullest form of the name.
///
/// Full names found with evidence form the people; a shorter form (`Okafor`, `Mr Okafor`, `Ada`) joins the person
/// whose name ends with the same words (the surname) or, for one word, starts with it (the given name, when only one
/// person has it). When two people share a surname (`Venus` and `Serena Williams`), a bare `Williams` goes to the one
/// mentioned most recently, as news writing intends. Candidates with no evidence of their own are kept only when they
/// join a person this way.
struct Coreference {
    let text: UnsafeBufferPointer<UInt8>
    let words: [Word]

    private struct Person {
        /// Folded hashes of the name words (particles left out) of the fullest form so far.
        var nameHashes: [UInt64]
        var fullest: NameCandidate
        var lastSeen = -1
        /// Hashes of the title and role words written before this person's mentions so far (`chief`, `councilor`):
        /// `Chief Carter` goes to the Carter who was called chief.
        var titles: Set<UInt64> = []
        /// The sex the courtesy titles of this person's mentions showed (`Mr` +1, `Ms` −1; 0: none or both).
        var sex = 0
    }

    func resolve(accepted: [(candidate: NameCandidate, rule: PersonRule)], deferred: [NameCandidate]) -> [PersonMention]
    {
        var people: [Person] = []
        var clusterOf: [Int: Int] = [:]  // accepted index → person
        // Phase 1: accepted names, longest first, make the people.
        let order = accepted.indices.sorted {
            (accepted[$0].candidate.nameWords, -$0) > (accepted[$1].candidate.nameWords, -$1)
        }
        for a in order {
            let c = accepted[a].candidate
            let hashes = nameHashes(c)
            if let p = samePerson(hashes, suffix: suffixHash(c), in: people) {
                if c.nameWords > people[p].fullest.nameWords {
                    people[p].fullest = c
                    people[p].nameHashes = hashes
                }
                clusterOf[a] = p
            } else if hashes.count == 1, let p = oneWordOwner(hashes[0], titled: c.titled, in: people) {
                clusterOf[a] = p
            } else {
                clusterOf[a] = people.count
                people.append(Person(nameHashes: hashes, fullest: c))
            }
        }
        // Phase 1b: a fuller form found without evidence of its own (`Barack Obama` beside `Mr Obama`) joins the
        // person whose name it extends, and names that person.
        var extended: [Int: Int] = [:]  // deferred index → person
        for (d, c) in deferred.enumerated() where c.nameWords >= 2 {
            let hashes = nameHashes(c)
            guard let p = people.indices.first(where: { isSuffix(people[$0].nameHashes, of: hashes) }) else { continue }
            extended[d] = p
            if c.nameWords > people[p].fullest.nameWords {
                people[p].fullest = c
                people[p].nameHashes = hashes
            }
        }
        // Phase 2: every mention in text order; short forms without evidence join the most recent matching person.
        var all: [(candidate: NameCandidate, rule: PersonRule?, cluster: Int?)] = accepted.indices.map {
            (accepted[$0].candidate, accepted[$0].rule, clusterOf[$0])
        }
        all += deferred.indices.map { d in (deferred[d], extended[d] == nil ? nil : .coreference, extended[d]) }
        all.sort { $0.candidate.first < $1.candidate.first }
        var mentions: [PersonMention] = []
        mentions.reserveCapacity(all.count)
        var canonicalNames: [Int: String] = [:]
        for entry in all {
            let c = entry.candidate
            var cluster = entry.cluster
            var rule = entry.rule
            let titles = titleHashes(c)
            let sex = courtesySex(c)
            if rule == nil {
                guard let p = shortFormOwner(nameHashes(c), titles: titles, sex: sex, suffix: suffixHash(c), in: people)
                else { continue }
                cluster = p
                rule = .coreference
            } else if let current = cluster, c.nameWords < people[current].fullest.nameWords,
                let p = shortFormOwner(nameHashes(c), titles: titles, sex: sex, suffix: suffixHash(c), in: people)
            {
                cluster = p  // a titled surname goes to the person with that surname and title, or the latest one
            }
            guard let person = cluster, let why = rule else { continue }
            people[person].lastSeen = c.first
            people[person].titles.formUnion(titles)
            if sex != 0 { people[person].sex = people[person].sex == -sex ? 0 : sex }
            let canonical: String
            if let known = canonicalNames[person] {
                canonical = known
            } else {
                canonical = collapsedText(people[person].fullest)
                canonicalNames[person] = canonical
            }
            mentions.append(
                PersonMention(
                    range: words[c.first].start..<words[c.last].end, canonical: canonical, cluster: person, rule: why))
        }
        // number the people in order of first mention
        var renumber: [Int: Int] = [:]
        for i in mentions.indices {
            let old = mentions[i].cluster
            if let new = renumber[old] {
                mentions[i].cluster = new
            } else {
                let new = renumber.count
                renumber[old] = new
                mentions[i].cluster = new
            }
        }
        return mentions
    }

    /// Hashes of the capitalised name words (particles and initials' full stops ignored).
    private func nameHashes(_ c: NameCandidate) -> [UInt64] {
        var hashes: [UInt64] = []
        // particles are left out however written (`De la Cruz said` at a sentence start is `Marisol de la Cruz`)
        // (a generational suffix is left out too: `Pruitt` is `Jerome Pruitt Jr.`)
        for j in c.first...c.last
        where words[j].capital && !words[j].classes.contains(.particle) && !words[j].suffix
            && c.nickname?.contains(j) != true
        {
            hashes.append(words[j].hash)
        }
        return hashes
    }

    /// The generational suffix of a name (`Sr.` of `Terrence Whitley Sr.`), if it has one.
    private func suffixHash(_ c: NameCandidate) -> UInt64? {
        words[c.last].suffix ? words[c.last].hash : nil
    }

    /// The person a full name belongs to: same surname, and the same given name or one name a suffix of the other.
    /// `Terrence Whitley Sr.` and `Terrence Whitley Jr.` are two people.
    private func samePerson(_ hashes: [UInt64], suffix: UInt64?, in people: [Person]) -> Int? {
        for (p, person) in people.enumerated() where person.nameHashes.last == hashes.last {
            if let mine = suffix, let theirs = suffixHash(person.fullest), mine != theirs { continue }
            let other = person.nameHashes
            if other.first == hashes.first || isSuffix(hashes, of: other) || isSuffix(other, of: hashes) { return p }
        }
        return nil
    }

    /// The person a short form names: of the people whose name ends with it, the most recently mentioned one who was
    /// written with one of its titles (`Chief Carter` after `Police Chief Renee Carter` and `Councilor Doug Carter`),
    /// else the most recently mentioned; failing those, the only person whose name starts with it (a given name
    /// alone).
    /// A short form with a courtesy title of one sex (`Mr Mackay`) never goes to a person whose titles showed the
    /// other (`Ms Jenny Mackay`).
    /// A short form with a generational suffix (`Whitley Sr.`) goes only to the person with that suffix.
    private func shortFormOwner(
        _ hashes: [UInt64], titles: Set<UInt64>, sex: Int, suffix: UInt64?, in people: [Person]
    ) -> Int? {
        var best: Int?
        var bestTitled: Int?
        for (p, person) in people.enumerated()
        where isSuffix(hashes, of: person.nameHashes) && (sex == 0 || person.sex != -sex)
            && (suffix == nil || suffixHash(person.fullest) == suffix)
        {
            if best.map({ person.lastSeen > people[$0].lastSeen }) ?? true { best = p }
            if !titles.isDisjoint(with: person.titles),
                bestTitled.map({ person.lastSeen > people[$0].lastSeen }) ?? true
            {
                bestTitled = p
            }
        }
        if let titled = bestTitled { return titled }
        if best != nil || hashes.count != 1 { return best }
        var owner: Int?
        for (p, person) in people.enumerated() where person.nameHashes.count > 1 && person.nameHashes[0] == hashes[0] {
            if owner != nil { return nil }
            owner = p
        }
        return owner
    }

    /// The person a one-word name with evidence of its own belongs to when it is not a surname of anyone: the only
    /// person whose full name starts with it (`Caleb` beside `Caleb Booker`, `Mr Lim` beside `Lim Kok Seng`), else,
    /// after a title, the only person with it inside the name (`Ms Tan` beside `Melissa Tan Hui Ling`: names written
    /// family name first or with the family name in the middle, as Chinese and Malay names are).
    private func oneWordOwner(_ hash: UInt64, titled: Bool, in people: [Person]) -> Int? {
        var owner: Int?
        for (p, person) in people.enumerated() where person.nameHashes.count > 1 && person.nameHashes[0] == hash {
            if owner != nil { return nil }
            owner = p
        }
        if owner != nil || !titled { return owner }
        for (p, person) in people.enumerated()
        where person.nameHashes.count > 2 && person.nameHashes.dropFirst().dropLast().contains(hash) {
            if owner != nil { return nil }
            owner = p
        }
        return owner
    }

    /// Hashes of the title and role words (and honorifics that are offices, such as `Chief`) in the capitalised
    /// sequence before the name and among the two words before the sequence (`councilor Doug Carter`). Courtesy
    /// titles (`Mr`, `Ms`, `Dr`) are left out: every Carter may carry one, and one wrong guess would then steer the
    /// next `Mr Carter` too.
    private func titleHashes(_ c: NameCandidate) -> Set<UInt64> {
        var titles: Set<UInt64> = []
        for j in max(0, c.sequenceStart - 2)..<c.first
        where !words[j].classes.isDisjoint(with: [.title, .role, .honorific])
            && !Self.courtesyTitles.contains(words[j].hash)
        {
            titles.insert(words[j].hash)
        }
        return titles
    }

    /// +1 for a male courtesy title before the name (`Mr`, `Sir`, `Lord`), −1 for a female one (`Mrs`, `Ms`, `Miss`,
    /// `Dame`, `Lady`, `Madam`), else 0.
    private func courtesySex(_ c: NameCandidate) -> Int {
        for j in max(0, c.sequenceStart - 1)..<c.first {
            if Self.maleCourtesy.contains(words[j].hash) { return 1 }
            if Self.femaleCourtesy.contains(words[j].hash) { return -1 }
        }
        return 0
    }

    static let maleCourtesy: Set<UInt64> = Set(["mr", "sir", "lord", "herr"].map { foldedHash($0) })
    static let femaleCourtesy: Set<UInt64> = Set(
        ["mrs", "ms", "miss", "dame", "lady", "madam", "madame", "mme", "mlle"].map { foldedHash($0) })

    static let courtesyTitles: Set<UInt64> = Set(
        ["mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "mme", "mlle", "herr", "madam", "madame"].map {
            foldedHash($0)
        })

    private func isSuffix(_ a: [UInt64], of b: [UInt64]) -> Bool {
        guard a.count <= b.count, !a.isEmpty else { return false }
        return zip(a.reversed(), b.reversed()).allSatisfy { $0 == $1 }
    }

    /// The name's text with every whitespace run as one space and a quoted nickname left out.
    private func collapsedText(_ c: NameCandidate) -> String {
        var bytes: [UInt8] = []
        var space = false
        let skipped = c.nickname.map { words[$0.lowerBound - 1].end..<words[$0.upperBound + 1].start } ?? 0..<0
        for i in words[c.first].start..<words[c.last].end {
            if skipped.contains(i) {
                space = true
                continue
            }
            let b = text[i]
            if b == Byte.space || b == Byte.tab || b == Byte.newline {
                space = true
                continue
            }
            if b == 0xC2, i + 1 < text.count, text[i + 1] == 0xA0 {
                space = true
                continue
            }
            if b == 0xA0, i > 0, text[i - 1] == 0xC2 { continue }
            if space {
                bytes.append(Byte.space)
                space = false
            }
            bytes.append(b)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
