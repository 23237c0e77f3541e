import OpenClawCore
package import AsyncHTTPClient
package import NIOCore
import NIOHTTP1

/// Anthropic's Messages API: `POST {baseUrl}/v1/messages` with `x-api-key` and `anthropic-version`.
package struct AnthropicMessagesProvider: ChatProvider {
    /// The API version header value this client was written against.
    package static let apiVersion = "2023-06-01"

    /// Creates the provider.
    package init() {}

    package func makeRequest(
        _ request: CompletionRequest,
        model: String,
        endpoint: ProviderEndpoint,
        apiKey: String?
    ) throws -> HTTPClientRequest {
        let body = AnthropicWire.Request(
            model: model,
            maxTokens: request.maxTokens,
            system: request.system,
            messages: request.turns.map { .init(role: $0.role.rawValue, content: $0.content) }
        )
        var http = HTTPClientRequest(url: URLJoin.join(endpoint.baseURL, "/v1/messages"))
        http.method = .POST
        http.headers.add(name: "content-type", value: "application/json")
        http.headers.add(name: "accept", value: "application/json")
        http.headers.add(name: "anthropic-version", value: Self.apiVersion)
        if let key = try Credential.headerValue(apiKey, provider: endpoint.id) {
            http.headers.add(name: "x-api-key", value: key)
        }
        http.body = .bytes(try WireJSON.encode(body))
        return http
    }

    package func parseReply(_ body: ByteBuffer, for request: CompletionRequest) throws -> ProviderReply {
        let reply = try WireJSON.decode(AnthropicWire.Response.self, from: body)
        let text = reply.content.compactMap { $0.type == "text" ? $0.text : nil }.joined()
        let usage = UsageEstimate.resolve(
            input: reply.usage?.inputTokens,
            output: reply.usage?.outputTokens,
            cacheRead: reply.usage?.cacheReadInputTokens,
            cacheWrite: reply.usage?.cacheCreationInputTokens,
            request: request,
            reply: text
        )
        return ProviderReply(text: text, usage: usage)
    }
}
