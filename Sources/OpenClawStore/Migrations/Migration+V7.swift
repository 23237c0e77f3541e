import SQLKit

extension Migration {
    /// Rate limits that hold across replicas: one GCRA state per limited key (scope and Telegram
    /// id), read, decided and written back in one short transaction. Only PostgreSQL gateways use
    /// it (one SQLite process keeps its limits in memory); idle rows are pruned each minute.
    static let v7RateLimits = Migration(version: 7, name: "shared rate limits") { sql in
        try await sql.raw("""
            CREATE TABLE rate_limits (
              scope TEXT NOT NULL,
              subject BIGINT NOT NULL,
              tat BIGINT NOT NULL,
              notice_tat BIGINT NOT NULL,
              allowance BIGINT NOT NULL,
              PRIMARY KEY (scope, subject)
            )
            """).run()
    }
}
