#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SQLKit

extension OpenClawStore {
    /// Schema steps applied to this file, oldest first.
    public func appliedMigrations() async throws -> [AppliedMigration] {
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
    func migrate(_ migrations: [Migration]) async throws -> [Int] {
        try await exclusive("create schema_migrations", code: .migrationFailed) { sql in
            try await sql.create(table: "schema_migrations").ifNotExists()
                .column("version", type: .bigint, .primaryKey(autoIncrement: false))
                .column("applied_at", type: .bigint, .notNull)
                .run()
        }
        let known = migrations.last?.version ?? 0
        var applied: [Int] = []
        for migration in migrations {
            let operation = "migration \(migration.version) (\(migration.name)) on \(path)"
            let didApply = try await transaction(operation, code: .migrationFailed) { sql in
                // Checked inside the transaction: another process may have applied it meanwhile.
                let newest = try await sql.select().column(SQLFunction("MAX", args: SQLColumn("version")), as: "newest")
                    .from("schema_migrations").first(decodingColumn: "newest", as: Int?.self) ?? nil
                if let newest, newest > known {
                    throw StoreError(
                        code: .schemaTooNew,
                        message: "\(path) has schema version \(newest); this build knows versions up to \(known)"
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
        }
        return applied
    }
}
