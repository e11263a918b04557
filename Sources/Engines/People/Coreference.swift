/// Groups the mentions of one document into people and names each person by the fullest form of the name.
///
/// Full names found with evidence form the people; a shorter form (`Okafor`, `Mr Okafor`, `Ada`) joins the person
/// whose name ends with the same words (the surname) or, for one word, starts with it (the given name, when only one
/// person has it). When two people share a surname (`Arnetta Woods` and, later, her daughter `Ericka Woods`), a bare
/// `Woods` goes to the one the body introduced first, the story's principal, as news writing intends. Candidates with
/// no evidence of their own are kept only when they join a person this way.
struct Coreference {
    let text: UnsafeBufferPointer<UInt8>
    let words: [Word]

    private struct Person {
        /// Folded hashes of the name words (particles left out) of the fullest form so far.
        var nameHashes: [UInt64]
        /// Hashes of the parts of a hyphenated surname (`colon`, `ortiz` of `Angel Colon-Ortiz`); empty otherwise.
        var surnameParts: [UInt64] = []
        var fullest: NameCandidate
        var lastSeen = -1
        /// Hashes of the title and role words written before this person's mentions so far (`chief`, `councilor`):
        /// `Chief Carter` goes to the Carter who was called chief.
        var titles: Set<UInt64> = []
        /// The sex the courtesy titles of this person's mentions showed (`Mr` +1, `Ms` −1; 0: none or both).
        var sex = 0
        /// The usual sex of the fullest name's given name (+1, −1, 0: unknown or not listed): a likelihood that
        /// keeps `Mr Smith` from `Shellie Smith` when another Smith fits.
        var givenSex = 0
        /// Where the first full-name mention starts (word index; `Int.max` before it is known): the principal of a
        /// family is introduced first.
        var firstSeen = Int.max
        /// Where the first full-name mention after the headline starts (`Int.max` when none): who the story's
        /// principal is (``shortFormOwner(_:in:)``).
        var firstInBody = Int.max
        /// How the article introduced this person, when as someone's relative (`His father, Ikenna Okafor`).
        var kin: Kin? = nil
    }

    /// Whether candidate `c` (with name hashes `hashes`) names `person` more fully than its fullest form so far:
    /// more name words, or as many but more of them name words (`Cornelius Augustus Pike` beside `Cornelius 'Neil'
    /// Pike`, whose nickname is no name word) - when the fullest form opens with a particle, only a form that writes
    /// that particle in lower case (`Dhananjaya de Silva` beside `De Silva said`, whose capital only opens the
    /// sentence); not another person sharing the family name (`Tipper Gore` beside `Al Gore`, `Tom Jones` beside `Van
    /// Jones`: `Al` and `Van` are given names there).
    private func namesMoreFully(_ c: NameCandidate, _ hashes: [UInt64], than person: Person) -> Bool {
        if c.nameWords > person.fullest.nameWords { return true }
        guard hashes.count > person.nameHashes.count else { return false }
        let opening = words[person.fullest.first]
        if person.nameHashes.first == opening.hash { return true }
        guard opening.capital, c.first < c.last else { return false }
        return ((c.first + 1)...c.last).contains { !words[$0].capital && words[$0].hash == opening.hash }
    }

    /// A relative's place in the family, from the kinship noun that introduces them.
    enum Kin { case parent, child, other }

    /// The people of a document with the indexes the look-ups need, so that each is a dictionary probe rather than a
    /// walk over everyone: a document naming thousands of people stays linear.
    private struct PeopleTable {
        var list: [Person] = []
        /// People by the hash of the last word of their name (the surname), and for names of two or more words by
        /// the first word, by the second-to-last (the first of two family names) and by the words in between.
        private(set) var byLast: [UInt64: [Int]] = [:]
        private(set) var byFirst: [UInt64: [Int]] = [:]
        private(set) var byPenultimate: [UInt64: [Int]] = [:]
        private(set) var byMiddle: [UInt64: [Int]] = [:]
        /// People by each part of a hyphenated surname: `Ortiz` for `Angel Colon-Ortiz`, as American copy shortens
        /// Hispanic double surnames.
        private(set) var bySurnamePart: [UInt64: [Int]] = [:]

        var count: Int { list.count }
        subscript(_ p: Int) -> Person {
            get { list[p] }
            set { list[p] = newValue }
        }

        mutating func append(_ person: Person) -> Int {
            list.append(person)
            index(list.count - 1, add: true)
            return list.count - 1
        }

        /// Names person `p` by a fuller form.
        mutating func rename(
            _ p: Int, fullest: NameCandidate, hashes: [UInt64], surnameParts: [UInt64], givenSex: Int
        ) {
            index(p, add: false)
            list[p].fullest = fullest
            list[p].givenSex = givenSex
            list[p].nameHashes = hashes
            list[p].surnameParts = surnameParts
            index(p, add: true)
        }

        /// Adds person `p` under `key` (kept in ascending order, as a walk over everyone would meet them), or removes
        /// it.
        private static func update(_ table: inout [UInt64: [Int]], _ key: UInt64, _ p: Int, add: Bool) {
            if add {
                if let last = table[key]?.last, last > p {
                    var list = table[key] ?? []
                    var low = 0
                    var high = list.count
                    while low < high {
                        let mid = (low + high) / 2
                        if list[mid] < p { low = mid + 1 } else { high = mid }
                    }
                    list.insert(p, at: low)
                    table[key] = list
                } else {
                    table[key, default: []].append(p)
                }
            } else {
                table[key]?.removeAll { $0 == p }
            }
        }

