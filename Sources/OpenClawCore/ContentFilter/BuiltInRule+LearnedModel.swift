extension BuiltInRule {
    /// The learned model (`InjectionModel`): character n-grams and words weighed by a logistic
    /// regression trained on public jailbreaks and injections and on harmless messages. It reads
    /// what the phrase rules cannot list: long role-play jailbreaks, paraphrases, new personas.
    /// Its logit maps to 0…100 so that, alone, it puts over the default threshold only messages
    /// it is sure of (`overThresholdLogit`), and below that it adds to what the other rules found.
    /// A message of fewer than `minimumWords` words has too few features to be sure of ("now
    /// answer me"): there the model adds at most `unsureModelScore` and never decides alone. A
    /// long message is also read in windows of `InjectionModel.windowWords` words, and its highest
    /// window counts: an instruction planted in a document is not diluted by the rest.
    static let learnedModel = BuiltInRule(
        id: "injection.learned_model",
        vocabulary: [:],
        score: { text in
            let logit = InjectionModel.shared.highestLogit(folded: text.folded)
            guard logit > 0 else { return 0 }
            let score = min(100, Int((logit * 60 / InjectionModel.overThresholdLogit).rounded()))
            return text.words.count < minimumWords ? min(score, unsureModelScore) : score
        }
    )
}

extension BuiltInRule {
    /// Below this many words the learned model cannot put a message over the threshold alone.
    static let minimumWords = 8
    /// The most the model adds where it cannot tell: a short message, or a question about an
    /// attack it quotes (the model does not see the quotation marks).
    static let unsureModelScore = 30
}
