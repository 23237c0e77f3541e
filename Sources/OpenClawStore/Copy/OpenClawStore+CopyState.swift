import SQLKit

extension OpenClawStore {
    /// Copies every row of the state (`StoredTable.all`) from this store into `target`, which may be
    /// on the other backend: read here in one consistent snapshot, written there in one transaction
    /// with the same ids (so the audit chain verifies as it did) and sealed values as they are (so
    /// they open with the same `storage_encryption_key`). Refuses a target that holds any state.
    /// Returns the rows copied per table, in copy order.
    package func copyState(into target: OpenClawStore) async throws -> [(table: String, rows: Int)] {
        try await exclusive("read the state of \(location)") { source in
            try await source.raw(backend == .postgres ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN").run()
            do {
                let copied = try await target.transaction("copy the state into \(target.location)", serialising: StoreLock.allCases) { sql in
                    try await target.prepareForCopy(sql)
                    var copied: [(table: String, rows: Int)] = []
                    for table in StoredTable.all {
                        copied.append((table.name, try await copy(table, from: source, into: sql, on: target.backend)))
                    }
                    try await target.continueIdentities(sql)
                    return copied
                }
                try await source.raw("COMMIT").run()
                return copied
            } catch {
                try? await source.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    /// Rows per page: small enough for any backend's limit on bound values, large enough that a
    /// page costs one round trip for many rows.
    static let copyPageSize = 250

    /// Copies `table` page by page along its key; returns the rows copied.
    private func copy(_ table: StoredTable, from source: any SQLDatabase, into target: any SQLDatabase, on targetBackend: StoreBackend) async throws -> Int {
        let keyColumns = table.key.compactMap { key in table.columns.first { $0.name == key } }
        var after: [any Encodable & Sendable]?
        var copied = 0
        while true {
            let page = source.select().columns(table.columns.map { SQLColumn($0.name) }).from(table.name)
            if let after {
                page.where(SQLBinaryExpression(
                    SQLGroupExpression(table.key.map { SQLColumn($0) }), .greaterThan, SQLGroupExpression(after.map { SQLBind($0) })
                ))
            }
            for key in table.key { page.orderBy(key) }
            let rows = try await page.limit(Self.copyPageSize).all()
            guard let last = rows.last else { break }
            let insert = target.insert(into: table.name).columns(table.columns.map(\.name))
            for row in rows {
                insert.values(try table.columns.map { try $0.value(in: row, from: backend, to: targetBackend) })
            }
            try await insert.run()
            copied += rows.count
            guard rows.count == Self.copyPageSize else { break }
            after = try keyColumns.map { try $0.value(in: last, from: backend, to: backend) }
        }
        return copied
    }

    /// Inside the copy's transaction on the target: on PostgreSQL, keeps every other process from
    /// writing the tables until it commits; then refuses when any table holds a row.
    private func prepareForCopy(_ sql: any SQLDatabase) async throws {
        let tables = StoredTable.all.map(\.name) + ["leases"]
        if backend == .postgres {
            try await sql.raw("LOCK TABLE \(idents: tables, joinedBy: ", ") IN EXCLUSIVE MODE").run()
        }
        var holding: [String] = []
        for table in tables where try await sql.select().column(SQLLiteral.numeric("1"), as: "one").from(table).limit(1).first() != nil {
            holding.append(table)
        }
        guard holding.isEmpty else {
            throw StoreError(
                code: .notEmpty,
                message: "\(location) already holds state (rows in \(holding.joined(separator: ", "))): "
                    + "a restore goes only into an empty database"
            )
        }
    }

    /// PostgreSQL: moves each identity column's sequence past the copied ids, so the next row
    /// inserted does not collide with one. (SQLite's AUTOINCREMENT follows inserted ids itself.)
    private func continueIdentities(_ sql: any SQLDatabase) async throws {
        guard backend == .postgres else { return }
        for table in StoredTable.all {
            guard let identity = table.identity else { continue }
            // setval ignores a NULL maximum (an empty table): its sequence starts at 1 as made.
            try await sql.raw("""
                SELECT setval(pg_get_serial_sequence(\(bind: table.name), \(bind: identity)), MAX(\(ident: identity))) AS next FROM \(ident: table.name)
                """).run()
        }
    }
}
