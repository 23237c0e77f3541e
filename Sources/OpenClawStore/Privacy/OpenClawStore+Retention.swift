#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif
import SQLKit

extension OpenClawStore {
    /// Deletes message bodies, emptied sessions and pairing requests older than
    /// `personalDataBefore`, strips user and chat ids from usage rows older than `usageBefore`
    /// (their costs stay in the totals), and deletes audit events older than `auditBefore`.
    public func applyRetention(personalDataBefore cutoff: Date, usageBefore usageCutoff: Date, auditBefore auditCutoff: Date) async throws -> RetentionResult {
        try await transaction("applyRetention") { sql in
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
            result.auditEvents = try await sql.delete(from: "audit_events")
                .where("time", .lessThan, auditCutoff.storeMillis).returning("id").all().count
            // Budget windows are a day or a month: a mark set before `usageCutoff` (never later than
            // this month's start) belongs to a window that has ended, and may name a user.
            result.alertMarks = try await sql.delete(from: "settings")
                .where("key", .like, Self.alertMarkPrefix + "%")
                .where("updated_at", .lessThan, usageCutoff.storeMillis)
                .returning("key").all().count
            return result
        }
    }
}
