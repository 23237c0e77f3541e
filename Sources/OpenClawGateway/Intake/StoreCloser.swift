import OpenClawStore
import ServiceLifecycle

/// First in the service group, so it is the last to stop: closes the store once every
/// service that writes to it has finished.
struct StoreCloser: Service {
    let store: OpenClawStore

    func run() async throws {
        try? await gracefulShutdown()
        try await store.close()
    }
}
