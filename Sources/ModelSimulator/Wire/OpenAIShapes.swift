/// OpenAI Chat Completions JSON as the simulator reads and writes it.
enum OpenAIShapes {
    struct Request: Decodable {
        struct Message: Decodable {
            var role: String
            var content: FlexibleText?
        }
        var model: String
        var maxTokens: Int?
        var maxCompletionTokens: Int?
        var messages: [Message]

        enum CodingKeys: String, CodingKey {
            case model, messages
            case maxTokens = "max_tokens"
            case maxCompletionTokens = "max_completion_tokens"
        }
    }

    struct Response: Encodable {
        struct Choice: Encodable {
            struct Message: Encodable {
                var role = "assistant"
                var content: String
            }
            var index = 0
            var message: Message
            var finishReason = "stop"

            enum CodingKeys: String, CodingKey {
                case index, message
                case finishReason = "finish_reason"
            }
        }
        struct Usage: Encodable {
            struct PromptDetails: Encodable {
                var cachedTokens: Int
                enum CodingKeys: String, CodingKey {
                    case cachedTokens = "cached_tokens"
                }
            }
            var promptTokens: Int
            var completionTokens: Int
            var totalTokens: Int
            var promptTokensDetails: PromptDetails

            enum CodingKeys: String, CodingKey {
                case promptTokens = "prompt_tokens"
                case completionTokens = "completion_tokens"
                case totalTokens = "total_tokens"
                case promptTokensDetails = "prompt_tokens_details"
            }
        }
        var id: String
        var object = "chat.completion"
        var created = 0
        var model: String
        var choices: [Choice]
        var usage: Usage?
    }

    struct ErrorBody: Encodable {
        struct Inner: Encodable {
            var message: String
            var type: String
            var code: String?
        }
        var error: Inner
    }

    static func errorType(status: Int) -> String {
        switch status {
        case 400, 404: "invalid_request_error"
        case 401: "authentication_error"
        case 403: "permission_denied"
        case 429: "rate_limit_exceeded"
        default: "server_error"
        }
    }
}
