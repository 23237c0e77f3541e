/// What the content filter found in one message.
package struct ContentVerdict: Sendable, Equatable {
    /// The sum of the matches' scores.
    package var score: Int
    /// The rules that scored, in `ContentFilter.ruleIds` order, then the operator's lists.
    package var matches: [ContentRuleMatch]
    /// Whether `score` reached the configured threshold.
    package var isOver: Bool
    /// For a message over the threshold, the decodings that uncovered what scored: an encoding
    /// whose decoded text scored over the threshold by itself, or a disguise the tokenizer undid.
    package var revealedBy: [TextDecoding]

    package init(score: Int, matches: [ContentRuleMatch], isOver: Bool, revealedBy: [TextDecoding] = []) {
        self.score = score
        self.matches = matches
        self.isOver = isOver
        self.revealedBy = revealedBy
    }
}
