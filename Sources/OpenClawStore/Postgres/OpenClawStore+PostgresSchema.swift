import SQLKit

extension OpenClawStore {
    /// Creates the configured schema when it is missing (the search path names it from the start).
    func createSchemaIfNeeded(_ sql: any SQLDatabase) async throws {
        guard let schema else { return }
        try await sql.raw("CREATE SCHEMA IF NOT EXISTS \(ident: schema)").run()
    }
}
