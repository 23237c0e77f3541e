#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
import OpenClawCore
import SQLKit

extension OpenClawStore {
    /// Removes everything stored about `userId` in one transaction, and audits it in the same one.
    ///
    /// Grants, pairing history, their messages (and their direct-message session) and their
    /// unprocessed updates are deleted. Usage rows and audit events are kept with the user's ids
    /// removed, so cost totals and the audit trail stay whole: an audit record loses its ids and
    /// its subject salt, which the hash chain covers only through a digest, and the `gdpr.erased`
    /// record names those records so `audit verify` can tell erasure from tampering. Other users'
    /// rows are not touched.
    package func eraseUser(_ userId: Int64, requestedBy: String, at time: Date) async throws -> UserErasure {
        let erased = try await transaction("eraseUser", serialising: [.audit]) { sql in
            var erased = UserErasure()
            erased.accessEntries = try await sql.delete(from: "allow_entries")
                .where("user_id", .equal, userId).returning("user_id").all().count
            erased.pairingRequests = try await sql.delete(from: "pairing_requests")
                .where("user_id", .equal, userId).returning("id").all().count
            erased.messages = try await sql.delete(from: "messages")
                .where("user_id", .equal, userId).returning("id").all().count
            erased.sessions = try await Self.deleteEmptySessions(sql, also: "telegram:dm:\(userId)")
            erased.usageAnonymised = try await sql.update("usage_records")
                .set("user_id", to: SQLLiteral.null)
                .set("chat_id", to: SQLLiteral.numeric("0"))
                .where("user_id", .equal, userId).returning("id").all().count
            var anonymised = try await sql.update("audit_events")
                .set("user_id", to: SQLLiteral.null).set("subject_salt", to: SQLLiteral.null)
                .where("user_id", .equal, userId).returning("seq").all(decodingColumn: "seq", as: Int64?.self)
            // A direct chat's id is the user's id.
            anonymised += try await sql.update("audit_events")
                .set("chat_id", to: SQLLiteral.null).set("subject_salt", to: SQLLiteral.null)
                .where("chat_id", .equal, userId).returning("seq").all(decodingColumn: "seq", as: Int64?.self)
            let anonymisedSeqs = Set(anonymised.compactMap { $0 })
            erased.auditAnonymised = anonymisedSeqs.count
            for update in try await pendingUpdates(sql, from: userId) {
                try await sql.delete(from: "inbox").where("update_id", .equal, update.updateId).run()
                // Keep the id as a done tombstone so a re-delivery is not processed.
                try await sql.insert(into: "inbox")
                    .columns("update_id", "payload", "received_at", "done_at")
                    .values(SQLBind(update.updateId), SQLLiteral.null, SQLBind(update.receivedAt.storeMillis), SQLBind(Date().storeMillis))
                    .run()
                erased.pendingUpdates += 1
            }
            erased.ownerSetting = try await Self.revokeOwner(sql, userId: userId) ? 1 : 0
            erased.pendingReplies = try await sql.delete(from: "outbox")
                .where { $0.where("user_id", .equal, userId).orWhere("chat_id", .equal, userId) }
                .returning("id").all().count
            erased.alertMarks = try await sql.delete(from: "settings")
                .where("key", .like, Self.alertMarkPrefix + "budget:user:\(userId):%")
                .returning("key").all().count
            try await AuditRow.append(
                AuditEvent(time: time, kind: .gdprErased, details: erased.auditDetails(requestedBy: requestedBy, anonymisedSeqs: Array(anonymisedSeqs))),
                sql
            )
            return erased
        }
        try await checkpoint()
        return erased
    }

    /// Deletes sessions with no messages left, plus the session named `also`; returns how many.
    static func deleteEmptySessions(_ sql: any SQLDatabase, also session: String? = nil) async throws -> Int {
        var deleted = 0
        if let session {
            deleted += try await sql.delete(from: "sessions").where("session_key", .equal, session).returning("session_key").all().count
        }
        deleted += try await sql.raw(
            "DELETE FROM sessions WHERE NOT EXISTS (SELECT 1 FROM messages WHERE messages.session_key = sessions.session_key) RETURNING session_key"
        ).all().count
        return deleted
    }
}
