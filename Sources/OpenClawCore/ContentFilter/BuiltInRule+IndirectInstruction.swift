extension BuiltInRule {
    /// Instructions planted in a document, email, page or review for the model that reads it:
    /// words addressed to "the AI reading this" next to a demand, data-boundary markers such as
    /// "-- CORE INSTRUCTION" or "ignore the rest of this data", and markdown images whose address
    /// carries a slot for the conversation (`![x](https://host/?q={history})`), which leak it
    /// when a client renders the reply. Words such as "the assistant must" or "AI agents" count
    /// only inside a document: quoted, below the first line, or in forwarded or quoted text
    /// (`InspectedText.isUntrusted`). "Which AI assistant is best?" scores nothing.
    static let indirectInstruction = BuiltInRule(
        id: "injection.indirect_instruction",
        vocabulary: [
            .addressedToModel: [
                "ai assistant reading this", "assistant reading this", "ai reading this", "ai models reading this",
                "model reading this", "llm reading this", "agent reading this", "ai agents reading this", "bots reading this",
                "if you are an ai", "if you are a language model", "if you are an llm", "if an ai reads this",
                "when an ai reads this", "note to the ai", "note for the ai", "note to any ai", "note for any ai",
                "note to llm", "note to the llm", "note for llm", "to the ai assistant", "instructions for the assistant",
                "instruction for the language model", "instructions for the language model", "instructions for the ai",
                "important instruction for the ai", "when you process this", "when you summarize this",
                "when you summarise this", "when you read this",
            ],
            .addressedToModelWeak: [
                "the assistant must", "the assistant should", "the assistant is now", "assistant instructions", "ai agents",
                "ai agent", "ai reviewer", "ai reviewers", "ai screening", "any ai", "automated assistant", "hey ai",
                "dear ai", "ai bot", "to the ai", "language model", "llm", "ai model", "ai models", "assistant", "ai",
            ],
            .dataBoundary: [
                "core instruction", "ignore the rest of this data", "ignore the rest of this", "ignore the rest of the data",
                "disregard the rest of", "end of document", "end of data", "end of email", "end of article",
                "begin new instructions", "system override", "hidden instruction", "ignore the article", "ignore the document",
                "ignore the email", "ignore the page", "ignore this document", "ignore this email", "ignore the text above",
            ],
            .hijackDemand: [
                "instead", "do not mention", "dont mention", "do not tell", "dont tell", "without telling", "forward",
                "send", "append", "approve", "delete", "cancel", "reply only with", "reply with", "output", "must",
                "stop", "insert", "include", "rate this", "recommend", "tell the user", "tell the reader", "ask the user",
                "disregard", "ignore", "reveal", "print", "do not summarize", "do not summarise", "dont summarize",
                "do it now", "click", "visit", "forget", "post",
            ],
        ],
        score: { text in
            let cues = text.cues
            var score = 0
            if cues.has(.dataBoundary) { score += cues.has(.dataBoundary, near: .hijackDemand, within: 15) ? 65 : 35 }
            let inDocument = cues.hits(.addressedToModelWeak).contains { hit in
                text.isUntrusted || text.words[hit.lowerBound].isQuoted || text.words[hit.lowerBound].line > 0
            }
            if cues.has(.addressedToModel, near: .hijackDemand, within: 12) {
                score += 65
            } else if inDocument, cues.has(.addressedToModelWeak, near: .hijackDemand, within: 8) {
                score += 60
            } else if cues.has(.addressedToModel) {
                score += 10
            }
            if MarkdownImage.leaksData(in: text.folded) { score += 75 }
            return min(score, 100)
        }
    )
}
