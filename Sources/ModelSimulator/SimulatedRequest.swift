/// One request the simulator received, as the model server saw it.
public struct SimulatedRequest: Sendable, Equatable {
    /// Which wire API the request came in on.
    public enum API: String, Sendable {
        case anthropicMessages = "anthropic-messages"
        case openAICompletions = "openai-completions"
    }

    /// One message as sent; OpenAI requests keep their `system` messages here.
    public struct Turn: Sendable, Equatable {
        public var role: String
        public var content: String

        /// Creates a turn.
        public init(role: String, content: String) {
            self.role = role
            self.content = content
        }
    }

    public var api: API
    public var path: String
    public var model: String
    /// Anthropic's top-level `system` field; always nil for OpenAI, whose system prompt is a turn.
    public var system: String?
    public var turns: [Turn]
    /// `max_tokens` (or OpenAI's `max_completion_tokens`).
    public var maxTokens: Int?
    /// The `x-api-key` header.
    public var xAPIKey: String?
    /// The token of an `Authorization: Bearer` header.
    public var bearerToken: String?
    /// The `anthropic-version` header.
    public var anthropicVersion: String?

    /// The key the client presented, whichever header carried it.
    public var presentedKey: String? { xAPIKey ?? bearerToken }

    /// The content of the last `user` turn.
    public var lastUserMessage: String? { turns.last { $0.role == "user" }?.content }

    /// Characters of everything that counts as prompt: system and every turn.
    public var promptCharacters: Int {
        (system?.count ?? 0) + turns.reduce(0) { $0 + $1.content.count }
    }
}
