#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Logging
import OpenClawCore
import OpenClawLLM
import OpenClawStore

/// Sends an allowed message with its session history to the model, stores both turns and the
/// usage, and replies.
struct Conversation: Sendable {
    let runtime: GatewayRuntime

    func reply(to message: InboundMessage) async {
        let config = runtime.config
        let session = SessionKey(for: message)
        let userTurn = ChatTurn(role: .user, content: runtime.framing.userContent(for: message))
        if config.logging.messages == .redacted {
            runtime.logger.info("message text", metadata: ["update": "\(message.updateId)", "text": "\(message.text)"])
        }
        let history: [ChatTurn]
        do {
            history = config.agents.historyLimit > 0
                ? try await runtime.store.recentTurns(session: session, limit: config.agents.historyLimit) : []
        } catch {
            runtime.logger.error("loading history failed", metadata: ["error": "\(type(of: error))"])
            history = []
        }
        var turns = history + [userTurn]
        if config.privacy.redactUpstream {
            let redactor = runtime.redactors.all
            turns = turns.map { ChatTurn(role: $0.role, content: redactor.redact($0.content)) }
        }
        let request = CompletionRequest(
            system: runtime.framing.systemPrompt(await baseSystemPrompt(for: message), turns: turns), turns: turns, maxTokens: config.agents.maxTokens
        )
        let budget = BudgetGuard(runtime: runtime)
        if let sender = message.senderId, let refusal = await budget.refusal(for: message, sender: sender) {
            await ReplySender(runtime: runtime).send(refusal, replyingTo: message)
            return
        }

        let typing = ReplySender(runtime: runtime).keepTyping(in: message)
        let result: Result<Completion, LLMError>
        let started = ContinuousClock.now
        do {
            let models = runtime.models
            result = .success(try await runtime.modelCalls.run {
                try await models.complete(request, primary: config.agents.model, fallbacks: config.agents.fallbacks)
            })
        } catch let error as LLMError {
            result = .failure(error)
        } catch {
            result = .failure(LLMError(code: .unavailable, detail: "unexpected \(type(of: error))"))
        }
        typing.cancel()

        switch result {
        case .success(let completion):
            runtime.metrics.modelCall(provider: completion.ref.provider, model: completion.ref.model, outcome: "ok")
            runtime.metrics.modelRequestDuration(provider: completion.ref.provider, outcome: "ok", ContinuousClock.now - started)
            let reply = await OutputGuard(runtime: runtime).reply(for: completion.text, to: message)
            await record(completion, reply: reply, userTurn: userTurn, session: session, message: message)
            await budget.afterCall(sender: message.senderId)
            if config.logging.messages == .redacted {
                runtime.logger.info("reply text", metadata: ["update": "\(message.updateId)", "text": "\(reply)"])
            }
            await ReplySender(runtime: runtime).send(reply, replyingTo: message)
        case .failure(let error):
            runtime.metrics.modelCall(provider: config.agents.model.provider, model: config.agents.model.model, outcome: "error")
            runtime.metrics.modelRequestDuration(provider: config.agents.model.provider, outcome: "error", ContinuousClock.now - started)
            runtime.logger.error("model call failed", metadata: ["detail": "\(error.detail)", "update": "\(message.updateId)"])
            await ReplySender(runtime: runtime).send(error.userMessage, replyingTo: message)
        }
    }

    /// The group's own prompt (found through a recorded supergroup migration too), else the default.
    private func baseSystemPrompt(for message: InboundMessage) async -> String? {
        if message.chatKind == .group {
            let migratedFrom = try? await runtime.store.groupMigratedFrom(message.chatId)
            let policy = AccessPolicy(telegram: runtime.config.telegram, owners: [])
            if let prompt = policy.groupEntry(chatId: message.chatId, migratedFrom: migratedFrom)?.systemPrompt {
                return prompt
            }
        }
        return runtime.config.agents.systemPrompt
    }

    /// Stores the turns (the reply as sent, so a withheld leak never re-enters the history) and the usage.
    private func record(_ completion: Completion, reply: String, userTurn: ChatTurn, session: SessionKey, message: InboundMessage) async {
        let now = runtime.now()
        let price = runtime.config.providers[completion.ref.provider]?.model(completion.ref.model)?.cost ?? ModelCost()
        do {
            try await runtime.store.appendTurn(session: session, turn: userTurn, userId: message.senderId, at: now)
            try await runtime.store.appendTurn(
                session: session, turn: ChatTurn(role: .assistant, content: reply), userId: message.senderId, at: now
            )
            let cost = price.usd(for: completion.usage)
            runtime.metrics.tokens(provider: completion.ref.provider, model: completion.ref.model, usage: completion.usage)
            runtime.metrics.cost(provider: completion.ref.provider, model: completion.ref.model, usd: cost)
            try await runtime.store.recordUsage(
                UsageRecord(
                    time: now, userId: message.senderId, chatId: message.chatId,
                    provider: completion.ref.provider, model: completion.ref.model,
                    tokens: completion.usage, costUsd: cost
                )
            )
        } catch {
            runtime.logger.error("storing conversation failed", metadata: ["error": "\(type(of: error))"])
        }
    }
}
