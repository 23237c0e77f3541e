#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
import Crypto
import Synchronization

/// Seals stored message text with AES-256-GCM under the current key and opens it with the
/// current or any previous key, so the key can be rotated while older rows stay readable.
///
/// A sealed value is `0x01 ‖ key id (8) ‖ nonce (12) ‖ ciphertext ‖ tag (16)`. The caller's
/// `context` (table and row identity) is bound as associated data, so a value copied into another
/// row fails to open.
package final class SealingKeyring: Sendable {
    static let version: UInt8 = 1
    static let headerLength = 1 + SealingKey.idLength
    static let nonceLength = 12
    static let tagLength = 16

    private struct Keys {
        var current: SealingKey
        var previous: [SealingKey]
    }

    private let keys: Mutex<Keys>

    package init(current: SealingKey, previous: [SealingKey] = []) {
        keys = Mutex(Keys(current: current, previous: previous))
    }

    /// Makes `key` current; the key it replaces still opens what it sealed.
    package func rotate(to key: SealingKey) {
        keys.withLock { keys in
            guard keys.current.id != key.id else { return }
            keys.previous.removeAll { $0.id == key.id }
            keys.previous.insert(keys.current, at: 0)
            keys.current = key
        }
    }

    package var currentKeyId: [UInt8] { keys.withLock { $0.current.id } }

    package func seal(_ text: String, context: String) throws(SealingError) -> Data {
        try seal(bytes: Data(text.utf8), context: context)
    }

    package func open(_ sealed: Data, context: String) throws(SealingError) -> String {
        String(decoding: try open(bytes: sealed, context: context), as: UTF8.self)
    }

    package func seal(bytes plain: Data, context: String) throws(SealingError) -> Data {
        let key = keys.withLock { $0.current }
        let box: AES.GCM.SealedBox
        do {
            box = try AES.GCM.seal(plain, using: key.key, authenticating: Data(context.utf8))
        } catch {
            throw .malformedKey
        }
        var sealed = Data([Self.version])
        sealed.append(contentsOf: key.id)
        sealed.append(contentsOf: box.nonce)
        sealed.append(box.ciphertext)
        sealed.append(box.tag)
        return sealed
    }

    package func open(bytes sealed: Data, context: String) throws(SealingError) -> Data {
        guard Self.looksSealed(sealed) else { throw .malformedValue }
        guard let key = key(withId: Self.keyId(of: sealed)) else { throw .unknownKey }
        let bytes = [UInt8](sealed)
        let nonceEnd = Self.headerLength + Self.nonceLength
        do {
            let box = try AES.GCM.SealedBox(
                nonce: AES.GCM.Nonce(data: bytes[Self.headerLength..<nonceEnd]),
                ciphertext: bytes[nonceEnd..<(bytes.count - Self.tagLength)],
                tag: bytes[(bytes.count - Self.tagLength)...]
            )
            return try AES.GCM.open(box, using: key.key, authenticating: Data(context.utf8))
        } catch {
            throw .tampered
        }
    }

    /// True when `data` has the sealed layout's version byte and a plausible length.
    package static func looksSealed(_ data: Data) -> Bool {
        data.count >= headerLength + nonceLength + tagLength && data.first == version
    }

    /// The id of the key a sealed value names (its bytes 1–8).
    package static func keyId(of sealed: Data) -> [UInt8] {
        Array(sealed.dropFirst().prefix(SealingKey.idLength))
    }

    private func key(withId id: [UInt8]) -> SealingKey? {
        keys.withLock { keys in
            keys.current.id == id ? keys.current : keys.previous.first { $0.id == id }
        }
    }
}
