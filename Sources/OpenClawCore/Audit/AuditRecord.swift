#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

/// One audit row as stored, with its place in the hash chain. `kind` and `details` are the raw
/// stored text, so a row that was tampered with can still be read and named.
package struct AuditRecord: Sendable, Equatable, Codable {
    /// Position in the chain: 1, 2, 3 … without gaps.
    package var seq: Int64
    package var time: Date
    package var kind: String
    package var userId: Int64?
    package var chatId: Int64?
    /// JSON object of strings, keys sorted.
    package var details: String
    /// Random per record; erasure deletes it, so the subject digest can no longer be tied to an id.
    package var subjectSalt: String?
    /// SHA-256 over the salt, the user id and the chat id (see `AuditChain.subjectDigest`).
    package var subjectDigest: String
    /// SHA-256 over `details`.
    package var detailsDigest: String
    /// The previous record's `hash` (`AuditChain.genesis` for the first).
    package var prevHash: String
    package var hash: String

    package init(
        seq: Int64, time: Date, kind: String, userId: Int64?, chatId: Int64?, details: String,
        subjectSalt: String?, subjectDigest: String, detailsDigest: String, prevHash: String, hash: String
    ) {
        self.seq = seq
        self.time = time
        self.kind = kind
        self.userId = userId
        self.chatId = chatId
        self.details = details
        self.subjectSalt = subjectSalt
        self.subjectDigest = subjectDigest
        self.detailsDigest = detailsDigest
        self.prevHash = prevHash
        self.hash = hash
    }

    /// The details as a dictionary; empty when the stored text is not a JSON object of strings.
    package var detailValues: [String: String] {
        (try? JSONDecoder().decode([String: String].self, from: Data(details.utf8))) ?? [:]
    }

    /// True once erasure removed the subject's salt (and with it the ids).
    package var isAnonymised: Bool { subjectSalt == nil }
}
