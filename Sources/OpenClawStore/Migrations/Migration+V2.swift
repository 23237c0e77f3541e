import SQLKit

extension Migration {
    /// Indexes for finding one person's rows (GDPR export and erasure) without a table scan.
    static let v2PersonIndexes = Migration(version: 2, name: "per-user indexes") { sql in
        try await sql.create(index: "messages_user").on("messages").column("user_id").run()
        try await sql.create(index: "audit_events_user").on("audit_events").column("user_id").run()
        try await sql.create(index: "audit_events_time").on("audit_events").column("time").run()
    }
}
