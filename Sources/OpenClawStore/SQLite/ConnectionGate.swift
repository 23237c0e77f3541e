import Synchronization

/// Lets one task at a time use the store's single connection.
///
/// Transactions are sequences of awaits on one SQLite connection; without this, another task's
/// statement could land inside them (and be rolled back with them).
final class ConnectionGate: Sendable {
    private struct State {
        var busy = false
        var closed = false
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())

    /// Waits for the connection; false when the store was closed meanwhile (the gate is not held).
    func acquire() async -> Bool {
        // The common case, a free connection, takes it without suspending the task.
        let taken = state.withLock { state in
            if state.busy || state.closed { return false }
            state.busy = true
            return true
        }
        if taken { return true }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let free = state.withLock { state in
                if state.busy {
                    state.waiters.append(continuation)
                    return false
                }
                state.busy = true
                return true
            }
            if free { continuation.resume() }
        }
        let closed = state.withLock { $0.closed }
        if closed { release() }
        return !closed
    }

    func release() {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            if state.waiters.isEmpty {
                state.busy = false
                return nil
            }
            return state.waiters.removeFirst()
        }
        next?.resume()
    }

    /// Marks the gate closed; call while holding it. Later and waiting acquirers get false.
    func markClosed() {
        state.withLock { $0.closed = true }
    }
}
