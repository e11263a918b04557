import Foundation
import People
import QuoteAttribution
import TextMineCore

/// Names speakers by the people the `people` stage found, so that every table counts a person once.
enum SpeakerIdentity {
    /// Role nouns (`MP`, `leader`, `spokeswoman`) come from the person finder's lexicon: one list for both stages.
    static let lexicon = NameLexicon()

    /// The speaker of an extracted quote: the canonical name of the person mention the engine pointed at
    /// (`Mr Obama said` → `Barack Obama`); for a definite description (`the Salford MP said`), the person the article
    /// attached that role to, or else the person mentioned last before it; for a spokesperson, the organisation;
    /// otherwise the engine's own text.
    static func name(of quote: ExtractedQuote, persons: [Entity], text: UnsafeBufferPointer<UInt8>,
                     acronyms: inout [String: String]) -> String? {
        guard let range = quote.speakerRange, let speaker = quote.speaker else { return quote.speaker }
        let first = firstIndex(endingAfter: range.lowerBound, in: persons)
        if first < persons.count, persons[first].span.range.lowerBound < range.upperBound, let canonical = persons[first].canonical {
            return canonical
        }
        if let described = person(describedAs: speaker, before: range.lowerBound, persons: persons, firstAfter: first, text: text) {
            return described
        }
        if isAcronym(Substring(speaker)) { return expanded(speaker, in: text, cache: &acronyms) }
        return organisation(speakingThrough: speaker, text: text, acronyms: &acronyms) ?? speaker
    }

    /// `RICS`, `UKIP`: two or more capitals and nothing else.
    static func isAcronym(_ word: Substring) -> Bool { word.count >= 2 && word.allSatisfy { $0.isUppercase } }

    /// An acronym in full when the article spells it out (`RICS` → `Royal Institute of Chartered Surveyors`), else as
    /// written; each acronym is looked up once per document.
    static func expanded(_ acronym: String, in text: UnsafeBufferPointer<UInt8>, cache: inout [String: String]) -> String {
        if let known = cache[acronym] { return known }
        let full = expandAcronym(acronym, in: text) ?? acronym
        cache[acronym] = full
        return full
    }

    /// Heads of descriptions through which an organisation speaks.
    static let spokesHeads: Set<Substring> = ["spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"]

    /// `a UKIP spokesman`, `a spokeswoman for the RFU` → the organisation, named in full when the article spells out
    /// its acronym (`UK Independence Party`). Possessives (`the prime minister's spokesman`) stay as written.
    static func organisation(speakingThrough description: String, text: UnsafeBufferPointer<UInt8>,
                             acronyms: inout [String: String]) -> String? {
        let words = description.split(separator: " ")
        guard words.count >= 3, ["a", "an", "the"].contains(words[0].lowercased()),
              !description.contains("'s"), !description.contains("’s") else { return nil }
        var organisation: ArraySlice<Substring>
        if let head = words.last, spokesHeads.contains(Substring(head.lowercased())) {
            organisation = words[1..<(words.count - 1)]  // a UKIP spokesman
        } else if spokesHeads.contains(Substring(words[1].lowercased())), words.count >= 4, words[2] == "for" {
            organisation = words[3...]  // a spokeswoman for the RFU
            if organisation.first?.lowercased() == "the" { organisation = organisation.dropFirst() }
        } else {
            return nil
        }
        guard let first = organisation.first, first.first?.isUppercase == true else { return nil }
        let name = organisation.joined(separator: " ")
        if organisation.count == 1, isAcronym(first) { return expanded(String(first), in: text, cache: &acronyms) }
        return name
    }

