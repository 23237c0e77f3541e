#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore
import SQLKit

extension OpenClawStore {
    /// What to bind for stored text: sealed bytes with a keyring; without one, the text itself
    /// (SQLite keeps text and blobs apart in one column) or, in PostgreSQL's BYTEA, the text's
    /// UTF-8 after a zero byte, which no sealed value starts with.
    func sealedText(_ text: String, context: String) throws -> any Encodable & Sendable {
        if let keyring { return try sealed(Data(text.utf8), with: keyring, context: context) }
        switch backend {
        case .sqlite: return text
        case .postgres: return Self.plainTextMark + Data(text.utf8)
        }
    }

    /// Reads a column written by `sealedText`: a blob is opened, text is taken as it is.
    func openedText(_ row: any SQLRow, column: String, context: String) throws -> String {
        if let stored = try? row.decode(column: column, as: Data.self) {
            if backend == .postgres, stored.first == 0 { return String(decoding: stored.dropFirst(), as: UTF8.self) }
            return String(decoding: try open(stored, context: context), as: UTF8.self)
        }
        return try row.decode(column: column, as: String.self)
    }

    /// Marks plain text in a PostgreSQL BYTEA column (sealed values start with their version, 1).
    static let plainTextMark = Data([0])

    /// A queued update as stored: sealed with a keyring, as received without.
    func sealedPayload(_ payload: Data, context: String) throws -> Data {
        guard let keyring else { return payload }
        return try sealed(payload, with: keyring, context: context)
    }

    func openedPayload(_ stored: Data, context: String) throws -> Data {
        guard SealingKeyring.looksSealed(stored) else { return stored }
        return try open(stored, context: context)
    }

    private func sealed(_ plain: Data, with keyring: SealingKeyring, context: String) throws -> Data {
        do {
            return try keyring.seal(bytes: plain, context: context)
        } catch {
            throw StoreError(code: .sealed, message: "sealing stored data failed: \(error)")
        }
    }

    private func open(_ sealed: Data, context: String) throws -> Data {
        guard let keyring else {
            throw StoreError(code: .sealed, message: "stored messages are encrypted; this needs privacy.encryptionKey (the storage_encryption_key secret)")
        }
        do {
            return try keyring.open(bytes: sealed, context: context)
        } catch {
            throw StoreError(code: .sealed, message: "cannot read stored text: \(error)")
        }
    }

    static func messageContext(_ session: String) -> String { "messages:" + session }
    static func inboxContext(_ updateId: Int64) -> String { "inbox:\(updateId)" }

    /// Seals rows written while encryption was off and re-seals rows sealed under an older key,
    /// so after a key rotation the previous key is soon needed for nothing. Returns the rows changed.
    @discardableResult
    package func sealOutstandingRows() async throws -> Int {
        guard let keyring else { return 0 }
        let current = keyring.currentKeyId
        func outstanding(_ stored: Data) -> Bool {
            !SealingKeyring.looksSealed(stored) || SealingKeyring.keyId(of: stored) != current
        }
        let changed = try await transaction("sealOutstandingRows") { sql in
            var changed = 0
            // The history is the large table: let the database pick plain-text rows and rows under another key id.
            let keyIdBytes = SQLFunction("substr", args: SQLColumn("content"), SQLLiteral.numeric("2"), SQLLiteral.numeric("\(SealingKey.idLength)"))
            let isPlain: any SQLExpression = switch backend {
            case .sqlite: SQLBinaryExpression(SQLFunction("typeof", args: SQLColumn("content")), .equal, SQLBind("text"))
            case .postgres:
                SQLBinaryExpression(SQLFunction("substr", args: SQLColumn("content"), SQLLiteral.numeric("1"), SQLLiteral.numeric("1")), .equal, SQLBind(Self.plainTextMark))
            }
            let messages = try await sql.select().columns("id", "session_key", "content").from("messages")
                .where(isPlain)
                .orWhere(keyIdBytes, .notEqual, SQLBind(Data(current)))
                .all()
            for row in messages {
                let session = try row.decode(column: "session_key", as: String.self)
                let id = try row.decode(column: "id", as: Int64.self)
                let text = try openedText(row, column: "content", context: Self.messageContext(session))
                try await sql.update("messages")
                    .set("content", to: try sealedText(text, context: Self.messageContext(session)))
                    .where("id", .equal, id)
                    .run()
                changed += 1
            }
            let updates = try await sql.select().columns("update_id", "payload").from("inbox")
                .where("payload", .isNot, SQLLiteral.null)
                .all()
            for row in updates {
                let stored = try row.decode(column: "payload", as: Data.self)
                guard outstanding(stored) else { continue }
                let updateId = try row.decode(column: "update_id", as: Int64.self)
                let payload = try openedPayload(stored, context: Self.inboxContext(updateId))
                try await sql.update("inbox")
                    .set("payload", to: try sealedPayload(payload, context: Self.inboxContext(updateId)))
                    .where("update_id", .equal, updateId)
                    .run()
                changed += 1
            }
            return changed
        }
        if changed > 0 { try await checkpoint() }
        return changed
    }
}
