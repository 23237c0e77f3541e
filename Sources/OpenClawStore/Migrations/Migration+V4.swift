import SQLKit

extension Migration {
    /// Delivery that survives crashes: attempts per stored update (a poisonous one is parked, not
    /// replayed forever), the outbox of produced replies, and budget reservations of calls in flight.
    static let v4Delivery = Migration(version: 4, name: "attempts, outbox, budget reservations") { sql in
        try await sql.alter(table: "inbox").column("attempts", type: .bigint, .notNull, .default(0)).run()
        try await sql.alter(table: "inbox").column("outcome", type: .text).run()

        try await sql.create(table: "outbox")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("chat_id", type: .bigint, .notNull)
            .column("thread_id", type: .bigint)
            .column("reply_to", type: .bigint)
            // Whom the reply answers: GDPR erasure removes what is still queued for them.
            .column("user_id", type: .bigint)
            .column("text", type: .blob, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .column("attempts", type: .bigint, .notNull, .default(0))
            .column("next_attempt_at", type: .bigint, .notNull)
            .run()
        try await sql.create(index: "outbox_chat").on("outbox").column("chat_id").column("id").run()

        try await sql.create(table: "budget_reservations")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("user_id", type: .bigint)
            .column("cost_usd", type: .double(on: sql), .notNull)
            .column("created_at", type: .bigint, .notNull)
            .column("expires_at", type: .bigint, .notNull)
            .run()
    }
}
