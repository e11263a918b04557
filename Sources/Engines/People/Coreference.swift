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
            if let p = samePerson(hashes, in: people) {
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
            if rule == nil {
                guard let p = shortFormOwner(nameHashes(c), in: people) else { continue }
                cluster = p
                rule = .coreference
            } else if let current = cluster, c.nameWords < people[current].fullest.nameWords,
                let p = shortFormOwner(nameHashes(c), in: people)
            {
                cluster = p  // a titled surname goes to the most recently mentioned person with that surname
            }
            guard let person = cluster, let why = rule else { continue }
            people[person].lastSeen = c.first
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
        for j in c.first...c.last
        where words[j].capital && !words[j].classes.contains(.particle) && c.nickname?.contains(j) != true {
            hashes.append(words[j].hash)
        }
        return hashes
    }

    /// The person a full name belongs to: same surname, and the same given name or one name a suffix of the other.
    private func samePerson(_ hashes: [UInt64], in people: [Person]) -> Int? {
        for (p, person) in people.enumerated() where person.nameHashes.last == hashes.last {
            let other = person.nameHashes
            if other.first == hashes.first || isSuffix(hashes, of: other) || isSuffix(other, of: hashes) { return p }
        }
        return nil
    }

    /// The person a short form names: the most recently mentioned person whose name ends with it, else the only
    /// person whose name starts with it (a given name alone).
    private func shortFormOwner(_ hashes: [UInt64], in people: [Person]) -> Int? {
        var best: Int?
        for (p, person) in people.enumerated() where isSuffix(hashes, of: person.nameHashes) {
            if best.map({ person.lastSeen > people[$0].lastSeen }) ?? true { best = p }
        }
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
