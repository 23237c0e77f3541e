#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SQLKit

extension OpenClawStore {
    /// Schema steps applied to this store, oldest first.
    package func appliedMigrations() async throws -> [AppliedMigration] {
        try await exclusive("read schema_migrations") { sql in
            try await sql.select().columns("version", "applied_at").from("schema_migrations")
                .orderBy("version").all()
                .map { row in
                    AppliedMigration(
                        version: try row.decode(column: "version", as: Int.self),
                        appliedAt: Date(storeMillis: try row.decode(column: "applied_at", as: Int64.self))
                    )
                }
        }
    }

    /// Applies each migration not yet recorded, each in its own transaction; returns the versions applied.
    ///
    /// On PostgreSQL the whole pass holds the migrations lock, so replicas starting together apply
    /// each step once (and do not race to create the schema or the bookkeeping table).
    func migrate(_ migrations: [Migration]) async throws -> [Int] {
        try await exclusive("migrate \(location)", code: .migrationFailed) { sql in
            guard backend == .postgres else { return try await migrate(migrations, sql) }
            try await locks.lockSession(.migrations, waitingUpTo: 120, sql)
            do {
                let applied = try await migrate(migrations, sql)
                try await locks.unlockSession(.migrations, sql)
                return applied
            } catch {
                try? await locks.unlockSession(.migrations, sql)
                throw error
            }
        }
    }

    private func migrate(_ migrations: [Migration], _ sql: any SQLDatabase) async throws -> [Int] {
        if backend == .postgres { try await createSchemaIfNeeded(sql) }
        try await sql.create(table: "schema_migrations").ifNotExists()
            .column("version", type: .bigint, .primaryKey(autoIncrement: false))
            .column("applied_at", type: .bigint, .notNull)
            .run()
        let known = migrations.last?.version ?? 0
        var applied: [Int] = []
        for migration in migrations {
            let operation = "migration \(migration.version) (\(migration.name)) on \(location)"
            do {
                let didApply = try await inTransaction(sql) { sql in
                    // Checked inside the transaction: another process may have applied it meanwhile.
                    let newest = try await sql.select().column(SQLFunction("MAX", args: SQLColumn("version")), as: "newest")
                        .from("schema_migrations").first(decodingColumn: "newest", as: Int?.self) ?? nil
                    if let newest, newest > known {
                        throw StoreError(
                            code: .schemaTooNew,
                            message: "\(location) has schema version \(newest); this build knows versions up to \(known)"
                        )
                    }
                    let done = try await sql.select().column("version").from("schema_migrations")
                        .where("version", .equal, migration.version).first()
                    guard done == nil else { return false }
                    try await migration.apply(sql)
                    try await sql.insert(into: "schema_migrations").columns("version", "applied_at")
                        .values(migration.version, Date().storeMillis).run()
                    return true
                }
                if didApply { applied.append(migration.version) }
            } catch {
                throw StoreError.wrapping(error, code: .migrationFailed, operation: operation)
            }
        }
        return applied
    }
}
