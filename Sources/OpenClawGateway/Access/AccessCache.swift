import OpenClawStore
import Synchronization
import OpenClawCore

/// Keeps the store's grants in memory and reloads them only when they may have changed: when
/// a process (the CLI: `pairing approve`, `allowlist remove`) wrote them, as the store's grants
/// counter tells, or when this gateway changed them itself (an erasure, a group move). One cheap
/// check per batch of updates instead of three lookups per message.
final class AccessCache: Sendable {
    private struct State {
        var snapshot: AccessSnapshot?
        var version: Int64?
        var stale = true
    }

    private let store: OpenClawStore
    private let channel: String
    private let state = Mutex(State())

    init(store: OpenClawStore, channel: String) {
        self.store = store
        self.channel = channel
    }

    /// The grants as the store holds them now.
    func current() async throws -> AccessSnapshot {
        let version = try await store.dataVersion()
        let cached = state.withLock { state -> AccessSnapshot? in
            state.stale || state.version != version ? nil : state.snapshot
        }
        if let cached { return cached }
        state.withLock { $0.stale = false }
        let snapshot = AccessSnapshot(
            dmGrants: Set(try await store.allowList(channel: channel).filter { $0.scope == .dm }.map(\.userId)),
            storedOwner: try await store.storedOwner(),
            migrationRoots: try await store.groupMigrationRoots()
        )
        state.withLock {
            $0.snapshot = snapshot
            $0.version = version
        }
        return snapshot
    }

    /// This process changed the grants: the next `current()` reloads.
    func invalidate() {
        state.withLock { $0.stale = true }
    }
}
