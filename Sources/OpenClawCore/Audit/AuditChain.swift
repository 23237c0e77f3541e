#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
import Crypto

/// The hash chain over audit records: `hash = SHA-256(prevHash ‖ canonical record)`.
///
/// The canonical record holds the sequence number, time, kind and two digests, one over who the
/// event is about (salted) and one over its details. The ids themselves stay outside the chained
/// bytes, so erasure can remove them (and the salt) without breaking any link.
package enum AuditChain {
    /// The `prevHash` of record 1.
    package static let genesis = String(repeating: "0", count: 64)
    static let domain = "openclaw-audit-v1"

    /// Builds the record that follows `previous` (nil for the first) for `event`.
    package static func record(
        for event: AuditEvent, details: String, after previous: (seq: Int64, hash: String)?, salt: [UInt8] = randomSalt()
    ) -> AuditRecord {
        let seq = (previous?.seq ?? 0) + 1
        let prevHash = previous?.hash ?? genesis
        let saltHex = Hex.encode(salt)
        let time = Date(timeIntervalSince1970: Double(millis(event.time)) / 1000)
        let subject = subjectDigest(salt: saltHex, userId: event.userId, chatId: event.chatId)
        let detailsDigest = digest(details)
        return AuditRecord(
            seq: seq, time: time, kind: event.kind.rawValue, userId: event.userId, chatId: event.chatId, details: details,
            subjectSalt: saltHex, subjectDigest: subject, detailsDigest: detailsDigest, prevHash: prevHash,
            hash: hash(prevHash: prevHash, seq: seq, time: time, kind: event.kind.rawValue, subjectDigest: subject, detailsDigest: detailsDigest)
        )
    }

    package static func randomSalt() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    package static func subjectDigest(salt: String, userId: Int64?, chatId: Int64?) -> String {
        digest(fields: [salt, userId.map(String.init) ?? "-", chatId.map(String.init) ?? "-"])
    }

    package static func digest(_ text: String) -> String {
        Hex.encode(SHA256.hash(data: Array(text.utf8)))
    }

    package static func hash(prevHash: String, seq: Int64, time: Date, kind: String, subjectDigest: String, detailsDigest: String) -> String {
        digest(fields: [domain, prevHash, String(seq), String(millis(time)), kind, subjectDigest, detailsDigest])
    }

    /// The hash this record should have given its own fields and `prevHash`.
    package static func expectedHash(of record: AuditRecord) -> String {
        hash(
            prevHash: record.prevHash, seq: record.seq, time: record.time, kind: record.kind,
            subjectDigest: record.subjectDigest, detailsDigest: record.detailsDigest
        )
    }

    /// Stores keep milliseconds; the chain hashes exactly what is stored.
    static func millis(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
    }

    /// Length-prefixed fields, so no choice of field text can make two records' bytes equal.
    private static func digest(fields: [String]) -> String {
        var hasher = SHA256()
        for field in fields {
            let bytes = Array(field.utf8)
            hasher.update(data: Array("\(bytes.count):".utf8))
            hasher.update(data: bytes)
        }
        return Hex.encode(hasher.finalize())
    }
}
