#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Logging
import OpenClawStore

/// This gateway's place among several on one PostgreSQL database: its name, the lease that makes
/// what it claims its own while it lives (renewed by `ReplicaHeartbeat`), and the polling lease.
///
/// A replica that dies stops renewing: once its lease runs out, the others take over the updates
/// and replies it held, and one of them the polling.
struct ReplicaMembership: Sendable {
    static let pollLease = "telegram.poll"

    let name: String
    let store: OpenClawStore
    /// How long a lease lasts without renewal: the longest a dead replica's work waits.
    let lease: Duration
    let logger: Logger

    /// A fresh name for this process: replicas never share one, and a restarted one is new.
    static func newName() -> String {
        "gw-" + UUID().uuidString.lowercased().filter { $0 != "-" }.prefix(12)
    }

    var heartbeatInterval: Duration { lease / 3 }
    private var seconds: TimeInterval { Double(lease.components.seconds) + Double(lease.components.attoseconds) / 1e18 }

    /// Takes this replica's lease before it claims anything. Throws when the store refuses it.
    func join() async throws {
        guard try await store.holdLease(OpenClawStore.replicaLease(name), holder: name, for: seconds) else {
            throw GatewayStartError("another process holds this replica's name \(name)")
        }
        logger.info("joined the replicas on the database", metadata: ["replica": "\(name)"])
    }

    func renew() async {
        do {
            _ = try await store.holdLease(OpenClawStore.replicaLease(name), holder: name, for: seconds)
        } catch {
            logger.warning("renewing the replica lease failed", metadata: ["error": "\(type(of: error))"])
        }
    }

    /// True while this replica is the one that polls Telegram (taking the lease when it is free).
    func leadsPolling() async -> Bool {
        (try? await store.holdLease(Self.pollLease, holder: name, for: seconds)) ?? false
    }

    /// True when this replica is the one to run the job `name` this time: it holds the job's lease
    /// for one and a half periods, renewing it each run, so the job runs on one replica while that
    /// one lives, and moves to another when it dies.
    func runsJob(_ name: String, every period: Duration) async -> Bool {
        let seconds = 1.5 * (Double(period.components.seconds) + Double(period.components.attoseconds) / 1e18)
        return (try? await store.holdLease("job:" + name, holder: self.name, for: seconds)) ?? false
    }

    /// Gives both leases up at a clean stop, so the others take over at once.
    func leave() async {
        try? await store.dropLease(Self.pollLease, holder: name)
        try? await store.dropLease("job:retention", holder: name)
        try? await store.dropLease(OpenClawStore.replicaLease(name), holder: name)
    }
}
