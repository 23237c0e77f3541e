/// What the content filter found in one message.
public struct ContentVerdict: Sendable, Equatable {
    /// The sum of the matches' scores.
    public var score: Int
    /// The rules that scored, in `ContentFilter.ruleIds` order, then the operator's lists.
    public var matches: [ContentRuleMatch]
    /// Whether `score` reached the configured threshold.
    public var isOver: Bool
    /// For a message over the threshold, the decodings that uncovered what scored: an encoding
    /// whose decoded text scored over the threshold by itself, or a disguise the tokenizer undid.
    public var revealedBy: [TextDecoding]

    public init(score: Int, matches: [ContentRuleMatch], isOver: Bool, revealedBy: [TextDecoding] = []) {
        self.score = score
        self.matches = matches
        self.isOver = isOver
        self.revealedBy = revealedBy
    }
}
