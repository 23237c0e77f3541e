#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
import Crypto

/// The Ed25519 key that signs audit checkpoints: the `audit_signing_key` secret, a 32-byte seed
/// in standard base64.
package struct AuditSigningKey: Sendable {
    private let key: Curve25519.Signing.PrivateKey
    /// The first 8 bytes of SHA-256 over the public key, in hex: names the key without revealing it.
    package let keyId: String

    package init(base64 text: String) throws(AuditKeyError) {
        guard let seed = Base64.decode(text), seed.count == 32,
              let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: seed)
        else { throw AuditKeyError() }
        self.key = key
        self.keyId = Self.keyId(of: key.publicKey.rawRepresentation)
    }

    package var verifier: AuditCheckpointVerifier {
        AuditCheckpointVerifier(publicKey: key.publicKey.rawRepresentation)
    }

    /// A checkpoint for the chain head `seq`/`hash` at `time`.
    package func checkpoint(seq: Int64, hash: String, time: Date) throws -> AuditCheckpoint {
        let signature = try key.signature(for: AuditCheckpoint.signedBytes(seq: seq, hash: hash, time: time))
        return AuditCheckpoint(seq: seq, hash: hash, time: time, key: keyId, signature: Data(signature).base64EncodedString())
    }

    static func keyId<Bytes: DataProtocol>(of publicKey: Bytes) -> String {
        Hex.encode(SHA256.hash(data: Array(publicKey)).prefix(8))
    }
}

/// Checks checkpoint signatures with one public key.
package struct AuditCheckpointVerifier: Sendable {
    let publicKey: Data
    package var keyId: String { AuditSigningKey.keyId(of: publicKey) }

    package func isGenuine(_ checkpoint: AuditCheckpoint) -> Bool {
        guard checkpoint.key == keyId, let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey),
              let signature = Data(base64Encoded: checkpoint.signature)
        else { return false }
        return key.isValidSignature(signature, for: AuditCheckpoint.signedBytes(seq: checkpoint.seq, hash: checkpoint.hash, time: checkpoint.time))
    }
}

/// The audit signing key is not 32 bytes of standard base64.
package struct AuditKeyError: Error, CustomStringConvertible {
    package var description: String { "audit_signing_key must be 32 bytes encoded as base64 (44 characters)" }
}
