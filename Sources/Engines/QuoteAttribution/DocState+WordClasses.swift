// Word classes the subject finders need beyond the lexicon flags: descriptions that can speak (`the spokesman`,
// `the 31-year-old`), role heads, -ly adverbs. Suffix tests stand in for a lexicon of every such noun.

import People

extension DocState {
    /// An adverb ending in -ly (`reportedly`, `angrily`): may stand between a subject and its cue (`X reportedly said`).
    /// Nouns in -ly (`the Smith family said`, `the assembly said`) are none.
    func endsWithLy(_ t: Tok) -> Bool {
        t.end - t.start > 4 && endsWith(p, t, "ly") && !lyNounHashes.contains(t.hash)
    }

    /// A word in -ing of five letters or more (`adding`, `defending`; not `king`, `sing`): a participle or a gerund.
    func endsWithIng(_ t: Tok) -> Bool {
        t.end - t.start > 4 && endsWith(p, t, "ing")
    }

    /// A noun that can head a speaking description: lexicon speaker nouns and titles, documents (`the report says`),
    /// ages and lower-case demonyms, and -man/-woman/-ist(s) words (`spokesman`, `economists`).
    func isSpeakerNoun(_ t: Tok) -> Bool {
        if t.flags & (Lex.speakerNoun | Lex.title | Lex.personNoun) != 0 && t.flags & Lex.honorific == 0
            && !namesAnOfficesField(t)
        {
            return true
        }
        if documentHashes.contains(t.hash) || orgHeadHashes.contains(t.hash) { return true }
        if isAgeOrDemonym(t) && !t.cap { return true }
        let e = Int(t.end)
        let l = e - Int(t.start)
        guard l > 4 else { return false }
        // -man -woman -ist -ists
        if endsWith(p, t, "man") || endsWith(p, t, "ist") { return true }
        if l > 5 && endsWith(p, t, "ists") { return true }
        return false
    }

    /// A lower-case word of the title list that names an office's field (``fieldOfOfficeHashes``: `home`, `health`):
    /// it heads no description of a person (`near the mobile home said`).
    func namesAnOfficesField(_ t: Tok) -> Bool {
        !t.cap && fieldOfOfficeHashes.contains(t.hash)
    }

    /// A word for a person (`the owner`, `the minister`), or with `plurals` for people too (`critics`, `police`), not
    /// inside a name (`capitalisedFirst`: the word opens its sentence, which is why it is capitalised): a title or a
    /// noun of persons, not a body's word (`the club`), nor a function word the person nouns list as well (WordNet's
    /// `have`, as in the haves and have-nots).
    func isWordForPeople(_ t: Tok, plurals: Bool, capitalisedFirst: Bool = false) -> Bool {
        if plurals && t.hash == hPolice { return true }
        // (`Parents were furious.`, `Critics were less kind.`: capitalised only as the sentence's first word)
        guard !t.cap || t.seq < 0 || capitalisedFirst,
            t.flags & (Lex.skipAdv | Lex.det | Lex.prep | Lex.conj | Lex.stopCap | Lex.pronOther) == 0
        else { return false }
        if t.flags & (Lex.title | Lex.personNoun) != 0 && t.flags & (Lex.honorific | Lex.plural) == 0
            && !namesAnOfficesField(t)
        {
            return true
        }
        if officialHashes.contains(t.hash) { return true }  // `the prosecution`, `the official`
        return plurals && isPluralOfAPersonWord(t)
    }

    /// A plural whose singular is a speaker noun, title or the caller's person noun (`councillors`, `coaches`,
    /// `judges`): the lexicon lists only the plurals that speak without a determiner (``Lex/plural``).
    func isPluralOfAPersonWord(_ t: Tok) -> Bool {
        let start = Int(t.start)
        var end = Int(t.end)
        guard end - start > 3, p[end - 1] == UInt8(ascii: "s"), p[end - 2] != UInt8(ascii: "s"), !t.possessive else {
            return false
        }
        end -= 1
        func isPersonWord(_ singular: UInt64) -> Bool {
            let flags = lexicon[singular] | callerWords[singular] & Lex.personNoun
            return flags & (Lex.speakerNoun | Lex.title | Lex.personNoun) != 0 && flags & Lex.honorific == 0
        }
        if isPersonWord(foldedHash(p, start, end)) { return true }
        // (`coaches`, `bosses` drop `es`)
        return p[end - 1] == UInt8(ascii: "e") && isPersonWord(foldedHash(p, start, end - 1))
    }

