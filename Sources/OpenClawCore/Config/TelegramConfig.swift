/// `channels.telegram`.
package struct TelegramConfig: Sendable {
    package var botToken: SecretRef
    package var apiRoot: String
    package var dmPolicy: DMPolicy
    package var allowFrom: AllowList
    package var groupPolicy: GroupPolicy
    /// Keyed by chat id as written in the config (`"-1001234567890"`) or `"*"`.
    package var groups: [String: GroupConfig]
    /// Who may trigger the bot inside allowed groups; nil falls back to `allowFrom`.
    package var groupAllowFrom: AllowList?
    package var webhookUrl: String?
    package var webhookPath: String
    package var webhookSecret: SecretRef?
    /// Reply chunk size in UTF-16 units, within `textChunkLimits`.
    package var textChunkLimit: Int
    package var pacing: TelegramPacing

    /// What `textChunkLimit` may be: up to Telegram's 4096, and large enough that a long reply
    /// stays a handful of messages rather than thousands paced one a second.
    package static let textChunkLimits = 256...4096

    package init(
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
    package var effectiveGroupAllowFrom: AllowList {
        groupAllowFrom ?? allowFrom
    }
}

package enum DMPolicy: String, Sendable, CaseIterable {
    /// Strangers get a pairing code; an operator approves them.
    case pairing
    /// Only `allowFrom` (and entries added with `openclaw allowlist add`).
    case allowlist
    /// Anyone; requires `"*"` in `allowFrom` so the choice is explicit.
    case open
    /// No direct messages at all.
    case disabled
}

package enum GroupPolicy: String, Sendable, CaseIterable {
    /// Only groups listed in `groups` (or `"*"`), only senders in the group sender list.
    case allowlist
    /// Any group, any sender (mention gating still applies).
    case open
    /// No group messages at all.
    case disabled
}

/// `channels.telegram.groups.<chatId>`.
package struct GroupConfig: Sendable, Equatable {
    package var requireMention: Bool
    package var enabled: Bool
    /// Senders allowed in this group; overrides `groupAllowFrom` when set.
    package var allowFrom: AllowList?
    package var systemPrompt: String?

    package init(requireMention: Bool = true, enabled: Bool = true, allowFrom: AllowList? = nil, systemPrompt: String? = nil) {
        self.requireMention = requireMention
        self.enabled = enabled
        self.allowFrom = allowFrom
        self.systemPrompt = systemPrompt
    }
}
