/// `channels.telegram`.
public struct TelegramConfig: Sendable {
    public var botToken: SecretRef
    public var apiRoot: String
    public var dmPolicy: DMPolicy
    public var allowFrom: AllowList
    public var groupPolicy: GroupPolicy
    /// Keyed by chat id as written in the config (`"-1001234567890"`) or `"*"`.
    public var groups: [String: GroupConfig]
    /// Who may trigger the bot inside allowed groups; nil falls back to `allowFrom`.
    public var groupAllowFrom: AllowList?
    public var webhookUrl: String?
    public var webhookPath: String
    public var webhookSecret: SecretRef?
    /// Reply chunk size in UTF-16 units, within `textChunkLimits`.
    public var textChunkLimit: Int
    public var pacing: TelegramPacing

    /// What `textChunkLimit` may be: up to Telegram's 4096, and large enough that a long reply
    /// stays a handful of messages rather than thousands paced one a second.
    public static let textChunkLimits = 256...4096

    public init(
        botToken: SecretRef,
        apiRoot: String = "https://api.telegram.org",
        dmPolicy: DMPolicy = .pairing,
        allowFrom: AllowList = .empty,
        groupPolicy: GroupPolicy = .allowlist,
        groups: [String: GroupConfig] = [:],
        groupAllowFrom: AllowList? = nil,
        webhookUrl: String? = nil,
        webhookPath: String = "/telegram-webhook",
        webhookSecret: SecretRef? = nil,
        textChunkLimit: Int = 4000,
        pacing: TelegramPacing = .telegram
    ) {
        self.botToken = botToken
        self.apiRoot = apiRoot
        self.dmPolicy = dmPolicy
        self.allowFrom = allowFrom
        self.groupPolicy = groupPolicy
        self.groups = groups
        self.groupAllowFrom = groupAllowFrom
        self.webhookUrl = webhookUrl
        self.webhookPath = webhookPath
        self.webhookSecret = webhookSecret
        self.textChunkLimit = textChunkLimit
        self.pacing = pacing
    }

    /// The sender list that applies in groups: `groupAllowFrom`, else `allowFrom` — never the pairing store.
    public var effectiveGroupAllowFrom: AllowList {
        groupAllowFrom ?? allowFrom
    }
}

public enum DMPolicy: String, Sendable, CaseIterable {
    /// Strangers get a pairing code; an operator approves them.
    case pairing
    /// Only `allowFrom` (and entries added with `openclaw allowlist add`).
    case allowlist
    /// Anyone; requires `"*"` in `allowFrom` so the choice is explicit.
    case open
    /// No direct messages at all.
    case disabled
}

public enum GroupPolicy: String, Sendable, CaseIterable {
    /// Only groups listed in `groups` (or `"*"`), only senders in the group sender list.
    case allowlist
    /// Any group, any sender (mention gating still applies).
    case open
    /// No group messages at all.
    case disabled
}

/// `channels.telegram.groups.<chatId>`.
public struct GroupConfig: Sendable, Equatable {
    public var requireMention: Bool
    public var enabled: Bool
    /// Senders allowed in this group; overrides `groupAllowFrom` when set.
    public var allowFrom: AllowList?
    public var systemPrompt: String?

    public init(requireMention: Bool = true, enabled: Bool = true, allowFrom: AllowList? = nil, systemPrompt: String? = nil) {
        self.requireMention = requireMention
        self.enabled = enabled
        self.allowFrom = allowFrom
        self.systemPrompt = systemPrompt
    }
}
