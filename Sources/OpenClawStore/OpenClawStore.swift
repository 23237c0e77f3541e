#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
public import Logging
public import OpenClawCore
import NIOPosix
import SQLKit
import SQLiteKit
import SQLiteNIO

/// The gateway's durable state in one SQLite file, shared by the gateway and CLI processes.
///
/// Call `close()` before dropping it. Every call runs alone on the store's connection; other
/// processes on the same file are coordinated by SQLite's locks (WAL, 5 s busy timeout).
public final class OpenClawStore: Sendable {
    /// Name of the database file inside the state directory.
    public static let fileName = "openclaw.sqlite"
    /// How long a call waits for another process's write lock before failing.
    public static let busyTimeoutMilliseconds = 5000

    /// Path of the database file.
    public let path: String
    let connection: SQLiteConnection
    /// This connection's own thread: SQLite's busy handler sleeps on the calling thread, so on a
    /// shared pool two connections waiting for a lock could starve the one holding it.
    let thread: NIOThreadPool
    let sql: any SQLDatabase
    let logger: Logger
    let gate = ConnectionGate()
    /// Seals message text and queued updates; nil stores them as plain text.
    let keyring: SealingKeyring?

    private init(path: String, connection: SQLiteConnection, thread: NIOThreadPool, logger: Logger, keyring: SealingKeyring?) {
        self.path = path
        self.connection = connection
        self.thread = thread
        self.keyring = keyring
        // Query logging is off: bound values are user messages and payloads.
        self.sql = connection.sql(queryLogLevel: nil)
        self.logger = logger
    }

    /// Opens (creating if needed) `openclaw.sqlite` in `directory` and applies pending migrations.
    ///
    /// With a `keyring`, message text and queued updates are written sealed (AES-GCM); without
    /// one, reading a sealed row fails with `StoreError.Code.sealed`.
    public static func open(directory: String, logger: Logger, keyring: SealingKeyring? = nil) async throws -> OpenClawStore {
        let path = try StateDirectory.prepare(directory: directory, fileName: fileName, logger: logger)
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
        let store = OpenClawStore(path: path, connection: connection, thread: thread, logger: logger, keyring: keyring)
        do {
            try await store.configureConnection()
            let applied = try await store.migrate(Migrations.all)
            if !applied.isEmpty {
                logger.info("applied store migrations", metadata: ["path": "\(path)", "versions": "\(applied)"])
            }
        } catch {
            try? await connection.close()
            try? await thread.shutdownGracefully()
            throw error
        }
        return store
    }

    /// Opens the store as `open` does, runs `body` with it, and closes it whether or not `body` throws.
    public static func withOpen<T: Sendable>(
        directory: String,
        logger: Logger,
        keyring: SealingKeyring? = nil,
        _ body: (OpenClawStore) async throws -> T
    ) async throws -> T {
        let store = try await open(directory: directory, logger: logger, keyring: keyring)
        do {
            let result = try await body(store)
            try await store.close()
            return result
        } catch {
            try? await store.close()
            throw error
        }
    }

    /// Closes the connection; later calls fail with `StoreError.Code.closed`.
    public func close() async throws {
        guard await gate.acquire() else { return }
        gate.markClosed()
        defer { gate.release() }
        do {
            // The future-based close: the async one gives up when the calling task is cancelled
            // (a service group cancelled at shutdown), leaving the file open.
            try await connection.close().get()
            try await thread.shutdownGracefully()
        } catch {
            throw StoreError.wrapping(error, operation: "close \(path)")
        }
    }

    /// True when the database answers a trivial query (for readiness checks).
    public func ping() async -> Bool {
        do {
            return try await exclusive("ping") { sql in
                try await sql.raw("SELECT 1 AS one").first(decodingColumn: "one", as: Int.self) == 1
            }
        } catch {
            return false
        }
    }

    /// Copies the write-ahead log into the database file and empties it, so page images of
    /// deleted or re-sealed rows do not linger in the log.
    public func checkpoint() async throws {
        try await exclusive("checkpoint") { sql in
            try await sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
        }
    }

    private func configureConnection() async throws {
        try await exclusive("configure \(path)", code: .openFailed) { sql in
            // Replaces sqlite-nio's busy handler, which retries forever without sleeping.
            try await sql.raw("PRAGMA busy_timeout = \(literal: Self.busyTimeoutMilliseconds)").run()
            let mode = try await sql.raw("PRAGMA journal_mode = WAL").first(decodingColumn: "journal_mode", as: String.self)
            guard mode?.lowercased() == "wal" else {
                throw StoreError(code: .openFailed, message: "cannot enable WAL journal mode on \(path)")
            }
            try await sql.raw("PRAGMA foreign_keys = ON").run()
            // Every commit reaches the disk before it returns: an update acknowledged to Telegram
            // survives a power cut. Bookkeeping commits opt out (`transaction(durable: false)`).
            try await sql.raw("PRAGMA synchronous = FULL").run()
            // Deleted rows are overwritten, so erased or pruned text cannot be recovered from the file.
            try await sql.raw("PRAGMA secure_delete = ON").run()
        }
    }
}
