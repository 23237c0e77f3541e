import OpenClawTesting
import Synchronization
import Testing
@testable import OpenClawGateway

/// `limits.maxConcurrentModelCalls` changed by a reload: the model-call gate follows at once.
@Suite struct ConcurrencyGateLimitTests {
    /// Operations that hold the gate until `release()`, counting how many run at once.
    final class HeldOperations: Sendable {
        private let state = Mutex((running: 0, started: 0, peak: 0, released: false))

        var started: Int { state.withLock { $0.started } }
        var peak: Int { state.withLock { $0.peak } }
        func release() { state.withLock { $0.released = true } }
        func resetPeak() { state.withLock { $0.peak = $0.running } }

        func hold() async throws {
            state.withLock { state in
                state.running += 1
                state.started += 1
                state.peak = max(state.peak, state.running)
            }
            while !state.withLock({ $0.released }) {
                try await Task.sleep(for: .milliseconds(5))
            }
            state.withLock { $0.running -= 1 }
        }
    }

    @Test func aHigherLimitStartsWaitingOperationsAtOnce() async throws {
        let gate = ConcurrencyGate(limit: 1)
        let operations = HeldOperations()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<3 { group.addTask { try await gate.run { try await operations.hold() } } }
            try await waitUntil("the first operation holds the gate") { operations.started == 1 }
            await gate.setLimit(3)
            try await waitUntil("the waiting two start without the first finishing") { operations.started == 3 }
            operations.release()
            try await group.waitForAll()
        }
        #expect(operations.peak == 3)
    }

    @Test func aLowerLimitHoldsOnceTheRunningOnesFinish() async throws {
        let gate = ConcurrencyGate(limit: 3)
        let first = HeldOperations()
        let next = HeldOperations()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<3 { group.addTask { try await gate.run { try await first.hold() } } }
            try await waitUntil("three run") { first.started == 3 }
            await gate.setLimit(1)
            for _ in 0..<3 { group.addTask { try await gate.run { try await next.hold() } } }
            first.release()
            try await waitUntil("one of the next starts") { next.started == 1 }
            next.release()
            try await group.waitForAll()
        }
        #expect(first.peak == 3, "those running when the limit fell were not stopped")
        #expect(next.peak == 1, "after them, one at a time")
    }
}
