import SQLKit

// The two column types whose names mean different things in SQLite and PostgreSQL. The SQLite
// schema they produce is the one every released migration produced.
extension SQLDataType {
    /// An 8-byte float: SQLite's REAL; PostgreSQL's REAL has 4 bytes, so DOUBLE PRECISION there.
    static func double(on sql: any SQLDatabase) -> SQLDataType {
        sql.dialect.name == "sqlite" ? .real : .custom(SQLRaw("DOUBLE PRECISION"))
    }

    /// Text that may be stored sealed: TEXT in SQLite, which keeps text or a blob in it as given;
    /// BYTEA in PostgreSQL, where plain text is marked by a leading zero byte (`sealedText`).
    static func sealable(on sql: any SQLDatabase) -> SQLDataType {
        sql.dialect.name == "sqlite" ? .text : .blob
    }
}
