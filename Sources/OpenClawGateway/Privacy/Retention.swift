#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Logging
import OpenClawCore
import OpenClawStore

/// Applies `privacy.retentionDays` and `privacy.auditRetentionDays`, erases the payloads of
/// updates already handled, and drops budget reservations left by a process that died mid-call;
/// run at start and then every `retentionInterval`.
struct Retention: Sendable {
    /// `privacy.retentionDays` and `auditRetentionDays` are read from it at each pass.
    let running: RunningConfig
    let store: OpenClawStore
    let metrics: GatewayMetrics
    let logger: Logger
    let now: @Sendable () -> Date

    func applyOnce() async {
        let now = now()
        let privacy = running.config.privacy
        do {
            let cutoff = now.addingTimeInterval(-Double(privacy.retentionDays) * 86_400)
            let pruned = try await store.applyRetention(
                personalDataBefore: cutoff,
                // This month's per-user rows stay until it ends: monthly budgets are summed from them.
                usageBefore: min(cutoff, UTCPeriod(containing: now).monthStart),
                auditBefore: now.addingTimeInterval(-Double(privacy.auditRetentionDays) * 86_400),
                at: now
            )
            let inbox = try await store.inboxPrune(before: now)
            try await store.pruneExpiredReservations(before: now)
            for (kind, count) in [
                (RetentionKind.messages, pruned.messages), (.sessions, pruned.sessions), (.pairingRequests, pruned.pairingRequests),
                (.usageAnonymised, pruned.usageAnonymised), (.auditEvents, pruned.auditEvents), (.alertMarks, pruned.alertMarks), (.updatePayloads, inbox.erasedPayloads),
            ] where count > 0 {
                metrics.retentionPruned(kind: kind, count: count)
            }
            if pruned.total > 0 {
                logger.info(
                    "retention applied",
                    metadata: [
                        "messages": "\(pruned.messages)", "sessions": "\(pruned.sessions)", "pairingRequests": "\(pruned.pairingRequests)",
                        "usageAnonymised": "\(pruned.usageAnonymised)", "auditEvents": "\(pruned.auditEvents)",
                    ]
                )
            }
        } catch {
            logger.error("retention pass failed", metadata: ["error": "\(error)"])
        }
    }
}
