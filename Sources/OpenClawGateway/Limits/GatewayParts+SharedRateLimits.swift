import OpenClawCore
import OpenClawStore

extension GatewayParts {
    /// Deletes idle shared rate-limit rows, so the table holds only keys limited within a period.
    func pruneSharedRateLimits() async {
        do {
            try await store.pruneRateLimits()
        } catch {
            events.record(.storeFailed(operation: "prune rate limits", error: "\(type(of: error))"))
        }
    }

    /// Rescales the shared rate-limit rows to reloaded rules (see `OpenClawStore.rescaleRateLimits`).
    func rescaleSharedRateLimits(to rules: [LimitScope: RateRule]) async {
        do {
            try await store.rescaleRateLimits(to: rules)
        } catch {
            events.record(.storeFailed(operation: "rescale rate limits", error: "\(type(of: error))"))
        }
    }
}
