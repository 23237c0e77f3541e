import Logging
import NIOCore
import SQLKit
import SQLiteKit

/// SQLKit's view of a `SQLiteHandle`: each statement runs at once on the calling thread, which a
/// store call has made the connection's own (`SQLiteStoreDatabase.withConnection`).
struct SQLiteHandleDatabase: SQLDatabase {
    let handle: SQLiteHandle
    let logger: Logger
    /// For SQLKit's future-based calls, which the store does not make.
    let eventLoop: any EventLoop

    var dialect: any SQLDialect { SQLiteDialect() }
    /// Off: bound values are user messages and payloads.
    var queryLogLevel: Logger.Level? { nil }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try run(query, onRow)
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        do {
            try run(query, onRow)
            return eventLoop.makeSucceededVoidFuture()
        } catch {
            return eventLoop.makeFailedFuture(error)
        }
    }

    private func run(_ query: any SQLExpression, _ onRow: (any SQLRow) -> Void) throws {
        let (sql, binds) = serialize(query)
        let encoder = SQLiteDataEncoder()
        let values = try binds.map { try encoder.encode($0) }
        try handle.run(sql, values) { onRow($0) }
    }
}
