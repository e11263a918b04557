/// `--max-failures`: stop the run once more than this many documents were skipped or failed.
public enum FailureLimit: Sendable, Equatable {
    /// An absolute number of documents.
    case count(Int)
    /// A percentage of the documents seen so far (checked once at least 20 documents were seen).
    case percent(Double)

    /// Parses `N` or `P%`.
    public init?(_ text: String) {
        if text.hasSuffix("%") {
            guard let value = Double(text.dropLast()), value >= 0, value <= 100 else { return nil }
            self = .percent(value)
        } else {
            guard let value = Int(text), value >= 0 else { return nil }
            self = .count(value)
        }
    }

    /// Whether `bad` bad documents out of `seen` exceed the limit.
    public func isExceeded(bad: Int, seen: Int) -> Bool {
        switch self {
        case .count(let limit): return bad > limit
        case .percent(let percent): return seen >= 20 && Double(bad) * 100 > percent * Double(seen)
        }
    }
}
