package import AsyncHTTPClient

extension ModelRouter {
    /// An HTTP client fit for model calls: it never follows redirects.
    ///
    /// AHC strips `Authorization` on a cross-origin redirect but not `x-api-key`, so a client
    /// that follows redirects (as `HTTPClient.shared` does) would hand an Anthropic key, and the
    /// prompt with a 307/308, to whatever origin a base URL redirects to. Shut it down when done.
    package static func makeHTTPClient() -> HTTPClient {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }
}
