/// Names joined by `alias`: `a suspect Aftab Hussain alias Rihaan`, `Saifi alias Abdul was arrested`.
///
/// Indian, Pakistani and Bangladeshi crime copy gives a suspect's other name after `alias`, and then calls the suspect
/// by either. Capitalised words on both sides of a lower-case `alias` are one person: the name before is the canonical
/// name (the fullest form of it the document found, when the finder found it), the name after is another mention of
/// that person, and so is every later occurrence of either name that no mention covers yet. One side must be a person
/// the finder found or hold a known given or family name (`Emotet alias Heodo`, malware, holds none); no side holds
/// an ordinary word that is no name (`Absconding Rajesh`, `Happy families`), a place, a body, a time or a title.
/// (`aka` is left out: `Facebook aka Meta`.) Linear: one pass over the words to find the pairs, one more to find
/// their later occurrences through a dictionary keyed by a name's first word.
struct AliasNames {
    let words: [Word]
    let text: UnsafeBufferPointer<UInt8>

    /// One name joined by `alias`: its words, the canonical name of the person and the person's cluster.
    private struct Alias {
        let hashes: [UInt64]
        let canonical: String
        let cluster: Int
        /// Occurrences starting before this word are not this person's (the pair introduces the name).
        let fromWord: Int
    }

    private static let joiningWords: Set<UInt64> = foldedHashes("alias")
    /// At most this many capitalised words on either side make a name.
    private static let longestName = 4
    /// At most this many names joined by `alias` share a first word (`Abdul …`).
    private static let namesPerFirstWord = 16

    /// The mentions to add, given the document's mentions (in text order).
    func mentions(adding found: [PersonMention]) -> [PersonMention] {
        guard words.count >= 3 else { return [] }
        var byEnd: [Int: PersonMention] = [:]
        var aliases: [Alias] = []
        var nextCluster = (found.map(\.cluster).max() ?? -1) + 1
        for k in 1..<(words.count - 1)
        where Self.joiningWords.contains(words[k].hash) && !words[k].capital && words[k].joinedToPrevious
            && words[k + 1].joinedToPrevious
        {
            guard let before = nameEnding(at: k - 1), let after = nameStarting(at: k + 1) else { continue }
            if byEnd.isEmpty {
                byEnd = Dictionary(found.map { ($0.range.upperBound, $0) }, uniquingKeysWith: { a, _ in a })
            }
            let known = byEnd[words[k - 1].end]
            let nameWord: WordClass = [.firstName, .surname]
            guard
                known != nil
                    || (before.lowerBound..<after.upperBound).contains(where: {
                        !words[$0].classes.isDisjoint(with: nameWord)
                    })
            else { continue }
            let canonical: String
            let cluster: Int
            if let known {
                canonical = known.canonical
                cluster = known.cluster
            } else {
                canonical = spelledName(before)
                cluster = nextCluster
                nextCluster += 1
                aliases.append(
                    Alias(
                        hashes: before.map { words[$0].hash }, canonical: canonical, cluster: cluster,
                        fromWord: before.lowerBound))
            }
            aliases.append(
                Alias(
                    hashes: after.map { words[$0].hash }, canonical: canonical, cluster: cluster,
                    fromWord: after.lowerBound))
        }
        guard !aliases.isEmpty else { return [] }
        // (one entry per name, the first introduction kept, and at most ``namesPerFirstWord`` names under one first
        // word: a text of thousands of pairs stays linear)
        var byFirstWord: [UInt64: [Alias]] = [:]
        for alias in aliases {
            var entries = byFirstWord[alias.hashes[0], default: []]
            guard entries.count < Self.namesPerFirstWord, !entries.contains(where: { $0.hashes == alias.hashes }) else {
                continue
            }
            entries.append(alias)
            byFirstWord[alias.hashes[0]] = entries
        }
        var covered = CoveredRanges(found.map(\.range))
        var added: [PersonMention] = []
        var k = 0
        while k < words.count {
            guard words[k].capital, let candidates = byFirstWord[words[k].hash],
                let alias = candidates.first(where: { k >= $0.fromWord && matches($0.hashes, at: k) })
            else {
                k += 1
                continue
            }
            let last = k + alias.hashes.count - 1
            let range = words[k].start..<words[last].end
            // (not part of a longer capitalised name: `Abdul Rahman` is someone else than `Abdul`)
            let longer =
                (last + 1 < words.count && words[last + 1].capital && words[last + 1].joinedToPrevious)
                || (k > 0 && words[k - 1].capital && words[k].joinedToPrevious && !words[k].sentenceStart)
            if !longer, !covered.overlaps(range) {
                added.append(
                    PersonMention(range: range, canonical: alias.canonical, cluster: alias.cluster, rule: .coreference))
            }
            k = last + 1
        }
        return added
    }

    /// Whether the words from `k` on have the hashes `hashes`, joined by spaces only.
    private func matches(_ hashes: [UInt64], at k: Int) -> Bool {
        guard k + hashes.count <= words.count else { return false }
        for (i, hash) in hashes.enumerated() {
            let word = words[k + i]
            if word.hash != hash || !word.capital || (i > 0 && !word.joinedToPrevious) { return false }
        }
        return true
    }

    /// The capitalised words of a name ending at word `last` (up to ``longestName``, joined by spaces), or nil when
    /// that word is not such a name's.
    private func nameEnding(at last: Int) -> Range<Int>? {
        guard isNameWord(words[last]) else { return nil }
        var first = last
        while first > 0, last - first + 1 < Self.longestName, words[first].joinedToPrevious,
            !words[first].sentenceStart,
            isNameWord(words[first - 1]), !words[first - 1].possessive
        {
            first -= 1
        }
        return first..<(last + 1)
    }

    /// The capitalised words of a name starting at word `first`, as ``nameEnding(at:)``.
    private func nameStarting(at first: Int) -> Range<Int>? {
        guard isNameWord(words[first]) else { return nil }
        var last = first
        while last + 1 < words.count, last - first + 1 < Self.longestName, !words[last].possessive,
            words[last + 1].joinedToPrevious, isNameWord(words[last + 1])
        {
            last += 1
        }
        return first..<(last + 1)
    }

    /// A capitalised word that may be part of a person's name: not an acronym, and no place, body, time, title or
    /// function word, nor an ordinary word that is no known name.
    private func isNameWord(_ word: Word) -> Bool {
        let known = !word.classes.isDisjoint(with: [.firstName, .surname])
        // (`Absconding Rajesh alias Raju`: a participle or adverb opening the sentence is no name)
        return word.capital && !word.allCaps && !word.pluralS && word.classes.isDisjoint(with: .neverInAnAddedName)
            && (known || (!word.classes.contains(.common) && !word.endsInIng && !word.endsInLy))
    }

    /// The words of `name` as written, one space between them.
    private func spelledName(_ name: Range<Int>) -> String {
        name.map { spelled(text, words[$0]) }.joined(separator: " ")
    }
}
