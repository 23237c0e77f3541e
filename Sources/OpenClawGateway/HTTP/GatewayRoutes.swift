#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HTTPTypes
import Hummingbird
import NIOCore
import Logging
import OpenClawCore
import OpenClawStore

/// The gateway's HTTP surface: health, readiness, metrics and (in webhook mode) the webhook.
struct GatewayRoutes {
    let config: OpenClawConfig
    let store: OpenClawStore
    let live: LiveSecrets
    let scheduler: InboxScheduler
    let health: TelegramHealth
    let expiredSecrets: ExpiredSecrets
    let metrics: GatewayMetrics
    let logger: Logger
    let now: @Sendable () -> Date
    let authFailures: AuthFailureThrottle<ContinuousClock.Instant>

    func router() -> Router<GatewayRequestContext> {
        let router = Router(context: GatewayRequestContext.self)
        router.get("/healthz") { _, _ in
            Self.text(.ok, "ok\n")
        }
        router.get("/readyz") { request, _ in
            await readiness(request)
        }
        router.get("/metrics") { request, _ in
            exposition(request)
        }
        if config.telegram.webhookUrl != nil {
            let webhook = WebhookEndpoint(
                store: store, live: live, scheduler: scheduler, health: health, metrics: metrics, logger: logger, now: now,
                authFailures: authFailures, trustedProxies: config.gateway.trustedProxies
            )
            router.post(RouterPath(config.telegram.webhookPath)) { request, context in
                await webhook.receive(request, peer: context.remoteAddress)
            }
        }
        return router
    }

    /// Ready or not, and nothing more, to anyone; the parts (and which secrets expired) only to
    /// a caller presenting the gateway token, since secret names help an attacker pick a target.
    private func readiness(_ request: Request) async -> Response {
        let storeOpen = await store.ping()
        let telegramReachable = health.isReachable(at: now())
        let ready = storeOpen && telegramReachable
        var body = "{\"ready\":\(ready)"
        if presentsGatewayToken(request) {
            let expired = expiredSecrets.current.map { "\"\($0)\"" }.joined(separator: ",")
            // Expired secrets are reported, not fatal: they still work, and a failing readiness
            // check would have the container restarted in a loop.
            body += ",\"store\":\(storeOpen),\"telegram\":\(telegramReachable),\"expiredSecrets\":[\(expired)]"
        }
        return Self.text(ready ? .ok : .serviceUnavailable, body + "}\n", contentType: "application/json")
    }

    /// Open on loopback; with `gateway.auth.token` set, a matching bearer token is required.
    private func exposition(_ request: Request) -> Response {
        if config.gateway.authToken != nil, !presentsGatewayToken(request) {
            logger.warning("metrics auth failed")
            return Self.text(.unauthorized, "unauthorized\n")
        }
        return Self.text(.ok, metrics.exposition(), contentType: "text/plain; version=0.0.4; charset=utf-8")
    }

    /// True when `gateway.auth.token` is set and the request carries it as a bearer token
    /// (compared in constant time).
    private func presentsGatewayToken(_ request: Request) -> Bool {
        guard config.gateway.authToken != nil, let expected = live.value(LiveSecrets.gatewayToken),
            let header = request.headers[.authorization], header.hasPrefix("Bearer ")
        else { return false }
        return ConstantTime.equals(String(header.dropFirst("Bearer ".count)), expected)
    }

    static func text(_ status: HTTPResponse.Status, _ body: String, contentType: String = "text/plain; charset=utf-8") -> Response {
        Response(
            status: status,
            headers: [.contentType: contentType],
            body: ResponseBody(byteBuffer: ByteBuffer(string: body))
        )
    }
}