        private mutating func index(_ p: Int, add: Bool) {
            func update(_ table: inout [UInt64: [Int]], _ key: UInt64) { Self.update(&table, key, p, add: add) }
            let hashes = list[p].nameHashes
            for part in list[p].surnameParts { update(&bySurnamePart, part) }
            guard let last = hashes.last else { return }
            update(&byLast, last)
            guard hashes.count > 1 else { return }
            update(&byFirst, hashes[0])
            guard hashes.count > 2 else { return }
            update(&byPenultimate, hashes[hashes.count - 2])
            for middle in Set(hashes.dropFirst().dropLast()) { update(&byMiddle, middle) }
        }

        /// Files person `p` under a short form of its given name too (`Steve` of `Steven Gerrard`, after the person
        /// was renamed from `Steve Gerrard`), so a lone `Steve` still finds them.
        mutating func addGivenNameAlias(_ p: Int, _ hash: UInt64) {
            guard !(byFirst[hash]?.contains(p) ?? false) else { return }
            Self.update(&byFirst, hash, p, add: true)
        }

        /// The only person found under `key` in `table`, nil when none or several.
        func only(_ table: [UInt64: [Int]], _ key: UInt64) -> Int? {
            guard let found = table[key], found.count == 1 else { return nil }
            return found[0]
        }
    }

