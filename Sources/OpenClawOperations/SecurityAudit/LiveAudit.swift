import AsyncHTTPClient
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import NIOCore
import NIOHTTP1
import OpenClawCore

/// `--deep`: asks the running gateway, over its own listener, whether it refuses what it must:
/// a webhook without the secret, `/metrics` without the token (when one is set), and a
/// connection on any of this machine's non-loopback addresses.
///
/// Run it on the host: inside the container the listener is meant to be reachable on the
/// container network (the host publishes it on loopback only), which is reported as info.
struct LiveAudit {
    let config: OpenClawConfig
    let httpClient: HTTPClient
    /// Where the probes go; the listener's loopback address by default.
    var host = "127.0.0.1"
    var connectTimeout: Duration = .milliseconds(500)

    func findings() async -> [AuditFinding] {
        let base = "http://\(host):\(config.gateway.port)"
        guard (try? await status(of: base + "/healthz")) != nil else {
            return [AuditFinding(
                "deep.unreachable", .warn, target: base,
                "no gateway answered on \(base): the live checks did not run", fix: "start the gateway, or run the audit where it listens"
            )]
        }
        var findings: [AuditFinding] = []
        if config.telegram.webhookUrl != nil {
            let url = base + config.telegram.webhookPath
            let code = try? await status(of: url, method: .POST, body: "{\"update_id\":1}")
            if let code, code != 401, code != 429 {
                findings.append(AuditFinding(
                    "deep.webhook_unauthenticated", .critical, target: url,
                    "a webhook POST without the secret header was answered \(code), not 401",
                    fix: "set channels.telegram.webhookSecret and restart; check that no proxy adds the header"
                ))
            }
        }
        if config.gateway.authToken != nil, let code = try? await status(of: base + "/metrics"), code != 401 {
            findings.append(AuditFinding(
                "deep.metrics_open", .critical, target: base + "/metrics",
                "/metrics without the token was answered \(code), not 401", fix: "check gateway.auth.token and restart"
            ))
        }
        findings += exposureFindings()
        return findings
    }

    private func exposureFindings() -> [AuditFinding] {
        let exposed = Interfaces.nonLoopbackAddresses().filter { TCPProbe.connects(host: $0, port: config.gateway.port, timeout: connectTimeout) }
        guard !exposed.isEmpty else { return [] }
        let list = exposed.map(\.description).joined(separator: ", ")
        if Interfaces.insideContainer {
            return [AuditFinding(
                "deep.listener_container_network", .info, target: list,
                "inside a container the listener is reachable on the container network (\(list)); the host decides what is published",
                fix: "run openclaw security audit --deep on the host to check what the host exposes"
            )]
        }
        return [AuditFinding(
            "deep.listener_exposed", .critical, target: list,
            "the gateway's port \(config.gateway.port) accepts connections on \(list), not only on loopback",
            fix: "bind loopback (or publish \"127.0.0.1:\(config.gateway.port):\(config.gateway.port)\") and keep the firewall denying incoming"
        )]
    }

    private func status(of url: String, method: HTTPMethod = .GET, body: String? = nil) async throws -> Int {
        var request = HTTPClientRequest(url: url)
        request.method = method
        if let body { request.body = .bytes(ByteBuffer(string: body)) }
        let response = try await httpClient.execute(request, timeout: .seconds(5))
        _ = try await response.body.collect(upTo: 1 << 20)
        return Int(response.status.code)
    }
}
