extension ConfigParser {
    static func parseTelegram(_ top: ConfigObject) -> TelegramConfig? {
        guard let channels = top.object("channels"),
            let section = channels.object("telegram")
        else { return nil }
        let issues = section.issues
        guard let botToken = section.secretRef("botToken") else {
            if !section.has("botToken") {
                issues.add(section.keyPath("botToken"), "required: a reference such as {\"source\":\"file\",\"id\":\"telegram_bot_token\"}")
            }
            return nil
        }
        let apiRoot = section.string("apiRoot", default: "https://api.telegram.org")
        if !isHTTPSOrLoopbackHTTP(apiRoot) {
            issues.add(
                section.keyPath("apiRoot"),
                "must be an https:// URL; plain http:// only to a loopback host (127.0.0.0/8, ::1, localhost), since the bot token is in every request's path"
            )
        }
        let config = TelegramConfig(
            botToken: botToken,
            apiRoot: apiRoot.hasSuffix("/") ? String(apiRoot.dropLast()) : apiRoot,
            dmPolicy: section.oneOf("dmPolicy", default: DMPolicy.pairing),
            allowFrom: section.allowList("allowFrom") ?? .empty,
            groupPolicy: section.oneOf("groupPolicy", default: GroupPolicy.allowlist),
            groups: parseGroups(section),
            groupAllowFrom: section.allowList("groupAllowFrom"),
            webhookUrl: section.string("webhookUrl"),
            webhookPath: section.string("webhookPath", default: "/telegram-webhook"),
            webhookSecret: section.secretRef("webhookSecret"),
            textChunkLimit: section.int("textChunkLimit", default: 4000, range: TelegramConfig.textChunkLimits),
            pacing: parsePacing(section)
        )
        checkPolicies(config, section)
        return config
    }

    private static func parsePacing(_ section: ConfigObject) -> TelegramPacing {
        let defaults = TelegramPacing.telegram
        guard let pacing = section.object("pacing") else { return defaults }
        return TelegramPacing(
            perChatIntervalMs: pacing.int("perChatIntervalMs", default: defaults.perChatIntervalMs, range: TelegramPacing.perChatIntervalMsRange),
            perGroupPerMinute: pacing.int("perGroupPerMinute", default: defaults.perGroupPerMinute, range: TelegramPacing.perGroupPerMinuteRange),
            globalPerSecond: pacing.int("globalPerSecond", default: defaults.globalPerSecond, range: TelegramPacing.globalPerSecondRange)
        )
    }

    private static func parseGroups(_ section: ConfigObject) -> [String: GroupConfig] {
        var groups: [String: GroupConfig] = [:]
        for (chatId, value) in section.map("groups") {
            let path = section.keyPath("groups") + ".\(chatId)"
            guard chatId == "*" || Int64(chatId) != nil else {
                section.issues.add(path, "group keys are numeric chat ids (e.g. \"-1001234567890\") or \"*\"")
                continue
            }
            guard let group = section.entry(chatId, of: "groups", value) else { continue }
            groups[chatId] = GroupConfig(
                requireMention: group.bool("requireMention", default: true),
                enabled: group.bool("enabled", default: true),
                allowFrom: group.allowList("allowFrom"),
                systemPrompt: group.string("systemPrompt")
            )
        }
        return groups
    }

    private static func checkPolicies(_ config: TelegramConfig, _ section: ConfigObject) {
        let issues = section.issues
        switch config.dmPolicy {
        case .open where !config.allowFrom.allowsEveryone:
            issues.add(section.keyPath("dmPolicy"), "\"open\" lets anyone talk to the bot and requires \"*\" in channels.telegram.allowFrom to confirm it")
        case .allowlist where config.allowFrom.isEmpty:
            issues.add(section.keyPath("allowFrom"), "dmPolicy \"allowlist\" needs at least one user id here")
        default:
            break
        }
        if let url = config.webhookUrl {
            if config.webhookSecret == nil {
                issues.add(section.keyPath("webhookUrl"), "a webhook requires channels.telegram.webhookSecret so forged updates are refused")
            }
            if !isHTTPSOrLoopbackHTTP(url) {
                issues.add(section.keyPath("webhookUrl"), "must be an https:// URL (Telegram delivers webhooks over HTTPS only; http:// is accepted for a loopback host in tests)")
            }
        }
        if !config.webhookPath.hasPrefix("/") || config.webhookPath.count < 2 {
            issues.add(section.keyPath("webhookPath"), "must be a path starting with \"/\"")
        }
    }

    /// Decided on the parsed host, not the text: `http://127.0.0.1.nip.io` is not loopback.
    static func isHTTPSOrLoopbackHTTP(_ text: String) -> Bool {
        guard let url = EndpointURL(text) else { return false }
        return url.isHTTPS || url.isLoopback
    }
}