    func resolve(accepted: [(candidate: NameCandidate, rule: PersonRule)], deferred: [NameCandidate]) -> [PersonMention]
    {
        var people = PeopleTable()
        var clusterOf: [Int: Int] = [:]  // accepted index → person
        var misspelt: [UInt64: Int] = [:]  // a family name spelt one letter off (`Sotashe`) → the person
        var accentedFirstPass: [UInt64: Int?]? = nil
        func accentedAtOneWord(_ people: PeopleTable) -> [UInt64: Int?] {
            if let built = accentedFirstPass { return built }
            let built = accentedFamilyNames(people)
            accentedFirstPass = built
            return built
        }
        // Phase 1: accepted names, longest first, make the people.
        let order = accepted.indices.sorted {
            (accepted[$0].candidate.nameWords, -$0) > (accepted[$1].candidate.nameWords, -$1)
        }
        for a in order {
            let c = accepted[a].candidate
            let hashes = nameHashes(c)
            let parts = surnameParts(c)
            if let p = samePerson(hashes, suffix: suffixHash(c), in: people) {
                // (the given name written in full names the person: `Judith Fox` beside an earlier `Judy Fox`, who
                // stays findable as `Judy`)
                let theirGiven = people[p].nameHashes[0]
                if c.nameWords == people[p].fullest.nameWords && hashes.count == people[p].nameHashes.count
                    && GivenNameVariants.isFullForm(hashes[0], of: theirGiven)
                {
                    people.rename(p, fullest: c, hashes: hashes, surnameParts: parts, givenSex: givenSex(c))
                    people.addGivenNameAlias(p, theirGiven)
                } else if namesMoreFully(c, hashes, than: people[p]) {
                    people.rename(p, fullest: c, hashes: hashes, surnameParts: parts, givenSex: givenSex(c))
                } else if hashes.count >= 2, hashes[0] != theirGiven,
                    GivenNameVariants.areVariants(hashes[0], theirGiven)
                {
                    // (`Freddie Forsyth` after `Frederick Forsyth`: a lone `Freddie` is the same person)
                    people.addGivenNameAlias(p, hashes[0])
                }
                clusterOf[a] = p
            } else if let p = sameNameHyphenedOtherwise(hashes, parts: parts, in: people) {
                // (the form the article writes first names the person: `Dr. Kojo Appiah-Kubi` … `Kojo Appiah Kubi`)
                if c.first < people[p].fullest.first {
                    people.rename(p, fullest: c, hashes: hashes, surnameParts: parts, givenSex: givenSex(c))
                }
                clusterOf[a] = p
            } else if let p = longerNameStartingWith(hashes, in: people) {
                clusterOf[a] = p
            } else if hashes.count == 1, let p = oneWordOwner(hashes[0], in: people) {
                clusterOf[a] = p
            } else if hashes.count == 1, let p = accentedOwner(c, in: accentedAtOneWord(people)) {
                // (`Muller said` after `Thomas Müller`: built once, when the names of two words or more are in)
                clusterOf[a] = p
            } else if let p = misspeltOwner(c, hashes, in: people) {
                clusterOf[a] = p
                if hashes.count == 1 { misspelt[hashes[0]] = p }
            } else {
                clusterOf[a] = people.append(person(c, hashes))
            }
        }
        // Phase 1b: a fuller form found without evidence of its own (`Barack Obama` beside `Mr Obama`) joins the
        // person whose name it extends, and names that person.
        var extended: [Int: Int] = [:]  // deferred index → person
        for (d, c) in deferred.enumerated() where c.nameWords >= 2 {
            let hashes = nameHashes(c)
            guard let last = hashes.last else { continue }
            let sharingSurname = people.byLast[last] ?? []
            guard let p = sharingSurname.first(where: { isSuffix(people[$0].nameHashes, of: hashes) }) else {
                // `Chidi Okafor` beside `His father, Ikenna Okafor` and `Okafor said`: a full name sharing the surname
                // of a person is a relative, a person of their own
                if hashes.count >= 2, !sharingSurname.isEmpty,
                    !sharingSurname.contains(where: { people[$0].nameHashes == hashes }), mayBeRelative(c)
                {
                    extended[d] = people.append(person(c, hashes))
                }
                continue
            }
            extended[d] = p
            if namesMoreFully(c, hashes, than: people[p]) {
                people.rename(p, fullest: c, hashes: hashes, surnameParts: surnameParts(c), givenSex: givenSex(c))
            }
        }
        // Phase 2: every mention in text order; short forms without evidence join the most recent matching person.
        var all: [(candidate: NameCandidate, rule: PersonRule?, cluster: Int?)] = accepted.indices.map {
            (accepted[$0].candidate, accepted[$0].rule, clusterOf[$0])
        }
        all += deferred.indices.map { d in (deferred[d], extended[d] == nil ? nil : .coreference, extended[d]) }
        all.sort { $0.candidate.first < $1.candidate.first }
        // who was introduced first, and who as someone's relative
        let bodyStart = firstBodyWord(words)
        for entry in all where entry.candidate.nameWords >= 2 {
            guard let p = entry.cluster else { continue }
            if people[p].firstInBody == Int.max, entry.candidate.first >= bodyStart {
                people[p].firstInBody = entry.candidate.first
            }
            guard people[p].firstSeen == Int.max else { continue }
            people[p].firstSeen = entry.candidate.first
            people[p].kin = kinBefore(entry.candidate)
        }
        let accented = accentedFamilyNames(people)
        var mentions: [PersonMention] = []
        mentions.reserveCapacity(all.count)
        var canonicalNames: [Int: String] = [:]
        for entry in all {
            let c = entry.candidate
            var cluster = entry.cluster
            var rule = entry.rule
            let form = ShortForm(
                hashes: nameHashes(c), titles: titleHashes(c), sex: courtesySex(c), suffix: suffixHash(c),
                elder: elderOrYounger(c), insideBlocked: c.insideBlocked,
                placeNotGivenName: c.insideBlocked
                    && !(c.nameWords == 1 && c.first == c.sequenceStart
                        && (words[c.first].classes.contains(.firstName)
                            || Evidence.placeGivenNames.contains(words[c.first].hash))),
                unlistedWord: c.nameWords == 1 && words[c.first].classes.isDisjoint(with: [.firstName, .common]),
                // (the look back for an open quotation mark only for a name of a group of given-name forms, the one
                // case that reads it)
                shortFormInSpeech: c.nameWords == 1 && !words[c.first].classes.contains(.common)
                    && GivenNameVariants.groupsOfName[words[c.first].hash] != nil
                    && !GivenNameVariants.fullNames.contains(words[c.first].hash)
                    && !GivenNameVariants.ordinaryWordForms.contains(words[c.first].hash)
                    && !(c.first > 0 && words[c.first].joinedToPrevious
                        && words[c.first - 1].classes.contains(.determiner))
                    && isInsideDoubleQuotes(text, at: words[c.first].start),
                epithetFollows: c.last + 2 < words.count && words[c.last + 1].hash == Evidence.the
                    && words[c.last + 1].joinedToPrevious && !words[c.last + 1].capital && words[c.last + 2].capital
                    && words[c.last + 2].joinedToPrevious)
            let titles = form.titles
            let sex = form.sex
            if rule == nil {
                // (the other spelling without evidence of its own, once it had some elsewhere: `Sotashe and …`)
                let misspeltFor = form.hashes.count == 1 ? misspelt[form.hashes[0]] : nil
                guard
                    let p = shortFormOwner(form, in: people) ?? misspeltFor
                        ?? longerNameStartingWith(form.hashes, in: people) ?? accentedOwner(c, in: accented)
                else { continue }
                cluster = p
                rule = .coreference
            } else if let current = cluster, c.nameWords < people[current].fullest.nameWords,
                let p = shortFormOwner(form, in: people)
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
                    range: words[c.spanFirst].start..<words[c.last].end, canonical: canonical, cluster: person,
                    rule: why))
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

    /// The people whose family name has accents, by its hash with the accents taken off (``accentlessHash(_:_:_:)``);
    /// nil for a hash two people share. One pass over the people.
    private func accentedFamilyNames(_ people: PeopleTable) -> [UInt64: Int?] {
        var byHash: [UInt64: Int?] = [:]
        for p in 0..<people.count {
            let last = words[people[p].fullest.last]
            guard let hash = accentedWordHash(text, last.start, last.end) else { continue }
            byHash[hash] = byHash[hash] == nil ? p : .some(nil)
        }
        return byHash
    }

