/// A failure reported by SQLite: its result code and its own message, which names tables,
/// columns and the file, never a bound value.
struct SQLiteFailure: Error, Sendable, CustomStringConvertible {
    let code: Int32
    let message: String

    var description: String { "\(message) (SQLite code \(code))" }
}

/// A row was asked for a column its statement does not return.
struct SQLiteMissingColumn: Error, Sendable, CustomStringConvertible {
    let column: String

    var description: String { "no column \(column) in the row" }
}
