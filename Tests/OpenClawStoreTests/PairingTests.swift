#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore
import Testing
import OpenClawStore

@Suite struct PairingTests {
    private func request(_ code: String, user: Int64, at time: Date, channel: String = "telegram") -> PairingRequest {
        PairingRequest(channel: channel, code: PairingCode(code)!, userId: user, username: "user\(user)", createdAt: time)
    }

    @Test(arguments: Backend.allCases) func listsPendingOldestFirstAndDropsExpired(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store async throws in
                let older = request("AAAABBBB", user: 1, at: t0)
                let newer = request("CCCCDDDD", user: 2, at: t0.addingTimeInterval(600))
                try await store.pairingCreate(newer)
                try await store.pairingCreate(older)
                try await store.pairingCreate(request("EEEEFFFF", user: 3, at: t0, channel: "other"))

                #expect(try await store.pairingPending(channel: "telegram", now: t0.addingTimeInterval(60)) == [older, newer])
                // `expiresAt` is exclusive: at createdAt + lifetime the request is gone.
                let expiry = t0.addingTimeInterval(PairingRequest.lifetime)
                #expect(try await store.pairingPending(channel: "telegram", now: expiry) == [newer])
                #expect(try await store.pairingPendingRequest(channel: "telegram", userId: 2, now: expiry) == newer)
                #expect(try await store.pairingPendingRequest(channel: "telegram", userId: 1, now: expiry) == nil)
            }
        }
    }

    @Test(arguments: Backend.allCases) func resolvesOnlyOnceAndKeepsHistory(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store async throws in
                let pending = request("AAAABBBB", user: 1, at: t0)
                try await store.pairingCreate(pending)
                let code = PairingCode("aaaabbbb")!
                let at = t0.addingTimeInterval(60)

                #expect(try await store.pairingResolve(channel: "other", code: code, resolution: .approved, at: at) == nil)
                #expect(try await store.pairingResolve(channel: "telegram", code: code, resolution: .approved, at: at) == pending)
                #expect(try await store.pairingResolve(channel: "telegram", code: code, resolution: .denied, at: at) == nil)
                #expect(try await store.pairingPending(channel: "telegram", now: at).isEmpty)

                let history = try await store.pairingHistory(userId: 1)
                #expect(history == [PairingRecord(request: pending, resolution: .approved, resolvedAt: at)])
            }
        }
    }

    @Test(arguments: Backend.allCases) func refusesToResolveAnExpiredRequest(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store async throws in
                try await store.pairingCreate(request("AAAABBBB", user: 1, at: t0))
                let late = t0.addingTimeInterval(PairingRequest.lifetime)
                #expect(try await store.pairingResolve(channel: "telegram", code: PairingCode("AAAABBBB")!, resolution: .approved, at: late) == nil)
                #expect(try await store.pairingHistory(userId: 1).map(\.resolution) == [nil])
            }
        }
    }
}
