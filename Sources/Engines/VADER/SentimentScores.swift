/// VADER sentiment scores for one text, as vaderSentiment 3.3.2's
/// `polarity_scores` returns them.
///
/// `negative`, `neutral` and `positive` are the proportions of the text's
/// sentiment mass and are rounded to 3 decimals; `compound` is the normalised,
/// weighted sum of all valences in [-1, 1], rounded to 4 decimals (Python
/// `round` semantics: correctly rounded, ties to even).
public struct SentimentScores: Sendable, Equatable {
    /// Proportion of negative sentiment (0...1, 3 decimals). Python key `neg`.
    public var negative: Double
    /// Proportion of neutral tokens (0...1, 3 decimals). Python key `neu`.
    public var neutral: Double
    /// Proportion of positive sentiment (0...1, 3 decimals). Python key `pos`.
    public var positive: Double
    /// Normalised sum of valences in [-1, 1] (4 decimals). Python key `compound`.
    public var compound: Double

    /// Creates a score value.
    public init(negative: Double, neutral: Double, positive: Double, compound: Double) {
        self.negative = negative
        self.neutral = neutral
        self.positive = positive
        self.compound = compound
    }

    /// All-zero scores: what VADER returns for a text without tokens.
    public static let zero = SentimentScores(negative: 0, neutral: 0, positive: 0, compound: 0)

    /// Conventional VADER label for a compound score.
    public enum Label: String, Sendable, Equatable {
        /// `compound >= 0.05`
        case positive
        /// `-0.05 < compound < 0.05`
        case neutral
        /// `compound <= -0.05`
        case negative
    }

    /// Conventional label: positive when `compound >= 0.05`, negative when
    /// `compound <= -0.05`, otherwise neutral.
    public var label: Label {
        if compound >= 0.05 { return .positive }
        if compound <= -0.05 { return .negative }
        return .neutral
    }
}