    /// The capitalised name in the text whose initials spell the acronym (`UK Independence Party` for `UKIP`, `Rugby
    /// Football Union` for `RFU`); an all-capital word gives all its letters, `of`/`for`/`and`/`the` none. One pass.
    static func expandAcronym(_ acronym: String, in text: UnsafeBufferPointer<UInt8>) -> String? {
        let target = Array(acronym.utf8)
        let glue: Set<String> = ["of", "for", "and", "the", "&"]
        var names: [[Substring]] = []
        var current: [Substring] = []
        let all = String(decoding: text, as: UTF8.self)
        for token in all.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            let word = token.trimmingCharacters(in: CharacterSet(charactersIn: ",.;:()\"“”‘’'"))
            let capital = word.first?.isUppercase == true
            if capital || (!current.isEmpty && glue.contains(String(word))) { current.append(Substring(word)) } else {
                if !current.isEmpty { names.append(current); current = [] }
            }
            if token.last.map({ ",.;:)\"”".contains($0) }) == true, !current.isEmpty { names.append(current); current = [] }
        }
        if !current.isEmpty { names.append(current) }
        for name in names {
            // try every start within the sequence so `the Rugby Football Union` and `chief Rugby Football Union` match
            for start in name.indices {
                var letters: [UInt8] = []
                var end = start
                while end < name.endIndex && letters.count < target.count {
                    let word = name[end]
                    if glue.contains(word.lowercased()) && end > start { end += 1; continue }
                    if word.count >= 2 && word.allSatisfy({ $0.isUppercase }) { letters += Array(word.utf8) } else if let initial = word.utf8.first { letters.append(initial) }
                    end += 1
                }
                if letters == target && end - start >= 2 {
                    var words = Array(name[start..<end])
                    while let last = words.last, glue.contains(last.lowercased()) { words.removeLast() }
                    return words.joined(separator: " ")
                }
            }
        }
        return nil
    }

    /// Index of the first person whose mention ends after `offset` (binary search; persons are sorted).
    static func firstIndex(endingAfter offset: Int, in persons: [Entity]) -> Int {
        var low = 0, high = persons.count
        while low < high {
            let mid = (low + high) / 2
            if persons[mid].span.range.upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Resolves `the opposition leader`, `the Salford MP`, `the 31-year-old`: definite, no possessive or `of`
    /// (`the prime minister's spokesman`, `the head of the firm` stay as written), ending in a role noun or an age.
    static func person(describedAs description: String, before offset: Int, persons: [Entity], firstAfter: Int,
                       text: UnsafeBufferPointer<UInt8>) -> String? {
        let words = description.lowercased().split(separator: " ")
        guard words.count >= 2, words.count <= 5, words[0] == "the",
              !description.contains("'s"), !description.contains("’s"), !words.contains("of"), !words.contains("for"),
              let head = words.last else { return nil }
        let isAge = head.hasSuffix("-year-old")
        guard isAge || !lexicon.classes(of: String(head)).isDisjoint(with: [.role, .title]) else { return nil }
        // The nearest earlier person the role was written next to (`Sam Hale, the opposition leader`,
        // `opposition leader Sam Hale`), looking back over at most 40 mentions; else the nearest earlier person.
        let headBytes = Array(head.utf8)
        var index = firstAfter - 1
        var looked = 0
        while index >= 0 && looked < 40 {
            let span = persons[index].span.range
            let window = max(0, span.lowerBound - 60)..<min(text.count, span.upperBound + 80)
            if contains(headBytes, in: text, window), let canonical = persons[index].canonical { return canonical }
            index -= 1
            looked += 1
        }
        return firstAfter > 0 ? persons[firstAfter - 1].canonical : nil
    }

    /// Whether the lower-case word occurs, as a whole word and ignoring ASCII case, in the window.
    static func contains(_ word: [UInt8], in text: UnsafeBufferPointer<UInt8>, _ window: Range<Int>) -> Bool {
        guard !word.isEmpty, window.count >= word.count else { return false }
        var i = window.lowerBound
        while i + word.count <= window.upperBound {
            var k = 0
            while k < word.count, (text[i + k] | (text[i + k] >= 0x41 && text[i + k] <= 0x5A ? 0x20 : 0)) == word[k] { k += 1 }
            if k == word.count {
                let before = i == 0 ? 0x20 : text[i - 1], after = i + k < text.count ? text[i + k] : 0x20
                if !isLetter(before) && !isLetter(after) { return true }
            }
            i += 1
        }
        return false
    }

    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x80 }
}
