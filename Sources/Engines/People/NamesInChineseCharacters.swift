/// `Taipei Mayor Ko Wen-je (柯文哲)`, `Chief Executive Carrie Lam (林鄭月娥)`: Taiwanese, Hong Kong and Chinese papers
/// writing in English add a person's name in Chinese characters (Korean and Japanese papers in Hangul or kana) in
/// brackets right after the romanised name. The bracket names the same person: it is a mention of that person, with
/// the romanised name's canonical form and cluster.
///
/// The bracket must follow the mention after one space and hold two to eight characters of the CJK ideograph,
/// Hangul or kana blocks (three-byte UTF-8 sequences led by `E3`…`ED`) and nothing else, so `Ko Wen-je (the mayor)`
/// or a bracket of Latin letters adds nothing. Linear: a look at the bytes after each mention.
struct NamesInChineseCharacters {
    let text: UnsafeBufferPointer<UInt8>

    /// The mentions to add: one for each mention followed by such a bracket.
    func mentions(adding found: [PersonMention]) -> [PersonMention] {
        var added: [PersonMention] = []
        for m in found {
            let open = m.range.upperBound
            guard open + 2 < text.count, text[open] == Byte.space, text[open + 1] == Byte.openParen else { continue }
            let start = open + 2
            var end = start
            var characters = 0
            while characters <= 8, end + 2 < text.count, isThreeByteCJK(end) {
                end += 3
                characters += 1
            }
            guard characters >= 2, characters <= 8, end < text.count, text[end] == Byte.closeParen else { continue }
            added.append(
                PersonMention(range: start..<end, canonical: m.canonical, cluster: m.cluster, rule: .coreference))
        }
        return added
    }

    /// A three-byte UTF-8 character at `i` whose lead byte is in `E3`…`ED`: kana, CJK ideographs (U+3400…U+9FFF)
    /// and Hangul syllables (U+AC00…U+D7A3), with the blocks between them, which hold no Latin letters or punctuation
    /// a name's bracket would close with.
    private func isThreeByteCJK(_ i: Int) -> Bool {
        let lead = text[i]
        return lead >= 0xE3 && lead <= 0xED && text[i + 1] & 0xC0 == 0x80 && text[i + 2] & 0xC0 == 0x80
    }
}
