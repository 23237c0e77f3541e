extension BuiltInRule {
    /// The learned model (`InjectionModel`): character n-grams and words weighed by a logistic
    /// regression trained on public jailbreaks and injections and on harmless messages. It reads
    /// what the phrase rules cannot list: long role-play jailbreaks, paraphrases, new personas.
    /// Its logit maps to 0…100 so that, alone, it puts over the default threshold only messages
    /// it is sure of (`overThresholdLogit`), and below that it adds to what the other rules found.
    static let learnedModel = BuiltInRule(
        id: "injection.learned_model",
        vocabulary: [:],
        score: { text in
            let logit = InjectionModel.shared.logit(folded: text.folded)
            guard logit > 0 else { return 0 }
            return min(100, Int((logit * 60 / InjectionModel.overThresholdLogit).rounded()))
        }
    )
}
