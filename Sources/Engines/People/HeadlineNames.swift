/// People named in a title-case headline.
///
/// A headline in title case (`Abramoff Sentenced To Four Months`, `Nadine Dorries Slammed By Commons Committee`) is
/// one long capitalised run, so no candidate name comes out of it; yet its names are the story's people. Once the body
/// has been read, a headline word that is the family name of a person found there (or two words that are such a
/// person's given and family name) is that person. Only people of two or more words count, and only a family name
/// that one person has: a headline word matches nobody by itself.
struct HeadlineNames {
    let words: [Word]

    /// The mentions to add for the words of the first line, given the document's mentions (in text order): each one
    /// on words no mention covers yet, with the person's canonical name and cluster.
    func mentions(adding found: [PersonMention]) -> [PersonMention] {
        guard let line = Self.titleCaseHeadline(words) else { return [] }
        // the people of two or more words, by family name and by given name + family name
        var bySurname: [UInt64: PersonMention?] = [:]
        var byFullName: [FullName: PersonMention] = [:]
        var cursor = 0
        for mention in found {
            let span = wordSpan(of: mention.range, in: words, from: &cursor)
            guard span.count >= 2 else { continue }
            let last = words[span.upperBound - 1].hash
            if let known = bySurname[last], known?.cluster != mention.cluster {
                bySurname[last] = .some(nil)  // two people share it: it names neither
            } else {
                bySurname[last] = mention
            }
            byFullName[FullName(first: words[span.lowerBound].hash, last: last)] = mention
        }
        let covered = found.prefix { $0.range.lowerBound < words[line.upperBound - 1].end }.map(\.range)
        var added: [PersonMention] = []
        var k = line.lowerBound
        while k < line.upperBound {
            let w = words[k]
            defer { k += 1 }
            guard w.capital, !w.allCaps, !covered.contains(where: { $0.overlaps(w.start..<w.end) }) else { continue }
            if k + 1 < line.upperBound, words[k + 1].joinedToPrevious, !w.possessive,
                let person = byFullName[FullName(first: w.hash, last: words[k + 1].hash)]
            {
                added.append(copy(person, over: w.start..<words[k + 1].end))
                k += 1
                continue
            }
            if let entry = bySurname[w.hash], let person = entry {
                added.append(copy(person, over: w.start..<w.end))
            }
        }
        return added
    }

    private struct FullName: Hashable {
        let first: UInt64
        let last: UInt64
    }

    private func copy(_ person: PersonMention, over range: Range<Int>) -> PersonMention {
        PersonMention(range: range, canonical: person.canonical, cluster: person.cluster, rule: .coreference)
    }

    /// The words of the first line when it is a headline in title case: at least three words and at most 40 (a first
    /// "line" of hundreds of words is a text without line breaks), at least two in three of them capitalised, acronyms
    /// left out of the count (`TV presenter Deeley drops CD:UK` is in sentence case). The evidence rules read no name
    /// out of it either (``Evidence``): there every word after a role word is capitalised.
    static func titleCaseHeadline(_ words: [Word]) -> Range<Int>? {
        var end = 0
        while end < words.count && (end == 0 || !words[end].gap.contains(.lineBreak)) { end += 1 }
        guard end >= 3, end <= 40 else { return nil }
        var capitals = 0
        var counted = 0
        for k in 0..<end where !words[k].allCaps {
            counted += 1
            if words[k].capital { capitals += 1 }
        }
        return counted >= 3 && capitals * 3 >= counted * 2 ? 0..<end : nil
    }
}
