import SQLKit

extension Migration {
    /// A counter that changes whenever access grants may have changed (allow entries, settings,
    /// group moves), so a gateway's grants cache knows when to reload. SQLite tells this for free
    /// (`PRAGMA data_version`); on PostgreSQL, triggers bump the counter in the writing transaction,
    /// whichever process writes.
    static let v5GrantsVersion = Migration(version: 5, name: "grants version") { sql in
        try await sql.create(table: "grants_version")
            .column("id", type: .bigint, .primaryKey(autoIncrement: false))
            .column("version", type: .bigint, .notNull)
            .run()
        try await sql.insert(into: "grants_version").columns("id", "version").values(1, 0).run()
        guard sql.dialect.name == "postgresql" else { return }
        try await sql.raw("""
            CREATE FUNCTION bump_grants_version() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
            BEGIN UPDATE grants_version SET version = version + 1 WHERE id = 1; RETURN NULL; END $$
            """).run()
        for table in ["allow_entries", "settings", "group_migrations"] {
            try await sql.raw("""
                CREATE TRIGGER \(ident: table + "_grants_version") AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \(ident: table)
                FOR EACH STATEMENT EXECUTE FUNCTION bump_grants_version()
                """).run()
        }
    }
}
