// Which capitalised sequences are people, and the one name each person is reported under.
//
// A quote's speaker must be the same string every time the article names that person (`Obama`, `Mr Obama` and
// `President Obama` are all `Barack Obama`), so that tables downstream count one person once.

extension DocState {
    /// Decides `personLike` for every capitalised sequence. With person mentions from an upstream stage those decide
    /// (plus surnames of the full names among them), also when there are none: a text in which the person finder
    /// found no one names no one (`Quiz Night makers sue US 'copycat'` names a show). Without an upstream
    /// stage (`persons` nil), the sequence's own evidence does: titles and honorifics make a person,
    /// organisation/place words and a determiner do not, and 2-4 plain capitalised words are a name. Single words are
    /// people when the document has the full name or uses them as a cue's subject.
    /// `ids` (parallel to `persons`, may be empty) says which person each mention names.
    mutating func classifyPersons(_ upstream: [Range<Int>]?, ids: [Int] = []) {
        let persons = upstream ?? []
        let order = persons.indices.sorted { persons[$0].lowerBound < persons[$1].lowerBound }
        let given = order.map { persons[$0] }
        let givenIDs = ids.count == persons.count ? order.map { ids[$0] } : []
        // where the upstream mention each sequence holds starts, and the sequences of each person
        var mentionStart: [Int: Int] = [:]
        var seqsOfPerson: [Int: [Int]] = [:]
        for si in seqs.indices {
            var s = seqs[si]
            if upstream != nil {
                let r = byteRange(s.nameStart, s.end)
                var lo = 0
                var hi = given.count
                while lo < hi {
                    let m = (lo + hi) >> 1
                    if given[m].upperBound <= r.lowerBound { lo = m + 1 } else { hi = m }
                }
                s.personLike = lo < given.count && given[lo].lowerBound < r.upperBound
                // (`Acting Chief Magistrate Faith McGusty`: the name starts where the upstream mention does, past
                // capitalised words the person finder read as a title or role)
                if s.personLike, given[lo].lowerBound > r.lowerBound,
                    let k = (s.nameStart...s.end).first(where: { Int(toks[$0].start) == given[lo].lowerBound }),
                    k <= s.nameEnd
                {
                    s.nameStart = k
                    s.titled = true
                }
                if s.personLike && !givenIDs.isEmpty {
                    s.person = givenIDs[lo]
                    mentionStart[si] = given[lo].lowerBound
                    seqsOfPerson[s.person, default: []].append(si)
                }
            } else if s.org || s.place || s.afterDet {
                s.personLike = false
            } else if s.honorific || s.titled {
                s.personLike = true
            } else if s.nameLen >= 2 && s.nameLen <= 4 {
                var ok = true
                for j in s.nameStart..<s.end where toks[j].flags & Lex.stopCap != 0 { ok = false }
                s.personLike = ok
            }
            if !s.sexFromGivenName { recordSex(of: s, byTitle: true) }
            if s.person >= 0, followsAPlayersPosition(s) { playerPersons.insert(s.person) }
            seqs[si] = s
            if s.personLike && s.nameLen >= 2 && !s.org { fullByLast[s.lastHash, default: []].append(si) }
        }
        // a given name's usual sex, only from names that open with it: `Davis Gates` after `Stacy Davis Gates` is
        // a surname, not a man called Davis (a given name must precede it in the longer name: `Board President Janet
        // Okafor` does not make `Janet Okafor` a short form)
        for si in seqs.indices where seqs[si].sexFromGivenName {
            let s = seqs[si]
            // the same person (upstream) named with a name word before this one, or a longer name whose given name comes
            // before
            let shortForm =
                (seqsOfPerson[s.person] ?? []).prefix(Self.fullerFormLookups).contains {
                    seqs[$0].nameLen > s.nameLen && isSuffix(si, of: $0)
                        && byteRange(seqs[$0].end - s.nameLen, seqs[$0].end).lowerBound >= mentionStart[$0] ?? Int.max
                }
                || (fullByLast[s.lastHash] ?? []).prefix(Self.fullerFormLookups).contains {
                    seqs[$0].nameLen > s.nameLen && isSuffix(si, of: $0)
                        && toks[seqs[$0].end - s.nameLen].flags & (Lex.firstMale | Lex.firstFemale) != 0
                }
            if !shortForm { recordSex(of: s, byTitle: false) }
        }
        if upstream == nil { promoteSingleNames() } else { promoteSurnamesOfKnownPeople() }
        recordSexFromFollowingPronouns()
    }

