package import AsyncHTTPClient
package import OpenClawCore
package import NIOCore

/// One wire API: turns a `CompletionRequest` into an HTTP request and a reply body back into text.
///
/// Pure translation; `ModelRouter` performs the HTTP call, retries and fallbacks.
package protocol ChatProvider: Sendable {
    /// The HTTP request for one attempt; `apiKey` has been read afresh for it.
    func makeRequest(_ request: CompletionRequest, model: String, endpoint: ProviderEndpoint, apiKey: String?) throws -> HTTPClientRequest
    /// Reads a 2xx body; throws when it is not the expected JSON.
    func parseReply(_ body: ByteBuffer, for request: CompletionRequest) throws -> ProviderReply
}

/// Text and usage read from a successful reply.
package struct ProviderReply: Sendable, Equatable {
    package var text: String
    package var usage: TokenUsage

    /// Creates a reply.
    package init(text: String, usage: TokenUsage) {
        self.text = text
        self.usage = usage
    }
}
