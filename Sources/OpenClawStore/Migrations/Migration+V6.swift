import SQLKit

extension Migration {
    /// Several gateways on one database: leases (the polling leader, each replica's heartbeat), and
    /// which replica holds each stored update and each queued reply, so that one handles it while
    /// it lives and another adopts it when it dies. `chat_key` keeps one chat's updates in order
    /// across replicas: a later one is not taken while an earlier one is held elsewhere.
    static let v6Replicas = Migration(version: 6, name: "replica leases and claims") { sql in
        try await sql.create(table: "leases")
            .column("name", type: .text, .primaryKey(autoIncrement: false))
            .column("holder", type: .text, .notNull)
            .column("expires_at", type: .bigint, .notNull)
            .run()
        try await sql.alter(table: "inbox").column("chat_key", type: .text).run()
        try await sql.alter(table: "inbox").column("claimed_by", type: .text).run()
        try await sql.alter(table: "outbox").column("claimed_by", type: .text).run()
        try await sql.raw("CREATE INDEX inbox_pending_chat ON inbox (chat_key, update_id) WHERE done_at IS NULL").run()
    }
}
