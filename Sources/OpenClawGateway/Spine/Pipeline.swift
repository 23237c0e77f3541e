import OpenClawCore
import OpenClawLLM
import OpenClawTelegram
import OpenClawStore

/// One update's way through the gateway, each stage called once, in this order:
///
/// normalize → access → limits → (command) → input filter → budget (reserve) → session → model →
/// usage → output guard → outbox
///
/// `admit` runs the free stages, in arrival order, in memory (but for the rate limits of replicas
/// sharing PostgreSQL): what needs no work (unmentioned chatter, refused strangers, limited
/// senders) ends there without taking a lane. What needs work
/// (a pairing reply, a command, a model turn) continues in its conversation's lane with `answer`.
/// Stages only decide; the returned `Outcome` is carried out by `EffectsPerformer`.
struct Pipeline: Sendable {
    let normalize: Normalizer
    let access: AccessStage
    let pairing: PairingStage
    let limits: LimitsStage
    let commands: CommandStage
    let inputFilter: InputFilterStage
    let budget: BudgetStage
    let session: SessionStage
    let model: ModelStage
    let usage: UsageStage
    let outputGuard: OutputGuardStage
    let logsReplyText: Bool

    /// The whole way, for callers without lanes (tests).
    func process(_ update: Update, grants: AccessSnapshot) async -> Outcome {
        switch await admit(update, grants: grants) {
        case .done(let outcome): outcome
        case .work(let work, let notes): notes.merging(await answer(work))
        }
    }

    func admit(_ update: Update, grants: AccessSnapshot) async -> Admission {
        guard let message = normalize.message(from: update) else { return .done(Outcome()) }
        switch access.decide(message, grants: grants) {
        case .done(let outcome):
            return .done(outcome)
        case .stranger(let sender, let notes):
            if let refusal = limits.pairingReplyRefusal(to: message, sender: sender) { return .done(notes.merging(refusal)) }
            return .work(.pairing(message, sender: sender), notes: notes)
        case .admitted(let admitted, let notes):
            switch await limits.check(admitted) {
            case .refused(let refusal): return .done(notes.merging(refusal))
            case .passed(let limitNotes): return .work(.answer(admitted), notes: notes.merging(limitNotes))
            }
        }
    }

    func answer(_ work: Work) async -> Outcome {
        let admitted: AdmittedMessage
        switch work {
        case .pairing(let message, let sender):
            return await pairing.respond(to: message, sender: sender)
        case .answer(let message):
            admitted = message
        }
        if let command = admitted.command {
            return await commands.run(command, for: admitted)
        }
        var outcome: Outcome
        switch inputFilter.check(admitted) {
        case .blocked(let refusal): return refusal
        case .passed(let notes): outcome = notes
        }
        let reservation: BudgetStage.Reservation
        switch await budget.reserve(for: admitted, promptBytes: session.newPromptBytes(for: admitted)) {
        case .refused(let refusal): return outcome.merging(refusal)
        case .reserved(let reserved): reservation = reserved
        }
        let prepared = await session.prepare(for: admitted)
        outcome = outcome.merging(prepared.outcome)
        let completion: Completion
        switch await model.complete(prepared.request, for: admitted) {
        case .failed(let failure): return outcome.merging(failure).merging(budget.release(reservation))
        case .completed(let completed, let notes):
            completion = completed
            outcome = outcome.merging(notes)
        }
        let bill = usage.bill(completion, for: admitted)
        outcome = outcome.merging(bill.outcome).merging(budget.settle(reservation, costUsd: bill.record.costUsd, for: admitted))
        outcome.usage = bill.record
        let reply = outputGuard.check(completion.text, for: admitted)
        outcome = outcome.merging(reply.outcome)
        return outcome.merging(answered(admitted, userTurn: prepared.userTurn, reply: reply.text))
    }

    /// The turn as stored (the reply as sent, so a withheld leak never re-enters the history) and the reply to send.
    private func answered(_ admitted: AdmittedMessage, userTurn: ChatTurn, reply: String) -> Outcome {
        var outcome = Outcome()
        outcome.turns = [
            .init(session: admitted.session, turn: userTurn, userId: admitted.sender),
            .init(session: admitted.session, turn: ChatTurn(role: .assistant, content: reply), userId: admitted.sender),
        ]
        if logsReplyText { outcome.record(.replyText(updateId: admitted.message.updateId, text: reply)) }
        outcome.reply(reply, to: admitted.message)
        return outcome
    }
}
