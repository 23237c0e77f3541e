#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore
import OpenClawStore

/// Runs a chat command for an admitted sender (after the rate limits, before anything that costs
/// money) and answers it.
struct CommandStage: Sendable {
    let store: OpenClawStore
    let agents: AgentDefaults
    let budget: BudgetStage
    let forgetMe: ForgetMeCommand

    func run(_ command: ChatCommand, for admitted: AdmittedMessage) async -> Outcome {
        var outcome = Outcome()
        let text: String
        do {
            text = try await reply(to: command, admitted, &outcome)
        } catch {
            outcome.record(.commandFailed(command, error: "\(type(of: error))"))
            text = "That did not work. Please try again."
        }
        outcome.reply(text, to: admitted.message)
        return outcome
    }

    private func reply(to command: ChatCommand, _ admitted: AdmittedMessage, _ outcome: inout Outcome) async throws -> String {
        let message = admitted.message
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
            try await store.resetSession(admitted.session)
            return "New conversation started."
        case .whoami:
            return """
                User id: \(admitted.sender)
                Chat id: \(message.chatId)
                Role: \(admitted.isOwner ? "owner" : "user")
                """
        case .usage:
            let spend = try await budget.spend(userId: admitted.sender)
            func line(_ label: String, _ spent: Double, _ scope: BudgetScope) -> String {
                let remaining = budget.policy.remaining(scope, spend: spend).map { ", \(USDFormat.dollars($0)) left" } ?? " (no limit)"
                return "\(label): \(USDFormat.dollars(spent))\(remaining)"
            }
            return """
                Your spend (UTC):
                \(line("Today", spend.userDay, .userDay))
                \(line("This month", spend.userMonth, .userMonth))
                """
        case .forgetMe:
            return try await forgetMe.reply(to: admitted, &outcome)
        case .status:
            let info = try await store.sessionInfo(admitted.session)
            let fallbacks = agents.fallbacks.map(\.description).joined(separator: ", ")
            return """
                Model: \(agents.model)
                Fallbacks: \(fallbacks.isEmpty ? "none" : fallbacks)
                Conversation: \(info.turns) messages (history sent: last \(agents.historyLimit))
                """
        }
    }
}

extension AdmittedMessage {
    /// The chat command this message is, if it is one we know.
    var command: ChatCommand? {
        message.command.flatMap(ChatCommand.init(rawValue:))
    }
}
