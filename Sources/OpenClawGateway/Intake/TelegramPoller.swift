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

    let runtime: GatewayRuntime
    let worker: InboxWorker
    let timeoutSeconds: Int

    func run() async throws {
        await cancelWhenGracefulShutdown {
            var backoff = Duration.seconds(1)
            while !Task.isCancelled {
                do {
                    let offset = try await runtime.store.nextPollOffset()
                    let updates = try await runtime.telegram.getUpdates(
                        offset: offset, timeout: timeoutSeconds, limit: 100, allowedUpdates: Self.allowedUpdates
                    )
                    runtime.health.markSuccess(at: runtime.now())
                    try await store(updates)
                    backoff = .seconds(1)
                } catch is CancellationError {
                    return
                } catch {
                    if Task.isCancelled { return }
                    runtime.logger.warning("telegram polling failed; retrying", metadata: ["error": "\(error)", "retryIn": "\(backoff)"])
                    if let apiError = error as? TelegramAPIError, apiError.code == 409 {
                        // A webhook is set somewhere: polling and webhooks exclude each other.
                        try? await runtime.telegram.deleteWebhook(dropPendingUpdates: false)
                    }
                    try? await Task.sleep(for: backoff)
                    backoff = min(backoff * 2, .seconds(30))
                }
            }
        }
    }

    private func store(_ updates: [Update]) async throws {
        let encoder = JSONEncoder()
        for update in updates {
            let payload = try encoder.encode(update)
            if try await runtime.store.inboxAdd(updateId: update.updateId, payload: payload, receivedAt: runtime.now()) {
                runtime.metrics.updateReceived(source: "poll")
            } else {
                runtime.metrics.updateDuplicate()
            }
        }
        if !updates.isEmpty { worker.notifyNewUpdates() }
    }
}

/// Runs `body` until it returns or graceful shutdown begins, whichever comes first.
func cancelWhenGracefulShutdown(_ body: @escaping @Sendable () async -> Void) async {
    let task = Task { await body() }
    await withTaskCancellationHandler {
        await withGracefulShutdownHandler {
            await task.value
        } onGracefulShutdown: {
            task.cancel()
        }
    } onCancel: {
        task.cancel()
    }
}
