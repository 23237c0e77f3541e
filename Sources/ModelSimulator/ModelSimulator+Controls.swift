import Synchronization

extension ModelSimulator {
    /// Serves these replies, in order, before falling back to the reply function or echo.
    package func enqueueReplies(_ replies: [String]) {
        store.state.withLock { $0.scriptedReplies += replies }
    }

    /// Computes replies from the request; nil restores the echo.
    package func setReply(_ reply: (@Sendable (SimulatedRequest) -> String)?) {
        store.state.withLock { $0.replyFunction = reply }
    }

    /// Answers the next `count` requests (for `model`, or any model when nil) with an error
    /// in the provider's shape, optionally with a `retry-after` header (seconds or HTTP date).
    package func failNext(status: Int, count: Int = 1, retryAfter: String? = nil, model: String? = nil) {
        guard count > 0 else { return }
        let failure = SimulatedFailure(status: status, remaining: count, retryAfter: retryAfter, model: model)
        store.state.withLock { $0.failures.append(failure) }
    }

    /// Answers the next `count` requests with a redirect to `location`: the way a hostile or
    /// misconfigured base URL would try to pull the API key to another origin.
    package func redirectNext(to location: String, status: Int = 307, count: Int = 1) {
        guard count > 0 else { return }
        let failure = SimulatedFailure(status: status, remaining: count, retryAfter: nil, model: nil, location: location)
        store.state.withLock { $0.failures.append(failure) }
    }

    /// Waits this long before answering each request.
    package func setLatency(_ latency: Duration) {
        store.state.withLock { $0.latency = latency }
    }

    /// Leaves `usage` out of successful replies, as some OpenAI-compatible servers do.
    package func setOmitUsage(_ omit: Bool) {
        store.state.withLock { $0.omitUsage = omit }
    }

    /// Answers 200 with a truncated JSON body.
    package func setMalformedJSON(_ malformed: Bool) {
        store.state.withLock { $0.malformedJSON = malformed }
    }

    /// Reports prompt-cache tokens in usage (Anthropic's cache fields, OpenAI's `cached_tokens`).
    package func setCacheTokens(read: Int, write: Int) {
        store.state.withLock {
            $0.cacheRead = read
            $0.cacheWrite = write
        }
    }

    /// Reports these token counts in every reply's usage, whatever was sent: the way a buggy or
    /// compromised endpoint would (negative, or absurdly large).
    package func setReportedTokens(input: Int, output: Int) {
        store.state.withLock { $0.reportedTokens = (input, output) }
    }

    /// Answers 401 unless the presented key is one of these; nil accepts any key or none.
    package func setAcceptedKeys(_ keys: Set<String>?) {
        store.state.withLock { $0.acceptedKeys = keys }
    }

    /// Every request received so far, oldest first.
    package var requests: [SimulatedRequest] {
        store.state.withLock { $0.requests }
    }

    /// How many requests were received.
    package var requestCount: Int {
        store.state.withLock { $0.requests.count }
    }

    /// Waits until at least `count` requests have arrived; false if `timeout` passes first.
    package func waitForRequests(count: Int, timeout: Duration = .seconds(20)) async -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while requestCount < count {
            guard clock.now < deadline else { return false }
            do {
                try await Task.sleep(for: .milliseconds(5))
            } catch {
                return false
            }
        }
        return true
    }

    /// Forgets recorded requests and restores the default behaviour.
    package func reset() {
        store.state.withLock { $0 = SimulatorState() }
    }
}
