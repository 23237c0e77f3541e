import OpenClawCore
package import AsyncHTTPClient
package import NIOCore
import NIOHTTP1

/// OpenAI's Chat Completions API and compatible servers (Ollama, vLLM, LM Studio):
/// `POST {baseUrl}/chat/completions`, with `Authorization: Bearer` only when a key is set.
package struct OpenAICompletionsProvider: ChatProvider {
    /// Creates the provider.
    package init() {}

    package func makeRequest(
        _ request: CompletionRequest,
        model: String,
        endpoint: ProviderEndpoint,
        apiKey: String?
    ) throws -> HTTPClientRequest {
        var messages: [OpenAIWire.Request.Message] = []
        if let system = request.system {
            messages.append(.init(role: "system", content: system))
        }
        messages += request.turns.map { .init(role: $0.role.rawValue, content: $0.content) }
        let body = OpenAIWire.Request(model: model, maxTokens: request.maxTokens, messages: messages)

        var http = HTTPClientRequest(url: URLJoin.join(endpoint.baseURL, "/chat/completions"))
        http.method = .POST
        http.headers.add(name: "content-type", value: "application/json")
        http.headers.add(name: "accept", value: "application/json")
        if let key = try Credential.headerValue(apiKey, provider: endpoint.id) {
            http.headers.add(name: "authorization", value: "Bearer \(key)")
        }
        http.body = .bytes(try WireJSON.encode(body))
        return http
    }

    package func parseReply(_ body: ByteBuffer, for request: CompletionRequest) throws -> ProviderReply {
        let reply = try WireJSON.decode(OpenAIWire.Response.self, from: body)
        guard let choice = reply.choices.first else { throw OpenAIWire.NoChoices() }
        let text = choice.message.content ?? ""
        // OpenAI counts cached tokens inside prompt_tokens; Anthropic (and TokenUsage) keeps
        // them apart, so subtract to avoid billing cached input twice.
        let cached = reply.usage?.promptTokensDetails?.cachedTokens.map(UsageEstimate.clamped)
        let input = reply.usage?.promptTokens.map { max(0, UsageEstimate.clamped($0) - (cached ?? 0)) }
        let usage = UsageEstimate.resolve(
            input: input,
            output: reply.usage?.completionTokens,
            cacheRead: cached,
            request: request,
            reply: text
        )
        return ProviderReply(text: text, usage: usage)
    }
}
