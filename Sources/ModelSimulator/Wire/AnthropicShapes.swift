/// Anthropic Messages JSON as the simulator reads and writes it.
enum AnthropicShapes {
    struct Request: Decodable {
        struct Message: Decodable {
            var role: String
            var content: FlexibleText
        }
        var model: String
        var maxTokens: Int
        var system: FlexibleText?
        var messages: [Message]

        enum CodingKeys: String, CodingKey {
            case model, system, messages
            case maxTokens = "max_tokens"
        }
    }

    struct Response: Encodable {
        struct Block: Encodable {
            var type = "text"
            var text: String
        }
        struct Usage: Encodable {
            var inputTokens: Int
            var outputTokens: Int
            var cacheReadInputTokens: Int
            var cacheCreationInputTokens: Int

            enum CodingKeys: String, CodingKey {
                case inputTokens = "input_tokens"
                case outputTokens = "output_tokens"
                case cacheReadInputTokens = "cache_read_input_tokens"
                case cacheCreationInputTokens = "cache_creation_input_tokens"
            }
        }
        var id: String
        var type = "message"
        var role = "assistant"
        var model: String
        var content: [Block]
        var stopReason = "end_turn"
        var usage: Usage?

        enum CodingKeys: String, CodingKey {
            case id, type, role, model, content, usage
            case stopReason = "stop_reason"
        }
    }

    struct ErrorBody: Encodable {
        struct Inner: Encodable {
            var type: String
            var message: String
        }
        var type = "error"
        var error: Inner
    }

    static func errorType(status: Int) -> String {
        switch status {
        case 400: "invalid_request_error"
        case 401: "authentication_error"
        case 403: "permission_error"
        case 404: "not_found_error"
        case 413: "request_too_large"
        case 429: "rate_limit_error"
        case 529: "overloaded_error"
        default: "api_error"
        }
    }
}
