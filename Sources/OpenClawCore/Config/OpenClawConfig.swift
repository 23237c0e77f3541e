/// The whole validated configuration. Build it with `ConfigParser`; it is never partially valid.
public struct OpenClawConfig: Sendable {
    public var gateway: GatewayConfig
    public var state: StateConfig
    public var secrets: SecretsConfig
    public var telegram: TelegramConfig
    public var providers: [String: ProviderConfig]
    public var agents: AgentDefaults
    public var commands: CommandsConfig
    public var logging: LoggingConfig
    public var limits: LimitsConfig
    public var privacy: PrivacyConfig
    public var contentFilter: ContentFilterConfig
    public var audit: AuditConfig
}

public struct GatewayConfig: Sendable {
    /// `loopback` (127.0.0.1), `lan` (0.0.0.0) or an IP literal.
    public var bind: String
    public var port: Int
    /// Bearer token required on `/metrics` (and any future admin route); mandatory off loopback.
    public var authToken: SecretRef?
    /// Peers whose `X-Forwarded-For` is believed (a reverse proxy, Docker's bridge); empty: none.
    public var trustedProxies: [IPNetwork] = []

    /// The address to listen on, resolved from `bind`.
    public var host: String {
        switch bind {
        case "loopback": "127.0.0.1"
        case "lan": "0.0.0.0"
        default: bind
        }
    }

    /// 127.0.0.0/8 as four decimal octets, `::1` or `localhost`: a name such as
    /// `127.0.0.1.nip.io` could resolve anywhere, so it counts as not loopback.
    public var isLoopback: Bool {
        EndpointURL.isLoopback(host: host)
    }
}

public struct SecretsConfig: Sendable {
    public var dir: String
    public var maxAgeDays: Int
    public var warnDays: Int
}

public struct CommandsConfig: Sendable {
    /// Telegram user ids with owner rights; the first pairing approval fills it when empty.
    public var ownerAllowFrom: Set<Int64>
}

public struct LoggingConfig: Sendable {
    /// Whether message text may appear in logs at all.
    public enum Messages: String, Sendable, CaseIterable {
        /// No message or reply text in any log line (the default).
        case off
        /// Message and reply text logged at debug level, through the redactor.
        case redacted
    }

    /// swift-log's level names, most verbose first.
    public static let levels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]

    /// swift-log level name: one of `levels`.
    public var level: String
    public var messages: Messages
    /// The security log: one line per source and interval of failed webhook authentication,
    /// with the source address (for fail2ban); nil writes none.
    public var authLog: String? = nil
}
