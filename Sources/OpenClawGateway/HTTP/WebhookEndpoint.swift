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

/// Receives Telegram's webhook POSTs: the secret header first (401, or 429 once the source has
/// used up its allowance of failures), then size (413) and JSON (400); the update is stored
/// durably before the 200 that lets Telegram forget it.
struct WebhookEndpoint: Sendable {
    static let maxBodyBytes = 1 << 20
    static let secretHeader = HTTPField.Name("X-Telegram-Bot-Api-Secret-Token")!
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

    let store: OpenClawStore
    let live: LiveSecrets
    let scheduler: InboxScheduler
    let health: TelegramHealth
    let metrics: GatewayMetrics
    let logger: Logger
    let now: @Sendable () -> Date
    let authFailures: AuthFailureThrottle<ContinuousClock.Instant>
    let trustedProxies: [IPNetwork]

    func receive(_ request: Request, peer: SocketAddress?) async -> Response {
        guard isAuthentic(request) else {
            metrics.webhookAuthFailure()
            // Counted, not logged here: AuthFailureReporter writes one line per source and interval.
            if let wait = authFailures.recordFailure(source(of: request, peer: peer), now: .now) {
                metrics.webhookRequest(result: .throttled)
                var response = GatewayRoutes.text(.tooManyRequests, "too many failed attempts\n")
                response.headers[.retryAfter] = "\(max(1, Int(wait.inSeconds.rounded(.up))))"
                return response
            }
            metrics.webhookRequest(result: .unauthorized)
            return GatewayRoutes.text(.unauthorized, "unauthorized\n")
        }
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: Self.maxBodyBytes)
        } catch {
            metrics.webhookRequest(result: .tooLarge)
            logger.warning("webhook body refused: larger than 1 MiB")
            return GatewayRoutes.text(.contentTooLarge, "payload too large\n")
        }
        let payload = Data(body.readableBytesView)
        guard let update = try? JSONDecoder().decode(Update.self, from: payload) else {
            metrics.webhookRequest(result: .malformed)
            logger.warning("webhook body refused: not a Telegram update")
            return GatewayRoutes.text(.badRequest, "malformed update\n")
        }
        do {
            if try await store.inboxAdd(updateId: update.updateId, payload: payload, receivedAt: now(), chatKey: update.chatKey) {
                metrics.updateReceived(source: .webhook)
                metrics.webhookRequest(result: .accepted)
                await scheduler.accept([update])
            } else {
                metrics.updateDuplicate()
                metrics.webhookRequest(result: .duplicate)
            }
        } catch {
            // Not stored: a 5xx makes Telegram deliver it again later.
            logger.error("webhook update not stored", metadata: ["error": "\(type(of: error))"])
            return GatewayRoutes.text(.serviceUnavailable, "try again\n")
        }
        health.markSuccess(at: now())
        return GatewayRoutes.text(.ok, "ok\n")
    }

    /// The client's IPv4 address or IPv6 /64, read through `gateway.trustedProxies`.
    private func source(of request: Request, peer: SocketAddress?) -> IPNetwork {
        // A listener on TCP always has an IP peer; "::" stands in should one ever lack it.
        let peerAddress = peer?.ipAddress.flatMap(IPAddress.init) ?? IPAddress("::")!
        let client = ClientAddress.resolve(peer: peerAddress, forwardedFor: request.headers[values: Self.forwardedFor], trustedProxies: trustedProxies)
        return ClientAddress.source(of: client)
    }

    private func isAuthentic(_ request: Request) -> Bool {
        guard let presented = request.headers[Self.secretHeader] else { return false }
        return live.acceptsWebhookSecret(presented, at: now())
    }
}
