#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
import SQLKit

extension OpenClawStore {
    /// Whose conversation `history` reads.
    package enum HistoryScope: Sendable, Equatable {
        /// A chat: a direct chat (whose id is the user's), a group and all its forum topics.
        case chat(Int64)
        /// What the user wrote anywhere, and their direct chat with the bot's replies.
        case user(Int64)
    }

    /// Stored turns in `scope` since `since`, oldest first, text decrypted; at most the newest `limit`.
    package func history(_ scope: HistoryScope, since: Date?, limit: Int) async throws -> [StoredMessage] {
        try await exclusive("history") { sql in
            var query = sql.select().columns("session_key", "role", "user_id", "content", "created_at").from("messages")
            switch scope {
            case .chat(let chatId):
                let group = "telegram:group:\(chatId)"
                let topics = group + ":topic:"
                let topicHead = SQLFunction(
                    "substr", args: SQLColumn("session_key"), SQLLiteral.numeric("1"), SQLLiteral.numeric("\(topics.unicodeScalars.count)")
                )
                query = query.where { clause in
                    clause.where("session_key", .equal, "telegram:dm:\(chatId)").orWhere("session_key", .equal, group)
                        .orWhere(topicHead, .equal, SQLBind(topics))
                }
            case .user(let userId):
                query = query.where { $0.where("user_id", .equal, userId).orWhere("session_key", .equal, "telegram:dm:\(userId)") }
            }
            if let since { query = query.where("created_at", .greaterThanOrEqual, since.storeMillis) }
            let newestFirst = try await query.orderBy("id", .descending).limit(max(0, limit)).all().map { row in
                let session = try row.decode(column: "session_key", as: String.self)
                return StoredMessage(
                    session: session,
                    role: try row.decode(column: "role", as: String.self),
                    userId: try row.decode(column: "user_id", as: Int64?.self),
                    content: try openedText(row, column: "content", context: Self.messageContext(session)),
                    createdAt: Date(storeMillis: try row.decode(column: "created_at", as: Int64.self))
                )
            }
            return newestFirst.reversed()
        }
    }
}
