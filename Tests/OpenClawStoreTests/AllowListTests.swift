#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore
import Testing
import OpenClawStore

@Suite struct AllowListTests {
    @Test(arguments: Backend.allCases) func addRemoveList(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store async throws in
                let alice = AllowEntry(channel: "telegram", userId: 1, addedAt: t0, source: "pairing")
                let bob = AllowEntry(channel: "telegram", userId: 2, addedAt: t0.addingTimeInterval(1), source: "cli")
                #expect(try await store.allowAdd(alice))
                #expect(try await store.allowAdd(bob))
                #expect(try await store.allowAdd(alice) == false)
                #expect(try await store.allowList(channel: "telegram") == [alice, bob])
                #expect(try await store.allowList(channel: "other").isEmpty)
                #expect(try await store.isAllowed(channel: "telegram", userId: 1))
                #expect(try await store.isAllowed(channel: "other", userId: 1) == false)

                #expect(try await store.allowRemove(channel: "telegram", userId: 1))
                #expect(try await store.allowRemove(channel: "telegram", userId: 1) == false)
                #expect(try await store.isAllowed(channel: "telegram", userId: 1) == false)
                #expect(try await store.allowList(channel: "telegram") == [bob])
            }
        }
    }
}

@Suite struct GroupMigrationTests {
    @Test(arguments: Backend.allCases) func followsAChainToTheOriginalId(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store async throws in
                #expect(try await store.groupMigratedFrom(-100) == nil)
                try await store.recordGroupMigration(from: -1, to: -100, at: t0)
                // Telegram announces a move in both chats; recording it twice is harmless.
                try await store.recordGroupMigration(from: -1, to: -100, at: t0)
                try await store.recordGroupMigration(from: -100, to: -200, at: t0.addingTimeInterval(10))
                #expect(try await store.groupMigratedFrom(-100) == -1)
                #expect(try await store.groupMigratedFrom(-200) == -1)
                #expect(try await store.groupMigratedFrom(-1) == nil)
            }
        }
    }

    @Test(arguments: Backend.allCases) func stopsOnACycle(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store async throws in
                try await store.recordGroupMigration(from: -1, to: -2, at: t0)
                try await store.recordGroupMigration(from: -2, to: -1, at: t0)
                #expect(try await store.groupMigratedFrom(-2) == -1)
            }
        }
    }
}
