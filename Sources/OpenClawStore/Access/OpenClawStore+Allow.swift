#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
package import OpenClawCore
import SQLKit

extension OpenClawStore {
    /// Grants access; false when the same channel, scope and user are already present.
    package func allowAdd(_ entry: AllowEntry) async throws -> Bool {
        try await exclusive("allowAdd") { sql in
            let inserted = try await sql.insert(into: "allow_entries")
                .columns("channel", "scope", "user_id", "added_at", "source")
                .values(entry.channel, entry.scope.rawValue, entry.userId, entry.addedAt.storeMillis, entry.source)
                .ignoringConflicts(with: ["channel", "scope", "user_id"])
                .returning("user_id")
                .all()
            return !inserted.isEmpty
        }
    }

    /// Revokes every grant the user holds on `channel`; false when there was none.
    package func allowRemove(channel: String, userId: Int64) async throws -> Bool {
        try await exclusive("allowRemove") { sql in
            let removed = try await sql.delete(from: "allow_entries")
                .where("channel", .equal, channel)
                .where("user_id", .equal, userId)
                .returning("user_id")
                .all()
            return !removed.isEmpty
        }
    }

    /// The grants on `channel`, oldest first.
    package func allowList(channel: String) async throws -> [AllowEntry] {
        try await exclusive("allowList", synchronous: nil) { sql in
            try await sql.select().columns("channel", "scope", "user_id", "added_at", "source").from("allow_entries")
                .where("channel", .equal, channel)
                .orderBy("added_at").orderBy("user_id")
                .all()
                .map { row in
                    let scopeText = try row.decode(column: "scope", as: String.self)
                    guard let scope = AllowEntry.Scope(rawValue: scopeText) else {
                        throw StoreError(code: .queryFailed, message: "allow_entries holds an unknown scope")
                    }
                    return AllowEntry(
                        channel: try row.decode(column: "channel", as: String.self),
                        scope: scope,
                        userId: try row.decode(column: "user_id", as: Int64.self),
                        addedAt: Date(storeMillis: try row.decode(column: "added_at", as: Int64.self)),
                        source: try row.decode(column: "source", as: String.self)
                    )
                }
        }
    }

    /// True when the user holds a grant of `scope` on `channel`.
    package func isAllowed(channel: String, userId: Int64, scope: AllowEntry.Scope = .dm) async throws -> Bool {
        try await exclusive("isAllowed") { sql in
            try await sql.select().column("user_id").from("allow_entries")
                .where("channel", .equal, channel)
                .where("scope", .equal, scope.rawValue)
                .where("user_id", .equal, userId)
                .limit(1)
                .first() != nil
        }
    }
}
