package import AsyncHTTPClient
package import Logging
package import OpenClawCore
import NIOCore
import NIOHTTP1

/// Asks the primary model, retrying transient failures, then each fallback in turn.
package struct ModelRouter: Sendable {
    /// Configured providers by id (the `provider` part of a `ModelRef`).
    package var endpoints: [String: ProviderEndpoint]
    /// Retry counts, delays, sleep and clock.
    package var retry: RetryPolicy
    /// Where attempt outcomes are logged: ids, models, statuses — never keys or text.
    package var logger: Logger
    /// Largest reply body read before the reply counts as malformed.
    package var maxResponseBytes: Int = 4 << 20

    let httpClient: HTTPClient

    /// Creates a router over the given endpoints.
    ///
    /// Give it a client that does not follow redirects (`ModelRouter.makeHTTPClient()`): one that
    /// does would carry the `x-api-key` header to another origin. A followed redirect is still
    /// detected, logged as an error and counted as a failed attempt.
    package init(endpoints: [String: ProviderEndpoint], httpClient: HTTPClient, retry: RetryPolicy = RetryPolicy(), logger: Logger) {
        self.endpoints = endpoints
        self.httpClient = httpClient
        self.retry = retry
        self.logger = logger
    }

    /// The first successful completion from `primary` or, failing that, from `fallbacks` in order.
    ///
    /// Throws `LLMError` once every model has failed (its `userMessage` is neutral, its `detail`
    /// lists each attempt), or `CancellationError` when the calling task is cancelled.
    package func complete(_ request: CompletionRequest, primary: ModelRef, fallbacks: [ModelRef] = []) async throws -> Completion {
        var failures: [LLMAttempt] = []
        for ref in Self.distinct([primary] + fallbacks) {
            guard let endpoint = endpoints[ref.provider] else {
                failures.append(LLMAttempt(ref: ref, code: .unknownProvider))
                logger.warning("llm provider not configured", metadata: ["llm.provider": "\(ref.provider)"])
                continue
            }
            attempts: for attempt in 1...retry.maxAttempts {
                try Task.checkCancellation()
                switch try await perform(request, ref: ref, endpoint: endpoint) {
                case .reply(let reply):
                    let completion = Completion(text: reply.text, usage: reply.usage, ref: ref, attempts: failures.count + 1)
                    logSuccess(completion, attempt: attempt)
                    return completion
                case .failed(let failure):
                    failures.append(failure.record)
                    let willRetry = failure.retryable && attempt < retry.maxAttempts
                    logFailure(failure, attempt: attempt, willRetry: willRetry)
                    guard willRetry else { break attempts }
                    try await retry.sleep(retry.delay(afterAttempt: attempt, retryAfter: failure.retryAfter))
                }
            }
        }
        throw LLMError.exhausted(failures)
    }

    private enum Outcome {
        case reply(ProviderReply)
        case failed(AttemptFailure)
    }

    /// One HTTP round trip; throws only for cancellation.
    private func perform(_ request: CompletionRequest, ref: ModelRef, endpoint: ProviderEndpoint) async throws -> Outcome {
        let provider = endpoint.api.provider
        let deadline = NIODeadline.now() + .nanoseconds(endpoint.timeout.nanoseconds)
        let status: Int
        let body: ByteBuffer
        let retryAfter: Duration?
        do {
            let http = try provider.makeRequest(request, model: ref.model, endpoint: endpoint, apiKey: endpoint.apiKey())
            let response = try await httpClient.execute(http, deadline: deadline, logger: logger)
            if response.history.count > 1 {
                logger.error(
                    "llm endpoint redirected and the HTTP client followed; use ModelRouter.makeHTTPClient()",
                    metadata: ["llm.provider": "\(ref.provider)"]
                )
                return .failed(.redirected(ref: ref, status: Int(response.status.code)))
            }
            status = Int(response.status.code)
            retryAfter = RetryAfter.parse(response.headers.first(name: "retry-after"), now: retry.now())
            let limit = (200..<300).contains(status) ? maxResponseBytes : 64 << 10
            body = try await Self.collect(response.body, upTo: limit, deadline: deadline)
        } catch {
            if Task.isCancelled { throw CancellationError() }
            if error is NIOTooManyBytesError {
                return .failed(.malformed(error, ref: ref, status: 200))
            }
            return .failed(.transport(error, ref: ref))
        }
        guard (200..<300).contains(status) else {
            let type = WireJSON.errorType(in: body)
            return .failed(.status(status, ref: ref, providerErrorType: type, retryAfter: retryAfter))
        }
        do {
            return .reply(try provider.parseReply(body, for: request))
        } catch {
            return .failed(.malformed(error, ref: ref, status: status))
        }
    }

    /// Reads the whole body, bounded by the same deadline as the request: AHC's deadline
    /// stops at the response head, and a server that trickles its body must not hang a chat.
    private static func collect(_ body: HTTPClientResponse.Body, upTo limit: Int, deadline: NIODeadline) async throws -> ByteBuffer {
        try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
            group.addTask { try await body.collect(upTo: limit) }
            group.addTask {
                let remaining = (deadline - .now()).nanoseconds
                try await Task.sleep(for: .nanoseconds(max(0, remaining)))
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let buffer = first else { throw BodyDeadlineExceeded() }
            return buffer
        }
    }

    private static func distinct(_ refs: [ModelRef]) -> [ModelRef] {
        var seen: Set<ModelRef> = []
        return refs.filter { seen.insert($0).inserted }
    }

    private func logFailure(_ failure: AttemptFailure, attempt: Int, willRetry: Bool) {
        var metadata: Logger.Metadata = [
            "llm.provider": "\(failure.record.ref.provider)",
            "llm.model": "\(failure.record.ref.model)",
            "llm.attempt": "\(attempt)",
            "llm.code": "\(failure.record.code)",
            "llm.retry": "\(willRetry)",
        ]
        if let status = failure.record.status { metadata["llm.status"] = "\(status)" }
        if let type = failure.record.providerErrorType { metadata["llm.error_type"] = "\(type)" }
        if let cause = failure.record.cause { metadata["llm.cause"] = "\(cause)" }
        logger.warning("llm attempt failed", metadata: metadata)
    }

    private func logSuccess(_ completion: Completion, attempt: Int) {
        logger.debug(
            "llm completion",
            metadata: [
                "llm.provider": "\(completion.ref.provider)",
                "llm.model": "\(completion.ref.model)",
                "llm.attempt": "\(attempt)",
                "llm.tokens.input": "\(completion.usage.input)",
                "llm.tokens.output": "\(completion.usage.output)",
                "llm.tokens.estimated": "\(completion.usage.estimated)",
            ]
        )
    }
}
