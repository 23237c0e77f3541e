import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import OpenClawTelegram
import Synchronization

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension TelegramSimulator {
    /// Pause between two attempts at one delivery, multiplied by the attempt number.
    static let webhookRetryDelay = Duration.milliseconds(100)

    /// While a webhook is set, POSTs pending updates to it in order, one at a time, retrying
    /// non-2xx answers; an update is dropped after `webhookAttempts` (Telegram keeps trying longer).
    func runWebhookDeliveries() async {
        while !Task.isCancelled {
            let observed = changes.generation
            let next = state.withLock { state -> (Update, SimulatorState.Webhook)? in
                guard let webhook = state.webhook, let update = state.pending.first else { return nil }
                return (update, webhook)
            }
            guard let (update, webhook) = next else {
                await changes.wait(after: observed, until: .now + .seconds(1))
                continue
            }
            for attempt in 1...webhookAttempts {
                let status = await post(update, to: webhook)
                let delivery = WebhookDelivery(
                    updateId: update.updateId,
                    attempt: attempt,
                    status: status,
                    secretToken: webhook.secretToken
                )
                state.withLock { $0.deliveries.append(delivery) }
                changes.notify()
                if delivery.succeeded || Task.isCancelled { break }
                if attempt < webhookAttempts {
                    try? await Task.sleep(for: Self.webhookRetryDelay * attempt)
                }
            }
            state.withLock { state in state.pending.removeAll { $0.updateId == update.updateId } }
            changes.notify()
        }
    }

    /// Delivers webhook updates to `url` instead of the registered URL, as a reverse proxy in
    /// front of the gateway would.
    package func deliverWebhooks(to url: String) {
        state.withLock { $0.webhookTarget = url }
        changes.notify()
    }

    private func post(_ update: Update, to webhook: SimulatorState.Webhook) async -> Int? {
        guard let body = try? JSONEncoder().encode(update) else { return nil }
        var request = HTTPClientRequest(url: state.withLock { $0.webhookTarget } ?? webhook.url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        if let secret = webhook.secretToken {
            request.headers.add(name: "X-Telegram-Bot-Api-Secret-Token", value: secret)
        }
        request.body = .bytes(body)
        do {
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
            _ = try? await response.body.collect(upTo: 1 << 20)
            return Int(response.status.code)
        } catch {
            return nil
        }
    }
}
