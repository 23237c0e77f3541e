#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore
import OpenClawFiles

/// The configuration's checks: access policies, the listener, the webhook, secret references
/// and their strength by role, limits and budgets, privacy and logging.
///
/// What the parser refuses, or may refuse in a later version (an inline secret, a non-loopback
/// bind without a token, a webhook without a secret, plain http to a remote host), is found on
/// the raw document, so a refused file still gets its precise check id; every other refusal is
/// `config.invalid`.
struct ConfigAudit {
    let document: JSONValue
    /// Nil when the file was refused; `parseIssues` says why.
    let config: OpenClawConfig?
    let parseIssues: [ConfigIssue]
    let reader: SecretReader

    func findings() -> [AuditFinding] {
        var findings = rawFindings()
        let covered = Set(findings.map(\.target))
        for issue in parseIssues where !covered.contains(issue.path) {
            findings.append(AuditFinding(
                "config.invalid", .critical, target: issue.path, "the gateway refuses to start: \(issue.message)",
                fix: "correct the key (openclaw config validate lists every problem)"
            ))
        }
        guard let config else { return findings }
        findings += accessFindings(config)
        findings += listenerFindings(config)
        findings += SecretRoles.strengthFindings(config, reader: reader)
        findings += LimitsAudit(config: config).findings()
        findings += PostgresAudit(config: config, reader: reader).findings()
        findings += privacyFindings(config)
        return findings
    }

    // MARK: refused by the parser

    private func rawFindings() -> [AuditFinding] {
        var findings: [AuditFinding] = []
        for path in SecretRoles.keyPaths(in: document) {
            if case .string? = value(at: path) {
                findings.append(AuditFinding(
                    "config.secret_inline", .critical, target: path.joined(separator: "."),
                    "a secret value is written in the configuration file (it ends up in backups, diffs and support requests)",
                    fix: "move it to a file in secrets.dir and write {\"source\": \"file\", \"id\": \"<name>\"}; then rotate it, since it was exposed"
                ))
            }
        }
        let bind = value(at: ["gateway", "bind"]).flatMap(\.stringValue) ?? "loopback"
        if !Self.isLoopbackBind(bind), value(at: ["gateway", "auth", "token"]) == nil {
            findings.append(AuditFinding(
                "gateway.bind_no_auth", .critical, target: "gateway.bind",
                "the listener binds \(bind) (reachable from other machines) and no gateway.auth.token protects /metrics",
                fix: "keep \"bind\": \"loopback\" and reach the host over Tailscale or SSH, or set gateway.auth.token to a file secret"
            ))
        }
        let telegram = ["channels", "telegram"]
        if case .string? = value(at: telegram + ["webhookUrl"]), value(at: telegram + ["webhookSecret"]) == nil {
            findings.append(AuditFinding(
                "channels.telegram.webhook.no_secret", .critical, target: "channels.telegram.webhookSecret",
                "webhook mode without a secret: anyone who finds the URL can post forged updates",
                fix: "openclaw secrets init --generate telegram_webhook_secret, then set channels.telegram.webhookSecret to it"
            ))
        }
        if let root = value(at: telegram + ["apiRoot"])?.stringValue, let insecure = Self.remotePlainHTTP(root) {
            findings.append(AuditFinding(
                "channels.telegram.api_root.insecure", .critical, target: "channels.telegram.apiRoot",
                "plain http:// to \(insecure): the bot token travels in clear text", fix: "use https://api.telegram.org"
            ))
        }
        if case .object(let providers)? = value(at: ["models", "providers"]) {
            for id in providers.keys.sorted() {
                guard let url = providers[id]?["baseUrl"]?.stringValue, let insecure = Self.remotePlainHTTP(url) else { continue }
                // allowInsecureHttp is the operator saying so on purpose (an Ollama box on the LAN).
                let allowed = providers[id]?["allowInsecureHttp"] == .bool(true)
                findings.append(AuditFinding(
                    "models.provider.insecure_http", allowed ? .warn : .critical, target: "models.providers.\(id).baseUrl",
                    "plain http:// to \(insecure): prompts, replies and the API key travel in clear text\(allowed ? " (allowInsecureHttp is set)" : "")",
                    fix: "use https://, or reach the server over loopback (an SSH tunnel, Tailscale)"
                ))
            }
        }
        return findings
    }

    // MARK: who may talk to the bot