    /// `Pro-democracy lawmaker Leung Kwok-hung was sentenced … when he and …`: a person whose name says nothing of
    /// their sex (most names outside the Census lists) takes the sex of the first `he` or `she` (or `his`) after the
    /// name as its sentence's subject (no possessive: `asked about Derek's comments, said she`), outside quotes, when
    /// no other person, person noun or cue comes between (at most 25 tokens looked at), so that a later `she said` is
    /// not given to him. The pronoun also overrules a given name's usual sex (`Pakistan captain Shan Masood credited
    /// his side`: `Shan` is mostly women's in the US lists) when the name is its sentence's first person, though never
    /// a title's.
    private mutating func recordSexFromFollowingPronouns() {
        for si in seqs.indices
        where seqs[si].personLike && seqs[si].subject && seqs[si].person >= 0 && !seqs[si].inQuote {
            let s = seqs[si]
            if toks[s.end].possessive { continue }
            if malePersonsByTitle.contains(s.person) || femalePersonsByTitle.contains(s.person) { continue }
            let male = malePersons.contains(s.person)
            let female = femalePersons.contains(s.person)
            // (a pronoun settles only a sex the name left open or gave by the given name alone, one way - and
            // overrules the given name only of the sentence's first person: `when Ms. Papadakis and her husband,
            // Stavros, arrived with two suitcases and, as she tells it` is hers)
            if male == female && male { continue }
            let byGivenName = male || female
            if byGivenName, si > 0, seqs[si - 1].personLike, toks[seqs[si - 1].start].sent == toks[s.start].sent {
                continue
            }
            var j = s.end + 1
            while j < toks.count && j <= s.end + 25 && toks[j].sent == toks[s.end].sent && toks[j].quote < 0
                && toks[j].kind != Tok.qopen
            {
                let t = toks[j]
                if t.seq >= 0 && Int(t.seq) != si && seqs[Int(t.seq)].personLike { break }
                // (nor past a cue: the pronoun of reported speech is as often someone else, `Daughter Shellie Smith
                // said he was a "perfect dad"`)
                if t.kind == Tok.word && ((!t.cap && t.flags & (Lex.speakerNoun | Lex.title) != 0) || t.isCue) {
                    break
                }
                if t.kind == Tok.word && (t.flags & Lex.pronMale != 0 || (t.hash == hHis && !t.cap)) {
                    femalePersons.remove(s.person)
                    malePersons.insert(s.person)
                    break
                }
                if t.kind == Tok.word && t.flags & Lex.pronFemale != 0 {
                    malePersons.remove(s.person)
                    femalePersons.insert(s.person)
                    break
                }
                j += 1
            }
        }
    }

    /// Notes what a sequence says of its person's sex, by surname and by upstream person id; with `byTitle` (a title
    /// or honorific said it) in the title-only sets too.
    private mutating func recordSex(of s: CapSeq, byTitle: Bool) {
        if s.female { femaleLast.insert(s.lastHash) }
        if s.male { maleLast.insert(s.lastHash) }
        if s.person >= 0 && s.female { femalePersons.insert(s.person) }
        if s.person >= 0 && s.male { malePersons.insert(s.person) }
        guard byTitle else { return }
        if s.female { femaleLastByTitle.insert(s.lastHash) }
        if s.male { maleLastByTitle.insert(s.lastHash) }
        if s.person >= 0 && s.female { femalePersonsByTitle.insert(s.person) }
        if s.person >= 0 && s.male { malePersonsByTitle.insert(s.person) }
    }

    /// Without an upstream person finder, a single capitalised word is a person when the document has a full name
    /// ending in it, or when it is used like a person somewhere: the subject of a cue (`Edu said`), after an inverted
    /// cue (`said Edu`), or possessed (`Arsenal's Edu`) - and is not a stop word, plural, role, title or acronym.
    mutating func promoteSingleNames() {
        var cueSubjects = Set<UInt64>()
        for si in seqs.indices where seqs[si].nameLen == 1 && !seqs[si].org && !seqs[si].place && !seqs[si].afterDet {
            let s = seqs[si]
            var j = s.end + 1
            while j < toks.count && toks[j].kind == Tok.word && toks[j].flags & Lex.skipAdv != 0 && j < s.end + 3 {
                j += 1
            }
            let before = s.start > 0 ? toks[s.start - 1] : nil
            let saidBefore =
                before.map { $0.kind == Tok.word && (cues[$0.hash]?.contains { $0.invertible } ?? false) } ?? false
            if (j < toks.count && cueAt(j, limit: toks.count) != nil && !toks[j].cap) || saidBefore || s.possessed {
                cueSubjects.insert(s.lastHash)
            }
        }
        for si in seqs.indices
        where !seqs[si].personLike && seqs[si].nameLen == 1 && !seqs[si].org && !seqs[si].afterDet {
            let h = seqs[si].lastHash
            let tf = toks[seqs[si].end].flags
            if fullByLast[h] != nil
                || (!seqs[si].place && cueSubjects.contains(h)
                    && tf & (Lex.stopCap | Lex.plural | Lex.speakerNoun | Lex.title) == 0
                    && !toks[seqs[si].end].allCaps)
            {
                seqs[si].personLike = true
            }
        }
    }

    /// With an upstream person finder, a single word that is the surname of a full name it found is a person too
    /// (the finder may have marked only the full mention).
    mutating func promoteSurnamesOfKnownPeople() {
        for si in seqs.indices
        where !seqs[si].personLike && seqs[si].nameLen == 1 && !seqs[si].org && !seqs[si].afterDet {
            if fullByLast[seqs[si].lastHash] != nil { seqs[si].personLike = true }
        }
    }

