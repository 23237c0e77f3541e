import OpenClawCore
import OpenClawLLM
import OpenClawStore

/// Sixth stage: the request for the model — the conversation's recent turns, the user's turn
/// with forwarded and quoted text fenced as untrusted, the system prompt (the group's own, found
/// through a supergroup migration too, else the default) with its canary, and personal data
/// replaced when `privacy.redactUpstream` asks for it.
struct SessionStage: Sendable {
    struct Prepared: Sendable {
        var request: CompletionRequest
        /// The user's turn as stored in the history.
        var userTurn: ChatTurn
        var outcome: Outcome
    }

    let store: OpenClawStore
    let framing: PromptFraming
    let agents: AgentDefaults
    /// Set when `privacy.redactUpstream` is on.
    let upstreamRedactor: Redactor?
    let logsMessageText: Bool

    /// The prompt's base before framing: the group's prompt, else the default.
    func basePrompt(for admitted: AdmittedMessage) -> String? {
        admitted.group?.systemPrompt ?? agents.systemPrompt
    }

    /// Bytes of the system prompt and the new turn as sent: the budget's estimate before the
    /// history is read.
    func newPromptBytes(for admitted: AdmittedMessage) -> Int {
        let turn = ChatTurn(role: .user, content: framing.userContent(for: admitted.message))
        return (framing.systemPrompt(basePrompt(for: admitted), turns: [turn])?.utf8.count ?? 0) + turn.content.utf8.count
    }

    func prepare(for admitted: AdmittedMessage) async -> Prepared {
        let message = admitted.message
        var outcome = Outcome()
        if logsMessageText { outcome.record(.messageText(updateId: message.updateId, text: message.text)) }
        let userTurn = ChatTurn(role: .user, content: framing.userContent(for: message))
        var history: [ChatTurn] = []
        if agents.historyLimit > 0 {
            do {
                history = try await store.recentTurns(session: admitted.session, limit: agents.historyLimit)
            } catch {
                outcome.record(.historyUnavailable(error: "\(type(of: error))"))
            }
        }
        var turns = history + [userTurn]
        if let upstreamRedactor {
            turns = turns.map { ChatTurn(role: $0.role, content: upstreamRedactor.redact($0.content)) }
        }
        let request = CompletionRequest(
            system: framing.systemPrompt(basePrompt(for: admitted), turns: turns), turns: turns, maxTokens: agents.maxTokens
        )
        return Prepared(request: request, userTurn: userTurn, outcome: outcome)
    }
}
