#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Logging
import OpenClawStore
import OpenClawTelegram
import ServiceLifecycle

/// Long-polls `getUpdates` and stores each update durably in the inbox.
///
/// The offset sent to Telegram is derived from the inbox, so Telegram forgets an update only
/// after it is stored; a duplicate `update_id` is ignored. With several replicas, only the one
/// holding the polling lease polls (with waits shorter than the lease); the others stand by and
/// one takes over when the lease runs out, from the stored offset.
struct TelegramPoller: Service {
    static let allowedUpdates = ["message", "edited_message", "channel_post", "edited_channel_post"]

    let store: OpenClawStore
    let telegram: TelegramBotClient
    let scheduler: InboxScheduler
    let health: TelegramHealth
    let metrics: GatewayMetrics
    let logger: Logger
    let now: @Sendable () -> Date
    let timeoutSeconds: Int
    var replica: ReplicaMembership? = nil

    func run() async {
        _ = try? await ServiceLifecycle.cancelWhenGracefulShutdown { [self] in
            var backoff = Duration.seconds(1)
            var offset: Int64?
            while true {
                if let replica, await !replica.leadsPolling() {
                    // Standing by; Telegram's reachability is still probed by getMe every minute.
                    offset = nil
                    try await Task.sleep(for: replica.heartbeatInterval)
                    continue
                }
                do {
                    offset = try await pollOnce(offset: offset)
                    backoff = .seconds(1)
                } catch is CancellationError {
                    throw CancellationError()
                } catch {
                    offset = nil
                    try Task.checkCancellation()
                    logger.warning("telegram polling failed; retrying", metadata: ["error": "\(error)", "retryIn": "\(backoff)"])
                    if let apiError = error as? TelegramAPIError, apiError.code == 409 {
                        // A webhook is set somewhere: polling and webhooks exclude each other.
                        try? await telegram.deleteWebhook(dropPendingUpdates: false)
                    }
                    try await Task.sleep(for: backoff)
                    backoff = min(backoff * 2, .seconds(30))
                }
            }
        }
    }

    /// Polls once and stores what came in one durable commit. Returns the next offset while
    /// updates keep coming (the highest id stored + 1, as the inbox would say); nil after an empty
    /// poll, so the next poll reads it from the inbox again.
    private func pollOnce(offset cached: Int64?) async throws -> Int64? {
        var offset = cached
        if offset == nil { offset = try await store.nextPollOffset() }
        // A long poll ends before the lease would run out unrenewed.
        let timeout = replica.map { min(timeoutSeconds, max(1, Int($0.lease.components.seconds) / 2)) } ?? timeoutSeconds
        let updates = try await telegram.getUpdates(offset: offset, timeout: timeout, limit: 100, allowedUpdates: Self.allowedUpdates)
        health.markSuccess(at: now())
        guard let highest = updates.map(\.updateId).max() else { return nil }
        let encoder = JSONEncoder()
        let batch = try updates.map { (updateId: $0.updateId, payload: try encoder.encode($0), chatKey: $0.chatKey) }
        var new = Set(try await store.inboxAdd(batch, receivedAt: now()))
        var stored: [Update] = []
        for update in updates {
            if new.remove(update.updateId) != nil {
                metrics.updateReceived(source: .poll)
                stored.append(update)
            } else {
                metrics.updateDuplicate()
            }
        }
        if !stored.isEmpty { await scheduler.accept(stored) }
        // At Int64.max the same id is asked for again; the inbox ignores it as a duplicate.
        return max(offset ?? .min, highest == .max ? highest : highest + 1)
    }
}
