#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
import OpenClawStore

@Suite struct InboxTests {
    private func payload(_ id: Int64) -> Data { Data(#"{"update_id":\#(id)}"#.utf8) }

    @Test(arguments: Backend.allCases) func deduplicatesByUpdateId(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store async throws in
                #expect(try await store.nextPollOffset() == nil)
                #expect(try await store.inboxAdd(updateId: 10, payload: payload(10), receivedAt: t0))
                #expect(try await store.inboxAdd(updateId: 10, payload: payload(10), receivedAt: t0) == false)
                try await store.inboxMarkDone(updateId: 10, at: t0)
                #expect(try await store.inboxAdd(updateId: 10, payload: payload(10), receivedAt: t0) == false)
                #expect(try await store.nextPollOffset() == 11)
            }
            try await withStore(in: temp) { store async throws in
                #expect(try await store.inboxAdd(updateId: 10, payload: payload(10), receivedAt: t0) == false)
                #expect(try await store.nextPollOffset() == 11)
            }
        }
    }

    /// A poll's batch is stored in one statement: the ids that were new come back in batch order;
    /// a repeat inside the batch or of an earlier update is left out, and one update alone works too.
    @Test(arguments: Backend.allCases) func aBatchStoresOnlyNewUpdates(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store async throws in
                #expect(try await store.inboxAdd([(7, payload(7), "c1")], receivedAt: t0) == [7])
                let batch: [(updateId: Int64, payload: Data, chatKey: String?)] = [(9, payload(9), "c1"), (8, payload(8), nil), (9, payload(9), "c1"), (7, payload(7), "c1")]
                #expect(try await store.inboxAdd(batch, receivedAt: t0) == [9, 8])
                #expect(try await store.inboxAdd([(7, payload(7), "c1")], receivedAt: t0) == [])
                #expect(try await store.inboxAdd([], receivedAt: t0) == [])
                #expect(try await store.inboxPendingIds(limit: 10) == [7, 8, 9])
                #expect(try await store.nextPollOffset() == 10)
                #expect(try await store.inboxItems([8, 9]).map(\.payload) == [payload(8), payload(9)])
            }
        }
    }

    /// Admission's one read: pending updates with how many times each was claimed, done ones left out.
    @Test(arguments: Backend.allCases) func pendingAttemptsCountClaims(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store async throws in
                _ = try await store.inboxAdd([(1, payload(1), nil), (2, payload(2), nil), (3, payload(3), nil)], receivedAt: t0)
                _ = try await store.inboxClaim([2, 3])
                _ = try await store.inboxClaim([3])
                try await store.inboxMarkDone(updateId: 1, at: t0)
                #expect(try await store.inboxPendingAttempts(limit: 10).map { [$0.updateId, Int64($0.attempts)] } == [[2, 1], [3, 2]])
                #expect(try await store.inboxPendingAttempts(limit: 1).map(\.updateId) == [2])
            }
        }
    }

    /// The highest id + 1 used to overflow (and trap) for an update id of Int64.max.
    @Test(arguments: Backend.allCases) func theLargestUpdateIdDoesNotOverflowTheOffset(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store async throws in
                #expect(try await store.inboxAdd(updateId: .max, payload: payload(.max), receivedAt: t0))
                #expect(try await store.nextPollOffset() == .max)
                #expect(try await store.inboxAdd(updateId: .max, payload: payload(.max), receivedAt: t0) == false)
            }
        }
    }

    @Test(arguments: Backend.allCases) func pendingInUpdateOrderWithoutDone(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store async throws in
                for id: Int64 in [7, 3, 5, 4] {
                    _ = try await store.inboxAdd(updateId: id, payload: payload(id), receivedAt: t0.addingTimeInterval(Double(id)))
                }
                try await store.inboxMarkDone(updateId: 4, at: t0)
                let pending = try await store.inboxPending(limit: 10)
                #expect(pending.map(\.updateId) == [3, 5, 7])
                #expect(pending.first == InboxItem(updateId: 3, payload: payload(3), receivedAt: t0.addingTimeInterval(3)))
                #expect(try await store.inboxPending(limit: 2).map(\.updateId) == [3, 5])
                #expect(try await store.nextPollOffset() == 8)
            }
        }
    }

    @Test(arguments: Backend.allCases) func pruneErasesPayloadsButKeepsDedupAndOffset(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store async throws in
                _ = try await store.inboxAdd(updateId: 1, payload: payload(1), receivedAt: t0)
                _ = try await store.inboxAdd(updateId: 2, payload: payload(2), receivedAt: t0)
                try await store.inboxMarkDone(updateId: 2, at: t0)
                let day = t0.addingTimeInterval(86_400 + 1)
                #expect(try await store.inboxPrune(before: day) == InboxPruneResult(erasedPayloads: 1, forgottenRows: 0))
                // The pending update keeps its payload.
                #expect(try await store.inboxPending(limit: 10).map(\.payload) == [payload(1)])
            }
            try await withStore(in: temp) { store async throws in
                #expect(try await store.inboxAdd(updateId: 2, payload: payload(2), receivedAt: t0) == false)
                #expect(try await store.nextPollOffset() == 3)
                let weekLater = t0.addingTimeInterval(OpenClawStore.inboxTombstoneLifetime + 86_400 + 1)
                #expect(try await store.inboxPrune(before: weekLater) == InboxPruneResult(erasedPayloads: 0, forgottenRows: 1))
                #expect(try await store.nextPollOffset() == 2)
            }
        }
    }
}
