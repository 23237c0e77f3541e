package import OpenClawCore

/// Where and how to reach one configured model provider.
package struct ProviderEndpoint: Sendable {
    /// The provider id as written in a `ModelRef` (`anthropic`, `openai`, `ollama`).
    package var id: String
    /// The wire protocol the provider speaks.
    package var api: ProviderAPI
    /// `https://api.anthropic.com` for anthropic-messages; `…/v1` for openai-completions.
    package var baseURL: String
    /// Read afresh for every request, so a rotated key takes effect on the next call.
    package var apiKey: @Sendable () -> String?
    /// Deadline for one HTTP attempt, from sending the request to the last byte of the reply.
    package var timeout: Duration

    /// Creates an endpoint.
    package init(
        id: String,
        api: ProviderAPI,
        baseURL: String,
        apiKey: @escaping @Sendable () -> String?,
        timeout: Duration = .seconds(60)
    ) {
        self.id = id
        self.api = api
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.timeout = timeout
    }
}

extension ProviderEndpoint: CustomStringConvertible {
    // Never prints the key: only that one is configured.
    package var description: String {
        "ProviderEndpoint(id: \(id), api: \(api.rawValue), baseURL: \(baseURL), timeout: \(timeout))"
    }
}
