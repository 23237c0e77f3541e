import Foundation
import Crypto
import OpenClawCore
import OpenClawStore
import Testing

/// Claims on stored updates, the outbox, and one-transaction completion.
@Suite struct DeliveryTests {
    private func payload(_ id: Int64) -> Data { Data(#"{"update_id":\#(id)}"#.utf8) }

    @Test(arguments: Backend.allCases) func claimsCountTakeUpsAcrossReopenAndReleasesGiveThemBack(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store async throws in
                for id in Int64(1)...3 { _ = try await store.inboxAdd(updateId: id, payload: payload(id), receivedAt: t0) }
                #expect(try await store.inboxClaim([1, 2, 3]) == [1: 1, 2: 1, 3: 1])
                try await store.inboxRelease([3])
            }
            try await withStore(in: temp) { store async throws in
                // As after a crash: 1 and 2 were in hand, 3 only waited.
                #expect(try await store.inboxClaim([1, 2, 3]) == [1: 2, 2: 2, 3: 1])
                try await store.complete([UpdateCompletion(updateId: 1)], at: t0)
                #expect(try await store.inboxClaim([1, 2]) == [2: 3], "a done update is not claimed")
                #expect(try await store.inboxPendingIds(limit: 10) == [2, 3])
            }
        }
    }

