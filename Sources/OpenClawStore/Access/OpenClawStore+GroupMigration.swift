#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif
import SQLKit

extension OpenClawStore {
    /// Records that a group moved to a new chat id (group → supergroup); repeating it is harmless.
    public func recordGroupMigration(from oldChatId: Int64, to newChatId: Int64, at time: Date) async throws {
        try await exclusive("recordGroupMigration") { sql in
            try await sql.insert(into: "group_migrations")
                .columns("old_chat_id", "new_chat_id", "migrated_at")
                .values(oldChatId, newChatId, time.storeMillis)
                .ignoringConflicts(with: "old_chat_id")
                .run()
        }
    }

    /// The original chat id a chat was migrated from, following a chain of moves; nil if it never moved.
    public func groupMigratedFrom(_ newChatId: Int64) async throws -> Int64? {
        try await exclusive("groupMigratedFrom") { sql in
            var current = newChatId
            var seen: Set<Int64> = [newChatId]
            while let previous = try await sql.select().column("old_chat_id").from("group_migrations")
                .where("new_chat_id", .equal, current)
                .orderBy("migrated_at", .descending)
                .first(decodingColumn: "old_chat_id", as: Int64.self)
            {
                // A cycle can only come from bad input; stop rather than loop.
                guard seen.insert(previous).inserted else { break }
                current = previous
            }
            return current == newChatId ? nil : current
        }
    }
}
