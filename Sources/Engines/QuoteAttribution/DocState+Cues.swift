import People

// Speech cues (`said`, `told reporters`, `according to`) found at a token.

extension DocState {
    /// The cue starting at token `i`: number of tokens and form.
    func cueAt(_ i: Int, limit: Int) -> (Int, CueForm)? {
        let t = toks[i]
        guard t.isCue, let forms = cues[t.hash] else { return nil }
        if t.cap && t.seq >= 0 && seqs[Int(t.seq)].start != i { return nil }
        var best: (Int, CueForm)? = nil
        for f in forms {
            var ok = true
            for (k, h) in f.tail.enumerated() {
                let j = i + 1 + k
                if j >= limit || toks[j].kind != Tok.word || toks[j].hash != h {
                    ok = false
                    break
                }
            }
            if ok && f.tail.count + 1 > (best?.0 ?? 0) { best = (f.tail.count + 1, f) }
        }
        return best
    }

    /// A verb that reports speech only right after a quote and its comma, before its subject (`"Q," reflected
    /// Sleep`): elsewhere `reflected`, `reasoned`, `smiled` are adjectives, passives or no speech (`reflected in the
    /// figures`), so they are no cues of the list. (`"Q," Sleep reflected.` is any past verb ending the clause.)
    func afterQuoteCueAt(_ i: Int) -> (Int, CueForm)? {
        guard toks[i].kind == Tok.word, !toks[i].cap, afterQuoteCueHashes.contains(toks[i].hash) else { return nil }
        return (1, CueForm(tail: [], speakerRight: false, invertible: true, participle: false, weak: false))
    }

    /// Whether subject `s` stands right before cue `c`, auxiliaries and adverbs aside (`she would say`, `X never
    /// says`): a weak cue (`say`, `notes`) is a verb only then.
    func touches(_ s: Subj, cue c: Int) -> Bool {
        guard s.last < c else { return false }
        return ((s.last + 1)..<c).allSatisfy {
            toks[$0].kind == Tok.word && !toks[$0].cap && toks[$0].flags & Lex.skipAdv != 0
        }
    }

    /// Whether token `k` is the full stop of an abbreviation or initials inside a sentence (`Gov.`, `D-N.M.`, `W.`):
    /// the word before it touches it and is a known abbreviation (titles written short included: not `President.`),
    /// all capitals, or one or two letters.
    func isAbbreviationStop(_ k: Int) -> Bool {
        guard toks[k].isPunct(.period), k > 0 else { return false }
        let w = toks[k - 1]
        guard w.kind == Tok.word, w.end == toks[k].start else { return false }
        // (`who was walking his dog around 9:45 p.m., told`, `e.g. a`: letters joined by full stops, in lower case,
        // before a comma or a lower-case word)
        if !w.cap, (Int(w.start)..<Int(w.end)).contains(where: { p[$0] == .period }), k + 1 < toks.count,
            toks[k + 1].isPunct(.comma) || (toks[k + 1].kind == Tok.word && !toks[k + 1].cap)
        {
            return true
        }
        guard w.cap || w.allCaps else { return false }
        return w.flags & Lex.abbrev != 0 || w.allCaps || w.end - w.start <= 2
            || isPartyAndStateLabel(p, Int(w.start), Int(w.end))
    }

    /// Whether tokens [a, b) are all words that are not cues (role descriptions before a name); a cue's word before a
    /// lower-case noun of a person is its modifier and counts (`point guard`). An office's acronym in brackets counts
    /// as a word (`station house officer (SHO) Ajeet Kumar said`, as Indian papers write it).
    func allWords(_ a: Int, _ b: Int) -> Bool {
        guard b - a <= 8 else { return false }
        var k = a
        while k < b {
            if isAbbreviationStop(k) {
                k += 1
                continue
            }
            if k + 2 < b, toks[k].isPunct(.openParen), toks[k + 1].kind == Tok.word, toks[k + 1].allCaps,
                toks[k + 2].isPunct(.closeParen)
            {
                k += 3
                continue
            }
            // (a cue's word right before a noun of a person modifies it: `Wolf Pack point guard Marqueze Coleman`; so
            // does a lower-case one whose cue form does not go on here: `fire` of `fire back` in `fire information
            // officer Justin Dombrowski said`)
            if toks[k].kind != Tok.word
                || (toks[k].isCue
                    && !(k + 1 < b && !toks[k].cap && toks[k + 1].kind == Tok.word && !toks[k + 1].cap
                        && isSpeakerNoun(toks[k + 1]))
                    && (toks[k].cap || cueAt(k, limit: b) != nil))
            {
                return false
            }
            k += 1
        }
        return true
    }
}

/// The verbs of ``DocState/afterQuoteCueAt(_:)``, by folded hash.
let afterQuoteCueHashes: Set<UInt64> = Set(
    """
    reflected reasoned elaborated smiled grinned beamed chuckled snapped sniffed growled shrugged offered ventured
    reckoned surmised
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { foldedHash(String($0)) })
