#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore
import SQLKit

extension Migration {
    /// The audit hash chain: a sequence number, salted subject digest, details digest and links
    /// on every audit row. Rows written before it are chained in their insertion order.
    static let v3AuditChain = Migration(version: 3, name: "audit hash chain") { sql in
        for (column, type) in [
            ("seq", SQLDataType.bigint), ("subject_salt", .text), ("subject_digest", .text), ("details_digest", .text),
            ("prev_hash", .text), ("hash", .text),
        ] {
            try await sql.alter(table: "audit_events").column(column, type: type).run()
        }
        try await sql.create(index: "audit_events_seq").on("audit_events").column("seq").unique().run()
        var previous: (seq: Int64, hash: String)?
        for row in try await sql.select().columns("id", "time", "kind", "user_id", "chat_id", "details").from("audit_events").orderBy("id").all() {
            let stored = try AuditRow.Plain(row)
            let record = AuditChain.record(for: stored.event, details: stored.details, after: previous)
            try await AuditRow.writeChain(record, id: stored.id, sql)
            previous = (seq: record.seq, hash: record.hash)
        }
    }
}
