package import AsyncHTTPClient

extension HTTPClient {
    /// The client for Telegram and the model providers. It never follows a redirect: one would
    /// carry the bot token (it is in the URL path) or a provider's `x-api-key` to another host.
    package static func withoutRedirects() -> HTTPClient {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }
}
