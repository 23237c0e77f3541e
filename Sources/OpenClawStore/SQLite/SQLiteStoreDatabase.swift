import Logging
import NIOPosix
import Synchronization
import SQLKit

/// One SQLite connection on a thread of its own, used by one call at a time.
///
/// A call runs on the connection's thread from its first statement to its last (the thread is
/// the call's preferred executor), so its statements cost no hop between threads; each statement
/// is prepared once and kept. Other processes on the same file are coordinated by SQLite's locks
/// (WAL, 5 s busy timeout).
final class SQLiteStoreDatabase: StoreDatabase {
    let handle: SQLiteHandle
    let thread: SQLiteConnectionThread
    let sql: any SQLDatabase
    let gate = ConnectionGate()
    /// The connection's `synchronous` setting as last set; nil when a change to it failed.
    private let synchronous = Mutex<SQLiteSynchronous?>(nil)

    var backend: StoreBackend { .sqlite }

    private init(handle: SQLiteHandle, thread: SQLiteConnectionThread, logger: Logger) {
        self.handle = handle
        self.thread = thread
        self.sql = SQLiteHandleDatabase(handle: handle, logger: logger, eventLoop: MultiThreadedEventLoopGroup.singleton.any())
    }

    /// Opens (creating if needed) the database file at `path` and configures the connection.
    static func open(path: String, logger: Logger) async throws -> SQLiteStoreDatabase {
        let thread = SQLiteConnectionThread()
        let handle: SQLiteHandle
        do {
            handle = try await withTaskExecutorPreference(thread) { try SQLiteHandle.open(path: path) }
        } catch {
            try? await thread.shutdown()
            throw StoreError(code: .openFailed, message: "cannot open database \(path): \(StoreError.reason(of: error))")
        }
        let database = SQLiteStoreDatabase(handle: handle, thread: thread, logger: logger)
        do {
            try await database.withConnection { try await database.configure(path: path, $0) }
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
        return try await withTaskExecutorPreference(thread) { try await body(sql) }
    }

    func close() async throws {
        guard await gate.acquire() else { return }
        gate.markClosed()
        defer { gate.release() }
        do {
            try await withTaskExecutorPreference(thread) { try handle.close() }
        } catch {
            try? await thread.shutdown()
            throw error
        }
        try await thread.shutdown()
    }

    private func configure(path: String, _ sql: any SQLDatabase) async throws {
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
