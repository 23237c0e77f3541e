#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
import OpenClawCore
import SQLKit

extension OpenClawStore {
    /// Writes what handled updates leave behind, all in one transaction; returns the replies as
    /// queued (with their ids), in order, held by this replica (it sends them).
    @discardableResult
    package func complete(_ completions: [UpdateCompletion], at time: Date) async throws -> [OutboxMessage] {
        let sealed = try completions.map { completion in
            (
                completion,
                try completion.turns.map { try sealedText($0.turn.content, context: Self.messageContext($0.session.rawValue)) },
                try completion.replies.map { try sealedText($0.text, context: Self.outboxContext($0.chatId)) }
            )
        }
        return try await transaction("complete update") { sql in
            var queued: [OutboxMessage] = []
            for (completion, turnTexts, replyTexts) in sealed {
                // Written as SQL text with binds, not through the query builder: these run for every
                // message, and building their text anew cost more than executing some of them.
                if !completion.turns.isEmpty {
                    // A turn's session exists before its message; one statement for each kind.
                    let sessions = Set(completion.turns.map(\.session.rawValue)).sorted().map { session -> SQLQueryString in
                        "(\(bind: session), \(bind: time.storeMillis))"
                    }
                    try await sql.raw("""
                        INSERT INTO sessions (session_key, started_at) VALUES \(sessions.joined(separator: ", "))
                        ON CONFLICT (session_key) DO NOTHING
                        """).run()
                    let messages = zip(completion.turns, turnTexts).map { turn, content -> SQLQueryString in
                        "(\(bind: turn.session.rawValue), \(bind: turn.turn.role.rawValue), \(bind: content), \(bind: turn.userId), \(bind: time.storeMillis))"
                    }
                    try await sql.raw("""
                        INSERT INTO messages (session_key, role, content, user_id, created_at) VALUES \(messages.joined(separator: ", "))
                        """).run()
                }
                if let usage = completion.usage {
                    try await Self.insertUsage(sql, usage)
                }
                if let reservation = completion.reservationId {
                    try await sql.raw("DELETE FROM budget_reservations WHERE id = \(bind: reservation)").run()
                }
                for (reply, text) in zip(completion.replies, replyTexts) {
                    let id = try await sql.raw("""
                        INSERT INTO outbox (chat_id, thread_id, reply_to, user_id, text, created_at, attempts, next_attempt_at, claimed_by)
                        VALUES (\(bind: reply.chatId), \(bind: reply.threadId), \(bind: reply.replyTo), \(bind: reply.userId), \(bind: text),
                          \(bind: reply.createdAt.storeMillis), 0, \(bind: reply.nextAttemptAt.storeMillis), \(bind: replica))
                        RETURNING id
                        """).first(decodingColumn: "id", as: Int64.self)
                    var stored = reply
                    stored.id = id
                    queued.append(stored)
                }
                if let updateId = completion.updateId {
                    let outcome: SQLQueryString = completion.parked ? ", outcome = 'parked'" : ""
                    try await sql.raw("""
                        UPDATE inbox SET done_at = \(bind: time.storeMillis)\(outcome) WHERE update_id = \(bind: updateId) AND done_at IS NULL
                        """).run()
                }
            }
            return queued
        }
    }

    /// Messages waiting to be sent, oldest first.
    package func outboxPending(limit: Int) async throws -> [OutboxMessage] {
        try await exclusive("outboxPending") { sql in
            try await sql.select()
                .columns(Self.outboxColumns)
                .from("outbox")
                .orderBy("id")
                .limit(max(0, limit))
                .all()
                .map(outboxMessage)
        }
    }

    /// Messages this replica is to send from now on, oldest first: at start, everything waiting
    /// that no live replica holds (left by a crash, or by a replica that died); later, what a
    /// replica that died meanwhile left. A message this replica already holds is not returned again.
    /// With no replica identity (one gateway on the database), every message waiting.
    package func outboxAdopt(limit: Int) async throws -> [OutboxMessage] {
        guard let replica else { return try await outboxPending(limit: limit) }
        return try await transaction("outboxAdopt", durable: false, serialising: [.outbox]) { sql in
            let ids = try await sql.select().column("id").from("outbox")
                .where(SQLQueryString("(claimed_by IS NULL OR claimed_by <> \(bind: replica))"))
                .where(claimable("outbox"))
                .orderBy("id")
                .limit(max(0, limit))
                .all(decodingColumn: "id", as: Int64.self)
            guard !ids.isEmpty else { return [] }
            try await sql.update("outbox").set("claimed_by", to: replica).where("id", .in, ids).run()
            return try await sql.select()
                .columns(Self.outboxColumns)
                .from("outbox")
                .where("id", .in, ids)
                .orderBy("id")
                .all()
                .map(outboxMessage)
        }
    }

    private static let outboxColumns: [any SQLExpression] = [
        "id", "chat_id", "thread_id", "reply_to", "user_id", "text", "created_at", "attempts", "next_attempt_at",
    ].map { SQLColumn($0) }

    private func outboxMessage(_ row: any SQLRow) throws -> OutboxMessage {
        let chatId = try row.decode(column: "chat_id", as: Int64.self)
        return OutboxMessage(
            id: try row.decode(column: "id", as: Int64.self),
            chatId: chatId,
            threadId: try row.decode(column: "thread_id", as: Int64?.self),
            replyTo: try row.decode(column: "reply_to", as: Int64?.self),
            userId: try row.decode(column: "user_id", as: Int64?.self),
            text: try openedText(row, column: "text", context: Self.outboxContext(chatId)),
            createdAt: Date(storeMillis: try row.decode(column: "created_at", as: Int64.self)),
            attempts: try row.decode(column: "attempts", as: Int.self),
            nextAttemptAt: Date(storeMillis: try row.decode(column: "next_attempt_at", as: Int64.self))
        )
    }

    /// Forgets a message: Telegram accepted it, or it can never be delivered.
    ///
    /// Not fsync'd: after a power cut (not a process crash) the message may be sent once more.
    package func outboxRemove(id: Int64) async throws {
        try await bookkeeping("outboxRemove") { sql in
            try await sql.raw("DELETE FROM outbox WHERE id = \(bind: id)").run()
        }
    }

    /// Points queued messages for a chat that became a supergroup at its new id.
    package func outboxMove(chatId: Int64, to newChatId: Int64) async throws {
        try await exclusive("outboxMove") { sql in
            let rows = try await sql.select().columns("id", "text").from("outbox").where("chat_id", .equal, chatId).all()
            for row in rows {
                let text = try openedText(row, column: "text", context: Self.outboxContext(chatId))
                try await sql.update("outbox")
                    .set("chat_id", to: newChatId)
                    .set("text", to: try sealedText(text, context: Self.outboxContext(newChatId)))
                    .where("id", .equal, try row.decode(column: "id", as: Int64.self))
                    .run()
            }
        }
    }

    /// Records a failed send and when to try again.
    package func outboxReschedule(id: Int64, attempts: Int, nextAttemptAt: Date) async throws {
        try await exclusive("outboxReschedule") { sql in
            try await sql.update("outbox")
                .set("attempts", to: attempts)
                .set("next_attempt_at", to: nextAttemptAt.storeMillis)
                .where("id", .equal, id)
                .run()
        }
    }

    static func outboxContext(_ chatId: Int64) -> String { "outbox:\(chatId)" }
}
