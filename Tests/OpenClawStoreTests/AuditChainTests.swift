#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore
import SQLKit
import Testing
@testable import OpenClawStore

/// The hash-chained audit table, tampered with directly in SQLite the way someone with the
/// database file would, and checked with the verifier and a signed checkpoint at the head.
@Suite struct AuditChainTests {
    static let key = try! AuditSigningKey(base64: Data(repeating: 3, count: 32).base64EncodedString())

    /// Eight events about users 1 and 2 (a DM each), and a checkpoint signed at the head.
    private func seeded(_ store: OpenClawStore) async throws -> AuditCheckpoint {
        for index in 0..<8 {
            let user = Int64(index % 2 + 1)
            try await store.appendAudit(AuditEvent(
                time: t0.addingTimeInterval(Double(index)), kind: index < 4 ? .accessDenied : .pairingCreated,
                userId: user, chatId: user, details: ["reason": "not_allowed"]
            ))
        }
        let head = try #require(try await store.auditHead())
        return try Self.key.checkpoint(seq: head.seq, hash: head.hash, time: t0.addingTimeInterval(60))
    }

    private func verify(_ store: OpenClawStore, _ checkpoints: [AuditCheckpoint]) async throws -> AuditVerification {
        AuditVerifier(trustedKeys: [Self.key.verifier]).verify(records: try await store.auditRecords(), checkpoints: checkpoints)
    }

    private func tamper(_ store: OpenClawStore, _ statement: SQLQueryString) async throws {
        try await store.exclusive("tamper") { sql in try await sql.raw(statement).run() }
    }

    @Test(arguments: Backend.allCases) func appendsAreChainedInOrder(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store in
                let checkpoint = try await seeded(store)
                let records = try await store.auditRecords()
                #expect(records.map(\.seq) == Array(1...8))
                #expect(records.first?.prevHash == AuditChain.genesis)
                #expect(zip(records, records.dropFirst()).allSatisfy { $0.hash == $1.prevHash })
                let result = try await verify(store, [checkpoint])
                #expect(result.isIntact && result.checkpointsChecked == 1, "\(result.problems)")
            }
        }
    }

    @Test(arguments: Backend.allCases) func anEditedRowIsNamed(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store in
                let checkpoint = try await seeded(store)
                try await tamper(store, #"UPDATE audit_events SET details = '{"reason":"allowed"}' WHERE seq = 3"#)
                #expect(try await verify(store, [checkpoint]).problems.map(\.description) == ["seq 3: edited: the details do not match their digest"])
            }
        }
    }

    @Test(arguments: Backend.allCases) func aDeletedRowIsNamed(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store in
                let checkpoint = try await seeded(store)
                try await tamper(store, "DELETE FROM audit_events WHERE seq = 5")
                let result = try await verify(store, [checkpoint])
                #expect(result.firstBadSeq == 5 && result.problems.map(\.kind) == [.deleted])
            }
        }
    }

    @Test(arguments: Backend.allCases) func reorderedRowsAreNamed(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store in
                let checkpoint = try await seeded(store)
                // Move record 3 before record 2: swap the two rows' ids (ids equal seq in a fresh store).
                try await tamper(store, "UPDATE audit_events SET id = -id WHERE id IN (2, 3)")
                try await tamper(store, "UPDATE audit_events SET id = CASE id WHEN -2 THEN 3 ELSE 2 END WHERE id < 0")
                let result = try await verify(store, [checkpoint])
                #expect(result.firstBadSeq == 2 && result.problems.first?.kind == .reordered, "\(result.problems)")
            }
        }
    }

    @Test(arguments: Backend.allCases) func aTruncatedTailIsNamedThroughTheCheckpoint(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store in
                let checkpoint = try await seeded(store)
                try await tamper(store, "DELETE FROM audit_events WHERE seq >= 7")
                #expect(try await verify(store, []).isIntact, "without a checkpoint the cut is invisible")
                let result = try await verify(store, [checkpoint])
                #expect(result.firstBadSeq == 7 && result.problems.map(\.kind) == [.truncated])
            }
        }
    }

    @Test(arguments: Backend.allCases) func anErasureKeepsTheChainVerifiable(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store in
                _ = try await seeded(store)
                let erased = try await store.eraseUser(1, requestedBy: "cli", at: t0.addingTimeInterval(100))
                #expect(erased.auditAnonymised == 4)
                let head = try #require(try await store.auditHead())
                let checkpoint = try Self.key.checkpoint(seq: head.seq, hash: head.hash, time: t0.addingTimeInterval(200))
                let result = try await verify(store, [checkpoint])
                #expect(result.isIntact, "\(result.problems)")
                let records = try await store.auditRecords()
                #expect(!records.contains { $0.userId == 1 || $0.chatId == 1 })
                #expect(records.last?.kind == "gdpr.erased" && records.last?.detailValues["anonymisedSeqs"] == "1,3,5,7")

                // The same removal done by hand, without an erasure record, is reported.
                try await tamper(store, "UPDATE audit_events SET user_id = NULL, chat_id = NULL, subject_salt = NULL WHERE seq = 2")
                #expect(try await verify(store, [checkpoint]).problems.map(\.kind) == [.unrecordedErasure])
            }
        }
    }

    @Test(arguments: Backend.allCases) func retentionPrunesAPrefixAndSaysSo(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            try await withStore(in: temp) { store in
                _ = try await seeded(store)
                let result = try await store.applyRetention(
                    personalDataBefore: t0, usageBefore: t0, auditBefore: t0.addingTimeInterval(3), at: t0.addingTimeInterval(500)
                )
                #expect(result.auditEvents == 3)
                let records = try await store.auditRecords()
                #expect(records.map(\.seq) == Array(4...9) && records.last?.kind == "audit.pruned")
                #expect(try await verify(store, []).isIntact)

                try await tamper(store, "DELETE FROM audit_events WHERE seq = 4")
                #expect(try await verify(store, []).problems.map(\.kind) == [.deleted], "a prefix cut without an audit.pruned record")
            }
        }
    }

    @Test(arguments: Backend.allCases) func rowsWrittenBeforeTheChainAreChainedByTheMigration(_ backend: Backend) async throws {
        try await withTestPlace(backend) { temp in
            // Take the file back to schema 2 and write audit rows the way that schema did.
            try await withStore(in: temp) { store in
                try await tamper(store, "DROP INDEX audit_events_seq")
                for column in ["seq", "subject_salt", "subject_digest", "details_digest", "prev_hash", "hash"] {
                    try await tamper(store, "ALTER TABLE audit_events DROP COLUMN \(unsafeRaw: column)")
                }
                try await tamper(store, "DELETE FROM schema_migrations WHERE version = 3")
                for (index, kind) in ["access.denied", "pairing.created", "gdpr.erased"].enumerated() {
                    try await tamper(store, """
                        INSERT INTO audit_events (time, kind, user_id, chat_id, details) \
                        VALUES (\(literal: 1_700_000_000_000 + index), \(literal: kind), 5, 5, '{"reason":"old"}')
                        """)
                }
            }
            try await withStore(in: temp) { store in
                let records = try await store.auditRecords()
                #expect(records.map(\.seq) == [1, 2, 3] && records.map(\.kind) == ["access.denied", "pairing.created", "gdpr.erased"])
                #expect(records.allSatisfy { $0.details == #"{"reason":"old"}"# && $0.userId == 5 })
                let result = try await verify(store, [])
                #expect(result.isIntact, "\(result.problems)")
                try await store.appendAudit(AuditEvent(time: t0, kind: .pairingDenied))
                #expect(try await store.auditHead()?.seq == 4)
            }
        }
    }
}
