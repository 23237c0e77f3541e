/// One request the simulator received, as the model server saw it.
package struct SimulatedRequest: Sendable, Equatable {
    /// Which wire API the request came in on.
    package enum API: String, Sendable {
        case anthropicMessages = "anthropic-messages"
        case openAICompletions = "openai-completions"
    }

    /// One message as sent; OpenAI requests keep their `system` messages here.
    package struct Turn: Sendable, Equatable {
        package var role: String
        package var content: String

        /// Creates a turn.
        package init(role: String, content: String) {
            self.role = role
            self.content = content
        }
    }

    package var api: API
    package var path: String
    package var model: String
    /// Anthropic's top-level `system` field; always nil for OpenAI, whose system prompt is a turn.
    package var system: String?
    package var turns: [Turn]
    /// `max_tokens` (or OpenAI's `max_completion_tokens`).
    package var maxTokens: Int?
    /// The `x-api-key` header.
    package var xAPIKey: String?
    /// The token of an `Authorization: Bearer` header.
    package var bearerToken: String?
    /// The `anthropic-version` header.
    package var anthropicVersion: String?

    /// The key the client presented, whichever header carried it.
    package var presentedKey: String? { xAPIKey ?? bearerToken }

    /// The content of the last `user` turn.
    package var lastUserMessage: String? { turns.last { $0.role == "user" }?.content }

    /// Characters of everything that counts as prompt: system and every turn.
    package var promptCharacters: Int {
        (system?.count ?? 0) + turns.reduce(0) { $0 + $1.content.count }
    }
}
