#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore
import OpenClawStore
import Testing

/// Two stores on one database stand in for two gateway replicas: what one decides after reading
/// must see what the other wrote, so together they keep the rules one gateway keeps.
@Suite struct ReplicaStoreTests {
    /// Opens `count` stores on the test's database, runs `body`, closes them all.
    private func withReplicas(_ place: TestPlace, count: Int = 2, _ body: ([OpenClawStore]) async throws -> Void) async throws {
        var stores: [OpenClawStore] = []
        do {
            for _ in 0..<count { stores.append(try await OpenClawStore.open(place.location, logger: testLogger)) }
            try await body(stores)
        } catch {
            for store in stores { try? await store.close() }
            throw error
        }
        for store in stores { try await store.close() }
    }

    @Test(arguments: Backend.allCases) func reservationsFromTwoReplicasTogetherStayWithinTheCap(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withReplicas(temp) { replicas in
                let reserved = await withTaskGroup(of: Bool.self) { group in
                    for call in Int64(1)...12 {
                        let store = replicas[Int(call) % replicas.count]
                        group.addTask {
                            let found = try? await store.reserveBudget(
                                userId: call, session: SessionKey(rawValue: "telegram:dm:\(call)"), historyLimit: 10, now: t0,
                                expiresAt: t0.addingTimeInterval(60)
                            ) { committed, _ in committed.globalDay + 0.25 <= 1.0 ? 0.25 : nil }
                            return found?.id != nil
                        }
                    }
                    return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
                }
                #expect(reserved == 4, "0.25 each: four fit under 1.0, whichever replica reserves")
            }
        }
    }

    @Test(arguments: Backend.allCases) func auditAppendsFromTwoReplicasFormOneChain(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withReplicas(temp) { replicas in
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for index in 0..<40 {
                        let store = replicas[index % replicas.count]
                        group.addTask {
                            try await store.appendAudit(AuditEvent(time: t0, kind: .accessDenied, userId: Int64(index), details: ["n": String(index)]))
                        }
                    }
                    try await group.waitForAll()
                }
                let records = try await replicas[0].auditRecords()
                #expect(records.map(\.seq) == Array(1...40))
                #expect(zip(records, records.dropFirst()).allSatisfy { $0.hash == $1.prevHash }, "each record links to the one before")
            }
        }
    }

    @Test(arguments: Backend.allCases) func pairingRequestsFromTwoReplicasStayWithinThePendingCap(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withReplicas(temp) { replicas in
                let created = try await withThrowingTaskGroup(of: Bool.self) { group in
                    for user in Int64(1)...10 {
                        let store = replicas[Int(user) % replicas.count]
                        group.addTask {
                            let request = PairingRequest(channel: "telegram", code: PairingCode.generate(), userId: user, username: nil, createdAt: t0)
                            return try await store.pairingRequestIfRoom(request, maxPending: 3) == .created
                        }
                    }
                    return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
                }
                #expect(created == 3)
            }
        }
    }
}
