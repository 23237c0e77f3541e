#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore
import OpenClawStore
import Testing

/// Several gateways on one database: a lease has one holder at a time and passes on when it runs
/// out; an update or a queued reply is held by one live replica, and adopted when it dies; one
/// chat's updates are taken in order.
@Suite struct ReplicaClaimTests {
    /// Opens one store per name on the test's database, each a replica alive for a minute, runs `body`.
    private func withReplicas(_ place: TestPlace, _ names: [String], _ body: ([OpenClawStore]) async throws -> Void) async throws {
        var stores: [OpenClawStore] = []
        do {
            for name in names {
                let store = try await OpenClawStore.open(place.location, logger: testLogger, replica: name)
                stores.append(store)
                #expect(try await store.holdLease(OpenClawStore.replicaLease(name), holder: name, for: 60))
            }
            try await body(stores)
        } catch {
            for store in stores { try? await store.close() }
            throw error
        }
        for store in stores { try await store.close() }
    }

    private func add(_ store: OpenClawStore, _ updateId: Int64, chat: String) async throws {
        #expect(try await store.inboxAdd(updateId: updateId, payload: Data("{}".utf8), receivedAt: t0, chatKey: chat))
    }

    /// Waits (up to 20 s) until `condition` holds, asking again every 50 ms.
    private func eventually(_ condition: () async throws -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + .seconds(20)
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }

    @Test(arguments: Backend.allCases) func aLeaseHasOneHolderAndPassesOnWhenItRunsOut(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store async throws in
                // Long enough that a loaded machine cannot let it run out between these statements.
                #expect(try await store.holdLease("telegram.poll", holder: "a", for: 4))
                #expect(try await store.holdLease("telegram.poll", holder: "b", for: 4) == false)
                #expect(try await store.holdLease("telegram.poll", holder: "a", for: 4), "the holder renews it")
                #expect(try await store.leaseHolder("telegram.poll") == "a")
                #expect(try await eventually { try await store.holdLease("telegram.poll", holder: "b", for: 30) }, "b takes it once a's ran out")
                #expect(try await store.holdLease("telegram.poll", holder: "a", for: 30) == false)
                try await store.dropLease("telegram.poll", holder: "a")
                #expect(try await store.leaseHolder("telegram.poll") == "b", "only the holder can drop it")
                try await store.dropLease("telegram.poll", holder: "b")
                #expect(try await store.holdLease("telegram.poll", holder: "a", for: 30), "a dropped lease is free at once")
            }
        }
    }

    @Test(arguments: Backend.allCases) func anUpdateIsHeldByOneLiveReplicaAndTakenOverWhenItDies(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withReplicas(temp, ["a", "b"]) { replicas in
                let (a, b) = (replicas[0], replicas[1])
                try await add(a, 1, chat: "10")
                #expect(try await a.inboxClaim([1]) == [1: 1])
                #expect(try await b.inboxPendingIds(limit: 10).isEmpty, "held by a live replica")
                #expect(try await b.inboxPendingAttempts(limit: 10).isEmpty, "held by a live replica")
                #expect(try await b.inboxClaim([1]).isEmpty)
                try await a.dropLease(OpenClawStore.replicaLease("a"), holder: "a")
                #expect(try await b.inboxPendingIds(limit: 10) == [1])
                #expect(try await b.inboxAttempts([1]) == [1: 1], "in hand when its holder died")
                #expect(try await b.inboxPendingAttempts(limit: 10).map { [$0.updateId, Int64($0.attempts)] } == [[1, 1]])
                #expect(try await b.inboxClaim([1]) == [1: 2])
            }
        }
    }

    @Test(arguments: Backend.allCases) func aChatsLaterUpdateWaitsWhileAnEarlierOneIsHeldElsewhere(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withReplicas(temp, ["a", "b"]) { replicas in
                let (a, b) = (replicas[0], replicas[1])
                try await add(a, 1, chat: "10")
                try await add(a, 2, chat: "10")
                try await add(a, 3, chat: "20")
                #expect(try await a.inboxClaim([1]) == [1: 1])
                #expect(try await b.inboxClaim([2, 3]) == [3: 1], "chat 10 stays with a until its update 1 is done")
                try await a.inboxMarkDone(updateId: 1, at: t0)
                #expect(try await b.inboxClaim([2]) == [2: 1])
            }
        }
    }

    /// Replicas racing for the same updates: each is claimed by exactly one of them.
    @Test(arguments: Backend.allCases) func racingReplicasClaimEachUpdateOnce(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withReplicas(temp, ["a", "b", "c"]) { replicas in
                let ids = Array(Int64(1)...60)
                for id in ids { try await add(replicas[0], id, chat: String(id % 7)) }
                let claimed = try await withThrowingTaskGroup(of: [Int64].self) { group in
                    for store in replicas {
                        group.addTask {
                            var mine: [Int64] = []
                            for batch in stride(from: 0, to: ids.count, by: 5) {
                                mine += try await store.inboxClaim(Array(ids[batch..<batch + 5])).keys
                            }
                            return mine
                        }
                    }
                    return try await group.reduce(into: [[Int64]]()) { $0.append($1) }
                }
                let all = claimed.flatMap { $0 }
                #expect(all.count == Set(all).count, "no update claimed twice")
                #expect(all.count >= 7, "the first update of each chat is taken")
            }
        }
    }

    @Test(arguments: Backend.allCases) func aDeadReplicasQueuedRepliesAreAdoptedOnce(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withReplicas(temp, ["a", "b", "c"]) { replicas in
                let (a, b, c) = (replicas[0], replicas[1], replicas[2])
                let queued = try await a.complete([UpdateCompletion(updateId: nil, replies: [OutboxMessage(chatId: 5, text: "from a", createdAt: t0)])], at: t0)
                #expect(try await b.outboxAdopt(limit: 10).isEmpty, "a is alive and sends it")
                try await a.dropLease(OpenClawStore.replicaLease("a"), holder: "a")
                let adopted = try await withThrowingTaskGroup(of: [OutboxMessage].self) { group in
                    for survivor in [b, c] { group.addTask { try await survivor.outboxAdopt(limit: 10) } }
                    return try await group.reduce(into: [OutboxMessage]()) { $0 += $1 }
                }
                #expect(adopted.map(\.id) == queued.map(\.id), "exactly one survivor adopts it")
                #expect(adopted.map(\.text) == ["from a"])
                #expect(try await b.outboxAdopt(limit: 10).isEmpty)
                #expect(try await c.outboxAdopt(limit: 10).isEmpty)
            }
        }
    }
}
