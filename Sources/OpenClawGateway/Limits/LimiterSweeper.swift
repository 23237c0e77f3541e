import OpenClawCore
import ServiceLifecycle

/// Drops idle rate-limit keys once a minute, so the limiter's memory follows current traffic.
struct LimiterSweeper: Service {
    let limiter: RateLimiter<ContinuousClock.Instant>

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(60))
                limiter.sweep(now: .now)
            }
        }
    }
}
