#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
import OpenClawCore
import SQLKit

extension OpenClawStore {
    /// Deletes message bodies, emptied sessions and pairing requests older than
    /// `personalDataBefore`, strips user and chat ids from usage rows older than `usageBefore`
    /// (their costs stay in the totals), and deletes audit events older than `auditBefore`.
    package func applyRetention(
        personalDataBefore cutoff: Date, usageBefore usageCutoff: Date, auditBefore auditCutoff: Date, at now: Date = Date()
    ) async throws -> RetentionResult {
        try await transaction("applyRetention", serialising: [.audit]) { sql in
            var result = RetentionResult()
            result.messages = try await sql.delete(from: "messages")
                .where("created_at", .lessThan, cutoff.storeMillis).returning("id").all().count
            result.sessions = try await Self.deleteEmptySessions(sql)
            result.pairingRequests = try await sql.delete(from: "pairing_requests")
                .where("expires_at", .lessThan, cutoff.storeMillis)
                .returning("id").all().count
            result.usageAnonymised = try await sql.update("usage_records")
                .set("user_id", to: SQLLiteral.null)
                .set("chat_id", to: SQLLiteral.numeric("0"))
                .where("time", .lessThan, usageCutoff.storeMillis)
                .where { $0.where("user_id", .isNot, SQLLiteral.null).orWhere("chat_id", .notEqual, 0) }
                .returning("id").all().count
            result.auditEvents = try await Self.pruneAuditChain(sql, before: auditCutoff, at: now)
            // Budget windows are a day or a month: a mark set before `usageCutoff` (never later than
            // this month's start) belongs to a window that has ended, and may name a user.
            result.alertMarks = try await sql.delete(from: "settings")
                .where("key", .like, Self.alertMarkPrefix + "%")
                .where("updated_at", .lessThan, usageCutoff.storeMillis)
                .returning("key").all().count
            return result
        }
    }

    /// Deletes the oldest stretch of the audit chain, up to the first record at or after
    /// `cutoff`, and appends an `audit.pruned` record naming where the kept chain starts, so
    /// `audit verify` can tell retention from someone deleting records.
    static func pruneAuditChain(_ sql: any SQLDatabase, before cutoff: Date, at now: Date) async throws -> Int {
        let firstKept = try await sql.select().column(SQLFunction("MIN", args: SQLColumn("seq")), as: "first").from("audit_events")
            .where("seq", .isNot, SQLLiteral.null).where("time", .greaterThanOrEqual, cutoff.storeMillis)
            .first(decodingColumn: "first", as: Int64?.self) ?? nil
        let through: (seq: Int64, hash: String)?
        if let firstKept {
            through = try await sql.select().columns("seq", "hash").from("audit_events").where("seq", .equal, firstKept - 1).first()
                .map { (seq: try $0.decode(column: "seq", as: Int64.self), hash: try $0.decode(column: "hash", as: String.self)) }
        } else {
            through = try await AuditRow.head(sql)
        }
        guard let through else { return 0 }
        let deleted = try await sql.delete(from: "audit_events").where("seq", .lessThanOrEqual, through.seq).returning("id").all().count
        guard deleted > 0 else { return 0 }
        try await AuditRow.append(
            AuditEvent(time: now, kind: .auditPruned, details: ["throughSeq": String(through.seq), "throughHash": through.hash, "records": String(deleted)]),
            sql
        )
        return deleted
    }
}
