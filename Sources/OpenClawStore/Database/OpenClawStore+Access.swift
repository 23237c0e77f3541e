import SQLKit

extension OpenClawStore {
    /// Runs `body` alone on the connection, wrapping failures as a `StoreError` naming `operation`.
    func exclusive<T>(
        _ operation: String,
        code: StoreError.Code = .queryFailed,
        _ body: (any SQLDatabase) async throws -> T
    ) async throws -> T {
        guard await gate.acquire() else {
            throw StoreError(code: .closed, message: "\(operation) on closed store \(path)")
        }
        defer { gate.release() }
        do {
            return try await body(sql)
        } catch {
            throw StoreError.wrapping(error, code: code, operation: operation)
        }
    }

    /// Runs `body` in one write transaction, alone on the connection; rolls back if it throws.
    ///
    /// `durable: false` commits without waiting for the disk (SQLite's `synchronous = NORMAL`):
    /// safe against a process crash, not a power cut; for bookkeeping whose loss costs a repeat,
    /// never data. The next durable commit makes it durable too.
    func transaction<T>(
        _ operation: String,
        code: StoreError.Code = .queryFailed,
        durable: Bool = true,
        _ body: (any SQLDatabase) async throws -> T
    ) async throws -> T {
        try await exclusive(operation, code: code) { sql in
            let isSQLite = sql.dialect.name == "sqlite"
            if isSQLite && !durable { try await sql.raw("PRAGMA synchronous = NORMAL").run() }
            // IMMEDIATE takes the write lock up front (waiting out the busy timeout), so a read
            // inside the transaction cannot later fail to upgrade against another process.
            let begin: SQLQueryString = isSQLite ? "BEGIN IMMEDIATE" : "BEGIN"
            try await sql.raw(begin).run()
            do {
                let result = try await body(sql)
                try await sql.raw("COMMIT").run()
                if isSQLite && !durable { try await sql.raw("PRAGMA synchronous = FULL").run() }
                return result
            } catch {
                try? await sql.raw("ROLLBACK").run()
                if isSQLite && !durable { try? await sql.raw("PRAGMA synchronous = FULL").run() }
                throw error
            }
        }
    }
}
