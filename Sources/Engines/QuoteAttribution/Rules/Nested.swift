// Rule `nested`: a quote inside another quote (`"He told me 'never again'," she said`) is the outer speaker quoting
// someone; the engine does not guess who, it only says whether the inner words read as speech.

extension DocState {
    /// `nested`: no speaker; speech when the inner quote reads as speech (`looksLikeSpeech`), else scare.
    func classifyNested(_ q: RawQuote, _ eq: inout ExtractedQuote) {
        eq.rule = AttributionRule.nested.rawValue
        eq.kind = looksLikeSpeech(q) ? .speech : .scare
    }
}
