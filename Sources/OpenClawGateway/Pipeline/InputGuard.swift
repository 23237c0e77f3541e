import Logging
import OpenClawCore

/// Runs the content filter on a message bound for the model. Over the threshold, `block` stops
/// it with a neutral reply, `flag` lets it through; both are audited and counted, by rule id and
/// score only. Quoted text is not scored: it reaches the model fenced as untrusted instead.
struct InputGuard: Sendable {
    static let blockedReply = "I can't help with that message."

    let runtime: GatewayRuntime

    /// True when the message may go on to the model.
    func admit(_ message: InboundMessage) async -> Bool {
        let verdict = runtime.contentFilter.evaluate(message.text)
        guard verdict.isOver else { return true }
        let action = runtime.contentFilter.config.action
        let rules = verdict.matches.map(\.ruleId).joined(separator: ",")
        runtime.metrics.contentFiltered(stage: "input", action: action.rawValue)
        runtime.logger.notice(
            "content filter matched",
            metadata: ["action": "\(action.rawValue)", "rules": "\(rules)", "score": "\(verdict.score)", "update": "\(message.updateId)"]
        )
        switch action {
        case .allow:
            return true
        case .flag:
            await runtime.audit(.contentFlagged, userId: message.senderId, chatId: message.chatId, ["rules": rules, "score": String(verdict.score)])
            return true
        case .block:
            await runtime.audit(.contentBlocked, userId: message.senderId, chatId: message.chatId, ["rules": rules, "score": String(verdict.score)])
            await ReplySender(runtime: runtime).send(Self.blockedReply, replyingTo: message)
            return false
        }
    }
}