    private func accessFindings(_ config: OpenClawConfig) -> [AuditFinding] {
        var findings: [AuditFinding] = []
        let telegram = config.telegram
        if telegram.dmPolicy == .open {
            findings.append(AuditFinding(
                "channels.telegram.dm.open", .critical, target: "channels.telegram.dmPolicy",
                "dmPolicy is open: any Telegram user can talk to the model at your expense",
                fix: "set \"dmPolicy\": \"pairing\" (approve people with openclaw pairing approve) or \"allowlist\""
            ))
        }
        if telegram.groupPolicy == .open {
            findings.append(AuditFinding(
                "channels.telegram.groups.open", .critical, target: "channels.telegram.groupPolicy",
                "groupPolicy is open: anyone can add the bot to a group and use it there",
                fix: "set \"groupPolicy\": \"allowlist\" and list the groups under channels.telegram.groups"
            ))
        }
        for (id, group) in telegram.groups.sorted(by: { $0.key < $1.key }) where !group.requireMention && group.enabled {
            findings.append(AuditFinding(
                "channels.telegram.groups.mention_off", .warn, target: "channels.telegram.groups.\(id).requireMention",
                "the bot answers every message in \(id == "*" ? "every allowed group" : "group \(id)"), not only when mentioned",
                fix: "set \"requireMention\": true unless the group is yours alone"
            ))
        }
        return findings
    }

    // MARK: the listener and the webhook

    private func listenerFindings(_ config: OpenClawConfig) -> [AuditFinding] {
        var findings: [AuditFinding] = []
        for network in config.gateway.trustedProxies where network.prefixLength == 0 {
            findings.append(AuditFinding(
                "gateway.trusted_proxies.any", .critical, target: "gateway.trustedProxies",
                "\(network) trusts every peer's X-Forwarded-For: a client can claim any address, dodge the webhook throttle and get others banned",
                fix: "list only your reverse proxy's address (127.0.0.1) or Docker's bridge (172.16.0.0/12)"
            ))
        }
        guard config.telegram.webhookUrl != nil else { return findings }
        if config.gateway.trustedProxies.isEmpty {
            findings.append(AuditFinding(
                "channels.telegram.webhook.no_trusted_proxies", .warn, target: "gateway.trustedProxies",
                "behind a reverse proxy or Docker's port mapping every webhook request seems to come from the proxy: the security log and fail2ban see the proxy, not the prober",
                fix: "list the proxy's address in gateway.trustedProxies (docs/SECURITY.md, \"Behind a proxy\")"
            ))
        }
        if config.logging.authLog == nil {
            findings.append(AuditFinding(
                "channels.telegram.webhook.no_auth_log", .info, target: "logging.authLog",
                "failed webhook authentications are not written to a security log, so fail2ban cannot ban their sources",
                fix: "set logging.authLog (\"/app/logs/auth.log\" in the container) and enable the openclaw-webhook jail"
            ))
        }
        return findings
    }

    // MARK: privacy and logging

    private func privacyFindings(_ config: OpenClawConfig) -> [AuditFinding] {
        var findings: [AuditFinding] = []
        if !config.privacy.encryptAtRest {
            findings.append(AuditFinding(
                "privacy.encrypt_at_rest_off", .warn, target: "privacy.encryptAtRest",
                "message text and queued updates are stored in plain text", fix: "set \"encryptAtRest\": true with privacy.encryptionKey"
            ))
        }
        if config.logging.messages != .off {
            findings.append(AuditFinding(
                "logging.messages", .warn, target: "logging.messages",
                "message and reply text is written to the log (redacted, but still people's words)", fix: "set \"messages\": \"off\""
            ))
        }
        if ["trace", "debug"].contains(config.logging.level) {
            findings.append(AuditFinding(
                "logging.level_debug", .info, target: "logging.level", "debug logging is on", fix: "set \"level\": \"info\""
            ))
        }
        if !config.privacy.promptCanary {
            findings.append(AuditFinding(
                "privacy.canary_off", .info, target: "privacy.promptCanary",
                "replies that leak the system prompt are not caught", fix: "set \"promptCanary\": true"
            ))
        }
        return findings
    }

    // MARK: helpers

    private func value(at path: [String]) -> JSONValue? {
        var current: JSONValue? = document
        for key in path { current = current?[key] }
        if case .null? = current { return nil }
        return current
    }

    static func isLoopbackBind(_ bind: String) -> Bool {
        switch bind {
        case "loopback", "localhost": true
        case "lan": false
        default: IPAddress(bind)?.isLoopback ?? false
        }
    }

    /// The host of a plain `http://` URL that is not loopback; nil for https or loopback. Read on
    /// the host the client would really connect to (`EndpointURL`), never on the text's prefix.
    static func remotePlainHTTP(_ url: String) -> String? {
        guard url.lowercased().hasPrefix("http://") else { return nil }
        guard let endpoint = EndpointURL(url) else { return "a host behind user info, or none at all" }
        return endpoint.isLoopback ? nil : endpoint.host
    }
}

extension JSONValue {
    var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }
}
