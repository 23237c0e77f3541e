#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

/// A signed statement "at `time` the audit chain ended at `seq` with `hash`", one JSON line in
/// the checkpoint file. It is what lets `verify` notice records cut off the end of the chain.
package struct AuditCheckpoint: Sendable, Equatable, Codable {
    package var seq: Int64
    package var hash: String
    package var time: Date
    /// Which signing key made `signature` (`AuditSigningKey.keyId`).
    package var key: String
    /// Ed25519 signature over `signedBytes`, base64.
    package var signature: String

    package init(seq: Int64, hash: String, time: Date, key: String, signature: String) {
        self.seq = seq
        self.hash = hash
        self.time = time
        self.key = key
        self.signature = signature
    }

    /// What the signature covers: domain, sequence, head hash and time in milliseconds.
    package static func signedBytes(seq: Int64, hash: String, time: Date) -> [UInt8] {
        Array("openclaw-audit-checkpoint-v1\n\(seq)\n\(hash)\n\(AuditChain.millis(time))".utf8)
    }

    /// One line of the checkpoint file (no newline).
    package func line() -> String {
        let object: [String: String] = [
            "seq": String(seq), "hash": hash, "time": String(AuditChain.millis(time)), "key": key, "signature": signature,
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: (try? encoder.encode(object)) ?? Data(), as: UTF8.self)
    }

    /// Parses a line written by `line()`; nil for anything else.
    package static func parse(line: Substring) -> AuditCheckpoint? {
        guard let object = try? JSONDecoder().decode([String: String].self, from: Data(line.utf8)),
              let seq = object["seq"].flatMap({ Int64($0) }), let hash = object["hash"],
              let millis = object["time"].flatMap({ Int64($0) }), let key = object["key"], let signature = object["signature"]
        else { return nil }
        return AuditCheckpoint(seq: seq, hash: hash, time: Date(timeIntervalSince1970: Double(millis) / 1000), key: key, signature: signature)
    }
}
