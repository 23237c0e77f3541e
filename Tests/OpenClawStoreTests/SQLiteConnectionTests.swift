#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore
import SQLKit
import SQLiteNIO
import Testing
@testable import OpenClawStore

/// The SQLite connection the store runs on: its calls stay on its thread, its kept statements
/// stay right and hold no user's text between calls, and its failures name the statement's
/// objects, never a bound value.
@Suite struct SQLiteConnectionTests {
    /// The calling thread's name, as Linux keeps it.
    private static func threadName() -> String {
        let name = FileManager.default.contents(atPath: "/proc/thread-self/comm") ?? Data()
        return String(decoding: name.filter { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
    }

    @Test func aCallRunsOnTheConnectionsOwnThreadFromFirstStatementToLast() async throws {
        let temp = TempDirectory()
        try await withStore(in: temp.path) { store async throws in
            var names: Set<String> = []
            for _ in 0..<5 {
                try await store.exclusive("test") { sql in
                    names.insert(Self.threadName())
                    try await sql.raw("SELECT 1 AS one").run()
                    names.insert(Self.threadName())
                    _ = try await sql.raw("SELECT 2 AS two").first(decodingColumn: "two", as: Int.self)
                    names.insert(Self.threadName())
                }
            }
            // NIO names its thread-pool threads `TP-#n`; Swift's own pool names its threads otherwise.
            #expect(names.count == 1)
            #expect(names.first?.hasPrefix("TP-") == true, "ran on \(names)")
        }
    }

    @Test func keptStatementsStayRightPastTheirLimit() async throws {
        let temp = TempDirectory()
        try await withStore(in: temp.path) { store async throws in
            let count = SQLiteHandle.statementLimit * 2 + 3
            let read = try await store.exclusive("test") { sql in
                var read: [Int] = []
                for _ in 0..<2 {
                    for number in 0..<count {
                        let text = "SELECT \(number) AS n"
                        read.append(try await sql.raw(SQLQueryString(text)).first(decodingColumn: "n", as: Int.self) ?? -1)
                    }
                }
                return read
            }
            #expect(read == Array(0..<count) + Array(0..<count))
        }
    }

    @Test func aKeptStatementSeesTheSchemaChangedUnderIt() async throws {
        let temp = TempDirectory()
        try await withStore(in: temp.path) { store async throws in
            let (before, after) = try await store.exclusive("test") { sql in
                try await sql.raw("CREATE TABLE probe (a INTEGER)").run()
                try await sql.raw("INSERT INTO probe (a) VALUES (1)").run()
                let before = try await sql.raw("SELECT * FROM probe").all().first?.allColumns
                try await sql.raw("ALTER TABLE probe ADD COLUMN b INTEGER DEFAULT 2").run()
                let after = try await sql.raw("SELECT * FROM probe").first()
                return (before, try after.map { (try $0.decode(column: "a", as: Int.self), try $0.decode(column: "b", as: Int.self)) })
            }
            #expect(before == ["a"])
            #expect(after?.0 == 1 && after?.1 == 2)
        }
    }

    @Test func aMessagesStatementsAreCompiledOnceNotAtEachUse() async throws {
        let temp = TempDirectory()
        try await withStore(in: temp.path) { store async throws in
            let database = try #require(store.database as? SQLiteStoreDatabase)
            // Opening migrates the schema, which compiles every statement kept by then again.
            let atOpen = try await store.exclusive("test") { _ in database.handle.recompilations }
            for update in Int64(1001)...1004 {
                let session = SessionKey(rawValue: "telegram:dm:\(update)")
                let now = t0.addingTimeInterval(Double(update))
                _ = try await store.inboxAdd([(updateId: update, payload: Data("{}".utf8), chatKey: "dm:\(update)")], receivedAt: now)
                _ = try await store.inboxPendingAttempts(limit: 10)
                _ = try await store.inboxClaim([update])
                let reservation = try await store.reserveBudget(
                    userId: update, session: session, historyLimit: 20, now: now, expiresAt: now.addingTimeInterval(60)
                ) { _, _ in 0.01 }
                _ = try await store.recentTurns(session: session, limit: 20)
                let usage = UsageRecord(time: now, userId: update, chatId: update, provider: "p", model: "m", tokens: TokenUsage(input: 1, output: 1), costUsd: 0.001)
                let reply = OutboxMessage(chatId: update, userId: update, text: "answer \(update)", createdAt: now)
                let turns = [UpdateCompletion.Turn(session: session, turn: ChatTurn(role: .user, content: "question \(update)"), userId: update)]
                let queued = try await store.complete(
                    [UpdateCompletion(updateId: update, turns: turns, usage: usage, reservationId: reservation.id, replies: [reply])], at: now
                )
                for message in queued { try await store.outboxRemove(id: try #require(message.id)) }
            }
            // A PRAGMA takes effect as it is compiled, so SQLite compiles it at each use.
            let recompiled = try await store.exclusive("test") { _ in database.handle.recompilations }
                .filter { $1 != atOpen[$0] && !$0.hasPrefix("PRAGMA") }
            #expect(recompiled.isEmpty, "a kept statement compiled again at each use costs a parse per message: \(recompiled)")
        }
    }

    @Test func aKeptStatementHoldsNoBoundTextOrBytesBetweenCalls() async throws {
        let temp = TempDirectory()
        try await withStore(in: temp.path) { store async throws in
            let database = try #require(store.database as? SQLiteStoreDatabase)
            let message = "my phone is +44 7700 900461"
            let lingering = try await store.exclusive("test") { sql in
                _ = try await sql.raw("SELECT \(bind: message) AS t, \(bind: Data(message.utf8)) AS b").first()
                // The same kept statement stepped again with nothing bound: what it still holds.
                var values: [SQLiteData] = []
                try database.handle.run("SELECT ?1 AS t, ?2 AS b", []) { values += $0.values }
                return values
            }
            #expect(lingering == [.null, .null])
        }
    }

    @Test func aFailedStatementNamesItsObjectsNotItsValuesAndTheConnectionGoesOn() async throws {
        let temp = TempDirectory()
        try await withStore(in: temp.path) { store async throws in
            let secret = "sk-ant-api03-never-in-an-error-0123456789"
            try await store.exclusive("test") { sql in
                try await sql.raw("CREATE TABLE probe (a TEXT UNIQUE)").run()
                try await sql.raw("INSERT INTO probe (a) VALUES (\(bind: secret))").run()
            }
            let error = await #expect(throws: StoreError.self) {
                try await store.exclusive("insert probe") { sql in
                    try await sql.raw("INSERT INTO probe (a) VALUES (\(bind: secret))").run()
                }
            }
            #expect(error?.message.contains("UNIQUE constraint failed: probe.a") == true, "\(String(describing: error))")
            #expect(error?.message.contains(secret) == false)
            // The same kept statement, reset after its failure, runs again with another value.
            let rows = try await store.exclusive("test") { sql in
                try await sql.raw("INSERT INTO probe (a) VALUES (\(bind: "other"))").run()
                return try await sql.raw("SELECT count(*) AS n FROM probe").first(decodingColumn: "n", as: Int.self)
            }
            #expect(rows == 2)
        }
    }
}