    /// `Pare added` after `Steve Paré`: a one-word short form written in ASCII that is, accents aside, the family name
    /// of one person (``accentedFamilyNames(_:)``).
    private func accentedOwner(_ c: NameCandidate, in accented: [UInt64: Int?]) -> Int? {
        guard c.nameWords == 1, !c.insideBlocked, !accented.isEmpty else { return nil }
        let w = words[c.first]
        guard (w.start..<w.end).allSatisfy({ text[$0] < 0x80 }), let owner = accented[w.hash] else { return nil }
        return owner
    }

    /// A new person named by `c` (its name hashes already made).
    private func person(_ c: NameCandidate, _ hashes: [UInt64]) -> Person {
        Person(nameHashes: hashes, surnameParts: surnameParts(c), fullest: c, givenSex: givenSex(c))
    }

    /// The usual sex of a full name's given name (+1 male, −1 female), 0 for one word or a name not listed.
    private func givenSex(_ c: NameCandidate) -> Int {
        guard c.nameWords >= 2 else { return 0 }
        let classes = words[c.first].classes
        return classes.contains(.maleGiven) ? 1 : classes.contains(.femaleGiven) ? -1 : 0
    }

    /// Hashes of the capitalised name words (particles and initials' full stops ignored).
    private func nameHashes(_ c: NameCandidate) -> [UInt64] {
        var hashes: [UInt64] = []
        // particles are left out however written (`De la Cruz said` at a sentence start is `Marisol de la Cruz`)
        // (a generational suffix is left out too: `Pruitt` is `Jerome Pruitt Jr.`)
        for j in c.first...c.last where isNameWord(j, of: c) { hashes.append(familyNameHash(words[j])) }
        return hashes
    }

    /// The hash a name word is known by: the name after an Arabic article fused to it, however the article is written
    /// (`Jubeir` of `Adel al-Jubeir`, `Assad` of `Al-Assad`: copy drops the article on later mentions), else the word's.
    private func familyNameHash(_ w: Word) -> UInt64 {
        opensWithAnArabicArticle(w, text) ? foldedHash(text, w.start + 3, w.end) : w.hash
    }

    /// Whether word `j` of `c` is one of its name words: capitalised (or `al-Jubeir`), no particle (but `St` opening a
    /// short form, which the full name holds: `St. John` of `Rich St. John`; and a particle's word ending the name,
    /// a family name of its own: `Le` of `Jimmy Le`, as Vietnamese names go), no generational suffix, not inside a
    /// quoted nickname.
    private func isNameWord(_ j: Int, of c: NameCandidate) -> Bool {
        (words[j].capital || isArticlePrefixedName(words[j], text))
            && (!words[j].classes.contains(.particle) || isSaintPrefix(words[j]) || (j == c.last && words[j].capital))
            && !words[j].suffix
            && c.nickname?.contains(j) != true
    }

    /// Hashes of the parts of the surname when it is hyphenated and at least two names long (`Colon-Ortiz`, not
    /// `Jean-Claude` as a first word, nor `Al-Assad`'s particle): each part capitalised and of two letters or more.
    private func surnameParts(_ c: NameCandidate) -> [UInt64] {
        guard c.nameWords >= 2 else { return [] }
        var j = c.last
        while j > c.first && words[j].suffix { j -= 1 }
        let w = words[j]
        var parts: [UInt64] = []
        var partStart = w.start
        var i = w.start
        while i <= w.end {
            if i == w.end || text[i] == Byte.hyphen {
                guard i - partStart >= 2,
                    (text[partStart] >= 0x41 && text[partStart] <= 0x5A) || text[partStart] >= 0xC0
                else {
                    return []
                }
                parts.append(foldedHash(text, partStart, i))
                partStart = i + 1
            }
            i += 1
        }
        return parts.count >= 2 ? parts : []
    }

    /// The generational suffix of a name (`Sr.` of `Terrence Whitley Sr.`), if it has one.
    private func suffixHash(_ c: NameCandidate) -> UInt64? {
        words[c.last].suffix ? words[c.last].hash : nil
    }

    /// The person a full name belongs to: same surname, and the same given name (or a form of it: `Tom Mayo` after
    /// `Thomas Mayo`, ``GivenNameVariants``) or one name a suffix of the other. `Terrence Whitley Sr.` and `Terrence
    /// Whitley Jr.` are two people.
    private func samePerson(_ hashes: [UInt64], suffix: UInt64?, in people: PeopleTable) -> Int? {
        guard let last = hashes.last, let first = hashes.first else { return nil }
        // (a form of the given name counts only when one person has such a form and no one has the name as written:
        // `Pat Ryan` beside both `Patrick Ryan` and `Patricia Ryan` is neither)
        var variantOf: Int? = nil
        var variants = 0
        for p in people.byLast[last] ?? [] {
            let person = people[p]
            if let mine = suffix, let theirs = suffixHash(person.fullest), mine != theirs { continue }
            let other = person.nameHashes
            if other.first == first || isSuffix(hashes, of: other) || isSuffix(other, of: hashes) { return p }
            if hashes.count == 2, other.count == 2, let theirs = other.first,
                GivenNameVariants.areVariants(first, theirs)
            {
                variantOf = p
                variants += 1
            }
        }
        return variants == 1 ? variantOf : nil
    }

