#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore
import SQLKit

extension OpenClawStore {
    /// What to bind for stored text: sealed bytes with a keyring, the text itself without.
    func sealedText(_ text: String, context: String) throws -> any Encodable & Sendable {
        guard let keyring else { return text }
        do {
            return try keyring.seal(text, context: context)
        } catch {
            throw StoreError(code: .sealed, message: "sealing stored text failed: \(error)")
        }
    }

    /// Reads a column written by `sealedText`: a blob is opened, text is taken as it is.
    func openedText(_ row: any SQLRow, column: String, context: String) throws -> String {
        if let sealed = try? row.decode(column: column, as: Data.self) {
            return try open(sealed, context: context)
        }
        return try row.decode(column: column, as: String.self)
    }

    func sealedPayload(_ payload: Data, context: String) throws -> Data {
        guard let keyring else { return payload }
        do {
            return try keyring.seal(String(decoding: payload, as: UTF8.self), context: context)
        } catch {
            throw StoreError(code: .sealed, message: "sealing an update failed: \(error)")
        }
    }

    func openedPayload(_ stored: Data, context: String) throws -> Data {
        guard SealingKeyring.looksSealed(stored) else { return stored }
        return Data(try open(stored, context: context).utf8)
    }

    private func open(_ sealed: Data, context: String) throws -> String {
        guard let keyring else {
            throw StoreError(code: .sealed, message: "stored messages are encrypted; this needs privacy.encryptionKey (the storage_encryption_key secret)")
        }
        do {
            return try keyring.open(sealed, context: context)
        } catch {
            throw StoreError(code: .sealed, message: "cannot read stored text: \(error)")
        }
    }

    static func messageContext(_ session: String) -> String { "messages:" + session }
    static func inboxContext(_ updateId: Int64) -> String { "inbox:\(updateId)" }

    /// Seals rows written while encryption was off. Returns how many rows were sealed.
    @discardableResult
    public func sealPlaintextRows() async throws -> Int {
        guard keyring != nil else { return 0 }
        let sealed = try await transaction("sealPlaintextRows") { sql in
            var sealed = 0
            let messages = try await sql.select().columns("id", "session_key", "content").from("messages")
                .where(SQLFunction("typeof", args: SQLColumn("content")), .equal, SQLBind("text"))
                .all()
            for row in messages {
                let session = try row.decode(column: "session_key", as: String.self)
                let text = try row.decode(column: "content", as: String.self)
                try await sql.update("messages")
                    .set("content", to: try sealedText(text, context: Self.messageContext(session)))
                    .where("id", .equal, try row.decode(column: "id", as: Int64.self))
                    .run()
                sealed += 1
            }
            let updates = try await sql.select().columns("update_id", "payload").from("inbox")
                .where("payload", .isNot, SQLLiteral.null)
                .all()
            for row in updates {
                let payload = try row.decode(column: "payload", as: Data.self)
                guard !SealingKeyring.looksSealed(payload) else { continue }
                let updateId = try row.decode(column: "update_id", as: Int64.self)
                try await sql.update("inbox")
                    .set("payload", to: try sealedPayload(payload, context: Self.inboxContext(updateId)))
                    .where("update_id", .equal, updateId)
                    .run()
                sealed += 1
            }
            return sealed
        }
        if sealed > 0 { try await checkpoint() }
        return sealed
    }
}
