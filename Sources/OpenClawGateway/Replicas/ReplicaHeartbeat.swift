import ServiceLifecycle

/// Renews the replica's lease until every service that claims work has stopped (it stops just
/// before the store closes), then gives the leases up.
struct ReplicaHeartbeat: Service {
    let membership: ReplicaMembership

    func run() async {
        _ = try? await ServiceLifecycle.cancelWhenGracefulShutdown { [membership] in
            while true {
                await membership.renew()
                try await Task.sleep(for: membership.heartbeatInterval)
            }
        }
        await membership.leave()
    }
}
