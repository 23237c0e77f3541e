import OpenClawStore
import ServiceLifecycle

/// First in the service group, so it is the last to stop: closes the store's connections once
/// every service that writes to them has finished (or was cancelled).
struct StoreCloser: Service {
    let stores: [OpenClawStore]

    func run() async throws {
        try? await gracefulShutdown()
        var failure: (any Error)?
        for store in stores {
            do {
                try await store.close()
            } catch {
                failure = failure ?? error
            }
        }
        if let failure { throw failure }
    }
}
