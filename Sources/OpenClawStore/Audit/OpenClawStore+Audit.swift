#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
package import OpenClawCore
import SQLKit

extension OpenClawStore {
    /// Appends an event to the hash chain (its `id` is ignored) and returns the row id it was stored under.
    @discardableResult
    package func appendAudit(_ event: AuditEvent) async throws -> Int64 {
        try await transaction("appendAudit", serialising: [.audit]) { sql in
            try await AuditRow.append(event, sql).id
        }
    }

    /// The newest `limit` events, newest first; only kinds starting with `kindPrefix` when given.
    package func auditEvents(kindPrefix: String?, limit: Int) async throws -> [AuditEvent] {
        try await exclusive("auditEvents") { sql in
            var query = sql.select().columns("id", "time", "kind", "user_id", "chat_id", "details").from("audit_events")
            if let kindPrefix, !kindPrefix.isEmpty {
                query = query.where(Self.kindHead(kindPrefix), .equal, SQLBind(kindPrefix))
            }
            let decoder = JSONDecoder()
            return try await query.orderBy("id", .descending).limit(max(0, limit)).all().map { row in
                let id = try row.decode(column: "id", as: Int64.self)
                let detailsText = try row.decode(column: "details", as: String.self)
                let details: [String: String]
                do {
                    details = try decoder.decode([String: String].self, from: Data(detailsText.utf8))
                } catch {
                    throw StoreError(code: .queryFailed, message: "audit_events holds malformed details")
                }
                guard let kind = AuditKind(rawValue: try row.decode(column: "kind", as: String.self)) else {
                    throw StoreError(code: .queryFailed, message: "audit_events row \(id) holds an unknown kind")
                }
                return AuditEvent(
                    id: id,
                    time: Date(storeMillis: try row.decode(column: "time", as: Int64.self)),
                    kind: kind,
                    userId: try row.decode(column: "user_id", as: Int64?.self),
                    chatId: try row.decode(column: "chat_id", as: Int64?.self),
                    details: details
                )
            }
        }
    }

    /// Every audit row with its chain fields, in insertion order (for `audit verify` and `export`).
    package func auditRecords() async throws -> [AuditRecord] {
        try await exclusive("auditRecords") { sql in
            try await sql.select().columns(AuditRow.columns.map { SQLColumn($0) }).from("audit_events").orderBy("id").all().map(AuditRow.record)
        }
    }

    /// Records matching `query`, oldest first: the newest `query.limit` of them.
    package func searchAudit(_ query: AuditQuery) async throws -> [AuditRecord] {
        try await exclusive("searchAudit") { sql in
            var select = sql.select().columns(AuditRow.columns.map { SQLColumn($0) }).from("audit_events")
            if let prefix = query.kindPrefix, !prefix.isEmpty {
                select = select.where(Self.kindHead(prefix), .equal, SQLBind(prefix))
            }
            if let since = query.since { select = select.where("time", .greaterThanOrEqual, since.storeMillis) }
            if let afterSeq = query.afterSeq { select = select.where("seq", .greaterThan, afterSeq) }
            if let userId = query.userId {
                // A direct chat's id is the user's id, so their DM events are found by either column.
                select = select.where { $0.where("user_id", .equal, userId).orWhere("chat_id", .equal, userId) }
            }
            let newestFirst = try await select.orderBy("id", .descending).limit(max(0, query.limit)).all().map(AuditRow.record)
            return newestFirst.reversed()
        }
    }

    /// The chain's newest sequence number and hash; nil while no event was written.
    package func auditHead() async throws -> (seq: Int64, hash: String)? {
        try await exclusive("auditHead") { sql in try await AuditRow.head(sql) }
    }

    /// substr rather than LIKE: SQLite's LIKE ignores ASCII case and treats % and _ as wildcards.
    /// The length is a literal: PostgreSQL has no substr(text, integer, bigint) for a bound Int.
    static func kindHead(_ prefix: String) -> SQLFunction {
        SQLFunction("substr", args: SQLColumn("kind"), SQLLiteral.numeric("1"), SQLLiteral.numeric("\(prefix.unicodeScalars.count)"))
    }
}
