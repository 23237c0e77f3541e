/// `contentFilter`: what the input filter looks for in a user's message and what the gateway does
/// with a message that scores over the threshold.
package struct ContentFilterConfig: Sendable, Equatable {
    /// What the gateway does with a message that is over the threshold.
    package enum Action: String, Sendable, CaseIterable {
        /// Not sent to the model; the user gets a neutral reply.
        case block
        /// Sent on, and recorded in the audit log.
        case flag
        /// Sent on; the verdict is only counted.
        case allow
    }

    package var action: Action
    /// A message whose total score is at least this is over. Each built-in rule scores 0 to 100;
    /// 60 is above what one weak cue scores (a lone "ignore", a lone `</s>`) and below one strong one.
    package var threshold: Int
    /// Whole words or phrases, case-insensitive; one hit alone puts a message over the threshold.
    package var blockWords: [String]
    /// Regular expressions run on the message (invisible characters removed, fullwidth letters
    /// folded, case kept: write `(?i)` to ignore case); one hit alone puts a message over. Swift's
    /// regex engine backtracks, so avoid nested quantifiers such as `(a+)+`.
    package var blockPatterns: [String]
    /// Built-in rule ids (`ContentFilter.ruleIds`) that are switched off.
    package var disabledRules: Set<String>

    package init(
        action: Action = .block,
        threshold: Int = 60,
        blockWords: [String] = [],
        blockPatterns: [String] = [],
        disabledRules: Set<String> = []
    ) {
        self.action = action
        self.threshold = threshold
        self.blockWords = blockWords
        self.blockPatterns = blockPatterns
        self.disabledRules = disabledRules
    }

    /// Every built-in rule on, threshold 60, no operator lists, over-threshold messages blocked.
    package static let `default` = ContentFilterConfig()
}
