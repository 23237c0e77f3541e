/// The parts of OpenAI's Chat Completions JSON we send and read.
enum OpenAIWire {
    struct Request: Encodable {
        struct Message: Encodable {
            var role: String
            var content: String
        }
        var model: String
        // `max_tokens`, not `max_completion_tokens`: Ollama, vLLM and LM Studio read only this one.
        var maxTokens: Int
        var messages: [Message]

        enum CodingKeys: String, CodingKey {
            case model, messages
            case maxTokens = "max_tokens"
        }
    }

    struct Response: Decodable {
        struct Choice: Decodable {
            struct Message: Decodable {
                var content: String?
            }
            var message: Message
        }
        struct Usage: Decodable {
            struct PromptDetails: Decodable {
                var cachedTokens: Int?
                enum CodingKeys: String, CodingKey {
                    case cachedTokens = "cached_tokens"
                }
            }
            var promptTokens: Int?
            var completionTokens: Int?
            var promptTokensDetails: PromptDetails?

            enum CodingKeys: String, CodingKey {
                case promptTokens = "prompt_tokens"
                case completionTokens = "completion_tokens"
                case promptTokensDetails = "prompt_tokens_details"
            }
        }
        var choices: [Choice]
        var usage: Usage?
    }

    /// A 2xx reply without any choice.
    struct NoChoices: Error {}
}
