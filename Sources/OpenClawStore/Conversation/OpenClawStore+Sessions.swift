#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
package import OpenClawCore
import SQLKit

extension OpenClawStore {
    /// Appends a turn to the session, starting the session if needed.
    package func appendTurn(session: SessionKey, turn: ChatTurn, userId: Int64?, at time: Date) async throws {
        let content = try sealedText(turn.content, context: Self.messageContext(session.rawValue))
        try await transaction("appendTurn") { sql in
            try await sql.insert(into: "sessions")
                .columns("session_key", "started_at")
                .values(session.rawValue, time.storeMillis)
                .ignoringConflicts(with: "session_key")
                .run()
            try await sql.insert(into: "messages")
                .columns("session_key", "role", "content", "user_id", "created_at")
                .values(session.rawValue, turn.role.rawValue, content, userId, time.storeMillis)
                .run()
        }
    }

    /// The session's last `limit` turns, oldest first.
    package func recentTurns(session: SessionKey, limit: Int) async throws -> [ChatTurn] {
        try await exclusive("recentTurns", synchronous: nil) { sql in
            let newestFirst = try await sql.raw("""
                SELECT role, content FROM messages WHERE session_key = \(bind: session.rawValue) ORDER BY id DESC LIMIT \(literal: max(0, limit))
                """).all()
                .map { row in
                    let roleText = try row.decode(column: "role", as: String.self)
                    guard let role = ChatTurn.Role(rawValue: roleText) else {
                        throw StoreError(code: .queryFailed, message: "messages holds an unknown role")
                    }
                    return ChatTurn(role: role, content: try openedText(row, column: "content", context: Self.messageContext(session.rawValue)))
                }
            return newestFirst.reversed()
        }
    }

    /// Ends the session: its turns are deleted and the next turn starts a new one.
    package func resetSession(_ session: SessionKey) async throws {
        try await exclusive("resetSession") { sql in
            // messages.session_key cascades (foreign_keys is on for every connection).
            try await sql.delete(from: "sessions").where("session_key", .equal, session.rawValue).run()
        }
    }

    /// How many turns the session holds and when it started.
    package func sessionInfo(_ session: SessionKey) async throws -> SessionInfo {
        try await exclusive("sessionInfo") { sql in
            let started = try await sql.select().column("started_at").from("sessions")
                .where("session_key", .equal, session.rawValue)
                .first(decodingColumn: "started_at", as: Int64.self)
            let turns = try await sql.select()
                .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "turns")
                .from("messages")
                .where("session_key", .equal, session.rawValue)
                .first(decodingColumn: "turns", as: Int.self) ?? 0
            return SessionInfo(turns: turns, startedAt: started.map(Date.init(storeMillis:)))
        }
    }
}
