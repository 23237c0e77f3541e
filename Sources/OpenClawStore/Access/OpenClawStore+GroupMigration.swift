#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
import SQLKit

extension OpenClawStore {
    /// Records that a group moved to a new chat id (group → supergroup); repeating it is harmless.
    package func recordGroupMigration(from oldChatId: Int64, to newChatId: Int64, at time: Date) async throws {
        try await exclusive("recordGroupMigration") { sql in
            try await sql.insert(into: "group_migrations")
                .columns("old_chat_id", "new_chat_id", "migrated_at")
                .values(oldChatId, newChatId, time.storeMillis)
                .ignoringConflicts(with: "old_chat_id")
                .run()
        }
    }

    /// The original chat id a chat was migrated from, following a chain of moves; nil if it never moved.
    package func groupMigratedFrom(_ newChatId: Int64) async throws -> Int64? {
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

extension OpenClawStore {
    /// Every recorded move, as new chat id → the original id it was migrated from (chains followed).
    package func groupMigrationRoots() async throws -> [Int64: Int64] {
        let moves = try await exclusive("groupMigrations", synchronous: nil) { sql in
            try await sql.select().columns("old_chat_id", "new_chat_id").from("group_migrations").orderBy("migrated_at").all()
                .map { (old: try $0.decode(column: "old_chat_id", as: Int64.self), new: try $0.decode(column: "new_chat_id", as: Int64.self)) }
        }
        var previous: [Int64: Int64] = [:]
        for move in moves { previous[move.new] = move.old }
        var roots: [Int64: Int64] = [:]
        for start in previous.keys {
            var current = start
            var seen: Set<Int64> = [start]
            while let older = previous[current], seen.insert(older).inserted { current = older }
            roots[start] = current
        }
        return roots
    }
}
