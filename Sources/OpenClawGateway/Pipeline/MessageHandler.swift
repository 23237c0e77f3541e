import Logging
import OpenClawCore
import OpenClawStore

/// Takes one normalised message through access control and, if allowed, to a command or the model.
struct MessageHandler: Sendable {
    let runtime: GatewayRuntime

    func handle(_ message: InboundMessage) async {
        if let newChatId = message.migrateToChatId {
            await recordMigration(from: message.chatId, to: newChatId)
            return
        }
        let decision: AccessDecision
        do {
            decision = try await decide(message)
        } catch {
            runtime.logger.error("access check failed; message dropped", metadata: ["update": "\(message.updateId)", "error": "\(type(of: error))"])
            return
        }
        switch decision {
        case .ignore(let reason):
            runtime.metrics.accessDecision(AccessDecisionLabel(decision: "ignore", reason: reason.rawValue))
            if reason.isUnauthorised {
                await recordDenial(of: message, reason: reason)
            } else {
                runtime.logger.debug("message ignored", metadata: ["reason": "\(reason.rawValue)", "update": "\(message.updateId)"])
            }
        case .pairing:
            runtime.metrics.accessDecision(AccessDecisionLabel(decision: "pairing", reason: "unknown_sender"))
            guard let sender = message.senderId, RateGuard(runtime: runtime).admitPairingReply(sender: sender) else { return }
            await PairingResponder(runtime: runtime).respond(to: message)
        case .allow:
            runtime.metrics.accessDecision(AccessDecisionLabel(decision: "allow", reason: "allowed"))
            guard let sender = message.senderId, await RateGuard(runtime: runtime).admit(message, sender: sender) else { return }
            let maxInput = runtime.config.limits.maxInputChars
            if message.text.count > maxInput {
                runtime.metrics.rateLimited(scope: "input_length")
                await ReplySender(runtime: runtime).send(
                    "Your message is too long (\(message.text.count) characters; the limit is \(maxInput)). Please shorten it.", replyingTo: message
                )
                return
            }
            if let command = message.command, let chatCommand = ChatCommand(rawValue: command) {
                await ChatCommandHandler(runtime: runtime).run(chatCommand, for: message)
            } else if await InputGuard(runtime: runtime).admit(message) {
                await Conversation(runtime: runtime).reply(to: message)
            }
        }
    }

    private func decide(_ message: InboundMessage) async throws -> AccessDecision {
        var granted = false
        if message.chatKind == .direct, let sender = message.senderId {
            granted = try await runtime.store.isAllowed(channel: GatewayRuntime.channel, userId: sender)
        }
        var migratedFrom: Int64?
        if message.chatKind == .group {
            migratedFrom = try await runtime.store.groupMigratedFrom(message.chatId)
        }
        let policy = AccessPolicy(telegram: runtime.config.telegram, owners: await runtime.owners())
        return policy.decide(message, grantedDM: granted, migratedFrom: migratedFrom)
    }

    /// The first refusal per sender, reason and hour is logged and audited in full; repeats are counted.
    private func recordDenial(of message: InboundMessage, reason: IgnoreReason) async {
        var details = ["reason": reason.rawValue]
        if let sender = message.senderId {
            guard case .record(let repeats) = runtime.denials.observe(sender: sender, kind: AuditKind.accessDenied.rawValue + "/" + reason.rawValue) else { return }
            if repeats > 0 { details["repeatsBefore"] = String(repeats) }
        }
        runtime.logger.notice(
            "unauthorized sender refused",
            metadata: ["reason": "\(reason.rawValue)", "chat": "\(message.chatKind.rawValue)", "update": "\(message.updateId)"]
        )
        await runtime.audit(.accessDenied, userId: message.senderId, chatId: message.chatId, details)
    }

    /// A group that became a supergroup keeps its `groups` entry through the recorded alias.
    private func recordMigration(from oldId: Int64, to newId: Int64) async {
        do {
            try await runtime.store.recordGroupMigration(from: oldId, to: newId, at: runtime.now())
            await runtime.audit(.groupMigrated, chatId: newId, ["from": String(oldId), "to": String(newId)])
            runtime.logger.info("group migrated to supergroup; its allowlist entry follows")
        } catch {
            runtime.logger.error("recording group migration failed", metadata: ["error": "\(type(of: error))"])
        }
    }
}
