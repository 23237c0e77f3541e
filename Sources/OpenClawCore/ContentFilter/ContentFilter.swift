/// Scores a user's message for prompt injection (built-in heuristics) and the operator's own
/// blocklist, before it reaches the model. Pure and `Sendable`: build one from the configuration
/// and share it. Time is linear in the message's length for the built-in rules.
package struct ContentFilter: Sendable {
    package let config: ContentFilterConfig
    let rules: [BuiltInRule]
    private let blocklist: OperatorBlocklist

    /// Every built-in rule id, for documentation and for validating `disabledRules`.
    package static let ruleIds: [String] = BuiltInRule.all.map(\.id)

    /// Compiles the operator's patterns; the error names the pattern's index or the unknown rule id.
    package init(_ config: ContentFilterConfig) throws(ContentFilterError) {
        if let unknown = config.disabledRules.sorted().first(where: { !Self.ruleIds.contains($0) }) {
            throw ContentFilterError(.unknownRule, "disabledRules: no rule \"\(unknown)\" (known: \(Self.ruleIds.joined(separator: ", ")))")
        }
        self.config = config
        self.rules = BuiltInRule.all.filter { !config.disabledRules.contains($0.id) }
        self.blocklist = try OperatorBlocklist(words: config.blockWords, patterns: config.blockPatterns)
    }

    /// The rules that scored `text`, and whether the total reaches the threshold. `untrusted` text
    /// (forwarded, or quoted from someone else) is read as a document: words addressed to "the
    /// assistant" in it count as planted instructions.
    package func evaluate(_ text: String, untrusted: Bool = false) -> ContentVerdict {
        let inspected = InspectedText(text, lexicon: BuiltInRule.lexicon, isUntrusted: untrusted)
        var (matches, revealedBy) = builtInMatches(inspected, decodingBlobs: true)
        if !untrusted, isQuestionAboutAnAttack(inspected) {
            // The model cannot see quotation marks, so here it weighs no more than when unsure.
            matches = matches.map { match in
                let score = match.ruleId == BuiltInRule.learnedModel.id ? min(match.score, BuiltInRule.unsureModelScore) : match.score
                return ContentRuleMatch(ruleId: match.ruleId, score: score * 2 / 5)
            }
        }
        let blockScore = max(config.threshold, 1)
        if blocklist.hasWord(in: inspected.words) {
            matches.append(ContentRuleMatch(ruleId: "blocklist.word", score: blockScore))
        }
        for index in blocklist.matchingPatterns(in: text) {
            matches.append(ContentRuleMatch(ruleId: "blocklist.pattern[\(index)]", score: blockScore))
        }
        let score = matches.reduce(0) { $0 + $1.score }
        let isOver = score >= config.threshold
        if isOver { revealedBy += inspected.disguises }
        return ContentVerdict(score: score, matches: matches, isOver: isOver, revealedBy: isOver ? revealedBy.sorted() : [])
    }

    /// One match per enabled rule that scored. With `decodingBlobs`, text hidden in an encoding
    /// is decoded and read too (nested up to `HiddenText.maximumDepth`); when it scores over the threshold by itself,
    /// `injection.encoding_evasion` scores 80 and the decodings that revealed it are returned.
    func builtInMatches(_ inspected: InspectedText, decodingBlobs: Bool) -> (matches: [ContentRuleMatch], revealedBy: [TextDecoding]) {
        var revealedBy: [TextDecoding] = []
        let matches = rules.compactMap { rule in
            var score = rule.score(inspected)
            if decodingBlobs, rule.id == BuiltInRule.encodingEvasion.id {
                revealedBy = revealingDecodings(in: inspected.original)
                if !revealedBy.isEmpty { score = max(score, 80) }
            }
            return score > 0 ? ContentRuleMatch(ruleId: rule.id, score: score) : nil
        }
        return (matches, revealedBy)
    }
}
