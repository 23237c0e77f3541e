#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Logging
import OpenClawCore
import OpenClawStore

/// Writes audit events to the store's hash-chained trail; a failed write is logged, never thrown
/// (the event it would have recorded still happened).
struct Auditor: Sendable {
    let store: OpenClawStore
    let now: @Sendable () -> Date
    let logger: Logger

    func write(_ record: AuditRecord) async {
        await write(record.kind, userId: record.userId, chatId: record.chatId, record.details)
    }

    func write(_ kind: AuditKind, userId: Int64? = nil, chatId: Int64? = nil, _ details: [String: String] = [:]) async {
        do {
            _ = try await store.appendAudit(AuditEvent(time: now(), kind: kind, userId: userId, chatId: chatId, details: details))
        } catch {
            logger.error("audit write failed", metadata: ["kind": "\(kind.rawValue)"])
        }
    }
}
