import Foundation
import TextMineCore
import TextMineTesting

/// Generates annotated documents as the stages would leave them: sentences, entities (with MONEY values), quotes
/// with speakers, cues and sentiment, document sentiment. Values are drawn from small sets so that ties (equal
/// compounds, repeated entities, canonically equivalent spellings, duplicate ids) happen often.
enum CorpusGenerator {
    static let entities: [(type: String, text: String)] = [
        ("PERSON", "Ada Lovelace"), ("PERSON", "Łukasz Nowak"), ("PERSON", "Björk"), ("ORG", "Acme Corp"),
        ("ORG", "O'Brien & <Sons>"), ("PLACE", "Café Royal"), ("PLACE", "Cafe\u{301} Royal"), ("PLACE", "Nordhavn"),
        ("ORG", "Acme  Corp"),
    ]
    static let money: [(text: String, amount: Double, unit: String)] = [
        ("$1.5", 1.5, "USD"), ("€2m", 2_000_000, "EUR"), ("$3.25bn", 3_250_000_000, "USD"),
        ("$10 trillion", 10_000_000_000_000, "USD"), ("£0.1", 0.1, "GBP"), ("£0.2", 0.2, "GBP"),
    ]
    static let speakers: [String?] = ["Ada Lovelace", "Łukasz Nowak", "Mayor  Smith", "Mayor Smith", "<b>Eve</b>", nil]
    static let compounds: [Double?] = [-0.9, -0.5, -0.5, 0, 0.3, 0.5, 0.5, 0.9, 0.123456789, nil]
    static let groups = ["politics", "business", "", "sport", "culture"]
    static let words = [
        "the", "council", "said", "on", "Tuesday", "that", "a", "plan", "would", "go", "ahead", "naïve",
    ]

    static func corpus(seed: UInt64, count: Int) -> [Document] {
        var random = SeededRandom(seed: seed)
        var documents: [Document] = []
        for index in 0..<count {
            let group = groups.pick(using: &random)
            // Every seventh document reuses an earlier id (JSON Lines input can repeat ids).
            let id =
                index % 7 == 6
                ? documents[index / 2].id
                : (group.isEmpty ? "" : group + "/") + "article-\(index)\(index % 5 == 0 ? "é" : "").txt"
            documents.append(document(id: id, group: group, random: &random))
        }
        return documents
    }

    static func document(id: String, group: String, random: inout SeededRandom) -> Document {
        var text = "Headline for \(id)\n\n"
        var sentences: [Sentence] = []
        var entityList: [Entity] = []
        var quotes: [Quote] = []
        var bytes: Int { text.utf8.count }
        for _ in 0..<Int.random(in: 0...5, using: &random) {
            let sentenceStart = bytes
            for _ in 0..<Int.random(in: 0...4, using: &random) {
                text += words.pick(using: &random) + " "
                switch Int.random(in: 0..<4, using: &random) {
                case 0:
                    let entity = entities.pick(using: &random)
                    let start = bytes
                    text += entity.text
                    entityList.append(
                        Entity(span: Span(start, bytes), type: entity.type, rule: entity.type, stage: "entities"))
                    text += " "
                case 1:
                    let amount = money.pick(using: &random)
                    let start = bytes
                    text += amount.text
                    let value =
                        Int.random(in: 0..<5, using: &random) == 0
                        ? nil : EntityValue(amount: amount.amount, unit: amount.unit)
                    entityList.append(
                        Entity(span: Span(start, bytes), type: "MONEY", rule: "MONEY", stage: "entities", value: value))
                    text += " "
                case 2:
                    let start = bytes
                    text += "“"
                    let contentStart = bytes
                    text += (0..<Int.random(in: 1...6, using: &random)).map { _ in words.pick(using: &random) }.joined(
                        separator: " ")
                    let contentEnd = bytes
                    text += "”"
                    let end = bytes
                    let speaker = speakers.pick(using: &random)
                    let compound = compounds.pick(using: &random)
                    let sentiment = compound.map {
                        SentimentScores(
                            neg: 0, neu: 1, pos: 0, compound: $0,
                            label: $0 >= 0.05 ? "positive" : $0 <= -0.05 ? "negative" : "neutral")
                    }
                    quotes.append(
                        Quote(
                            span: Span(start, end), contentSpan: Span(contentStart, contentEnd),
                            kind: speaker == nil ? .scare : .speech, speaker: speaker,
                            cue: speaker == nil ? nil : "said",
                            rule: "q", stage: "quotes", sentiment: sentiment))
                    text += " "
                default:
                    text += "and "
                }
            }
            text += "end."
            sentences.append(Sentence(span: Span(sentenceStart, bytes)))
            text += " "
        }
        var document = Document(id: id, group: group, text: text)
        document.sentences = sentences
        document.entities = entityList
        document.quotes = quotes
        document.tokens = (0..<Int.random(in: 0..<20, using: &random)).map { Token(span: Span($0, $0)) }
        if let compound = compounds.pick(using: &random) {
            document.sentiment = SentimentScores(neg: 0, neu: 1, pos: 0, compound: compound, label: nil)
        }
        return document
    }
}

extension Array {
    /// An element of a table that is never empty, drawn as `randomElement(using:)` draws it (so a seed gives the same
    /// corpus as before), without an optional to unwrap.
    func pick(using random: inout SeededRandom) -> Element { self[Int.random(in: indices, using: &random)] }
}
