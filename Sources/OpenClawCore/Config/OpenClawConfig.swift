/// The whole validated configuration. Build it with `ConfigParser`; it is never partially valid.
package struct OpenClawConfig: Sendable {
    package var gateway: GatewayConfig
    package var state: StateConfig
    package var secrets: SecretsConfig
    package var telegram: TelegramConfig
    package var providers: [String: ProviderConfig]
    package var agents: AgentDefaults
    package var commands: CommandsConfig
    package var logging: LoggingConfig
    package var limits: LimitsConfig
    package var privacy: PrivacyConfig
    package var contentFilter: ContentFilterConfig
    package var audit: AuditConfig
}

package struct GatewayConfig: Sendable {
    /// `loopback` (127.0.0.1), `lan` (0.0.0.0) or an IP literal.
    package var bind: String
    package var port: Int
    /// Bearer token required on `/metrics` (and any future admin route); mandatory off loopback.
    package var authToken: SecretRef?
    /// Peers whose `X-Forwarded-For` is believed (a reverse proxy, Docker's bridge); empty: none.
    package var trustedProxies: [IPNetwork] = []

    /// The address to listen on, resolved from `bind`.
    package var host: String {
        switch bind {
        case "loopback": "127.0.0.1"
        case "lan": "0.0.0.0"
        default: bind
        }
    }

    /// 127.0.0.0/8 as four decimal octets, `::1` or `localhost`: a name such as
    /// `127.0.0.1.nip.io` could resolve anywhere, so it counts as not loopback.
    package var isLoopback: Bool {
        EndpointURL.isLoopback(host: host)
    }
}

package struct SecretsConfig: Sendable {
    package var dir: String
    package var maxAgeDays: Int
    package var warnDays: Int
}

package struct CommandsConfig: Sendable {
    /// Telegram user ids with owner rights; the first pairing approval fills it when empty.
    package var ownerAllowFrom: Set<Int64>
}

package struct LoggingConfig: Sendable {
    /// Whether message text may appear in logs at all.
    package enum Messages: String, Sendable, CaseIterable {
        /// No message or reply text in any log line (the default).
        case off
        /// Message and reply text logged at debug level, through the redactor.
        case redacted
    }

    /// swift-log's level names, most verbose first.
    package static let levels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]

    /// swift-log level name: one of `levels`.
    package var level: String
    package var messages: Messages
    /// The security log: one line per source and interval of failed webhook authentication,
    /// with the source address (for fail2ban); nil writes none.
    package var authLog: String? = nil
}
