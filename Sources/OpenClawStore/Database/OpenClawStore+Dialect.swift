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
