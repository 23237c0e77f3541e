extension BuiltInRule {
    /// Chat-template control tokens (`<|im_start|>`, `</s>`, `[INST]`, `<<SYS>>`…) and `### System:`
    /// headers, which a local model may read as the start of a new turn with more authority.
    /// A token used as structure (at a line's edge, next to another token, or before a role name)
    /// scores high; one mentioned in a sentence ("why does my model print </s>?") scores low, and
    /// one in backticks or quotes lower still.
    static let chatTemplateTokens = BuiltInRule(
        id: "injection.chat_template_tokens",
        vocabulary: [:],
        score: { text in
            var mentioned = Set<String>()
            var quoted = false
            for occurrence in TemplateTokenScan.occurrences(in: text.folded) {
                switch occurrence.use {
                case .structure: return 75
                case .inSentence: mentioned.insert(occurrence.token)
                case .quoted: quoted = true
                }
            }
            if text.lines.contains(where: TemplateTokenScan.isRoleHeader) { return 75 }
            if !mentioned.isEmpty { return min(25 * mentioned.count, 50) }
            return quoted ? 10 : 0
        }
    )
}
