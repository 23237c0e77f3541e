import SQLKit

extension OpenClawStore {
    /// Changes when access grants may have changed, so a cache of them can tell when to reload: a
    /// counter that triggers bump on every write to the allow entries, settings and group moves,
    /// by any process, this one included (migrations 5 and 8).
    package func dataVersion() async throws -> Int64 {
        try await exclusive("dataVersion", synchronous: nil) { sql in
            try await sql.raw("SELECT version FROM grants_version WHERE id = 1").first(decodingColumn: "version", as: Int64.self) ?? 0
        }
    }
}
