import Logging
import NIOPosix
import Synchronization
import SQLKit
import SQLiteKit
import SQLiteNIO

/// One SQLite connection on a thread of its own, used by one call at a time.
///
/// Other processes on the same file are coordinated by SQLite's locks (WAL, 5 s busy timeout).
final class SQLiteStoreDatabase: StoreDatabase {
    let connection: SQLiteConnection
    /// This connection's own thread: SQLite's busy handler sleeps on the calling thread, so on a
    /// shared pool two connections waiting for a lock could starve the one holding it.
    let thread: NIOThreadPool
    let sql: any SQLDatabase
    let gate = ConnectionGate()
    /// The connection's `synchronous` setting as last set; nil when a change to it failed.
    private let synchronous = Mutex<SQLiteSynchronous?>(nil)

    var backend: StoreBackend { .sqlite }

    private init(connection: SQLiteConnection, thread: NIOThreadPool) {
        self.connection = connection
        self.thread = thread
        // Query logging is off: bound values are user messages and payloads.
        self.sql = connection.sql(queryLogLevel: nil)
    }

    /// Opens (creating if needed) the database file at `path` and configures the connection.
    static func open(path: String, logger: Logger) async throws -> SQLiteStoreDatabase {
        let thread = NIOThreadPool(numberOfThreads: 1)
        thread.start()
        let connection: SQLiteConnection
        do {
            connection = try await SQLiteConnection.open(
                storage: .file(path: path), threadPool: thread, logger: logger, on: MultiThreadedEventLoopGroup.singleton.any()
            ).get()
        } catch {
            try? await thread.shutdownGracefully()
            throw StoreError(code: .openFailed, message: "cannot open database \(path): \(StoreError.reason(of: error))")
        }
        let database = SQLiteStoreDatabase(connection: connection, thread: thread)
        do {
            try await database.configure(path: path)
        } catch {
            try? await database.close()
            throw StoreError.wrapping(error, code: .openFailed, operation: "configure \(path)")
        }
        return database
    }

    /// Sets `synchronous` for the commits that follow, unless it already is `level`: switching only
    /// when needed saves a statement (a thread hop) on most commits. Call while holding the connection.
    func setSynchronous(_ level: SQLiteSynchronous, _ sql: any SQLDatabase) async throws {
        guard synchronous.withLock({ $0 }) != level else { return }
        synchronous.withLock { $0 = nil }
        try await sql.raw("PRAGMA synchronous = \(unsafeRaw: level.rawValue)").run()
        synchronous.withLock { $0 = level }
    }

    func withConnection<T>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        guard await gate.acquire() else { throw StoreDatabaseClosed() }
        defer { gate.release() }
        return try await body(sql)
    }

    func close() async throws {
        guard await gate.acquire() else { return }
        gate.markClosed()
        defer { gate.release() }
        // The future-based close: the async one gives up when the calling task is cancelled
        // (a service group cancelled at shutdown), leaving the file open.
        try await connection.close().get()
        try await thread.shutdownGracefully()
    }

    private func configure(path: String) async throws {
        // Replaces sqlite-nio's busy handler, which retries forever without sleeping.
        try await sql.raw("PRAGMA busy_timeout = \(literal: OpenClawStore.busyTimeoutMilliseconds)").run()
        let mode = try await sql.raw("PRAGMA journal_mode = WAL").first(decodingColumn: "journal_mode", as: String.self)
        guard mode?.lowercased() == "wal" else {
            throw StoreError(code: .openFailed, message: "cannot enable WAL journal mode on \(path)")
        }
        try await sql.raw("PRAGMA foreign_keys = ON").run()
        // Every commit reaches the disk before it returns: an update acknowledged to Telegram
        // survives a power cut. Bookkeeping commits opt out (`transaction(durable: false)`).
        try await setSynchronous(.full, sql)
        // Deleted rows are overwritten, so erased or pruned text cannot be recovered from the file.
        try await sql.raw("PRAGMA secure_delete = ON").run()
    }
}
