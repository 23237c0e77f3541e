package import AsyncHTTPClient
package import Logging
import NIOCore
import NIOHTTP1

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A small Bot API client over AsyncHTTPClient, limited to the methods the gateway uses.
///
/// The token is read through a closure on every call, so a rotated secret takes effect
/// without rebuilding the client. URLs are built per call and never logged or put in errors.
/// Do not enable AsyncHTTPClient tracing on `httpClient`: its spans record the URL path.
package struct TelegramBotClient: Sendable {
    private let token: @Sendable () -> String
    /// Where the Bot API lives, without a trailing slash: `https://api.telegram.org`.
    package let apiRoot: String
    private let httpClient: HTTPClient
    private let logger: Logger
    /// Time limit of a call; `getUpdates` adds its long-poll timeout to it.
    package var requestTimeout: Duration = .seconds(30)
    /// Largest answer read from Telegram.
    package var maxResponseBytes: Int = 4 << 20

    /// A client reading the token through `token` on each call (so rotation needs no restart).
    package init(token: @escaping @Sendable () -> String, apiRoot: String, httpClient: HTTPClient, logger: Logger) {
        self.token = token
        var root = apiRoot
        while root.hasSuffix("/") { root.removeLast() }
        self.apiRoot = root
        self.httpClient = httpClient
        self.logger = logger
    }

    /// A client with a fixed token.
    package init(token: String, apiRoot: String = "https://api.telegram.org", httpClient: HTTPClient, logger: Logger) {
        self.init(token: { token }, apiRoot: apiRoot, httpClient: httpClient, logger: logger)
    }

    /// Calls `method` with a JSON body and decodes its `result`.
    package func call<Parameters: Encodable & Sendable, Result: Decodable & Sendable>(
        _ method: TelegramMethod,
        _ parameters: Parameters,
        as resultType: Result.Type = Result.self,
        timeout: Duration? = nil
    ) async throws -> Result {
        let secret = token()
        var request = HTTPClientRequest(url: "\(apiRoot)/bot\(secret)/\(method.rawValue)")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Accept", value: "application/json")
        let body: Data
        do {
            body = try JSONEncoder().encode(parameters)
        } catch {
            throw TelegramAPIError(kind: .invalidResponse, method: method, cause: "request encoding failed")
        }
        request.body = .bytes(body)

        let limit = timeout ?? requestTimeout
        let started = ContinuousClock.now
        let response: HTTPClientResponse
        let bytes: ByteBuffer
        do {
            // No logger is passed to AsyncHTTPClient on purpose: its request logging carries the URL.
            response = try await httpClient.execute(request, timeout: .nanoseconds(limit.nanoseconds))
            bytes = try await response.body.collect(upTo: maxResponseBytes)
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw Self.transportError(error, method: method)
        }
        let status = Int(response.status.code)
        logger.debug(
            "telegram call",
            metadata: [
                "telegram.method": "\(method)",
                "http.status": "\(status)",
                "duration_ms": "\((ContinuousClock.now - started).milliseconds)",
            ]
        )

        return try Self.result(of: method, status: status, body: Data(bytes.readableBytesView), secret: secret)
    }

    /// Maps an AsyncHTTPClient or NIO error to one that cannot leak the URL.
    static func transportError(_ error: any Error, method: TelegramMethod) -> TelegramAPIError {
        if let error = error as? HTTPClientError {
            let timeouts: [HTTPClientError] = [.deadlineExceeded, .connectTimeout, .readTimeout, .writeTimeout]
            if timeouts.contains(error) {
                return TelegramAPIError(kind: .timeout, method: method, cause: "timed out")
            }
            if error == .bodyLengthMismatch {
                return TelegramAPIError(kind: .invalidResponse, method: method, cause: "answer too large")
            }
            if error == .remoteConnectionClosed || error == .cancelled {
                return TelegramAPIError(kind: .transport, method: method, cause: "connection closed")
            }
            return TelegramAPIError(kind: .transport, method: method, cause: "HTTPClientError")
        }
        if error is NIOTooManyBytesError {
            return TelegramAPIError(kind: .invalidResponse, method: method, cause: "answer too large")
        }
        return TelegramAPIError(kind: .transport, method: method, cause: "\(type(of: error))")
    }

    static func masked(_ text: String, secret: String) -> String {
        let clipped = text.count > 512 ? String(text.prefix(512)) + "…" : text
        guard !secret.isEmpty else { return clipped }
        return clipped.replacing(secret, with: "[REDACTED]")
    }
}

extension Duration {
    /// The whole duration in nanoseconds, saturating instead of overflowing.
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return seconds < 0 ? .min : .max }
        let (sum, overflow2) = scaled.addingReportingOverflow(attoseconds / 1_000_000_000)
        return overflow2 ? (scaled < 0 ? .min : .max) : sum
    }

    var milliseconds: Int64 { nanoseconds / 1_000_000 }
}
