import NIOCore
import SQLiteNIO
// sqlite-nio's build of SQLite (its options, its `sqlite_nio_` symbol prefix), reached through
// the C API so that a statement runs on the calling thread and stays prepared between calls.
import VaporCSQLite

/// One SQLite connection through the C API, each statement prepared once and kept.
///
/// Not safe to share: the store's gate lets one call at a time use it.
final class SQLiteHandle: @unchecked Sendable {
    /// Prepared statements kept at most; past it the cache is emptied and fills again. The store
    /// runs a few dozen distinct statements; texts that vary (an `IN` list's length) are the rest.
    static let statementLimit = 128

    private var connection: OpaquePointer?
    private var statements: [String: OpaquePointer] = [:]

    private init(connection: OpaquePointer) {
        self.connection = connection
    }

    /// Opens (creating if needed) the database file at `path`.
    static func open(path: String) throws -> SQLiteHandle {
        _ = sqliteInitialized
        var connection: OpaquePointer?
        let flags = SQLITE_OPEN_CREATE | SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_EXRESCODE
        let result = sqlite_nio_sqlite3_open_v2(path, &connection, flags, nil)
        guard result == SQLITE_OK, let connection else {
            let failure = SQLiteFailure(code: result, message: connection.map(Self.message) ?? "out of memory")
            sqlite_nio_sqlite3_close_v2(connection)
            throw failure
        }
        return SQLiteHandle(connection: connection)
    }

    /// Runs one statement with `binds` and hands each result row to `onRow`.
    func run(_ sql: String, _ binds: [SQLiteData], onRow: (SQLiteRowValues) throws -> Void) throws {
        let statement = try prepared(sql)
        defer {
            // A reset statement holds no lock. Its bound text and bytes (a user's message) are
            // replaced by NULL one by one: `sqlite3_clear_bindings` would also mark for
            // recompiling every statement whose plan looked at a bound value, at every use.
            sqlite_nio_sqlite3_reset(statement)
            for (offset, value) in binds.enumerated() where value.carriesContent {
                sqlite_nio_sqlite3_bind_null(statement, Int32(offset + 1))
            }
        }
        for (offset, value) in binds.enumerated() {
            try check(bind(value, at: Int32(offset + 1), of: statement))
        }
        var columns: SQLiteColumnNames?
        while true {
            let result = sqlite_nio_sqlite3_step(statement)
            if result == SQLITE_DONE { return }
            guard result == SQLITE_ROW else { throw failure(result) }
            let names = columns ?? Self.columnNames(of: statement)
            columns = names
            try onRow(SQLiteRowValues(columns: names, values: Self.values(of: statement, count: names.names.count)))
        }
    }

    /// Each kept statement's text that SQLite compiled again, with how often: after a schema
    /// change, after a new value was bound to a parameter its plan was chosen for (`LIMIT ?`,
    /// `LIKE ?`), and at every use of a `PRAGMA`, which takes effect as it is compiled.
    var recompilations: [String: Int] {
        statements.compactMapValues { statement in
            let count = Int(sqlite_nio_sqlite3_stmt_status(statement, SQLITE_STMTSTATUS_REPREPARE, 0))
            return count > 0 ? count : nil
        }
    }

    /// Finalizes the kept statements and closes the connection; later runs fail.
    func close() throws {
        finalizeKept()
        guard let connection else { return }
        self.connection = nil
        let result = sqlite_nio_sqlite3_close(connection)
        guard result == SQLITE_OK else { throw SQLiteFailure(code: result, message: Self.message(connection)) }
    }

    private func prepared(_ sql: String) throws -> OpaquePointer {
        if let statement = statements[sql] { return statement }
        guard let connection else { throw SQLiteFailure(code: SQLITE_MISUSE, message: "connection closed") }
        if statements.count >= Self.statementLimit { finalizeKept() }
        var statement: OpaquePointer?
        let result = sqlite_nio_sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard result == SQLITE_OK else { throw failure(result) }
        guard let statement else { throw SQLiteFailure(code: SQLITE_MISUSE, message: "no statement in the SQL text") }
        statements[sql] = statement
        return statement
    }

    private func finalizeKept() {
        for statement in statements.values { sqlite_nio_sqlite3_finalize(statement) }
        statements = [:]
    }

    private func bind(_ value: SQLiteData, at index: Int32, of statement: OpaquePointer) -> Int32 {
        switch value {
        case .integer(let integer):
            sqlite_nio_sqlite3_bind_int64(statement, index, Int64(integer))
        case .float(let double):
            sqlite_nio_sqlite3_bind_double(statement, index, double)
        case .text(let text):
            sqlite_nio_sqlite3_bind_text64(statement, index, text, UInt64(text.utf8.count), transient, UInt8(SQLITE_UTF8))
        case .blob(let buffer):
            buffer.withUnsafeReadableBytes { bytes in
                sqlite_nio_sqlite3_bind_blob64(statement, index, bytes.baseAddress, UInt64(bytes.count), transient)
            }
        case .null:
            sqlite_nio_sqlite3_bind_null(statement, index)
        }
    }

    private static func columnNames(of statement: OpaquePointer) -> SQLiteColumnNames {
        let count = sqlite_nio_sqlite3_column_count(statement)
        return SQLiteColumnNames((0..<count).map { column in
            sqlite_nio_sqlite3_column_name(statement, column).map { String(cString: $0) } ?? ""
        })
    }

    private static func values(of statement: OpaquePointer, count: Int) -> [SQLiteData] {
        (0..<Int32(count)).map { column in
            switch sqlite_nio_sqlite3_column_type(statement, column) {
            case SQLITE_INTEGER:
                return .integer(SQLiteInt64(sqlite_nio_sqlite3_column_int64(statement, column)))
            case SQLITE_FLOAT:
                return .float(sqlite_nio_sqlite3_column_double(statement, column))
            case SQLITE_TEXT:
                guard let text = sqlite_nio_sqlite3_column_text(statement, column) else { return .text("") }
                let length = Int(sqlite_nio_sqlite3_column_bytes(statement, column))
                return .text(String(decoding: UnsafeBufferPointer(start: text, count: length), as: UTF8.self))
            case SQLITE_BLOB:
                let length = Int(sqlite_nio_sqlite3_column_bytes(statement, column))
                guard let bytes = sqlite_nio_sqlite3_column_blob(statement, column), length > 0 else { return .blob(ByteBuffer()) }
                return .blob(ByteBuffer(bytes: UnsafeRawBufferPointer(start: bytes, count: length)))
            default:
                return .null
            }
        }
    }

    private func check(_ result: Int32) throws {
        guard result == SQLITE_OK else { throw failure(result) }
    }

    private func failure(_ result: Int32) -> SQLiteFailure {
        SQLiteFailure(code: result, message: connection.map(Self.message) ?? "connection closed")
    }

    private static func message(_ connection: OpaquePointer) -> String {
        sqlite_nio_sqlite3_errmsg(connection).map { String(cString: $0) } ?? "unknown error"
    }
}

/// SQLite's own start-up, once per process before the first connection (see `sqlite3_initialize`).
private let sqliteInitialized: Void = {
    sqlite_nio_sqlite3_initialize()
}()

/// SQLite copies a bound value before the bind call returns (`SQLITE_TRANSIENT`).
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

private extension SQLiteData {
    /// Text or bytes, which may be what a user wrote; numbers are ids, times and amounts.
    var carriesContent: Bool {
        switch self {
        case .text, .blob: true
        case .integer, .float, .null: false
        }
    }
}
