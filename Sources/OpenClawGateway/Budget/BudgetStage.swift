#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore
import OpenClawStore

/// Fifth stage: the USD budgets. Before the call, its worst case (the prompt's size as stored,
/// plus `maxTokens` of output, at the dearest price of the model and its fallbacks) is reserved
/// against every cap in one store transaction, so calls decided at the same time cannot together
/// pass a cap; after the call the reservation is settled to the real cost, or released.
struct BudgetStage: Sendable {
    /// A reservation left by a process that died mid-call stops counting after this.
    static let reservationLifetime: TimeInterval = 900

    /// What was reserved; nothing (`id` nil) when no cap is configured.
    struct Reservation: Sendable {
        var id: Int64?
        var committed: BudgetSpend
    }

    enum Decision: Sendable {
        case reserved(Reservation)
        case refused(Outcome)
    }

    let limits: BudgetLimits
    let store: OpenClawStore
    let worstCase: WorstCasePrice
    let historyLimit: Int
    let now: @Sendable () -> Date

    var policy: BudgetPolicy { BudgetPolicy(limits: limits) }

    /// With no cap configured there is nothing to reserve (and no ledger read).
    var hasCaps: Bool { BudgetScope.allCases.contains { limits.limit($0) != nil } }

    /// `promptBytes`: the system prompt and the new turn as the model will get them (the stored
    /// history is added in the store's transaction).
    func reserve(for admitted: AdmittedMessage, promptBytes: Int) async -> Decision {
        guard hasCaps else { return .reserved(Reservation(id: nil, committed: BudgetSpend())) }
        let now = now()
        let message = admitted.message
        let sender = admitted.sender
        let isOwner = admitted.isOwner
        let policy = policy
        let worstCase = worstCase
        let found: OpenClawStore.BudgetReservation
        let estimate: Double
        do {
            found = try await store.reserveBudget(
                userId: sender, session: admitted.session, historyLimit: historyLimit, now: now,
                expiresAt: now.addingTimeInterval(Self.reservationLifetime)
            ) { committed, historyBytes in
                let cost = worstCase.usd(promptBytes: promptBytes + historyBytes)
                let decision = policy.decide(userId: sender, isOwner: isOwner, spend: committed, estimatedCostUsd: cost, now: now)
                guard case .allowed = decision.verdict else { return nil }
                return cost
            }
            estimate = worstCase.usd(promptBytes: promptBytes + found.historyBytes)
        } catch {
            // Fail closed: without the ledger nobody can tell whether the budget allows the call.
            var outcome = Outcome.event(.budgetUnavailable(error: "\(type(of: error))"))
            outcome.reply("The bot cannot check its budget right now. Please try again later.", to: message)
            return .refused(outcome)
        }
        guard let id = found.id else {
            return .refused(refusal(admitted, committed: found.committed, estimatedCostUsd: estimate, now: now))
        }
        return .reserved(Reservation(id: id, committed: found.committed))
    }

    /// The call cost `costUsd`: the reservation is settled by the usage row (in the performer's
    /// transaction), and thresholds the spend has now reached raise their alerts.
    func settle(_ reservation: Reservation, costUsd: Double, for admitted: AdmittedMessage) -> Outcome {
        var outcome = release(reservation)
        guard reservation.id != nil else { return outcome }
        var spend = reservation.committed
        spend.userDay += costUsd
        spend.userMonth += costUsd
        spend.globalDay += costUsd
        spend.globalMonth += costUsd
        outcome.record(.budgetSpend(spend, limits))
        outcome.costAlerts = policy.alerts(userId: admitted.sender, spend: spend, now: now()).map { CostAlert($0, owners: admitted.owners) }
        return outcome
    }

    /// The call was not made or failed: the reservation is given back.
    func release(_ reservation: Reservation) -> Outcome {
        var outcome = Outcome()
        outcome.reservationId = reservation.id
        return outcome
    }

    /// The sender's and the bot's spend in the current UTC day and month, from the ledger (`/usage`).
    func spend(userId: Int64) async throws -> BudgetSpend {
        let period = UTCPeriod(containing: now())
        return BudgetSpend(
            userDay: try await store.usageTotals(since: period.dayStart, userId: userId).costUsd,
            userMonth: try await store.usageTotals(since: period.monthStart, userId: userId).costUsd,
            globalDay: try await store.usageTotals(since: period.dayStart, userId: nil).costUsd,
            globalMonth: try await store.usageTotals(since: period.monthStart, userId: nil).costUsd
        )
    }

    private func refusal(_ admitted: AdmittedMessage, committed: BudgetSpend, estimatedCostUsd: Double, now: Date) -> Outcome {
        let decision = policy.decide(
            userId: admitted.sender, isOwner: admitted.isOwner, spend: committed, estimatedCostUsd: estimatedCostUsd, now: now
        )
        var outcome = Outcome.event(.budgetSpend(committed, limits))
        outcome.costAlerts = decision.alerts.map { CostAlert($0, owners: admitted.owners) }
        guard case .exhausted(let scope) = decision.verdict else { return outcome }
        outcome.record(.budgetRefused(scope))
        outcome.reply(Self.refusalText(scope), to: admitted.message)
        return outcome
    }

    static func refusalText(_ scope: BudgetScope) -> String {
        switch scope {
        case .userDay: "You have used today's budget for this bot. It resets at 00:00 UTC."
        case .userMonth: "You have used this month's budget for this bot. It resets on the 1st (UTC)."
        case .globalDay: "The bot has used today's budget. It resets at 00:00 UTC."
        case .globalMonth: "The bot has used this month's budget. It resets on the 1st (UTC)."
        }
    }
}
