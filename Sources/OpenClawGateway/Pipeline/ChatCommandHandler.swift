#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Logging
import OpenClawCore
import OpenClawStore

/// Runs a chat command for an allowed sender and replies.
struct ChatCommandHandler: Sendable {
    let runtime: GatewayRuntime

    func run(_ command: ChatCommand, for message: InboundMessage) async {
        let reply: String
        do {
            reply = try await text(for: command, message)
        } catch {
            runtime.logger.error("chat command failed", metadata: ["command": "\(command.rawValue)", "error": "\(type(of: error))"])
            reply = "That did not work. Please try again."
        }
        await ReplySender(runtime: runtime).send(reply, replyingTo: message)
    }

    private func text(for command: ChatCommand, _ message: InboundMessage) async throws -> String {
        let session = SessionKey(for: message)
        switch command {
        case .start, .help:
            return """
                Send a message and I will answer.
                /new or /reset: start a new conversation
                /status: model and conversation
                /whoami: your Telegram ids
                /usage: your spend and remaining budget
                /forgetme: delete everything stored about you
                /help: this list
                """
        case .new, .reset:
            try await runtime.store.resetSession(session)
            return "New conversation started."
        case .whoami:
            let isOwner = await runtime.owners().contains(message.senderId ?? 0)
            return """
                User id: \(message.senderId.map(String.init) ?? "unknown")
                Chat id: \(message.chatId)
                Role: \(isOwner ? "owner" : "user")
                """
        case .usage:
            guard let sender = message.senderId else { return "No usage without a sender." }
            let budget = BudgetGuard(runtime: runtime)
            let spend = try await budget.spend(userId: sender, at: runtime.now())
            func line(_ label: String, _ spent: Double, _ scope: BudgetScope) -> String {
                let remaining = budget.policy.remaining(scope, spend: spend).map { ", \(CostAlerts.usd($0)) left" } ?? " (no limit)"
                return "\(label): \(CostAlerts.usd(spent))\(remaining)"
            }
            return """
                Your spend (UTC):
                \(line("Today", spend.userDay, .userDay))
                \(line("This month", spend.userMonth, .userMonth))
                """
        case .forgetMe:
            return try await ForgetMeCommand(runtime: runtime).reply(to: message)
        case .status:
            let info = try await runtime.store.sessionInfo(session)
            let agents = runtime.config.agents
            let fallbacks = agents.fallbacks.map(\.description).joined(separator: ", ")
            return """
                Model: \(agents.model)
                Fallbacks: \(fallbacks.isEmpty ? "none" : fallbacks)
                Conversation: \(info.turns) messages (history sent: last \(agents.historyLimit))
                """
        }
    }
}
