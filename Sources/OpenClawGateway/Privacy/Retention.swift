#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Logging
import OpenClawCore
import OpenClawStore
import ServiceLifecycle

/// Applies `privacy.retentionDays` and `privacy.auditRetentionDays` at start and then every
/// `interval`, and erases the payloads of updates already handled.
struct RetentionService: Service {
    let runtime: GatewayRuntime
    let interval: Duration

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await applyOnce()
                try? await Task.sleep(for: interval)
            }
        }
    }

    func applyOnce() async {
        let privacy = runtime.config.privacy
        let now = runtime.now()
        do {
            let cutoff = now.addingTimeInterval(-Double(privacy.retentionDays) * 86_400)
            let pruned = try await runtime.store.applyRetention(
                personalDataBefore: cutoff,
                // This month's per-user rows stay until it ends: monthly budgets are summed from them.
                usageBefore: min(cutoff, UTCPeriod(containing: now).monthStart),
                auditBefore: now.addingTimeInterval(-Double(privacy.auditRetentionDays) * 86_400),
                at: now
            )
            let inbox = try await runtime.store.inboxPrune(before: now)
            for (kind, count) in [
                ("messages", pruned.messages), ("sessions", pruned.sessions), ("pairing_requests", pruned.pairingRequests),
                ("usage_anonymised", pruned.usageAnonymised), ("audit_events", pruned.auditEvents), ("alert_marks", pruned.alertMarks), ("update_payloads", inbox.erasedPayloads),
            ] where count > 0 {
                runtime.metrics.retentionPruned(kind: kind, count: count)
            }
            if pruned.total > 0 {
                runtime.logger.info(
                    "retention applied",
                    metadata: [
                        "messages": "\(pruned.messages)", "sessions": "\(pruned.sessions)", "pairingRequests": "\(pruned.pairingRequests)",
                        "usageAnonymised": "\(pruned.usageAnonymised)", "auditEvents": "\(pruned.auditEvents)",
                    ]
                )
            }
        } catch {
            runtime.logger.error("retention pass failed", metadata: ["error": "\(error)"])
        }
    }
}
