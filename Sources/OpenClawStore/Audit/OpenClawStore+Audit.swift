#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
public import OpenClawCore
import SQLKit

extension OpenClawStore {
    /// Appends an event (its `id` is ignored) and returns the id it was stored under.
    @discardableResult
    public func appendAudit(_ event: AuditEvent) async throws -> Int64 {
        let details: String
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            details = String(decoding: try encoder.encode(event.details), as: UTF8.self)
        } catch {
            throw StoreError(code: .queryFailed, message: "appendAudit failed: cannot encode details")
        }
        return try await exclusive("appendAudit") { sql in
            let row = try await sql.insert(into: "audit_events")
                .columns("time", "kind", "user_id", "chat_id", "details")
                .values(event.time.storeMillis, event.kind.rawValue, event.userId, event.chatId, details)
                .returning("id")
                .first()
            guard let row else {
                throw StoreError(code: .queryFailed, message: "appendAudit failed: no id returned")
            }
            return try row.decode(column: "id", as: Int64.self)
        }
    }

    /// The newest `limit` events, newest first; only kinds starting with `kindPrefix` when given.
    public func auditEvents(kindPrefix: String?, limit: Int) async throws -> [AuditEvent] {
        try await exclusive("auditEvents") { sql in
            var query = sql.select().columns("id", "time", "kind", "user_id", "chat_id", "details").from("audit_events")
            if let kindPrefix, !kindPrefix.isEmpty {
                // substr rather than LIKE: SQLite's LIKE ignores ASCII case and treats % and _ as wildcards.
                let head = SQLFunction("substr", args: SQLColumn("kind"), SQLLiteral.numeric("1"), SQLBind(kindPrefix.unicodeScalars.count))
                query = query.where(head, .equal, SQLBind(kindPrefix))
            }
            let decoder = JSONDecoder()
            return try await query.orderBy("id", .descending).limit(max(0, limit)).all().map { row in
                let detailsText = try row.decode(column: "details", as: String.self)
                let details: [String: String]
                do {
                    details = try decoder.decode([String: String].self, from: Data(detailsText.utf8))
                } catch {
                    throw StoreError(code: .queryFailed, message: "audit_events holds malformed details")
                }
                let id = try row.decode(column: "id", as: Int64.self)
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
}
