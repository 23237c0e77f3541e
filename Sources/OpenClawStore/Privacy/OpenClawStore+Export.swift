#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
import OpenClawCore
import SQLKit

extension OpenClawStore {
    /// The settings key holding the owner recorded by the first pairing approval.
    package static let ownerSettingKey = "owner.telegram"

    /// Everything stored about `userId`, message text decrypted (needs the keyring when sealed).
    package func exportUser(_ userId: Int64, at time: Date) async throws -> UserDataExport {
        try await transaction("exportUser") { sql in
            UserDataExport(
                userId: userId,
                exportedAt: time,
                isOwner: try await sql.select().column("value").from("settings")
                    .where("key", .equal, Self.ownerSettingKey)
                    .first(decodingColumn: "value", as: String.self) == String(userId),
                accessEntries: try await Self.accessEntries(sql, userId: userId),
                pairingRequests: try await Self.pairingEntries(sql, userId: userId),
                messages: try await messages(sql, userId: userId),
                usage: try await Self.usageEntries(sql, userId: userId),
                auditEvents: try await Self.auditEntries(sql, userId: userId),
                pendingUpdates: try await pendingUpdates(sql, from: userId).map { String(decoding: $0.payload, as: UTF8.self) }
            )
        }
    }

    private static func accessEntries(_ sql: any SQLDatabase, userId: Int64) async throws -> [UserDataExport.AccessEntry] {
        try await sql.select().columns("channel", "scope", "added_at", "source").from("allow_entries")
            .where("user_id", .equal, userId).orderBy("added_at").all()
            .map { row in
                UserDataExport.AccessEntry(
                    channel: try row.decode(column: "channel", as: String.self),
                    scope: try row.decode(column: "scope", as: String.self),
                    addedAt: Date(storeMillis: try row.decode(column: "added_at", as: Int64.self)),
                    source: try row.decode(column: "source", as: String.self)
                )
            }
    }

    private static func pairingEntries(_ sql: any SQLDatabase, userId: Int64) async throws -> [UserDataExport.PairingEntry] {
        try await sql.select().columns("channel", "username", "created_at", "expires_at", "resolution", "resolved_at")
            .from("pairing_requests").where("user_id", .equal, userId).orderBy("id").all()
            .map { row in
                UserDataExport.PairingEntry(
                    channel: try row.decode(column: "channel", as: String.self),
                    username: try row.decode(column: "username", as: String?.self),
                    createdAt: Date(storeMillis: try row.decode(column: "created_at", as: Int64.self)),
                    expiresAt: Date(storeMillis: try row.decode(column: "expires_at", as: Int64.self)),
                    resolution: try row.decode(column: "resolution", as: String?.self),
                    resolvedAt: try row.decode(column: "resolved_at", as: Int64?.self).map(Date.init(storeMillis:))
                )
            }
    }

    private func messages(_ sql: any SQLDatabase, userId: Int64) async throws -> [UserDataExport.Message] {
        try await sql.select().columns("session_key", "role", "content", "created_at").from("messages")
            .where("user_id", .equal, userId).orderBy("id").all()
            .map { row in
                let session = try row.decode(column: "session_key", as: String.self)
                return UserDataExport.Message(
                    session: session,
                    role: try row.decode(column: "role", as: String.self),
                    content: try openedText(row, column: "content", context: Self.messageContext(session)),
                    createdAt: Date(storeMillis: try row.decode(column: "created_at", as: Int64.self))
                )
            }
    }

    private static func usageEntries(_ sql: any SQLDatabase, userId: Int64) async throws -> [UserDataExport.UsageEntry] {
        try await sql.select().columns("time", "chat_id", "provider", "model", "input_tokens", "output_tokens", "estimated", "cost_usd")
            .from("usage_records").where("user_id", .equal, userId).orderBy("id").all()
            .map { row in
                UserDataExport.UsageEntry(
                    time: Date(storeMillis: try row.decode(column: "time", as: Int64.self)),
                    chatId: try row.decode(column: "chat_id", as: Int64.self),
                    provider: try row.decode(column: "provider", as: String.self),
                    model: try row.decode(column: "model", as: String.self),
                    inputTokens: try row.decode(column: "input_tokens", as: Int.self),
                    outputTokens: try row.decode(column: "output_tokens", as: Int.self),
                    estimated: try row.decode(column: "estimated", as: Bool.self),
                    costUsd: try row.decode(column: "cost_usd", as: Double.self)
                )
            }
    }

    private static func auditEntries(_ sql: any SQLDatabase, userId: Int64) async throws -> [UserDataExport.AuditEntry] {
        let decoder = JSONDecoder()
        return try await sql.select().columns("time", "kind", "chat_id", "details").from("audit_events")
            .where("user_id", .equal, userId).orderBy("id").all()
            .map { row in
                let details = try? decoder.decode([String: String].self, from: Data(try row.decode(column: "details", as: String.self).utf8))
                return UserDataExport.AuditEntry(
                    time: Date(storeMillis: try row.decode(column: "time", as: Int64.self)),
                    kind: try row.decode(column: "kind", as: String.self),
                    chatId: try row.decode(column: "chat_id", as: Int64?.self),
                    details: details ?? [:]
                )
            }
    }

    /// Unprocessed updates whose sender (`from.id` anywhere in the update) is `userId`, opened.
    func pendingUpdates(_ sql: any SQLDatabase, from userId: Int64) async throws -> [InboxItem] {
        try await sql.select().columns("update_id", "payload", "received_at").from("inbox")
            .where("done_at", .is, SQLLiteral.null)
            .where("payload", .isNot, SQLLiteral.null)
            .all()
            .compactMap { row in
                let updateId = try row.decode(column: "update_id", as: Int64.self)
                let payload = try openedPayload(try row.decode(column: "payload", as: Data.self), context: Self.inboxContext(updateId))
                guard let update = try? JSONDecoder().decode(JSONValue.self, from: payload), update.names(sender: userId) else { return nil }
                return InboxItem(updateId: updateId, payload: payload, receivedAt: Date(storeMillis: try row.decode(column: "received_at", as: Int64.self)))
            }
    }
}

extension JSONValue {
    /// True when any object inside has `"from": {"id": userId}` (the sender of a message or callback).
    func names(sender userId: Int64) -> Bool {
        switch self {
        case .object(let members):
            if case .object(let from)? = members["from"], case .number(let id)? = from["id"], id == Double(userId) {
                return true
            }
            return members.values.contains { $0.names(sender: userId) }
        case .array(let items):
            return items.contains { $0.names(sender: userId) }
        default:
            return false
        }
    }
}