    /// The one person whose longer name opens with all the words of this one, two or more (`Tengku Zafrul` after
    /// `Tengku Zafrul Aziz`, `Wan Saiful` after `Wan Saiful Wan Jan`): Malay, Arabic and South Asian copy shortens a
    /// name from its end, keeping the given names, not the family name. Only the first ``misspeltLookLimit`` people
    /// with that first word are compared, so the cost per name is bounded.
    private func longerNameStartingWith(_ hashes: [UInt64], in people: PeopleTable) -> Int? {
        guard hashes.count >= 2, let sharing = people.byFirst[hashes[0]] else { return nil }
        var found: Int? = nil
        for p in sharing.prefix(Self.misspeltLookLimit) {
            let other = people[p].nameHashes
            guard other.count > hashes.count, other.starts(with: hashes),
                endsInNameWords(people[p].fullest, hashes.count)
            else { continue }
            if found != nil { return nil }
            found = p
        }
        return found
    }

    /// Whether the name words of `c` after its first `kept` ones are name words only (`Aziz` of `Tengku Zafrul Aziz`),
    /// not a work's or a body's (`Show` of `The Catherine Tate Show`, `Lecture`, `Experience`), and the name does not
    /// run on after an initial (`Malcolm X. Attallah Shabazz`).
    private func endsInNameWords(_ c: NameCandidate, _ kept: Int) -> Bool {
        var seen = 0
        for k in c.first...c.last where isNameWord(k, of: c) {
            seen += 1
            if seen == kept && words[k].initial { return false }
            if seen > kept && !words[k].classes.isDisjoint(with: [.organisation, .common, .place, .role, .title]) {
                return false
            }
        }
        return true
    }

    /// The person a name found with evidence of its own writes one letter off (`Sotashe` after `Xolani Sotatshe`,
    /// `Padraig Coneely` beside `Padraig Conneely`, `Daveport` after `Lindsay Davenport`): news copy spells a name
    /// two ways often enough, and each spelling otherwise makes a person. One word is compared with the family name of
    /// every full name, a full name with those of the same length and given name (given names alone are too alike:
    /// `Ritchie`, `Richie`); one letter added or left out inside the word, not at its end (`Malone` and `Maloney`,
    /// `Richard` and `Richards` are other names), the shorter of six letters or more (`Clark` and `Clarke` may be two
    /// people), and only when one person matches. At most the first ``misspeltLookLimit`` people are compared: the
    /// cost per name is bounded.
    private func misspeltOwner(_ c: NameCandidate, _ hashes: [UInt64], in people: PeopleTable) -> Int? {
        let word = words[c.last]
        guard word.end - word.start >= 6, !word.initial else { return nil }
        var found: Int?
        for p in 0..<min(people.count, Self.misspeltLookLimit) {
            let fullest = people[p].fullest
            guard fullest.nameWords >= 2 else { continue }
            let matches: Bool
            if hashes.count == 1 {
                matches = oneLetterApart(word, words[fullest.last])
            } else {
                matches =
                    hashes.count == people[p].nameHashes.count && hashes.first == people[p].nameHashes.first
                    && oneLetterApart(word, words[fullest.last])
            }
            guard matches else { continue }
            if found != nil { return nil }
            found = p
        }
        return found
    }

    static let misspeltLookLimit = 256

    /// Whether two words are one letter apart: the longer is the shorter with one letter added before its last (ASCII
    /// case folded), the shorter of six bytes or more.
    private func oneLetterApart(_ a: Word, _ b: Word) -> Bool {
        let (short, long) = a.end - a.start < b.end - b.start ? (a, b) : (b, a)
        let n = short.end - short.start
        guard n >= 6, long.end - long.start == n + 1 else { return false }
        func folded(_ i: Int) -> UInt8 {
            let byte = text[i]
            return byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        }
        var i = 0
        while i < n && folded(short.start + i) == folded(long.start + i) { i += 1 }
        // (the extra letter is the longer word's `i`th; the last letter added makes another name)
        guard i < n else { return false }
        while i < n && folded(short.start + i) == folded(long.start + i + 1) { i += 1 }
        return i == n
    }

    /// The person whose full name is this one but for a hyphen in the surname (`Kojo Appiah-Kubi` and `Kojo Appiah
    /// Kubi`): the same words in the same order once the hyphenated surname is read as its parts. A name without the
    /// hyphen looks among the hyphenated surnames' last parts, a hyphenated one among the plain last words.
    private func sameNameHyphenedOtherwise(_ hashes: [UInt64], parts: [UInt64], in people: PeopleTable) -> Int? {
        guard hashes.count >= 2 else { return nil }
        if parts.isEmpty {
            for p in people.bySurnamePart[hashes[hashes.count - 1]] ?? [] {
                let person = people[p]
                if person.nameHashes.dropLast() + person.surnameParts == hashes { return p }
                // (`Healy Rae` after `Danny Healy-Rae`: the double family name alone, its hyphen left out)
                if person.surnameParts == hashes { return p }
            }
        } else {
            let mine = hashes.dropLast() + parts
            for p in people.byLast[parts[parts.count - 1]] ?? [] where people[p].nameHashes == mine { return p }
        }
        return nil
    }

