import SQLKit

extension OpenClawStore {
    /// The larger of two values: SQLite's two-argument `MAX`, PostgreSQL's `GREATEST`.
    func greatest(_ first: any SQLExpression, _ second: any SQLExpression) -> SQLFunction {
        SQLFunction(backend == .sqlite ? "MAX" : "GREATEST", args: first, second)
    }
}

extension OpenClawStore {
    /// The stored size in bytes of a message's `content`: on PostgreSQL without the mark that
    /// plain text carries there (`plainTextMark`), so both databases give the same figure.
    var contentLength: SQLRaw {
        switch backend {
        case .sqlite: SQLRaw("LENGTH(content)")
        case .postgres: SQLRaw(#"(LENGTH(content) - CASE WHEN substr(content, 1, 1) = '\x00'::bytea THEN 1 ELSE 0 END)"#)
        }
    }
}

extension OpenClawStore {
    /// The database's clock in milliseconds since 1970: leases are timed by it, so replicas on
    /// hosts whose clocks differ still agree on when one expired.
    var databaseNowMillis: SQLRaw {
        switch backend {
        case .sqlite: SQLRaw("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)")
        case .postgres: SQLRaw("CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)")
        }
    }
}
