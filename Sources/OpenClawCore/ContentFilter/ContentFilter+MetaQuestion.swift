extension ContentFilter {
    /// Whether the message quotes an attack in order to ask about it: every attack phrase is inside
    /// quotation marks, and outside them the message talks about attacks ("a user typed …, how do
    /// we harden the bot?", "what does 'do anything now' mean?"). Such a message keeps two fifths of
    /// its score. Text to summarise or translate is not a question about an attack, so an
    /// injection quoted inside it keeps its full score.
    func isQuestionAboutAnAttack(_ text: InspectedText) -> Bool {
        let cues = text.cues
        let frames = cues.hits(.metaFrame)
        guard frames.contains(where: { !text.words[$0.lowerBound].isQuoted }) else { return false }
        var quotedAttackWords = 0
        for cue in ContentFilter.attackCues {
            for hit in cues.hits(cue) where !frames.contains(where: { $0.overlaps(hit) }) {
                if text.words[hit.lowerBound].isQuoted {
                    quotedAttackWords += 1
                } else if !ContentFilter.mentionOnlyCues.contains(cue) || isOwnedByTheModel(hit, in: text) {
                    return false
                }
            }
        }
        return quotedAttackWords > 0
    }

    /// "your system prompt" is the model's; "a system prompt", "our prompt" are mentions.
    private func isOwnedByTheModel(_ hit: Range<Int>, in text: InspectedText) -> Bool {
        hit.lowerBound > 0 && text.cues.has(.secondPerson, startingIn: max(0, hit.lowerBound - 3)...(hit.lowerBound - 1))
    }

    /// The cues that make a message an attack rather than talk about one.
    static let attackCues: [Cue] = [
        .overrideVerb, .overrideAfter, .hiddenPrompt, .secretPrompt, .priorText, .jailbreakName, .unrestricted,
        .identityShift, .newInstructions, .authorityClaim, .complianceDemand, .contextReset, .dataBoundary, .addressedToModel,
        .addressedToModelWeak,
    ]

    /// Attack cues that, outside quotation marks, are mentions unless "you" own them: "a system
    /// prompt", "the assistant", "language model".
    static let mentionOnlyCues: Set<Cue> = [.hiddenPrompt, .secretPrompt, .addressedToModelWeak]
}
