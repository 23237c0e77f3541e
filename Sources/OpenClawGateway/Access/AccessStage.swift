import OpenClawCore

/// Second stage: who may reach the model. Decides in memory from the config and the grants
/// snapshot; a refused person is audited once per reason and hour, a stranger under
/// `dmPolicy: pairing` goes on to the pairing stage, and a group move is recorded.
struct AccessStage: Sendable {
    enum Decision: Sendable {
        case done(Outcome)
        case stranger(sender: Int64, notes: Outcome)
        case admitted(AdmittedMessage, notes: Outcome)
    }

    let telegram: TelegramConfig
    let configuredOwners: Set<Int64>
    let denials: DenialRecorder

    func decide(_ message: InboundMessage, grants: AccessSnapshot) -> Decision {
        if let newChatId = message.migrateToChatId {
            var outcome = Outcome()
            outcome.migration = GroupMove(from: message.chatId, to: newChatId)
            return .done(outcome)
        }
        if let oldChatId = message.migrateFromChatId {
            var outcome = Outcome()
            outcome.migration = GroupMove(from: oldChatId, to: message.chatId)
            return .done(outcome)
        }
        var owners = configuredOwners
        if let stored = grants.storedOwner { owners.insert(stored) }
        let policy = AccessPolicy(telegram: telegram, owners: owners)
        let migratedFrom = message.chatKind == .group ? grants.migratedFrom(message.chatId) : nil
        let granted = message.senderId.map(grants.dmGrants.contains) ?? false
        switch policy.decide(message, grantedDM: granted, migratedFrom: migratedFrom) {
        case .ignore(let reason):
            return .done(refusal(of: message, reason: reason))
        case .pairing:
            let notes = Outcome.event(.accessDecision(AccessDecisionLabel(decision: "pairing", reason: "unknown_sender")))
            guard let sender = message.senderId else { return .done(notes) }
            return .stranger(sender: sender, notes: notes)
        case .allow:
            let notes = Outcome.event(.accessDecision(AccessDecisionLabel(decision: "allow", reason: "allowed")))
            guard let sender = message.senderId else { return .done(notes) }
            let group = message.chatKind == .group ? policy.groupEntry(chatId: message.chatId, migratedFrom: migratedFrom) : nil
            return .admitted(AdmittedMessage(message: message, sender: sender, owners: owners, group: group), notes: notes)
        }
    }

    /// A refusal of a person is logged and audited the first time per sender, reason and hour.
    private func refusal(of message: InboundMessage, reason: IgnoreReason) -> Outcome {
        var outcome = Outcome.event(.accessDecision(AccessDecisionLabel(decision: "ignore", reason: reason.rawValue)))
        guard reason.isUnauthorised else {
            outcome.record(.ignored(reason, updateId: message.updateId))
            return outcome
        }
        var details = ["reason": reason.rawValue]
        if let sender = message.senderId {
            let key = DenialRecorder.Key(sender: sender, kind: .accessDenied, reason: reason.rawValue)
            guard case .record(let repeats) = denials.observe(key) else { return outcome }
            if repeats > 0 { details["repeatsBefore"] = String(repeats) }
        }
        outcome.record(.senderRefused(reason, chat: message.chatKind, updateId: message.updateId))
        outcome.audit(.accessDenied, userId: message.senderId, chatId: message.chatId, details)
        return outcome
    }
}
