#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore
import Testing
import OpenClawStore

/// The gateway and a CLI process open the same file; two stores in one process stand in for them.
@Suite struct SharedFileTests {
    @Test(arguments: Backend.allCases) func twoStoresSeeEachOthersWrites(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            let gateway = try await OpenClawStore.open(temp.location, logger: testLogger)
            let cli = try await OpenClawStore.open(temp.location, logger: testLogger)
            do {
                let request = PairingRequest(channel: "telegram", code: PairingCode("AAAABBBB")!, userId: 5, username: nil, createdAt: t0)
                try await gateway.pairingCreate(request)
                #expect(try await cli.pairingPending(channel: "telegram", now: t0) == [request])

                let at = t0.addingTimeInterval(30)
                #expect(try await cli.pairingResolve(channel: "telegram", code: request.code, resolution: .approved, at: at) == request)
                #expect(try await cli.allowAdd(AllowEntry(channel: "telegram", userId: 5, addedAt: at, source: "pairing")))
                #expect(try await gateway.pairingResolve(channel: "telegram", code: request.code, resolution: .denied, at: at) == nil)
                #expect(try await gateway.isAllowed(channel: "telegram", userId: 5))

                #expect(try await gateway.inboxAdd(updateId: 1, payload: Data("{}".utf8), receivedAt: t0))
                #expect(try await cli.inboxAdd(updateId: 1, payload: Data("{}".utf8), receivedAt: t0) == false)
            } catch {
                try? await gateway.close()
                try? await cli.close()
                throw error
            }
            try await gateway.close()
            try await cli.close()
        }
    }

    @Test(arguments: Backend.allCases) func concurrentWritersOnTwoStoresDoNotFail(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            let first = try await OpenClawStore.open(temp.location, logger: testLogger)
            let second = try await OpenClawStore.open(temp.location, logger: testLogger)
            let session = SessionKey(rawValue: "telegram:dm:1")
            do {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for index in 0..<60 {
                        let store = index.isMultiple(of: 2) ? first : second
                        group.addTask {
                            try await store.appendTurn(session: session, turn: ChatTurn(role: .user, content: "\(index)"), userId: 1, at: t0)
                            _ = try await store.inboxAdd(updateId: Int64(index), payload: Data(), receivedAt: t0)
                        }
                    }
                    try await group.waitForAll()
                }
                #expect(try await first.sessionInfo(session).turns == 60)
                #expect(try await second.nextPollOffset() == 60)
            } catch {
                try? await first.close()
                try? await second.close()
                throw error
            }
            try await first.close()
            try await second.close()
        }
    }
}
