import SQLKit

extension OpenClawStore {
    /// Changes when access grants may have changed, so a cache of them can tell when to reload.
    ///
    /// SQLite: its `data_version`, which changes when another connection (a CLI process) commits
    /// to the file; cheap, no disk read. PostgreSQL: a counter that triggers bump on every write to
    /// the allow entries, settings and group moves, by any process, this one included.
    package func dataVersion() async throws -> Int64 {
        try await exclusive("dataVersion") { sql in
            switch backend {
            case .sqlite:
                try await sql.raw("PRAGMA data_version").first(decodingColumn: "data_version", as: Int64.self) ?? 0
            case .postgres:
                try await sql.raw("SELECT version FROM grants_version WHERE id = 1").first(decodingColumn: "version", as: Int64.self) ?? 0
            }
        }
    }
}
