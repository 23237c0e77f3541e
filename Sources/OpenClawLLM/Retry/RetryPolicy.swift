#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

/// How often and how patiently to retry one model before moving on to the next.
///
/// The sleep, jitter and clock are injected so tests run in milliseconds and can
/// assert the exact waits.
package struct RetryPolicy: Sendable {
    /// Tries per model, the first included; at least 1.
    package var maxAttempts: Int
    /// Backoff before the second try; doubled for each later try.
    package var baseDelay: Duration
    /// Ceiling on the exponential backoff before jitter.
    package var maxDelay: Duration
    /// Ceiling on a provider's `retry-after`, so one header cannot stall a chat for minutes.
    package var maxRetryAfter: Duration
    /// Waits between tries.
    package var sleep: @Sendable (Duration) async throws -> Void
    /// Full jitter: given the backoff ceiling, returns a wait between zero and it.
    package var jitter: @Sendable (Duration) -> Duration
    /// The current time, to turn an HTTP-date `retry-after` into a wait.
    package var now: @Sendable () -> Date

    /// Creates a policy; the defaults suit a chat gateway.
    package init(
        maxAttempts: Int = 3,
        baseDelay: Duration = .milliseconds(500),
        maxDelay: Duration = .seconds(8),
        maxRetryAfter: Duration = .seconds(30),
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        jitter: @escaping @Sendable (Duration) -> Duration = RetryPolicy.fullJitter,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
        self.sleep = sleep
        self.jitter = jitter
        self.now = now
    }

    /// A uniformly random wait in `0...ceiling`.
    package static let fullJitter: @Sendable (Duration) -> Duration = { ceiling in
        let nanos = ceiling.nanoseconds
        guard nanos > 0 else { return .zero }
        return .nanoseconds(Int64.random(in: 0...nanos))
    }

    /// The wait after failed try number `attempt` (1-based).
    ///
    /// A provider's `retry-after` wins over backoff (capped by `maxRetryAfter`); otherwise
    /// exponential backoff with full jitter.
    package func delay(afterAttempt attempt: Int, retryAfter: Duration?) -> Duration {
        if let retryAfter {
            return min(max(retryAfter, .zero), maxRetryAfter)
        }
        let exponent = min(max(attempt - 1, 0), 30)
        let ceiling = min(baseDelay * (1 << exponent), maxDelay)
        return min(max(jitter(ceiling), .zero), ceiling)
    }
}

extension Duration {
    /// The whole duration in nanoseconds, saturating at `Int64.max`.
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return seconds < 0 ? .min : .max }
        let (sum, overflow2) = scaled.addingReportingOverflow(attoseconds / 1_000_000_000)
        return overflow2 ? .max : sum
    }
}
