import SQLKit

/// The connection (SQLite) or pool of connections (PostgreSQL) a store runs its statements on.
protocol StoreDatabase: Sendable {
    var backend: StoreBackend { get }
    /// Runs `body` on a connection no other call uses meanwhile; throws `StoreDatabaseClosed` after `close()`.
    func withConnection<T>(_ body: (any SQLDatabase) async throws -> T) async throws -> T
    func close() async throws
}

/// `withConnection` was called after `close()`.
struct StoreDatabaseClosed: Error {}
