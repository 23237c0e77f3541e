/// One rule that scored a message: its id and its score, never the text it matched, so verdicts
/// can go to the audit log and metrics.
public struct ContentRuleMatch: Sendable, Equatable {
    public var ruleId: String
    public var score: Int

    public init(ruleId: String, score: Int) {
        self.ruleId = ruleId
        self.score = score
    }
}
