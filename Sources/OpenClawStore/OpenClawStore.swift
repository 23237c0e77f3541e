#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
package import Logging
package import OpenClawCore
import SQLKit

/// The gateway's durable state, shared by the gateway and CLI processes: one SQLite file (the
/// default), or a PostgreSQL database that several gateway replicas share.
///
/// Call `close()` before dropping it. The statements are the same on both; the few that differ
/// switch on `backend`, and PostgreSQL's own parts live in `Postgres/`.
package final class OpenClawStore: Sendable {
    /// Name of the database file inside the state directory.
    package static let fileName = "openclaw.sqlite"
    /// How long a call waits for another process's write lock before failing.
    package static let busyTimeoutMilliseconds = 5000

    /// Where the store lives, for messages: the database file, or the server, database and schema
    /// (never the credentials).
    package let location: String
    let backend: StoreBackend
    let database: any StoreDatabase
    let logger: Logger
    /// Seals message text and queued updates; nil stores them as plain text.
    let keyring: SealingKeyring?
    /// Serialises appends to the audit chain and the other read-then-write transactions across
    /// processes on PostgreSQL (SQLite's write lock does it there); keys are scoped to the schema.
    let locks: StoreLocks
    /// The PostgreSQL schema named in the configuration; nil for SQLite and for the default schema.
    let schema: String?
    /// This gateway's name among several on one database: what it claims carries it (see
    /// `claimable`). Nil when one gateway has the database to itself.
    package let replica: String?

    private init(location: String, database: any StoreDatabase, logger: Logger, keyring: SealingKeyring?, schema: String?, replica: String?) {
        self.location = location
        self.replica = replica
        self.schema = schema
        self.database = database
        self.backend = database.backend
        self.logger = logger
        self.keyring = keyring
        self.locks = StoreLocks(scope: schema ?? "public")
    }

    /// Opens (creating if needed) `openclaw.sqlite` in `directory` and applies pending migrations.
    ///
    /// With a `keyring`, message text and queued updates are written sealed (AES-GCM); without
    /// one, reading a sealed row fails with `StoreError.Code.sealed`.
    package static func open(directory: String, logger: Logger, keyring: SealingKeyring? = nil) async throws -> OpenClawStore {
        try await open(.sqlite(directory: directory), logger: logger, keyring: keyring)
    }

    /// Opens the store at `location` and applies pending migrations (the same ones on both backends).
    /// `replica` names this gateway when several share the database.
    package static func open(
        _ location: StoreLocation, logger: Logger, keyring: SealingKeyring? = nil, replica: String? = nil
    ) async throws -> OpenClawStore {
        let store: OpenClawStore
        switch location {
        case .sqlite(let directory):
            let path = try StateDirectory.prepare(directory: directory, fileName: fileName, logger: logger)
            let database = try await SQLiteStoreDatabase.open(path: path, logger: logger)
            store = OpenClawStore(location: path, database: database, logger: logger, keyring: keyring, schema: nil, replica: replica)
        case .postgres(let postgres):
            // The folder still holds the audit checkpoints (and the SQLite file of another backend never).
            if let directory = postgres.stateDirectory { try StateDirectory.prepare(directory: directory, logger: logger) }
            if let schema = postgres.schema, !PostgresStateConfig.isValidSchema(schema) {
                throw StoreError(code: .openFailed, message: "schema name for \(postgres.url.redacted) is not a plain identifier")
            }
            let database: PostgresStoreDatabase
            do {
                database = try await PostgresStoreDatabase.open(postgres, logger: logger)
            } catch {
                throw StoreError(code: .openFailed, message: "cannot use \(postgres.description): \(StoreError.reason(of: error))")
            }
            store = OpenClawStore(
                location: postgres.description, database: database, logger: logger, keyring: keyring, schema: postgres.schema, replica: replica
            )
        }
        do {
            let applied = try await store.migrate(Migrations.all)
            if !applied.isEmpty {
                logger.info("applied store migrations", metadata: ["store": "\(store.location)", "versions": "\(applied)"])
            }
        } catch {
            try? await store.database.close()
            throw error
        }
        return store
    }

    /// Opens the store as `open` does, runs `body` with it, and closes it whether or not `body` throws.
    package static func withOpen<T: Sendable>(
        directory: String,
        logger: Logger,
        keyring: SealingKeyring? = nil,
        _ body: (OpenClawStore) async throws -> T
    ) async throws -> T {
        try await withOpen(.sqlite(directory: directory), logger: logger, keyring: keyring, body)
    }

    /// Opens the store at `location`, runs `body` with it, and closes it whether or not `body` throws.
    package static func withOpen<T: Sendable>(
        _ location: StoreLocation,
        logger: Logger,
        keyring: SealingKeyring? = nil,
        _ body: (OpenClawStore) async throws -> T
    ) async throws -> T {
        let store = try await open(location, logger: logger, keyring: keyring)
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
    package func close() async throws {
        do {
            try await database.close()
        } catch {
            throw StoreError.wrapping(error, operation: "close \(location)")
        }
    }

    /// True when the database answers a trivial query (for readiness checks).
    package func ping() async -> Bool {
        do {
            return try await exclusive("ping") { sql in
                try await sql.raw("SELECT 1 AS one").first(decodingColumn: "one", as: Int.self) == 1
            }
        } catch {
            return false
        }
    }

    /// SQLite: copies the write-ahead log into the database file and empties it, so page images
    /// of deleted or re-sealed rows do not linger in the log. PostgreSQL recycles its own log and
    /// space (see docs/PRIVACY.md), so there it does nothing.
    package func checkpoint() async throws {
        guard backend == .sqlite else { return }
        try await exclusive("checkpoint") { sql in
            try await sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
        }
    }
}
