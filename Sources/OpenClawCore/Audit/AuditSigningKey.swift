#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif
import Crypto

/// The Ed25519 key that signs audit checkpoints: the `audit_signing_key` secret, a 32-byte seed
/// in standard base64.
public struct AuditSigningKey: Sendable {
    private let key: Curve25519.Signing.PrivateKey
    /// The first 8 bytes of SHA-256 over the public key, in hex: names the key without revealing it.
    public let keyId: String

    public init(base64 text: String) throws(AuditKeyError) {
        guard let seed = Base64.decode(text), seed.count == 32,
              let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: seed)
        else { throw AuditKeyError() }
        self.key = key
        self.keyId = Self.keyId(of: key.publicKey.rawRepresentation)
    }

    public var verifier: AuditCheckpointVerifier {
        AuditCheckpointVerifier(publicKey: key.publicKey.rawRepresentation)
    }

    /// A checkpoint for the chain head `seq`/`hash` at `time`.
    public func checkpoint(seq: Int64, hash: String, time: Date) throws -> AuditCheckpoint {
        let signature = try key.signature(for: AuditCheckpoint.signedBytes(seq: seq, hash: hash, time: time))
        return AuditCheckpoint(seq: seq, hash: hash, time: time, key: keyId, signature: Data(signature).base64EncodedString())
    }

    static func keyId<Bytes: DataProtocol>(of publicKey: Bytes) -> String {
        Hex.encode(SHA256.hash(data: Array(publicKey)).prefix(8))
    }
}

/// Checks checkpoint signatures with one public key.
public struct AuditCheckpointVerifier: Sendable {
    let publicKey: Data
    public var keyId: String { AuditSigningKey.keyId(of: publicKey) }

    public func isGenuine(_ checkpoint: AuditCheckpoint) -> Bool {
        guard checkpoint.key == keyId, let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey),
              let signature = Data(base64Encoded: checkpoint.signature)
        else { return false }
        return key.isValidSignature(signature, for: AuditCheckpoint.signedBytes(seq: checkpoint.seq, hash: checkpoint.hash, time: checkpoint.time))
    }
}

/// The audit signing key is not 32 bytes of standard base64.
public struct AuditKeyError: Error, CustomStringConvertible {
    public var description: String { "audit_signing_key must be 32 bytes encoded as base64 (44 characters)" }
}
