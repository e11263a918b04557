// Rule `headline-repeat`: headlines quote the story's words in brief (`Firm's plan 'painless'`) and the body says who
// said them.

extension DocState {
    /// `headline-repeat`: a headline quote with no speaker takes the speaker of the first body quote with the same
    /// words (case-insensitive, whitespace collapsed), and is speech. Giving it the story's first speaker when the
    /// words are not repeated was measured and dropped: right and wrong about equally often.
    ///
    /// Linear in the quotes: the body's attributed quotes are keyed by their words once, and only when the headline
    /// has an unattributed quote.
    func attributeHeadlineQuotes(_ results: inout [ExtractedQuote], quoteIndices: [Int]) {
        let headline = results.indices.filter {
            quotes[quoteIndices[$0]].para == 0 && results[$0].speaker == nil && !results[$0].nested
        }
        guard !headline.isEmpty else { return }
        var firstByWords: [String: Int] = [:]
        for r in results.indices
        where quotes[quoteIndices[r]].para > 0 && results[r].speaker != nil && !results[r].nested {
            let words = text(results[r].content).lowercased()
            if firstByWords[words] == nil { firstByWords[words] = r }
        }
        for r in headline {
            guard let from = firstByWords[text(results[r].content).lowercased()] else { continue }
            results[r].speaker = results[from].speaker
            results[r].speakerRange = results[from].speakerRange
            results[r].mentionRange = results[from].mentionRange
            results[r].kind = .speech
            results[r].rule = AttributionRule.headlineRepeat.rawValue
        }
    }
}
