import SQLKit

extension OpenClawStore {
    /// SQLite's `data_version`: it changes when another connection (a CLI process) commits to the
    /// file, so a cache of rows other processes write can tell when to reload. Cheap: no disk read.
    public func dataVersion() async throws -> Int64 {
        try await exclusive("dataVersion") { sql in
            try await sql.raw("PRAGMA data_version").first(decodingColumn: "data_version", as: Int64.self) ?? 0
        }
    }
}
