import Crypto
import Foundation
import OpenClawCore
import OpenClawFiles

/// The `backup_encryption_key` secret: 32 random bytes in base64, read from a file that only its
/// owner may read. Each backup derives its own key from it (HKDF-SHA256 with the file's salt).
package struct BackupKey: Sendable {
    let master: SymmetricKey

    package static func load(path: String) throws(BackupError) -> BackupKey {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            throw BackupError(.key, "backup key \(path) is missing: create it with openclaw secrets init --generate backup_encryption_key (and keep a copy off this host)")
        }
        if let mode = attributes[.posixPermissions] as? Int, mode & 0o077 != 0 {
            throw BackupError(.key, "backup key \(path) is mode \(String(mode, radix: 8)): run chmod 600 \(path)")
        }
        guard let data = FileContents.read(atPath: path) else {
            throw BackupError(.key, "backup key \(path) cannot be read")
        }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard SecretFormat.storageEncryptionKey.matches(text), let bytes = Data(base64Encoded: text) else {
            throw BackupError(.key, "backup key \(path) is not \(SecretFormat.storageEncryptionKey.rule)")
        }
        return BackupKey(master: SymmetricKey(data: bytes))
    }

    /// The key for one file, from its random salt.
    func fileKey(salt: [UInt8]) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: master, salt: salt, info: Array("openclaw backup v1".utf8), outputByteCount: 32)
    }

    /// 8 bytes stored in the header so a wrong key is told apart from a damaged file.
    func check(salt: [UInt8]) -> [UInt8] {
        let code = HMAC<SHA256>.authenticationCode(for: Array("openclaw backup key check".utf8) + salt, using: master)
        return Array(code.prefix(8))
    }
}
