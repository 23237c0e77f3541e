#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore
import OpenClawLLM

/// Eighth stage: what the call cost, priced by `models.providers.*.models[].cost`, as a ledger row.
struct UsageStage: Sendable {
    let providers: [String: ProviderConfig]
    let now: @Sendable () -> Date

    func bill(_ completion: Completion, for admitted: AdmittedMessage) -> (record: UsageRecord, outcome: Outcome) {
        let ref = completion.ref
        let price = providers[ref.provider]?.model(ref.model)?.cost ?? ModelCost()
        let cost = price.usd(for: completion.usage)
        let record = UsageRecord(
            time: now(), userId: admitted.sender, chatId: admitted.message.chatId, provider: ref.provider, model: ref.model,
            tokens: completion.usage, costUsd: cost
        )
        return (record, .event(.usage(provider: ref.provider, model: ref.model, tokens: completion.usage, costUsd: cost)))
    }
}
