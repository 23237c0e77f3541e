#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore
import Testing
import OpenClawStore

@Suite struct AuditTests {
    @Test(arguments: Backend.allCases) func roundTripsNewestFirstWithDetails(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store async throws in
                let denied = AuditEvent(time: t0, kind: .accessDenied, userId: 7, chatId: -3, details: ["reason": "not allowed", "policy": "pairing"])
                let created = AuditEvent(time: t0.addingTimeInterval(1), kind: .pairingCreated, userId: 7)
                let approved = AuditEvent(time: t0.addingTimeInterval(2), kind: .pairingApproved, details: ["by": "cli"])
                let ids = [try await store.appendAudit(denied), try await store.appendAudit(created), try await store.appendAudit(approved)]
                #expect(ids == ids.sorted() && Set(ids).count == 3)

                var expected = [approved, created, denied]
                for index in expected.indices { expected[index].id = ids.reversed()[index] }
                #expect(try await store.auditEvents(kindPrefix: nil, limit: 10) == expected)
                #expect(try await store.auditEvents(kindPrefix: "pairing.", limit: 10) == Array(expected[0...1]))
                #expect(try await store.auditEvents(kindPrefix: nil, limit: 1) == [expected[0]])
            }
        }
    }

    @Test(arguments: Backend.allCases) func kindPrefixIsLiteralAndCaseSensitive(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store async throws in
                try await store.appendAudit(AuditEvent(time: t0, kind: .accessDenied))
                // With LIKE these would match: `_` is a wildcard and ASCII case is ignored.
                #expect(try await store.auditEvents(kindPrefix: "access_", limit: 10).isEmpty)
                #expect(try await store.auditEvents(kindPrefix: "ACCESS.", limit: 10).isEmpty)
                #expect(try await store.auditEvents(kindPrefix: "access.", limit: 10).count == 1)
            }
        }
    }
}
