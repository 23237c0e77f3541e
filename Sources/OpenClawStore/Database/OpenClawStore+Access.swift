import SQLKit

extension OpenClawStore {
    /// Runs `body` alone on a connection, wrapping failures as a `StoreError` naming `operation`.
    ///
    /// On SQLite, what `body` commits is fsync'd (`synchronous: .full`) unless it says otherwise;
    /// `nil` is for a body that only reads, and leaves the setting as the last call left it.
    func exclusive<T>(
        _ operation: String,
        code: StoreError.Code = .queryFailed,
        synchronous: SQLiteSynchronous? = .full,
        _ body: (any SQLDatabase) async throws -> T
    ) async throws -> T {
        do {
            return try await database.withConnection { sql in
                if let synchronous, let sqlite = database as? SQLiteStoreDatabase { try await sqlite.setSynchronous(synchronous, sql) }
                return try await body(sql)
            }
        } catch is StoreDatabaseClosed {
            throw StoreError(code: .closed, message: "\(operation) on closed store \(location)")
        } catch {
            throw StoreError.wrapping(error, code: code, operation: operation)
        }
    }

    /// Runs `body` in one write transaction, alone on a connection; rolls back if it throws.
    ///
    /// `durable: false` commits without waiting for the disk (SQLite's `synchronous = NORMAL`,
    /// PostgreSQL's `synchronous_commit = off`): safe against a process crash, not a power cut;
    /// for bookkeeping whose loss costs a repeat, never data. The next durable commit makes it
    /// durable too.
    ///
    /// `serialising` names what the transaction reads and then writes on the strength of what it
    /// read (the audit chain's head, the spend under a cap): SQLite's write lock already admits one
    /// writer at a time; on PostgreSQL each named lock is taken at the start, so transactions naming
    /// the same one run one after another, in every process on the database.
    func transaction<T>(
        _ operation: String,
        code: StoreError.Code = .queryFailed,
        durable: Bool = true,
        serialising: [StoreLock] = [],
        _ body: (any SQLDatabase) async throws -> T
    ) async throws -> T {
        try await exclusive(operation, code: code, synchronous: durable ? .full : .normal) { sql in
            try await inTransaction(sql, durable: durable, serialising: serialising, body)
        }
    }

    /// Runs one write statement as `transaction(durable: false)` would, for bookkeeping whose loss
    /// in a power cut costs a repeat, never data. On SQLite a single statement is its own
    /// transaction, so it runs without `BEGIN` and `COMMIT`; on PostgreSQL it is `transaction`.
    func bookkeeping<T>(
        _ operation: String,
        serialising: [StoreLock] = [],
        _ body: (any SQLDatabase) async throws -> T
    ) async throws -> T {
        guard backend == .sqlite else { return try await transaction(operation, durable: false, serialising: serialising, body) }
        return try await exclusive(operation, synchronous: .normal, body)
    }

    /// The transaction of `transaction`, on a connection the caller already holds. On SQLite the
    /// caller's `exclusive` has set whether the commit is fsync'd; `durable` acts on PostgreSQL.
    func inTransaction<T>(
        _ sql: any SQLDatabase,
        durable: Bool = true,
        serialising: [StoreLock] = [],
        _ body: (any SQLDatabase) async throws -> T
    ) async throws -> T {
        switch backend {
        case .sqlite:
            // IMMEDIATE takes the write lock up front (waiting out the busy timeout), so a read
            // inside the transaction cannot later fail to upgrade against another process.
            try await sql.raw("BEGIN IMMEDIATE").run()
        case .postgres:
            try await sql.raw("BEGIN").run()
            if !durable { try await sql.raw("SET LOCAL synchronous_commit = off").run() }
            try await locks.takeForTransaction(serialising, sql)
        }
        do {
            let result = try await body(sql)
            try await sql.raw("COMMIT").run()
            return result
        } catch {
            try? await sql.raw("ROLLBACK").run()
            throw error
        }
    }
}
