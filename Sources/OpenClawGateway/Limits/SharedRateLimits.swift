import OpenClawCore
import OpenClawStore

/// The per-user, per-chat and global rate limits decided against the store's shared state
/// (`state.backend` "postgres"): replicas on one database then grant one allowance between them,
/// where each one's in-memory limiter would grant a full one.
struct SharedRateLimits: Sendable {
    let store: OpenClawStore
    let rules: [LimitScope: RateRule]

    func decide(_ keys: [LimitKey]) async throws -> RateDecision {
        try await store.decideRateLimits(keys) { [rules] stored, now in
            StoredRateDecision(keys: keys, stored: stored, rules: rules, now: now)
        }
    }
}