    /// Heads of descriptions that refer back to a person ("the Ealing North MP", "the 67-year-old").
    /// "the 23-year-old", "the German", "the Spaniard", "the Cullyhanna native".
    func isAgeOrDemonym(_ t: Tok) -> Bool {
        if t.kind != Tok.word { return false }
        if t.cap && (t.flags & Lex.place != 0 || demonymHashes.contains(t.hash)) { return true }
        if !t.cap && t.hash == hNative { return true }
        return isAge(t) || parentOfCount(t) != nil
    }

    /// An age written as one word (`67-year-old`, `six-month-old`): ends in `-old` after at least three more bytes.
    func isAge(_ t: Tok) -> Bool {
        t.kind == Tok.word && Int(t.end) - Int(t.start) > 6 && endsWith(p, t, "-old")
    }

    /// `the mother-of-five`, `the father-of-two`, `the grandmother-of-three`, `the dad-of-one`: the British papers' way
    /// of describing a person named before, like an age. The sex the word says (male: `true`), or nil when the token
    /// is no such word. The count is a number word or digits after `-of-`.
    func parentOfCount(_ t: Tok) -> Bool? {
        let a = Int(t.start)
        let e = Int(t.end)
        guard t.kind == Tok.word, e - a >= 9, e - a <= 24 else { return nil }
        // `-of-` after the noun
        var k = a + 2
        while k + 4 < e && !(p[k] == 0x2D && p[k + 1] == 0x6F && p[k + 2] == 0x66 && p[k + 3] == 0x2D) { k += 1 }
        guard k + 4 < e else { return nil }
        let noun = foldedHash(p, a, k)
        if parentNounsMale.contains(noun) { return true }
        if parentNounsFemale.contains(noun) { return false }
        return nil
    }

    /// A role head (``isRoleHead(_:)``) or one of the role nouns that head descriptions of people (`roleHeadHashes`:
    /// `the leader`, `the striker`).
    func isPersonRole(_ t: Tok) -> Bool {
        isRoleHead(t) || roleHeadHashes.contains(t.hash)
    }

    /// The token after at most two lower-case words of a role that may stand before a name, from token `from` (before
    /// `ub`): `by pathologist Dr Helen Marsh`, `"Q," choreographer Ana Ruiz began` - no function word, pronoun, adverb
    /// or cue among them.
    func pastRoleWords(from: Int, ub: Int) -> Int {
        var n = from
        while n < ub, n - from < 2, toks[n].kind == Tok.word, !toks[n].cap, !toks[n].isCue,
            toks[n].flags & (Lex.prep | Lex.conj | Lex.det | Lex.who | Lex.pronOther | Lex.skipAdv) == 0
        {
            n += 1
        }
        return n
    }

    /// A role (``isRoleHead(_:)``) or a noun for a person (`prosecutor`, `manager`, a caller's person noun): a word
    /// written right before a person's name that says who they are.
    func isRoleOrPersonNoun(_ t: Tok) -> Bool {
        t.kind == Tok.word && (isRoleHead(t) || t.flags & (Lex.speakerNoun | Lex.personNoun) != 0)
    }

    /// A role a person holds (`the minister`, `the 31-year-old`): such a description refers back to a person the
    /// article named; organisation words and plurals do not.
    func isRoleHead(_ t: Tok) -> Bool {
        if t.kind != Tok.word || t.flags & Lex.orgWord != 0 || t.flags & Lex.plural != 0 { return false }
        if t.flags & Lex.title != 0 && t.flags & Lex.honorific == 0 && !namesAnOfficesField(t) {
            return true
        }
        return isAge(t)  // the 67-year-old
    }
}