    /// Canonical name and the mention range used for a capitalised sequence: an organisation or description as
    /// written (a leading `The` lower-cased), a person by the fullest form of the name in the document - the nearest
    /// earlier multi-word name ending in the same words, else the first later one (`Mr Blair` → `Tony Blair`) - and
    /// otherwise the name without its titles. Cached: pronoun and continuation rules ask for the same sequences often.
    mutating func canonical(_ si: Int) -> (String, Range<Int>) {
        if let c = canonCache[si] { return c }
        let s = seqs[si]
        var res: (String, Range<Int>)
        if s.org || (s.afterDet && !s.personLike) {
            var a = s.detBefore ? s.start - 1 : s.start
            // `Jefferson County Sheriff's Office`, `US Trade Representative's Office`: the owner belongs to the name
            if !s.detBefore, s.start >= 1, toks[s.start - 1].possessive, toks[s.start - 1].cap,
                toks[s.start - 1].seq >= 0
            {
                let owner = seqs[Int(toks[s.start - 1].seq)]
                if owner.end == s.start - 1, !owner.personLike { a = owner.detBefore ? owner.start - 1 : owner.start }
            }
            while a < s.end && toks[a].flags & Lex.stopCap != 0 && toks[a].hash != hThe { a += 1 }
            var name = text(byteRange(a, s.end))
            if name.hasPrefix("The ") { name = "the " + name.dropFirst(4) }
            res = (name, byteRange(a, s.end))
        } else if let cands = fullByLast[s.lastHash], !cands.isEmpty, let best = fullerForm(of: si, among: cands) {
            let f = seqs[best]
            res = (text(byteRange(f.nameStart, f.nameEnd)), byteRange(f.nameStart, f.nameEnd))
        } else if !s.personLike, let acronym = acronymOpening(s) {
            // `NHS Highland said`, `UK Coal said`: a body's acronym written right before the rest of its name
            res = (text(byteRange(acronym, s.nameEnd)), byteRange(acronym, s.nameEnd))
        } else if !s.personLike, !s.titled, s.nameStart > s.start,
            (s.start..<s.nameStart).allSatisfy({ toks[$0].flags & Lex.place != 0 })
        {
            // `Texas State said`: no person's name, so the place opening it is the body's name too
            res = (text(byteRange(s.start, s.nameEnd)), byteRange(s.start, s.nameEnd))
        } else {
            res = (text(byteRange(s.nameStart, s.nameEnd)), byteRange(s.nameStart, s.nameEnd))
        }
        canonCache[si] = res
        return res
    }

    /// The token of an acronym (two letters or more, in capitals, not possessive, no title) right before the name of
    /// sequence `s`, in its sentence with one space between: the first word of the body's name (`NHS` of `NHS
    /// Highland`), which the name leaves out; nil when there is none.
    func acronymOpening(_ s: CapSeq) -> Int? {
        let k = s.nameStart - 1
        guard k >= 0, k >= s.start - 1, toks[k].kind == Tok.word, toks[k].allCaps, !toks[k].possessive,
            toks[k].end - toks[k].start >= 2, toks[k].end + 1 == toks[s.nameStart].start,
            toks[k].sent == toks[s.nameStart].sent,
            p[Int(toks[k].end)] == 0x20, toks[k].flags & (Lex.title | Lex.honorific | Lex.stopCap) == 0
        else { return nil }
        return k
    }

    /// The speaker that person (or name) sequence `si` stands for: its canonical name and the mention that gives it.
    mutating func personSpeaker(_ si: Int) -> Speaker {
        let (name, r) = canonical(si)
        return Speaker(name: name, range: r, canonicalKey: name, seq: si)
    }

    /// The full name a sequence stands for among `cands` (the multi-word names sharing its last word, in text order):
    /// the last one before it that it is the surname of (for one word, any), else the first such one. Looks at no more
    /// than `fullerFormLookups` candidates each way, so a document naming one person thousands of times stays linear.
    func fullerForm(of si: Int, among cands: [Int]) -> Int? {
        let s = seqs[si]
        func fits(_ c: Int) -> Bool { s.nameLen == 1 || (seqs[c].nameLen > s.nameLen && isSuffix(si, of: c)) }
        var lo = 0
        var hi = cands.count
        while lo < hi {
            let m = (lo + hi) >> 1
            if cands[m] < si { lo = m + 1 } else { hi = m }
        }
        var k = lo - 1
        while k >= 0 && lo - k <= Self.fullerFormLookups {
            if fits(cands[k]) { return cands[k] }
            k -= 1
        }
        for c in cands.prefix(Self.fullerFormLookups) where fits(c) { return c }
        return nil
    }

    static let fullerFormLookups = 256

    /// Whether the name tokens of `a` are the last name tokens of `b` ("El Guerrouj" / "Hicham El Guerrouj").
    func isSuffix(_ a: Int, of b: Int) -> Bool {
        let sa = seqs[a]
        let sb = seqs[b]
        let la = sa.nameLen
        let lb = sb.nameLen
        guard la <= lb else { return false }
        for k in 0..<la where toks[sa.end - k].hash != toks[sb.end - k].hash { return false }
        return true
    }
}
