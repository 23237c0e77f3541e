import Foundation
import Crypto
import OpenClawCore
import SQLKit
import Testing
@testable import OpenClawStore

/// The state copy behind `openclaw backup` and `restore` on PostgreSQL: every row from one store
/// into an empty one on either backend, the audit chain verifying and sealed text opening there.
@Suite struct StateCopyTests {
    static let keyring = SealingKeyring(current: SealingKey(SymmetricKey(size: .bits256)))
    static let sealedSession = SessionKey(rawValue: "telegram:dm:7")
    static let plainSession = SessionKey(rawValue: "telegram:dm:8")
    static let sealedText = "the llama is called Periwinkle"

    /// More than a page of messages, sealed and plain; audit events; one row or more in every other table.
    static func seed(_ place: TestPlace) async throws {
        try await withStore(in: place, keyring: keyring) { store in
            for index in 0..<(OpenClawStore.copyPageSize + 5) {
                try await store.appendTurn(
                    session: sealedSession, turn: ChatTurn(role: .user, content: "\(sealedText) \(index)"), userId: 7, at: t0.addingTimeInterval(Double(index))
                )
            }
            _ = try await store.inboxAdd(updateId: 41, payload: Data(#"{"update_id":41}"#.utf8), receivedAt: t0, chatKey: "7")
        }
        try await withStore(in: place) { store in
            try await store.appendTurn(session: plainSession, turn: ChatTurn(role: .assistant, content: "plain, café ☕"), userId: 8, at: t0)
            for index in 0..<5 {
                try await store.appendAudit(AuditEvent(time: t0.addingTimeInterval(Double(index)), kind: .accessDenied, userId: 9, chatId: 9, details: ["reason": "not_allowed"]))
            }
            _ = try await store.allowAdd(AllowEntry(channel: "telegram", userId: 7, addedAt: t0, source: "pairing"))
            _ = try await store.allowAdd(AllowEntry(channel: "telegram", userId: 8, addedAt: t0, source: "cli"))
            try await store.recordUsage(UsageRecord(
                time: t0, userId: 7, chatId: 7, provider: "anthropic", model: "m", tokens: TokenUsage(input: 10, output: 20, estimated: true), costUsd: 0.125
            ))
            try await store.exclusive("seed") { sql in
                try await sql.raw("INSERT INTO settings (key, value, updated_at) VALUES ('k', 'v', 1)").run()
                try await sql.raw("INSERT INTO group_migrations (old_chat_id, new_chat_id, migrated_at) VALUES (-1, -1001, 2)").run()
                try await sql.raw("""
                    INSERT INTO pairing_requests (channel, code, user_id, username, created_at, expires_at) VALUES ('telegram', 'ABCD2345', 5, NULL, 3, 4)
                    """).run()
                try await sql.raw("""
                    INSERT INTO outbox (chat_id, user_id, text, created_at, next_attempt_at, claimed_by) VALUES (7, 7, \(bind: Data("reply".utf8)), 5, 6, 'a')
                    """).run()
                try await sql.raw("INSERT INTO budget_reservations (user_id, cost_usd, created_at, expires_at) VALUES (7, 0.5, 7, 8)").run()
                try await sql.raw("INSERT INTO rate_limits (scope, subject, tat, notice_tat, allowance) VALUES ('user', 7, 9, 10, 11)").run()
            }
        }
    }

    /// Every copied table's rows, each value in one spelling whichever backend it was read from.
    static func contents(_ place: TestPlace) async throws -> [String: [String]] {
        try await OpenClawStore.withOpen(place.location, logger: testLogger) { store in
            try await store.exclusive("contents") { sql in
                var tables: [String: [String]] = [:]
                for table in StoredTable.all {
                    let query = sql.select().columns(table.columns.map { SQLColumn($0.name) }).from(table.name)
                    for key in table.key { query.orderBy(key) }
                    tables[table.name] = try await query.all().map { row in
                        try table.columns.map { column in
                            switch try column.value(in: row, from: store.backend, to: .sqlite) {
                            case let bytes as Data: "x'" + bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() + "'"
                            case let value: String(describing: value)
                            }
                        }.joined(separator: "|")
                    }
                }
                return tables
            }
        }
    }

    static func copy(_ source: TestPlace, into target: TestPlace) async throws -> [(table: String, rows: Int)] {
        try await OpenClawStore.withOpen(source.location, logger: testLogger) { source in
            try await OpenClawStore.withOpen(target.location, logger: testLogger) { try await source.copyState(into: $0) }
        }
    }

    /// After the copy the target works as the source did: the chain verifies and grows, sealed
    /// text opens with the same key, and new rows get ids past the copied ones.
    static func expectWorking(_ place: TestPlace) async throws {
        try await withStore(in: place, keyring: keyring) { store in
            let before = AuditVerifier(trustedKeys: []).verify(records: try await store.auditRecords(), checkpoints: [])
            #expect(before.isIntact && before.records == 5, "\(before.problems)")
            try await store.appendAudit(AuditEvent(time: t0.addingTimeInterval(10), kind: .accessDenied, userId: 9, chatId: 9, details: [:]))
            let after = AuditVerifier(trustedKeys: []).verify(records: try await store.auditRecords(), checkpoints: [])
            #expect(after.isIntact && after.lastSeq == 6, "\(after.problems)")

            #expect(try await store.recentTurns(session: sealedSession, limit: 1).map(\.content) == ["\(sealedText) \(OpenClawStore.copyPageSize + 4)"])
            #expect(try await store.recentTurns(session: plainSession, limit: 1).map(\.content) == ["plain, café ☕"])
            try await store.appendTurn(session: plainSession, turn: ChatTurn(role: .user, content: "after the restore"), userId: 8, at: t0)
            #expect(try await store.recentTurns(session: plainSession, limit: 2).map(\.content) == ["plain, café ☕", "after the restore"])
            #expect(try await store.isAllowed(channel: "telegram", userId: 7))
            #expect(try await store.inboxPending(limit: 5).map(\.updateId) == [41])
        }
    }

    @Test func postgresToAFileAndBackToPostgresKeepsEveryRow() async throws {
        try await withTestPlace(.postgres) { live in
            try await Self.seed(live)
            let original = try await Self.contents(live)
            try await withTestPlace(.sqlite) { file in
                let copied = try await Self.copy(live, into: file)
                #expect(copied.first { $0.table == "messages" }?.rows == OpenClawStore.copyPageSize + 6)
                #expect(try await Self.contents(file) == original)
                // The file holds no sealed text in the clear.
                #expect(try databaseBytes(file.path).range(of: Data(Self.sealedText.utf8)) == nil)
                try await withTestPlace(.postgres) { restored in
                    _ = try await Self.copy(file, into: restored)
                    #expect(try await Self.contents(restored) == original)
                    try await Self.expectWorking(restored)
                }
            }
        }
    }

    @Test func sqliteToPostgresKeepsEveryRow() async throws {
        try await withTestPlace(.sqlite) { file in
            try await Self.seed(file)
            let original = try await Self.contents(file)
            try await withTestPlace(.postgres) { restored in
                _ = try await Self.copy(file, into: restored)
                #expect(try await Self.contents(restored) == original)
                try await Self.expectWorking(restored)
            }
        }
    }

    @Test(arguments: Backend.allCases) func aTargetHoldingStateIsRefusedAndLeftAsItWas(_ backend: Backend) async throws {
        try await withTestPlace(.sqlite) { file in
            try await Self.seed(file)
            try await withTestPlace(backend) { target in
                try await withStore(in: target) { store in
                    try await store.appendAudit(AuditEvent(time: t0, kind: .accessDenied, userId: 1, chatId: 1, details: [:]))
                }
                let before = try await Self.contents(target)
                let error = await #expect(throws: StoreError.self) { try await Self.copy(file, into: target) }
                #expect(error?.code == .notEmpty)
                #expect(error?.message.contains("already holds state (rows in audit_events)") == true, "\(String(describing: error))")
                #expect(try await Self.contents(target) == before)
            }
        }
    }

    /// A migration that adds a table or column must add it to `StoredTable.all` (or say why not).
    @Test(arguments: Backend.allCases) func theCopyCoversEveryColumnTheMigrationsMake(_ backend: Backend) async throws {
        try await withTestPlace(backend) { place in
            let schema = try await OpenClawStore.withOpen(place.location, logger: testLogger) { store in
                try await store.exclusive("schema") { sql in
                    var schema: [String: Set<String>] = [:]
                    switch backend {
                    case .sqlite:
                        let tables = try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                            .all(decodingColumn: "name", as: String.self)
                        for table in tables {
                            schema[table] = Set(try await sql.raw("SELECT name FROM pragma_table_info(\(bind: table))").all(decodingColumn: "name", as: String.self))
                        }
                    case .postgres:
                        for row in try await sql.raw("""
                            SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()
                            """).all() {
                            schema[try row.decode(column: "table_name", as: String.self), default: []].insert(try row.decode(column: "column_name", as: String.self))
                        }
                    }
                    return schema
                }
            }
            var listed = Dictionary(uniqueKeysWithValues: StoredTable.all.map { ($0.name, Set($0.columns.map(\.name))) })
            for table in StoredTable.notCopied { listed[table] = schema[table] }
            #expect(schema == listed)
        }
    }
}
