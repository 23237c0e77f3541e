/// A heuristic that scores one kind of prompt injection from 0 to 100.
struct BuiltInRule: Sendable {
    let id: String
    /// The phrases this rule's cues stand for (merged into one lexicon for all rules).
    let vocabulary: [Cue: [String]]
    let score: @Sendable (InspectedText) -> Int

    /// Every built-in rule, in the order verdicts list them.
    static let all: [BuiltInRule] = [
        .ignoreInstructions, .systemPromptExfiltration, .roleplayJailbreak, .chatTemplateTokens,
        .fakeSystemMessage, .encodingEvasion, .authorityClaim, .indirectInstruction, .learnedModel,
    ]

    /// The cues of every rule and the shared ones, read in one pass.
    static let lexicon = CueLexicon(
        ([Cue.languageVocabulary, Cue.europeanLanguageVocabulary, Cue.worldLanguageVocabulary] + all.map(\.vocabulary))
            .reduce(Cue.sharedVocabulary) { merged, next in merged.merging(next) { $0 + $1 } }
    )
}