    /// What a short form (`Okafor`, `Chief Carter`, `the elder Mehta`) says about whom it names.
    private struct ShortForm {
        var hashes: [UInt64]
        var titles: Set<UInt64>
        var sex: Int
        var suffix: UInt64?
        /// +1 after `the elder`, −1 after `the younger`.
        var elder: Int
        /// A gazetteer named it a place or organisation: it may still be a person's family or given name, never the
        /// inner name of a longer one (``NameCandidate/insideBlocked``).
        var insideBlocked = false
        /// ``insideBlocked``, and not one listed given name standing alone (`Jordan got the goals` may be `Jordan
        /// Hale`; `Las Vegas`, `Prince George` and `Selangor` are no one's given name).
        var placeNotGivenName = false
        /// One word that no list knows as a given name or an ordinary word (`Sanusi`): it may be the inner name of a
        /// longer one (``shortFormOwner(_:in:)``).
        var unlistedWord = false
        /// One word, a short form of a given name that is no ordinary word (`Jimmy`, `Stevie`; not `Bill`, `Will`,
        /// `Charles`), inside a quotation: how a speaker names a colleague the article names in full.
        var shortFormInSpeech = false
        /// `the` and a capitalised word follow (`Bob the Builder`, `Ivan the Terrible`): a name with an epithet, no
        /// short form of another given name.
        var epithetFollows = false
    }

    /// The person a short form names, among the people whose name ends with it (a courtesy title of one sex never
    /// names a person titled with the other; `Whitley Sr.` only the one with that suffix):
    /// - the most recently mentioned one written with one of its titles (`Chief Carter` after `Police Chief Renee
    ///   Carter` and `Councilor Doug Carter`);
    /// - after `the elder`, the one introduced as a parent (`Mehta's father, Rajesh Mehta`), else the first
    ///   introduced; after `the younger`, the one introduced as a child, else the latest;
    /// - else the principal: of the people not introduced as someone's relative, the one whose full name the body
    ///   wrote first. News writes the principal by surname and anyone else sharing it by full or given name (`Chidi
    ///   Okafor` … `His father, Ikenna Okafor` … `Okafor said` is Chidi; `Mark Weiss and daughter Morgan` …
    ///   `said Morgan Weiss` … `said Weiss` is Mark). The headline counts for nothing here (it may glue a word to a
    ///   name: `Unconcerned Caixinha claims`); with no one introduced in the body, the most recently mentioned one;
    /// failing all those, the only person whose name starts with it (a given name alone). A courtesy title passes
    /// over the people whose given name usually belongs to the other sex when someone else fits.
    private func shortFormOwner(_ form: ShortForm, in people: PeopleTable) -> Int? {
        guard let last = form.hashes.last else { return nil }
        var matching = (people.byLast[last] ?? []).filter { p in
            let person = people[p]
            return isSuffix(form.hashes, of: person.nameHashes) && (form.sex == 0 || person.sex != -form.sex)
                && (form.suffix == nil || suffixHash(person.fullest) == form.suffix)
        }
        // a given name's usual sex is a likelihood: it sets `Mr Smith` apart from `Shellie Smith` only when another
        // Smith fits
        if form.sex != 0 {
            let agreeing = matching.filter { people[$0].givenSex != -form.sex }
            if !agreeing.isEmpty { matching = agreeing }
        }
        func latest(_ ps: [Int]) -> Int? {
            ps.max { (people[$0].lastSeen, -people[$0].firstSeen) < (people[$1].lastSeen, -people[$1].firstSeen) }
        }
        if !matching.isEmpty {
            let titled = matching.filter { !form.titles.isDisjoint(with: people[$0].titles) }
            if let p = latest(titled) { return p }
            if form.elder > 0 {
                return latest(matching.filter { people[$0].kin == .parent })
                    ?? matching.min { people[$0].firstSeen < people[$1].firstSeen }
            }
            if form.elder < 0 { return latest(matching.filter { people[$0].kin == .child }) ?? latest(matching) }
            let unrelated = matching.filter { people[$0].kin == nil }
            let principal = unrelated.filter { people[$0].firstInBody != Int.max }
                .min { people[$0].firstInBody < people[$1].firstInBody }
            return principal ?? latest(unrelated) ?? latest(matching)
        }
        // (not a place or body the gazetteers name, unless one listed given name stands alone: `Las Vegas` is no
        // `Vegas` of `Vegas Strong`)
        guard form.hashes.count == 1, !form.placeNotGivenName else { return nil }
        // a given name alone; `Restrepo` for `Graciela Restrepo Vidal` (the first of two family names, as Spanish
        // and Portuguese names are written); of several, the first introduced (`Kim` after `Kim Seung-youn, chairman
        // of Hanwha` and `presiding judge Kim Ki-jung`: a name written family name first is the story's principal) -
        // and when some of them are only in the headline, the first the body introduced (`… butcher Malcolm Michaels
        // expresses sadness` is a shop's name in the headline; `Co-owner Malcolm Leary` opens the body, and `Malcolm
        // explained` is he)
        if let first = people.byFirst[form.hashes[0]], !first.isEmpty {
            // (at most 64 looked at, as ``firstIntroduced(_:in:)`` does)
            let looked = first.prefix(64)
            let inBody = looked.filter { people[$0].firstInBody != Int.max }
            if inBody.count < looked.count,
                let p = inBody.min(by: { people[$0].firstInBody < people[$1].firstInBody })
            {
                return p
            }
            return firstIntroduced(first, in: people)
        }
        // `"Jimmy has really been as good"` beside `Jim Johnson`: another form of one person's given name, in a
        // quotation, when only one person's given name is of its group (a manager speaks of his players by the forms
        // the team uses; outside quotes the writer names them, and `Kate` may be a princess the article never names)
        if form.shortFormInSpeech, !form.epithetFollows, let groups = GivenNameVariants.groupsOfName[form.hashes[0]] {
            var owner: Int? = nil
            for g in groups {
                for name in GivenNameVariants.namesOfGroup[g] where name != form.hashes[0] {
                    for p in people.byFirst[name] ?? [] where p != owner {
                        if owner != nil { return nil }
                        owner = p
                    }
                }
            }
            if let p = owner { return p }
        }
        // (not a place or body the gazetteers name: `Israel` is no family name of `Mark Israel Shalem`)
        guard !form.insideBlocked else { return nil }
        if let p = people.only(people.byPenultimate, form.hashes[0])
            ?? people.only(people.bySurnamePart, form.hashes[0])
        {
            return p
        }
        // `Zahid` beside `Ahmad Zahid Hamidi`, `Sanusi` beside `Muhammad Sanusi Md Noor`: Malay and Arabic names are
        // shortened to an inner name - the one after a leading `Muhammad`, `Ahmad`, `Abdul`, or any inner word no list
        // knows (`Paul` of `John Paul Jones` may be anyone); only one person's
        guard let inner = people.byMiddle[form.hashes[0]], inner.count == 1 else { return nil }
        let hashes = people[inner[0]].nameHashes
        let afterLeadingName =
            hashes.count >= 3 && Self.leadingGivenNames.contains(hashes[0]) && hashes[1] == form.hashes[0]
        return form.unlistedWord || afterLeadingName ? inner[0] : nil
    }

