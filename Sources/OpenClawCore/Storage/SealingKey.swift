#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
package import Crypto

/// A 256-bit AES-GCM key for data at rest, known by a short id derived from it so a sealed
/// value names the key that opens it without revealing anything about the key.
package struct SealingKey: Sendable {
    package static let idLength = 8

    let key: SymmetricKey
    /// The first 8 bytes of SHA-256 over a domain label and the key.
    package let id: [UInt8]

    package init(_ key: SymmetricKey) {
        self.key = key
        self.id = key.withUnsafeBytes { bytes in
            var hasher = SHA256()
            hasher.update(data: Array("openclaw sealing key id".utf8))
            hasher.update(bufferPointer: bytes)
            return Array(hasher.finalize().prefix(Self.idLength))
        }
    }

    /// The `storage_encryption_key` secret: 32 bytes in standard base64.
    package init(base64 text: String) throws(SealingError) {
        guard let bytes = Base64.decode(text), bytes.count == 32 else {
            throw .malformedKey
        }
        self.init(SymmetricKey(data: bytes))
    }
}
