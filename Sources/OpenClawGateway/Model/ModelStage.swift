import OpenClawCore
import OpenClawLLM

/// Seventh stage: the model call — the primary model, retried, then the fallbacks in order, at
/// most `limits.maxConcurrentModelCalls` at once, with "typing…" shown meanwhile. A failure gives
/// the user a short neutral reply and the log the detail (never a key).
struct ModelStage: Sendable {
    enum Result: Sendable {
        case completed(Completion, Outcome)
        case failed(Outcome)
    }

    let router: ModelRouter
    let gate: ConcurrencyGate
    let typing: TypingIndicator
    let agents: AgentDefaults
    let instant: @Sendable () -> ContinuousClock.Instant

    func complete(_ request: CompletionRequest, for admitted: AdmittedMessage) async -> Result {
        let message = admitted.message
        let started = instant()
        let result: Swift.Result<Completion, LLMError> = await typing.whileRunning(in: message.chatId, thread: message.threadId) {
            [router, gate, agents] in
            do {
                return .success(try await gate.run { try await router.complete(request, primary: agents.model, fallbacks: agents.fallbacks) })
            } catch let error as LLMError {
                return .failure(error)
            } catch {
                return .failure(LLMError(code: .unavailable, detail: "unexpected \(type(of: error))"))
            }
        }
        let duration = instant() - started
        switch result {
        case .success(let completion):
            let event = PipelineEvent.modelCall(provider: completion.ref.provider, model: completion.ref.model, succeeded: true, duration: duration)
            return .completed(completion, .event(event))
        case .failure(let error):
            var outcome = Outcome.event(
                .modelCall(provider: agents.model.provider, model: agents.model.model, succeeded: false, duration: duration)
            )
            outcome.record(.modelFailed(detail: error.detail, updateId: message.updateId))
            outcome.reply(error.userMessage, to: message)
            return .failed(outcome)
        }
    }
}
