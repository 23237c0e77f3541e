import SQLKit

extension Migration {
    /// The grants counter of migration 5, bumped on SQLite too: `PRAGMA data_version` changes on
    /// any other connection's commit, and the gateway's own outbox connection commits after every
    /// sent reply, so the grants cache reloaded the allow list, owner and group moves for nearly
    /// every message. Row triggers bump the counter only when those tables are written.
    static let v8SQLiteGrantsVersion = Migration(version: 8, name: "grants version on SQLite") { sql in
        guard sql.dialect.name == "sqlite" else { return }
        for table in ["allow_entries", "settings", "group_migrations"] {
            for event in ["INSERT", "UPDATE", "DELETE"] {
                try await sql.raw("""
                    CREATE TRIGGER \(ident: "\(table)_grants_version_\(event.lowercased())") AFTER \(unsafeRaw: event) ON \(ident: table)
                    BEGIN UPDATE grants_version SET version = version + 1 WHERE id = 1; END
                    """).run()
            }
        }
    }
}
