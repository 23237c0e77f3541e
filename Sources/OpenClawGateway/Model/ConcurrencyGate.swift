/// At most `limit` operations at once; the rest wait their turn in arrival order.
actor ConcurrencyGate {
    private var limit: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Allows `limit` at once from now on: a higher limit lets waiting operations start at once,
    /// a lower one lets those running finish and starts no more until fewer run.
    func setLimit(_ limit: Int) {
        self.limit = max(1, limit)
        while running < self.limit, !waiting.isEmpty {
            running += 1
            waiting.removeFirst().resume()
        }
    }

    func run<T: Sendable>(_ operation: @Sendable () async throws -> T) async rethrows -> T {
        await acquire()
        defer { release() }
        return try await operation()
    }

    private func acquire() async {
        if running < limit {
            running += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func release() {
        if waiting.isEmpty || running > limit {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
