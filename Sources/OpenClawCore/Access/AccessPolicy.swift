/// Decides who may reach the model, following OpenClaw's Telegram semantics.
///
/// Pure: the gateway looks up run-time grants in the store and passes them in.
package struct AccessPolicy: Sendable {
    package var telegram: TelegramConfig
    /// Owners from `commands.ownerAllowFrom` plus the one set by the first pairing approval.
    package var owners: Set<Int64>

    package init(telegram: TelegramConfig, owners: Set<Int64>) {
        self.telegram = telegram
        self.owners = owners
    }

    /// - Parameters:
    ///   - grantedDM: the store holds a DM grant for the sender (pairing approval or `allowlist add`).
    ///   - migratedFrom: the chat's id before it became a supergroup, if it did.
    package func decide(_ message: InboundMessage, grantedDM: Bool, migratedFrom: Int64? = nil) -> AccessDecision {
        switch message.kind {
        case .edited: return .ignore(.editedMessage)
        case .channelPost: return .ignore(.channelPost)
        case .service: return .ignore(.serviceMessage)
        case .message: break
        }
        if message.chatKind == .channel { return .ignore(.channelPost) }
        if message.senderIsBot { return .ignore(.fromBot) }
        guard let sender = message.senderId else { return .ignore(.noSender) }
        if message.text.isEmpty { return .ignore(.emptyText) }
        switch message.chatKind {
        case .direct:
            return decideDirect(sender: sender, grantedDM: grantedDM)
        case .group, .channel:
            return decideGroup(message, sender: sender, migratedFrom: migratedFrom)
        }
    }

    private func decideDirect(sender: Int64, grantedDM: Bool) -> AccessDecision {
        let known = telegram.allowFrom.contains(sender) || owners.contains(sender) || grantedDM
        switch telegram.dmPolicy {
        case .disabled: return .ignore(.dmDisabled)
        case .open: return .allow
        case .allowlist: return known ? .allow : .ignore(.notAllowlisted)
        case .pairing: return known ? .allow : .pairing
        }
    }

    private func decideGroup(_ message: InboundMessage, sender: Int64, migratedFrom: Int64?) -> AccessDecision {
        let entry = groupEntry(chatId: message.chatId, migratedFrom: migratedFrom)
        switch telegram.groupPolicy {
        case .disabled:
            return .ignore(.groupsDisabled)
        case .allowlist:
            guard let entry, entry.enabled else { return .ignore(.groupNotAllowed) }
            let senders = entry.allowFrom ?? telegram.effectiveGroupAllowFrom
            guard senders.contains(sender) else { return .ignore(.groupSenderNotAllowed) }
        case .open:
            if let entry, !entry.enabled { return .ignore(.groupNotAllowed) }
            if let senders = entry?.allowFrom, !senders.contains(sender) { return .ignore(.groupSenderNotAllowed) }
        }
        let requireMention = entry?.requireMention ?? true
        if requireMention && !message.addressesBot { return .ignore(.notMentioned) }
        return .allow
    }

    /// The group's own entry (also under its pre-migration id), else the `"*"` entry.
    package func groupEntry(chatId: Int64, migratedFrom: Int64?) -> GroupConfig? {
        if let entry = telegram.groups[String(chatId)] { return entry }
        if let old = migratedFrom, let entry = telegram.groups[String(old)] { return entry }
        return telegram.groups["*"]
    }
}
