#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore
import ServiceLifecycle

/// Writes the failed webhook authentications of each interval (one line per source) and lets the
/// throttle forget sources that went quiet; reports the last partial interval at shutdown.
struct AuthFailureReporter: Service {
    let throttle: AuthFailureThrottle<ContinuousClock.Instant>
    let log: AuthFailureLog
    let interval: Duration
    let now: @Sendable () -> Date

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                report()
            }
        }
        report()
    }

    private func report() {
        log.report(throttle.drainSummaries(now: .now), at: now(), interval: interval)
    }
}
