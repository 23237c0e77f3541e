import ServiceLifecycle

/// A background job run every `interval` until graceful shutdown: sweeps, checks, retention.
struct PeriodicJob: Service {
    let interval: Duration
    /// Run once at start before the first wait (checks an operator wants to see at once).
    var runsAtStart = false
    let work: @Sendable () async -> Void
    /// Run once after the last interval, at shutdown (a report of the partial interval).
    var atShutdown: (@Sendable () async -> Void)? = nil

    func run() async {
        // Ends quietly at shutdown: a service that throws would cancel the whole group.
        _ = try? await ServiceLifecycle.cancelWhenGracefulShutdown { [interval, runsAtStart, work] in
            if runsAtStart { await work() }
            while true {
                try await Task.sleep(for: interval)
                await work()
            }
        }
        await atShutdown?()
    }
}
