import PostgresNIO

extension StoreError {
    /// The server's SQLSTATE and message, or the client's error code: never the statement's bound
    /// values, the server's detail line (which quotes row values), or the connection's credentials.
    static func postgresReason(_ error: PSQLError) -> String {
        if let info = error.serverInfo {
            let state = info[.sqlState].map { "SQLSTATE \($0): " } ?? ""
            return state + (info[.message] ?? "server error")
        }
        let underlying = error.underlying.map { " (\(type(of: $0)))" } ?? ""
        return "PostgreSQL client error \(error.code)" + underlying
    }
}
