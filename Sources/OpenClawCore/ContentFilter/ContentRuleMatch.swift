/// One rule that scored a message: its id and its score, never the text it matched, so verdicts
/// can go to the audit log and metrics.
package struct ContentRuleMatch: Sendable, Equatable {
    package var ruleId: String
    package var score: Int

    package init(ruleId: String, score: Int) {
        self.ruleId = ruleId
        self.score = score
    }
}