    @Test(arguments: Backend.allCases) func aCompletionStoresTurnsUsageRepliesAndTheDoneMarkTogether(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            let keyring = SealingKeyring(current: SealingKey(SymmetricKey(size: .bits256)))
            try await OpenClawStore.withOpen(temp.location, logger: testLogger, keyring: keyring) { store in
                _ = try await store.inboxAdd(updateId: 7, payload: payload(7), receivedAt: t0)
                let session = SessionKey(rawValue: "telegram:dm:5")
                let queued = try await store.complete(
                    [
                        UpdateCompletion(
                            updateId: 7,
                            turns: [.init(session: session, turn: ChatTurn(role: .user, content: "q"), userId: 5),
                                    .init(session: session, turn: ChatTurn(role: .assistant, content: "a secret answer"), userId: 5)],
                            usage: UsageRecord(time: t0, userId: 5, chatId: 5, provider: "p", model: "m", tokens: TokenUsage(input: 1, output: 1), costUsd: 0.5),
                            replies: [OutboxMessage(chatId: 5, userId: 5, text: "a secret answer", createdAt: t0),
                                      OutboxMessage(chatId: 5, userId: 5, text: "part two", createdAt: t0)]
                        )
                    ],
                    at: t0
                )
                #expect(queued.map(\.text) == ["a secret answer", "part two"] && queued.allSatisfy { $0.id != nil })
                #expect(try await store.inboxPendingIds(limit: 10).isEmpty)
                #expect(try await store.recentTurns(session: session, limit: 5).map(\.content) == ["q", "a secret answer"])
                #expect(try await store.usageTotals(since: .distantPast, userId: 5).costUsd == 0.5)
                #expect(try await store.outboxPending(limit: 10).map(\.text) == ["a secret answer", "part two"])

                try await store.outboxRemove(id: try #require(queued[0].id))
                try await store.outboxReschedule(id: try #require(queued[1].id), attempts: 3, nextAttemptAt: t0.addingTimeInterval(8))
                let left = try await store.outboxPending(limit: 10)
                #expect(left.map(\.text) == ["part two"] && left[0].attempts == 3 && left[0].nextAttemptAt == t0.addingTimeInterval(8))
            }
            let bytes = try await databaseBytes(temp)
            #expect(bytes.range(of: Data("part two".utf8)) == nil, "queued replies are sealed like messages")
        }
    }

    @Test(arguments: Backend.allCases) func queuedRepliesFollowAGroupToItsNewId(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store async throws in
                try await store.complete([UpdateCompletion(updateId: nil, replies: [OutboxMessage(chatId: -5, text: "hi", createdAt: t0)])], at: t0)
                try await store.outboxMove(chatId: -5, to: -1005)
                #expect(try await store.outboxPending(limit: 5).map(\.chatId) == [-1005])
            }
        }
    }

    @Test(arguments: Backend.allCases) func erasureDropsRepliesStillQueuedForTheUser(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store async throws in
                try await store.complete(
                    [UpdateCompletion(updateId: nil, replies: [
                        OutboxMessage(chatId: 5, userId: 5, text: "to five", createdAt: t0),
                        OutboxMessage(chatId: -9, userId: 5, text: "to five in a group", createdAt: t0),
                        OutboxMessage(chatId: 6, userId: 6, text: "to six", createdAt: t0),
                    ])],
                    at: t0
                )
                let erased = try await store.eraseUser(5, requestedBy: "cli", at: t0)
                #expect(erased.pendingReplies == 2)
                #expect(try await store.outboxPending(limit: 5).map(\.text) == ["to six"])
            }
        }
    }

    /// A claim commits without fsync; the connection is left so (one statement less next time),
    /// and every write that is not bookkeeping is fsync'd again, even right after a claim.
    @Test func aDurableWriteAfterBookkeepingIsFsyncedAgain() async throws {
        let temp = TempDirectory()
        try await withStore(in: temp.path) { store async throws in
            #expect(try await store.inboxAdd(updateId: 1, payload: payload(1), receivedAt: t0))
            #expect(try await store.sqliteSynchronous() == 2, "FULL for a stored update")
            #expect(try await store.inboxClaim([1]) == [1: 1])
            #expect(try await store.sqliteSynchronous() == 1, "NORMAL for a claim")
            #expect(try await store.inboxPendingAttempts(limit: 10).map(\.updateId) == [1])
            #expect(try await store.sqliteSynchronous() == 1, "a read leaves it")
            #expect(try await store.inboxAdd(updateId: 2, payload: payload(2), receivedAt: t0))
            #expect(try await store.sqliteSynchronous() == 2, "FULL again for the next stored update")
        }
    }

    /// Only writes to grants change it: the outbox's own connection commits after every sent
    /// reply, and a change on each would reload the grants for every message.
    @Test func onlyAGrantWriteChangesTheDataVersion() async throws {
        let temp = TempDirectory()
        try await withStore(in: temp.path) { gateway async throws in
            let before = try await gateway.dataVersion()
            try await withStore(in: temp.path) { outbox async throws in
                #expect(try await outbox.inboxAdd(updateId: 1, payload: Data("{}".utf8), receivedAt: t0))
                try await outbox.outboxRemove(id: 1)
            }
            #expect(try await gateway.dataVersion() == before, "another connection's commit of no grant")
            _ = try await gateway.allowAdd(AllowEntry(channel: "telegram", userId: 1, addedAt: t0, source: "test"))
            let afterOwn = try await gateway.dataVersion()
            #expect(afterOwn != before, "its own grant")
            try await withStore(in: temp.path) { cli async throws in
                _ = try await cli.allowRemove(channel: "telegram", userId: 1)
            }
            #expect(try await gateway.dataVersion() != afterOwn, "a grant removed by another process")
        }
    }

    /// Triggers bump a counter whenever grants are written, by whichever process; the gateway's
    /// grants cache reloads on a change.
    @Test(arguments: Backend.allCases) func aGrantWrittenByAnotherProcessChangesTheDataVersion(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { gateway async throws in
                var before = try await gateway.dataVersion()
                try await withStore(in: temp) { cli async throws in
                    _ = try await cli.allowAdd(AllowEntry(channel: "telegram", userId: 2, addedAt: t0, source: "cli"))
                }
                #expect(try await gateway.dataVersion() != before, "an approval")
                before = try await gateway.dataVersion()
                try await withStore(in: temp) { cli async throws in try await cli.setSetting(OpenClawStore.ownerSettingKey, "2") }
                #expect(try await gateway.dataVersion() != before, "the owner")
                before = try await gateway.dataVersion()
                try await withStore(in: temp) { cli async throws in try await cli.recordGroupMigration(from: -1, to: -100, at: t0) }
                #expect(try await gateway.dataVersion() != before, "a group move")
            }
        }
    }

    @Test(arguments: Backend.allCases) func pairingRequestsAreCheckedAndCreatedInOneStep(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store async throws in
                func request(_ user: Int64) -> PairingRequest {
                    PairingRequest(channel: "telegram", code: PairingCode.generate(), userId: user, username: nil, createdAt: t0)
                }
                #expect(try await store.pairingRequestIfRoom(request(1), maxPending: 2) == .created)
                #expect(try await store.pairingRequestIfRoom(request(1), maxPending: 2) == .alreadyPending)
                #expect(try await store.pairingRequestIfRoom(request(2), maxPending: 2) == .created)
                #expect(try await store.pairingRequestIfRoom(request(3), maxPending: 2) == .capacity)
            }
        }
    }
}

