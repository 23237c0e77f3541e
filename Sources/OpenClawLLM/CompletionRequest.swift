package import OpenClawCore

/// What to ask a model: an optional system prompt, the conversation so far, and a reply budget.
package struct CompletionRequest: Sendable, Equatable {
    /// Instructions placed where the wire API expects them (Anthropic `system`, OpenAI first message).
    package var system: String?
    /// The conversation, oldest first; the last turn is normally the user's.
    package var turns: [ChatTurn]
    /// Upper bound on reply tokens.
    package var maxTokens: Int

    /// Creates a request.
    package init(system: String? = nil, turns: [ChatTurn], maxTokens: Int) {
        self.system = system
        self.turns = turns
        self.maxTokens = maxTokens
    }
}
