import Foundation
public import TextMineCore

/// Flesch reading ease, Flesch–Kincaid grade, average sentence length and average syllables per word, as document
/// `features` (a bundled stage plugin).
///
/// - A *word* is a token that contains a letter (punctuation and bare numbers are not words).
/// - A *sentence* is a sentence span that contains at least one word; a text with words but no sentence span counts
///   as one sentence.
/// - Reading ease = 206.835 − 1.015 × (words / sentences) − 84.6 × (syllables / words) (Flesch, 1948);
///   grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59 (Kincaid et al., 1975).
/// - Syllables are estimated by ``Syllables/count(_:)``, a heuristic for English.
///
/// A document without words gets no readability features.
public struct ReadabilityStage: Stage {
    /// `readability` reads tokens and sentences and writes document features, not a layer.
    public static let descriptor = StageDescriptor(
        name: "readability",
        summary: "Flesch reading ease, Flesch–Kincaid grade, words per sentence and syllables per word (features)",
        consumes: [.tokens, .sentences],
        produces: [],
        options: [
            OptionDescriptor("decimals", .integer, default: "2", "decimal places of the features"),
            OptionDescriptor("grade", .boolean, default: "true", "also write flesch_kincaid_grade"),
        ],
        example: "- readability: {decimals: 1}")

    /// The `readability` stage's options.
    public struct Options: StageOptions {
        var decimals: Located<Int> = Located(2)
        var grade = true

        enum CodingKeys: String, CodingKey { case decimals, grade }

        /// The defaults.
        public init() {}

        /// Decodes the options; every key is optional.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            decimals = try container.decode(Located<Int>.self, forKey: .decimals, default: decimals)
            grade = try container.decode(Bool.self, forKey: .grade, default: true)
        }
    }

    /// The feature names this stage writes.
    public enum Feature {
        /// Flesch reading ease (higher is easier; 60–70 is plain English).
        public static let readingEase = "reading_ease"
        /// Flesch–Kincaid grade level.
        public static let grade = "flesch_kincaid_grade"
        /// Words per sentence.
        public static let averageSentenceLength = "avg_sentence_length"
        /// Syllables per word.
        public static let averageSyllables = "avg_syllables_per_word"
    }

    let scale: Double
    let writesGrade: Bool

    /// Keeps the rounding scale (10^`decimals`) and whether to write the grade.
    ///
    /// - Throws: ``ConfigError`` at `decimals` when it is outside 0…10.
    public init(options: Options, context: StageContext) throws {
        guard (0...10).contains(options.decimals.value) else {
            throw ConfigError([
                options.decimals.error("'decimals' must be between 0 and 10, found \(options.decimals.value)")
            ])
        }
        scale = pow(10, Double(options.decimals.value))
        writesGrade = options.grade
    }

    /// Word, sentence and syllable counts of a document.
    public struct Counts: Equatable, Sendable {
        /// Tokens that contain a letter.
        public var words = 0
        /// Sentences that contain a word (at least 1 when there are words).
        public var sentences = 0
        /// Estimated syllables of the words.
        public var syllables = 0
    }

    /// Counts the words, sentences and syllables of a document.
    public static func counts(_ document: Document) -> Counts {
        var counts = Counts()
        var sentenceIndex = 0
        var lastSentenceWithWord = -1
        let sentences = document.sentences
        for token in document.tokens {
            let text = document[token.span]
            guard text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { continue }
            counts.words += 1
            counts.syllables += Syllables.count(text)
            while sentenceIndex < sentences.count, sentences[sentenceIndex].span.end <= token.span.start {
                sentenceIndex += 1
            }
            if sentenceIndex < sentences.count, sentences[sentenceIndex].span.start <= token.span.start,
                sentenceIndex != lastSentenceWithWord
            {
                counts.sentences += 1
                lastSentenceWithWord = sentenceIndex
            }
        }
        if counts.words > 0 { counts.sentences = max(counts.sentences, 1) }
        return counts
    }

    /// Writes the document's readability features from its word, sentence and syllable counts; none without words.
    public func process(_ document: inout Document) throws {
        let counts = Self.counts(document)
        guard counts.words > 0 else { return }
        let wordsPerSentence = Double(counts.words) / Double(counts.sentences)
        let syllablesPerWord = Double(counts.syllables) / Double(counts.words)
        document.features[Feature.readingEase] = round(206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord)
        if writesGrade {
            document.features[Feature.grade] = round(0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59)
        }
        document.features[Feature.averageSentenceLength] = round(wordsPerSentence)
        document.features[Feature.averageSyllables] = round(syllablesPerWord)
    }

    private func round(_ value: Double) -> JSONValue { .double((value * scale).rounded() / scale) }
}

/// An English syllable estimate from spelling, the usual heuristic of readability tools (no dictionary):
///
/// 1. Letters are lowercased and accents removed (`é` → `e`); the vowels are `a e i o u y`, except `y` as the first
///    letter (`yes`). A word with no Latin letter counts as one syllable.
/// 2. Each run of consecutive vowels is one syllable (`beau-ti-ful` → 3).
/// 3. A final silent `e` after a consonant is not a syllable (`make` → 1), except in consonant + `le` (`ta-ble` → 2)
///    and when it is written `é` (`café` → 2).
/// 4. A final `es` or `ed` after a consonant is not a syllable (`makes`, `jumped` → 1), except `ed` after `t`/`d`
///    (`wan-ted`) and `es` after `s x z c g h` (`box-es`, `wish-es`).
/// 5. Every word has at least one syllable.
///
/// Known misses: vowel pairs spoken as two syllables (`me-di-a` → 2), `-ism`, and loanwords.
public enum Syllables {
    /// The estimated number of syllables of one word.
    public static func count(_ word: String) -> Int {
        let lowered = word.lowercased()
        let folded = lowered.folding(options: .diacriticInsensitive, locale: nil)
        let letters = Array(folded.unicodeScalars.filter { ("a"..."z").contains($0) })
        guard !letters.isEmpty else { return 1 }
        func isVowel(_ index: Int) -> Bool {
            let letter = letters[index]
            if letter == "y" { return index > 0 }
            return "aeiou".unicodeScalars.contains(letter)
        }
        var groups = 0
        var previousVowel = false
        for index in letters.indices {
            let vowel = isVowel(index)
            if vowel && !previousVowel { groups += 1 }
            previousVowel = vowel
        }
        let count = letters.count
        let lastIsPlainE = lowered.unicodeScalars.last == "e"
        if groups > 1, count >= 2, lastIsPlainE, !isVowel(count - 2) {
            let consonantLe = count >= 3 && letters[count - 2] == "l" && !isVowel(count - 3)
            if !consonantLe { groups -= 1 }
        } else if groups > 1, count >= 3, letters[count - 2] == "e", !isVowel(count - 3) {
            let before = letters[count - 3]
            switch letters[count - 1] {
            case "d" where before != "t" && before != "d": groups -= 1
            case "s" where !"sxzcgh".unicodeScalars.contains(before): groups -= 1
            default: break
            }
        }
        return max(1, groups)
    }
}