    /// Given names that open Malay and Arabic names, whose bearer goes by the name after them.
    static let leadingGivenNames: Set<UInt64> = foldedHashes(
        "muhammad mohammad mohammed mohamed mohamad muhammed mohd muhd ahmad ahmed abdul abd siti nur noor nurul")

    /// Of the people in `candidates`, the one whose full name the document wrote first (people are added longest
    /// name first, so the first index is not always the first in the text). At most 64 are compared, so a document
    /// naming thousands of people who share a first word stays linear.
    private func firstIntroduced(_ candidates: [Int], in people: PeopleTable) -> Int? {
        if candidates.count == 1 { return candidates[0] }
        return candidates.prefix(64).min { people[$0].fullest.first < people[$1].fullest.first }
    }

    /// Whether a full name without evidence of its own may be a relative of a person with that surname: it opens
    /// with a known given name, or stands mid-sentence not after a preposition (`in Ram Nagar` is a place, `Angry
    /// Williams` opening a headline an adjective).
    private func mayBeRelative(_ c: NameCandidate) -> Bool {
        let first = words[c.first]
        if first.classes.contains(.firstName) { return true }
        // (`St. John said` after `Rich St. John` is his family name, no given name)
        guard !first.sentenceStart, !isSaintPrefix(first), c.first == c.sequenceStart, c.first > 0 else { return false }
        let before = words[c.first - 1]
        return before.capital || before.classes.isDisjoint(with: [.function]) || !first.joinedToPrevious
    }

    /// The kinship noun right before a name (`His father, Ikenna Okafor`, `whose grandfather Alf Harper`,
    /// `Cárdenas' grandson, Kevin Cárdenas`), as the relative's place in the family; or before `of` and the name
    /// (`the son of late U.S. Commerce Secretary Ron Brown`: Ron Brown is the parent of the story's Brown).
    private func kinBefore(_ c: NameCandidate) -> Kin? {
        let s = c.sequenceStart
        if s > 0, let kin = kinOf(before: s) { return kin }
        if s > 0, !words[s - 1].capital, let kin = Self.kin(words[s - 1].hash) { return kin }
        // (`Dad David Hykel, who lives …`: a kinship noun opening the sentence is read with the name's sequence; not
        // `Father`, `Mother`, `Sister`, `Brother`, which are also a priest's, abbess's, nun's and monk's titles)
        let k = c.first - 1
        guard k >= s, words[k].capital, words[k].sentenceStart, !Self.religiousKin.contains(words[k].hash) else {
            return nil
        }
        return Self.kin(words[k].hash)
    }

    /// The family place a kinship noun gives the person named after it (`father` → parent).
    private static func kin(_ hash: UInt64) -> Kin? {
        if parentKin.contains(hash) { return .parent }
        if childKin.contains(hash) { return .child }
        if otherKin.contains(hash) { return .other }
        return nil
    }

    /// `son of (the late) (Commerce Secretary) NAME`: the named person's place in the family of the one the kinship
    /// noun describes (the son's parent, the father's child); at most four titles, roles, `the`, `late` or `former`
    /// between `of` and the name. Not a capitalised kinship noun (`Father of the Nation Mahatma Gandhi`).
    private func kinOf(before s: Int) -> Kin? {
        var k = s - 1
        while k > 1, k >= s - 4,
            words[k].capital
                ? !words[k].classes.isDisjoint(with: [.title, .role]) : Self.kinOfSkips.contains(words[k].hash)
        {
            k -= 1
        }
        guard k >= 1, !words[k].capital, words[k].hash == Evidence.of, words[k].joinedToPrevious,
            !words[k - 1].capital
        else { return nil }
        switch Self.kin(words[k - 1].hash) {
        case .parent: return .child
        case .child: return .parent
        case let other: return other
        }
    }

