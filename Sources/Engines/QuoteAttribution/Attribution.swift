// Speaker attribution over tokens.

import People

/// A cue form in the cue table.
struct CueForm {
    var tail: [UInt64]  // following words of a multi-word cue
    var speakerRight: Bool  // "according to X"
    var invertible: Bool  // "said X" allowed
    var participle: Bool  // "saying"
    var weak: Bool  // base/3sg form of a noun-like lemma: needs an adjacent subject
}

/// Builds the inflected cue table from lemmas/phrases.
func buildCueTable(_ cues: [String]) -> [UInt64: [CueForm]] {
    var table: [UInt64: [CueForm]] = [:]
    let irregular: [String: [String]] = [
        "say": ["said", "says", "saying", "say"], "tell": ["told", "tells", "telling", "tell"],
        // (a fifth form is the past participle where it differs: `has written`, `has spoken of her pride`)
        "write": ["wrote", "writes", "writing", "write", "written"],
        "speak": ["spoke", "speaks", "speaking", "speak", "spoken"], "put": ["put", "puts", "putting", "put"],
        "go": ["went", "goes", "going", "go"], "cry": ["cried", "cries", "crying", "cry"],
        "reply": ["replied", "replies", "replying", "reply"], "deny": ["denied", "denies", "denying", "deny"],
        "testify": ["testified", "testifies", "testifying", "testify"],
        "plead": ["pleaded", "pleads", "pleading", "plead"], "blog": ["blogged", "blogs", "blogging", "blog"],
        "pay": ["paid", "pays", "paying", "pay"], "think": ["thought", "thinks", "thinking", "think"],
        "feel": ["felt", "feels", "feeling", "feel"], "hit": ["hit", "hits", "hitting", "hit"],
    ]
    // (lemmas of more than one syllable stressed on the last, and `quip`; one syllable ending in a consonant after
    // one vowel doubles by rule below)
    let doubling: Set<String> = [
        "admit", "quip", "commit", "regret", "prefer", "refer", "confer", "omit", "submit", "rebut", "deadpan",
    ]
    let nounLike: Set<String> = [
        "state", "note", "comment", "answer", "claim", "quote", "stress", "report", "demand",
        "cry", "joke", "promise", "vow", "pledge", "caution", "counter", "post", "blog",
        "tweet", "mention", "muse", "shout", "scream", "whisper", "quip", "plead", "advise", "yell", "snap",
        "describe", "ask", "add", "continue", "respond", "remark", "observe", "reveal",
        "recall", "chant", "tell", "write", "sigh", "laugh", "protest", "email", "text", "attack",
    ]
    // noun-like lemmas whose third-person form is no noun and takes no infinitive or object that is not speech
    // (`tells`, `asks`; not `continues to`, `adds to`): that form is a full cue, so its subject
    // may stand before an apposition (`"Q," Mr Hughes, who owns a cattle station, tells AAP`)
    // (`describes`: `The 49-year-old describes the group as "Q"`; `describes itself as "Q"` quotes the subject too)
    let verbOnlyInThirdPerson: Set<String> = ["tell", "write", "ask", "respond", "describe"]
    // forms that must never be cues (too ambiguous as nouns)
    // lemmas whose -ing form is not a speech cue ("continuing to", "going on")
    let noParticiple: Set<String> = [
        "continue", "go", "describe", "quote", "recall", "agree", "report", "promise",
        "post", "note", "answer", "counter", "mention", "maintain", "observe",
    ]
    // lemmas that are cues only in the past (`posted on X: "Q"`; `Their LinkedIn posts about "Q"` is a noun)
    // (`intimated`: `intimate` is an adjective more often than speech elsewhere)
    // (`"Q," detailed Maj. Jeff Cotner`; `Full details of the plan` is a noun)
    let pastOnly: Set<String> = ["post", "intimate", "detail"]
    // (nor verbs that name with an object in between: `Mr Sigarchi's lawyer labelled the revolutionary court "Q"`
    // names no speaker after the verb)
    let neverInvertible: Set<String> = [
        "tell", "inform", "advise", "describe", "chant", "quote", "reveal", "promise",
        "call", "brand", "dub", "label", "term",
    ]
    for phrase in cues {
        let ws = phrase.lowercased().split(separator: " ").map(String.init)
        guard let lemma = ws.first, let last = lemma.last else { continue }
        let tail = ws.dropFirst().map { foldedHash($0) }
        let right = ws.count > 1 && (ws.last == "to" || ws.last == "by")
        if right {
            // "according to": the first word is not inflected
            table[foldedHash(lemma), default: []].append(
                CueForm(
                    tail: tail, speakerRight: true, invertible: false,
                    participle: false, weak: false))
            continue
        }
        var past: [String] = []
        var third: String
        var ing: String
        if let irr = irregular[lemma] {
            past = Array(irr.prefix(1) + irr.dropFirst(4))
            third = irr[1]
            ing = irr[2]
        } else {
            let beforeLast = lemma.dropLast().last
            let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
            let letters = Array(lemma)
            // (one syllable ending in a consonant after a single vowel doubles it: `slam` → `slammed`, `dub` →
            // `dubbed`, `brag`, `sum up`; not after w, x or y)
            let vowelGroups = letters.indices.filter {
                vowels.contains(letters[$0]) && ($0 == 0 || !vowels.contains(letters[$0 - 1]))
            }.count
            let singleSyllableCVC =
                letters.count >= 3 && vowelGroups == 1 && !vowels.contains(last) && !"wxy".contains(last)
                && vowels.contains(letters[letters.count - 2]) && !vowels.contains(letters[letters.count - 3])
            // (British copy doubles a final l after a single vowel, American copy does not: `labelled`, `labeled`,
            // `signalled`; the British participle, `labelling`, stays a describing participle only,
            // ``DocState/describingAs(_:qo:)``)
            let britishL =
                letters.count >= 4 && last == "l" && vowelGroups >= 2 && vowels.contains(letters[letters.count - 2])
                && !vowels.contains(letters[letters.count - 3])
            if doubling.contains(lemma) || singleSyllableCVC {
                past = [lemma + String(last) + "ed"]
                ing = lemma + String(last) + "ing"
            } else if britishL {
                past = [lemma + "ed", lemma + "led"]
                ing = lemma + "ing"
            } else if last == "e" {
                past = [lemma + "d"]
                ing = lemma.hasSuffix("ee") ? lemma + "ing" : String(lemma.dropLast()) + "ing"
            } else if last == "y", let bl = beforeLast, !vowels.contains(bl) {
                past = [String(lemma.dropLast()) + "ied"]
                ing = lemma + "ing"
            } else {
                past = [lemma + "ed"]
                ing = lemma + "ing"
            }
            if last == "y", let bl = beforeLast, !vowels.contains(bl) {
                third = String(lemma.dropLast()) + "ies"
            } else if lemma.hasSuffix("s") || lemma.hasSuffix("sh") || lemma.hasSuffix("ch") || lemma.hasSuffix("x")
                || lemma.hasSuffix("z") || lemma.hasSuffix("o")
            {
                third = lemma + "es"
            } else {
                third = lemma + "s"
            }
        }
        let nl = nounLike.contains(lemma)
        let inv = !neverInvertible.contains(lemma)
        for f in past {
            table[foldedHash(f), default: []].append(
                CueForm(
                    tail: tail, speakerRight: false, invertible: inv,
                    participle: false, weak: false))
        }
        if pastOnly.contains(lemma) { continue }
        let weakThird = nl && !verbOnlyInThirdPerson.contains(lemma)
        table[foldedHash(third), default: []].append(
            CueForm(
                tail: tail, speakerRight: false, invertible: inv && !weakThird,
                participle: false, weak: weakThird))
        if !noParticiple.contains(lemma) {
            table[foldedHash(ing), default: []].append(
                CueForm(
                    tail: tail, speakerRight: false, invertible: false,
                    participle: true, weak: false))
        }
        if !nl {
            table[foldedHash(lemma), default: []].append(
                CueForm(
                    tail: tail, speakerRight: false, invertible: false,
                    participle: false, weak: true))
        }
    }
    return table
}

/// A speaker found next to a cue.
struct Subj {
    enum Kind {
        case seq(Int)
        case pronoun(Int, male: Bool)
        case np(Int, Int)
        case unknown
    }
    var kind: Kind
    var first: Int  // first token of the mention (for adjacency checks)
    var last: Int
    var isPronoun: Bool {
        if case .pronoun = kind { return true }
        return false
    }
    /// Whether the subject is a noun phrase such as `the minister` (a description, not a name or a pronoun).
    var isDescription: Bool {
        if case .np = kind { return true }
        return false
    }
    /// The name sequence, when the subject is one.
    var sequence: Int? {
        if case .seq(let si) = kind { return si }
        return nil
    }
}

/// A resolved speaker.
struct Speaker: Equatable {
    var name: String
    var range: Range<Int>
    var canonicalKey: String
    var seq: Int = -1
    /// A description of someone the article never names (``ExtractedQuote/speakerIsUnnamed``).
    var unnamed = false
    /// For a description: whether the person named last before it may be whom it means
    /// (``ExtractedQuote/descriptionMayMeanLastNamed``).
    var mayMeanLastNamed = true
}
