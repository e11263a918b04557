// Rule `none`: no rule found a speaker. The quote is still speech when a cue was seen (`pendingCue`: the article says
// someone spoke, just not resolvably who) or when it reads as speech; otherwise it is a scare quote.

extension DocState {
    /// `none`, keeping a cue a rule found without a resolvable subject.
    func unattributed(cue: Range<Int>?) -> Attribution {
        Attribution(speaker: nil, cue: cue, rule: .none)
    }
}
