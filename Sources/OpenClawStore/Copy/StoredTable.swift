/// A table a state copy (`openclaw backup` and `restore`) carries, with every column the
/// migrations give it. `StoredTableTests` checks this list against the migrated schema on both
/// backends, so a migration that adds a table or a column without adding it here fails there.
struct StoredTable: Sendable {
    let name: String
    /// The primary key, in order: the copy reads the table in pages along it.
    let key: [String]
    /// The identity column whose sequence PostgreSQL must continue after the copied ids.
    let identity: String?
    let columns: [StoredColumn]

    init(_ name: String, key: [String], identity: String? = nil, _ columns: [StoredColumn]) {
        self.name = name
        self.key = key
        self.identity = identity
        self.columns = columns
    }
}

extension StoredTable {
    /// Every table of the state, parents before the tables that reference them (sessions before
    /// messages). Left out: `schema_migrations` (the target's own migrations fill it),
    /// `grants_version` (a change counter each database keeps for itself) and `leases` (which
    /// live gateway holds what: a copied lease would stand for a process that is not running).
    static let all: [StoredTable] = [
        StoredTable("settings", key: ["key"], [.init("key", .text), .init("value", .text), .init("updated_at", .integer)]),
        StoredTable("allow_entries", key: ["channel", "scope", "user_id"], [
            .init("channel", .text), .init("scope", .text), .init("user_id", .integer), .init("added_at", .integer), .init("source", .text),
        ]),
        StoredTable("pairing_requests", key: ["id"], identity: "id", [
            .init("id", .integer), .init("channel", .text), .init("code", .text), .init("user_id", .integer), .init("username", .text),
            .init("created_at", .integer), .init("expires_at", .integer), .init("resolution", .text), .init("resolved_at", .integer),
        ]),
        StoredTable("group_migrations", key: ["old_chat_id"], [
            .init("old_chat_id", .integer), .init("new_chat_id", .integer), .init("migrated_at", .integer),
        ]),
        StoredTable("sessions", key: ["session_key"], [.init("session_key", .text), .init("started_at", .integer)]),
        StoredTable("messages", key: ["id"], identity: "id", [
            .init("id", .integer), .init("session_key", .text), .init("role", .text), .init("content", .sealable),
            .init("user_id", .integer), .init("created_at", .integer),
        ]),
        StoredTable("inbox", key: ["update_id"], [
            .init("update_id", .integer), .init("payload", .bytes), .init("received_at", .integer), .init("done_at", .integer),
            .init("attempts", .integer), .init("outcome", .text), .init("chat_key", .text), .init("claimed_by", .text),
        ]),
        StoredTable("outbox", key: ["id"], identity: "id", [
            .init("id", .integer), .init("chat_id", .integer), .init("thread_id", .integer), .init("reply_to", .integer),
            .init("user_id", .integer), .init("text", .bytes), .init("created_at", .integer), .init("attempts", .integer),
            .init("next_attempt_at", .integer), .init("claimed_by", .text),
        ]),
        StoredTable("usage_records", key: ["id"], identity: "id", [
            .init("id", .integer), .init("time", .integer), .init("user_id", .integer), .init("chat_id", .integer),
            .init("provider", .text), .init("model", .text), .init("input_tokens", .integer), .init("output_tokens", .integer),
            .init("cache_read_tokens", .integer), .init("cache_write_tokens", .integer), .init("estimated", .boolean),
            .init("cost_usd", .real),
        ]),
        StoredTable("budget_reservations", key: ["id"], identity: "id", [
            .init("id", .integer), .init("user_id", .integer), .init("cost_usd", .real), .init("created_at", .integer),
            .init("expires_at", .integer),
        ]),
        StoredTable("rate_limits", key: ["scope", "subject"], [
            .init("scope", .text), .init("subject", .integer), .init("tat", .integer), .init("notice_tat", .integer),
            .init("allowance", .integer),
        ]),
        // The chain's order is the ids' order: copied with its ids, it verifies as it did.
        StoredTable("audit_events", key: ["id"], identity: "id", [
            .init("id", .integer), .init("time", .integer), .init("kind", .text), .init("user_id", .integer), .init("chat_id", .integer),
            .init("details", .text), .init("seq", .integer), .init("subject_salt", .text), .init("subject_digest", .text),
            .init("details_digest", .text), .init("prev_hash", .text), .init("hash", .text),
        ]),
    ]

    /// Tables the migrations make that a copy leaves out on purpose (see `all`).
    static let notCopied: Set<String> = ["schema_migrations", "grants_version", "leases"]
}
