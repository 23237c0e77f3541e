#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawStore

/// Writes updates' completions with group commit: completions handed in while a transaction is
/// being written wait, and the next writer takes them all in one transaction. A burst of answers
/// costs one fsync per group instead of one per update; a lone update waits for nothing.
///
/// Each completion still commits whole or not at all (turns, usage, settled reservation,
/// replies, update done); a group that fails is written again one caller at a time, so one
/// caller's failure never becomes another's.
actor CompletionWriter {
    private enum Turn {
        case write
        case written(Result<[OutboxMessage], any Error>)
    }

    private struct Waiter {
        var completions: [UpdateCompletion]
        var turn: CheckedContinuation<Turn, Never>
    }

    private let store: OpenClawStore
    private let now: @Sendable () -> Date
    private var waiting: [Waiter] = []
    private var writing = false

    init(store: OpenClawStore, now: @escaping @Sendable () -> Date) {
        self.store = store
        self.now = now
    }

    /// Commits `completions` (alone or with others') and returns their replies as queued, in order.
    func write(_ completions: [UpdateCompletion]) async throws -> [OutboxMessage] {
        let turn = await withCheckedContinuation { (turn: CheckedContinuation<Turn, Never>) in
            waiting.append(Waiter(completions: completions, turn: turn))
            if !writing {
                writing = true
                waiting[0].turn.resume(returning: .write)
            }
        }
        switch turn {
        case .written(let result):
            return try result.get()
        case .write:
            // This caller is first in `waiting`: it writes everyone waiting, then hands the turn on.
            let group = waiting
            waiting = []
            let results = await commit(group.map(\.completions))
            for (waiter, result) in zip(group.dropFirst(), results.dropFirst()) {
                waiter.turn.resume(returning: .written(result))
            }
            if waiting.isEmpty {
                writing = false
            } else {
                waiting[0].turn.resume(returning: .write)
            }
            return try results[0].get()
        }
    }

    /// One transaction for the whole group; if it fails, one per caller.
    private func commit(_ group: [[UpdateCompletion]]) async -> [Result<[OutboxMessage], any Error>] {
        do {
            var queued = try await store.complete(group.flatMap { $0 }, at: now())[...]
            return group.map { completions in
                let count = completions.reduce(0) { $0 + $1.replies.count }
                defer { queued = queued.dropFirst(count) }
                return .success(Array(queued.prefix(count)))
            }
        } catch {
            guard group.count > 1 else { return [.failure(error)] }
            var results: [Result<[OutboxMessage], any Error>] = []
            for completions in group {
                do {
                    results.append(.success(try await store.complete(completions, at: now())))
                } catch {
                    results.append(.failure(error))
                }
            }
            return results
        }
    }
}