    static let kinOfSkips: Set<UInt64> = Set(["the", "late", "former"].map { foldedHash($0) })

    /// +1 for `the elder Mehta`, −1 for `the younger Hadley`, else 0.
    private func elderOrYounger(_ c: NameCandidate) -> Int {
        let s = c.sequenceStart
        guard s > 0, words[s].joinedToPrevious else { return 0 }
        if words[s - 1].hash == Self.elderWord { return 1 }
        if words[s - 1].hash == Self.youngerWord { return -1 }
        return 0
    }

    static let elderWord = foldedHash("elder"), youngerWord = foldedHash("younger")
    static let religiousKin: Set<UInt64> = Set(["father", "mother", "sister", "brother"].map { foldedHash($0) })
    static let parentKin: Set<UInt64> = Set(
        [
            "father", "mother", "grandfather", "grandmother", "dad", "mom", "mum", "stepfather", "stepmother", "uncle",
            "aunt", "father-in-law", "mother-in-law",
        ].map { foldedHash($0) })
    static let childKin: Set<UInt64> = Set(
        [
            "son", "daughter", "grandson", "granddaughter", "nephew", "niece", "stepson", "stepdaughter", "son-in-law",
            "daughter-in-law",
        ].map { foldedHash($0) })
    static let otherKin: Set<UInt64> = Set(
        [
            "brother", "sister", "wife", "husband", "cousin", "widow", "widower", "fiancé", "fiancee", "twin",
            "sister-in-law", "brother-in-law",
        ].map { foldedHash($0) })

    /// The person a one-word name with evidence of its own belongs to when it is not a surname of anyone: the only
    /// person whose full name starts with it (`Caleb` beside `Caleb Booker`, `Mr Lim` beside `Lim Kok Seng`), else the
    /// only person with it inside the name (`Ms Tan` beside `Melissa Tan Hui Ling`, `Sanusi said` beside `Muhammad
    /// Sanusi Md Nor`: names written family name first or with the family name in the middle, or the given name
    /// the press uses after another, as Chinese and Malay names are).
    private func oneWordOwner(_ hash: UInt64, in people: PeopleTable) -> Int? {
        if let first = people.byFirst[hash], !first.isEmpty { return firstIntroduced(first, in: people) }
        // `Restrepo said` beside `Graciela Restrepo Vidal`: the first of two family names
        if let penultimate = people.byPenultimate[hash], !penultimate.isEmpty {
            return penultimate.count == 1 ? penultimate[0] : nil
        }
        if let part = people.only(people.bySurnamePart, hash) { return part }
        return people.only(people.byMiddle, hash)
    }

    /// Hashes of the title and role words (and honorifics that are offices, such as `Chief`) in the capitalised
    /// sequence before the name and among the two words before the sequence (`councilor Doug Carter`). Courtesy
    /// titles (`Mr`, `Ms`, `Dr`) are left out: every Carter may carry one, and one wrong guess would then steer the
    /// next `Mr Carter` too.
    private func titleHashes(_ c: NameCandidate) -> Set<UInt64> {
        var titles: Set<UInt64> = []
        // only words joined to the name by spaces (`His father, Ikenna Okafor`: `father` is no title of his)
        var j = c.first - 1
        while j >= max(0, c.sequenceStart - 2), words[j + 1].joinedToPrevious {
            if !words[j].classes.isDisjoint(with: [.title, .role, .honorific])
                && !Self.courtesyTitles.contains(words[j].hash)
            {
                titles.insert(words[j].hash)
            }
            j -= 1
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
        // (`EDDIE Howe` is Eddie Howe, `LEO VARADKAR` Leo Varadkar: a name set in capitals at a story's start is
        // written as names are, a capital and then small letters - but for a capital after a hyphen or an apostrophe)
        let inCapitals = c.first < c.last && isGivenNameInCapitals(words, at: c.first)
        let wordsInCapitals =
            inCapitals ? (c.first...c.last).filter { words[$0].allCaps }.map { words[$0].start..<words[$0].end } : []
        // (whether a capital ends at byte `k`: an ASCII one, or the second byte of a Latin-1 one, `Á` of `SEÁN`)
        func capitalEnds(at k: Int) -> Bool {
            (text[k] >= 0x41 && text[k] <= 0x5A) || (k > 0 && text[k - 1] == 0xC3 && isLatin1CapitalTail(text[k]))
        }
        for i in words[c.spanFirst].start..<words[c.last].end {
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
            // (a capital after another capital, inside a word in capitals)
            let before = b >= 0x80 ? i - 2 : i - 1
            let lower =
                !wordsInCapitals.isEmpty && capitalEnds(at: i) && before >= 0 && capitalEnds(at: before)
                && wordsInCapitals.contains { $0.contains(i) && $0.lowerBound < i }
            bytes.append(lower ? b &+ 0x20 : b)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
