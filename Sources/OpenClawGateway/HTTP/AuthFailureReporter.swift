#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore

/// Writes the failed webhook authentications of one interval (one line per source) and lets the
/// throttle forget sources that went quiet. Run by a `PeriodicJob`, and once more at shutdown for
/// the last partial interval.
struct AuthFailureReporter: Sendable {
    let throttle: AuthFailureThrottle<ContinuousClock.Instant>
    let log: AuthFailureLog
    let interval: Duration
    let now: @Sendable () -> Date

    func report() {
        log.report(throttle.drainSummaries(now: .now), at: now(), interval: interval)
    }
}
