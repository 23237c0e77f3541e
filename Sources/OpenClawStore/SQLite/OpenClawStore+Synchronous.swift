import SQLKit

extension OpenClawStore {
    /// SQLite's `synchronous` on the store's connection as it stands (1 NORMAL, 2 FULL), for tests
    /// that a write is fsync'd; nil on PostgreSQL, where durability is set per transaction.
    package func sqliteSynchronous() async throws -> Int? {
        guard backend == .sqlite else { return nil }
        return try await exclusive("sqliteSynchronous", synchronous: nil) { sql in
            try await sql.raw("PRAGMA synchronous").first(decodingColumn: "synchronous", as: Int.self)
        }
    }
}
