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
/// after it is stored; a duplicate `update_id` is ignored.
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

    func run() async {
        _ = try? await ServiceLifecycle.cancelWhenGracefulShutdown { [self] in
            var backoff = Duration.seconds(1)
            while true {
                do {
                    try await pollOnce()
                    backoff = .seconds(1)
                } catch is CancellationError {
                    throw CancellationError()
                } catch {
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

    private func pollOnce() async throws {
        let offset = try await store.nextPollOffset()
        let updates = try await telegram.getUpdates(offset: offset, timeout: timeoutSeconds, limit: 100, allowedUpdates: Self.allowedUpdates)
        health.markSuccess(at: now())
        let encoder = JSONEncoder()
        var stored: [Update] = []
        for update in updates {
            if try await store.inboxAdd(updateId: update.updateId, payload: try encoder.encode(update), receivedAt: now()) {
                metrics.updateReceived(source: "poll")
                stored.append(update)
            } else {
                metrics.updateDuplicate()
            }
        }
        if !stored.isEmpty { await scheduler.accept(stored) }
    }
}
