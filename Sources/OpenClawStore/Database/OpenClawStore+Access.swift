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
    func transaction<T>(
        _ operation: String,
        code: StoreError.Code = .queryFailed,
        _ body: (any SQLDatabase) async throws -> T
    ) async throws -> T {
        try await exclusive(operation, code: code) { sql in
            // IMMEDIATE takes the write lock up front (waiting out the busy timeout), so a read
            // inside the transaction cannot later fail to upgrade against another process.
            let begin: SQLQueryString = sql.dialect.name == "sqlite" ? "BEGIN IMMEDIATE" : "BEGIN"
            try await sql.raw(begin).run()
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
}
