#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import OpenClawCore
import OpenClawStore
import OpenClawTelegram

/// Receives Telegram's webhook POSTs: secret header first (401), then size (413) and JSON (400);
/// the update is stored durably before the 200 that lets Telegram forget it.
struct WebhookEndpoint: Sendable {
    static let maxBodyBytes = 1 << 20
    static let secretHeader = HTTPField.Name("X-Telegram-Bot-Api-Secret-Token")!

    let runtime: GatewayRuntime
    let worker: InboxWorker

    func receive(_ request: Request) async -> Response {
        guard isAuthentic(request) else {
            runtime.metrics.webhookRequest(result: "unauthorized")
            runtime.metrics.webhookAuthFailure()
            runtime.logger.warning("webhook auth failed: missing or wrong secret token")
            return GatewayRoutes.text(.unauthorized, "unauthorized\n")
        }
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: Self.maxBodyBytes)
        } catch {
            runtime.metrics.webhookRequest(result: "too_large")
            runtime.logger.warning("webhook body refused: larger than 1 MiB")
            return GatewayRoutes.text(.contentTooLarge, "payload too large\n")
        }
        let payload = Data(body.readableBytesView)
        guard let update = try? JSONDecoder().decode(Update.self, from: payload) else {
            runtime.metrics.webhookRequest(result: "malformed")
            runtime.logger.warning("webhook body refused: not a Telegram update")
            return GatewayRoutes.text(.badRequest, "malformed update\n")
        }
        do {
            if try await runtime.store.inboxAdd(updateId: update.updateId, payload: payload, receivedAt: runtime.now()) {
                runtime.metrics.updateReceived(source: "webhook")
                runtime.metrics.webhookRequest(result: "accepted")
            } else {
                runtime.metrics.updateDuplicate()
                runtime.metrics.webhookRequest(result: "duplicate")
            }
        } catch {
            // Not stored: a 5xx makes Telegram deliver it again later.
            runtime.logger.error("webhook update not stored", metadata: ["error": "\(type(of: error))"])
            return GatewayRoutes.text(.serviceUnavailable, "try again\n")
        }
        runtime.health.markSuccess(at: runtime.now())
        worker.notifyNewUpdates()
        return GatewayRoutes.text(.ok, "ok\n")
    }

    private func isAuthentic(_ request: Request) -> Bool {
        guard let presented = request.headers[Self.secretHeader] else { return false }
        return runtime.live.acceptsWebhookSecret(presented, at: runtime.now())
    }
}
