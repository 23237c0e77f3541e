import OpenClawCore

/// Fourth stage: the content filter on a message bound for the model, before the budget (it is
/// free; the budget reads the ledger), and on the text it quotes, read as an untrusted document
/// (as is a forwarded message); that text also reaches the model fenced. Over the threshold,
/// `block` stops it with a neutral reply, `flag` lets it through; both are audited and counted by
/// rule id, score and the decodings that revealed hidden text only.
struct InputFilterStage: Sendable {
    static let blockedReply = "I can't help with that message."

    enum Verdict: Sendable {
        case passed(Outcome)
        case blocked(Outcome)
    }

    let filter: ContentFilter

    func check(_ admitted: AdmittedMessage) -> Verdict {
        let message = admitted.message
        var verdict = filter.evaluate(message.text, untrusted: message.isForwarded)
        if !verdict.isOver, let quoted = message.quotedText {
            verdict = filter.evaluate(quoted, untrusted: true)
        }
        guard verdict.isOver else { return .passed(Outcome()) }
        let action = filter.config.action
        let rules = (verdict.matches.map(\.ruleId) + verdict.revealedBy.map { "decoded:\($0.rawValue)" }).joined(separator: ",")
        var outcome = Outcome.event(
            .contentFiltered(stage: .input, action: action, rules: rules, score: verdict.score, updateId: message.updateId)
        )
        switch action {
        case .allow:
            return .passed(outcome)
        case .flag:
            outcome.audit(.contentFlagged, userId: message.senderId, chatId: message.chatId, ["rules": rules, "score": String(verdict.score)])
            return .passed(outcome)
        case .block:
            outcome.audit(.contentBlocked, userId: message.senderId, chatId: message.chatId, ["rules": rules, "score": String(verdict.score)])
            outcome.reply(Self.blockedReply, to: message)
            return .blocked(outcome)
        }
    }
}
