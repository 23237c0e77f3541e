#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore
import SQLKit

/// Reading and writing `audit_events` rows, shared by appends, queries, erasure and the migration.
enum AuditRow {
    static let columns = [
        "id", "seq", "time", "kind", "user_id", "chat_id", "details", "subject_salt", "subject_digest", "details_digest", "prev_hash", "hash",
    ]

    /// A row as the first schema wrote it, before it had a place in the chain.
    struct Plain {
        var id: Int64
        var event: AuditEvent
        var details: String

        init(_ row: any SQLRow) throws {
            id = try row.decode(column: "id", as: Int64.self)
            details = try row.decode(column: "details", as: String.self)
            guard let kind = AuditKind(rawValue: try row.decode(column: "kind", as: String.self)) else {
                throw StoreError(code: .migrationFailed, message: "audit_events row \(id) holds an unknown kind")
            }
            event = AuditEvent(
                time: Date(storeMillis: try row.decode(column: "time", as: Int64.self)), kind: kind,
                userId: try row.decode(column: "user_id", as: Int64?.self), chatId: try row.decode(column: "chat_id", as: Int64?.self)
            )
        }
    }

    static func encode(_ details: [String: String]) throws -> String {
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return String(decoding: try encoder.encode(details), as: UTF8.self)
        } catch {
            throw StoreError(code: .queryFailed, message: "appendAudit failed: cannot encode details")
        }
    }

    static func writeChain(_ record: AuditRecord, id: Int64, _ sql: any SQLDatabase) async throws {
        try await sql.update("audit_events")
            .set("seq", to: record.seq).set("subject_salt", to: record.subjectSalt).set("subject_digest", to: record.subjectDigest)
            .set("details_digest", to: record.detailsDigest).set("prev_hash", to: record.prevHash).set("hash", to: record.hash)
            .where("id", .equal, id)
            .run()
    }

    /// The newest chained record's sequence number and hash.
    static func head(_ sql: any SQLDatabase) async throws -> (seq: Int64, hash: String)? {
        guard let row = try await sql.select().columns("seq", "hash").from("audit_events")
            .where("seq", .isNot, SQLLiteral.null).orderBy("seq", .descending).limit(1).first()
        else { return nil }
        return (try row.decode(column: "seq", as: Int64.self), try row.decode(column: "hash", as: String?.self) ?? "")
    }

    /// Appends `event` after the current head; call inside a write transaction serialising `.audit`.
    @discardableResult
    static func append(_ event: AuditEvent, _ sql: any SQLDatabase) async throws -> (id: Int64, seq: Int64) {
        let record = AuditChain.record(for: event, details: try encode(event.details), after: try await head(sql))
        let row = try await sql.insert(into: "audit_events")
            .columns("time", "kind", "user_id", "chat_id", "details", "seq", "subject_salt", "subject_digest", "details_digest", "prev_hash", "hash")
            .values(
                SQLBind(record.time.storeMillis), SQLBind(record.kind), SQLBind(record.userId), SQLBind(record.chatId), SQLBind(record.details),
                SQLBind(record.seq), SQLBind(record.subjectSalt), SQLBind(record.subjectDigest), SQLBind(record.detailsDigest),
                SQLBind(record.prevHash), SQLBind(record.hash)
            )
            .returning("id")
            .first()
        guard let row else { throw StoreError(code: .queryFailed, message: "appendAudit failed: no id returned") }
        return (try row.decode(column: "id", as: Int64.self), record.seq)
    }

    /// A stored row with its chain fields; a row outside the chain gets `seq` 0 and empty hashes.
    static func record(_ row: any SQLRow) throws -> AuditRecord {
        AuditRecord(
            seq: try row.decode(column: "seq", as: Int64?.self) ?? 0,
            time: Date(storeMillis: try row.decode(column: "time", as: Int64.self)),
            kind: try row.decode(column: "kind", as: String.self),
            userId: try row.decode(column: "user_id", as: Int64?.self),
            chatId: try row.decode(column: "chat_id", as: Int64?.self),
            details: try row.decode(column: "details", as: String.self),
            subjectSalt: try row.decode(column: "subject_salt", as: String?.self),
            subjectDigest: try row.decode(column: "subject_digest", as: String?.self) ?? "",
            detailsDigest: try row.decode(column: "details_digest", as: String?.self) ?? "",
            prevHash: try row.decode(column: "prev_hash", as: String?.self) ?? "",
            hash: try row.decode(column: "hash", as: String?.self) ?? ""
        )
    }
}
