import Crypto
package import Foundation

/// Encrypts a byte stream into a backup file in sealed chunks (AES-256-GCM). Each chunk's nonce is
/// its index and its associated data the header, the index and whether it is the last, so a
/// chunk cannot be changed, dropped, reordered, or the file cut short, without failing to open.
package final class EncryptingWriter {
    private let handle: FileHandle
    private let header: BackupHeader
    private let key: SymmetricKey
    private var buffer: [UInt8] = []
    private var index: UInt64 = 0

    /// `chunkSize` is the plain-text bytes per chunk; smaller than the default only in tests and fuzzing.
    package init(handle: FileHandle, key: BackupKey, chunkSize: Int? = nil) throws {
        var salt = [UInt8](repeating: 0, count: 16)
        var generator = SystemRandomNumberGenerator()
        for position in salt.indices { salt[position] = generator.next() }
        self.header = BackupHeader(salt: salt, keyCheck: key.check(salt: salt), chunkSize: chunkSize ?? BackupHeader.chunkSize)
        self.key = key.fileKey(salt: salt)
        self.handle = handle
        try handle.write(contentsOf: header.bytes)
    }

    package func write(_ bytes: some Collection<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        while buffer.count > header.chunkSize {
            try seal(Array(buffer.prefix(header.chunkSize)), final: false)
            buffer.removeFirst(header.chunkSize)
        }
    }

    /// Seals what is left as the final chunk (possibly empty).
    package func finish() throws {
        try seal(buffer, final: true)
        buffer = []
    }

    private func seal(_ plain: [UInt8], final: Bool) throws {
        let box = try AES.GCM.seal(
            plain, using: key, nonce: ChunkNonce.make(index), authenticating: ChunkNonce.associatedData(header, index, final: final)
        )
        let sealed = Array(box.ciphertext) + Array(box.tag)
        try handle.write(contentsOf: BigEndian.bytes(UInt32(sealed.count)) + sealed)
        index += 1
    }
}

/// Reads a backup file back, opening every chunk before handing out its bytes; any change, a
/// wrong key or a missing end is an error before the caller has used the bytes that follow.
package final class DecryptingReader {
    private let handle: FileHandle
    private let file: String
    private let header: BackupHeader
    private let key: SymmetricKey
    private var buffer: [UInt8] = []
    private var index: UInt64 = 0
    private(set) var reachedEnd = false

    /// Reads the header and picks, of `keys`, the one the backup was made with (the current key,
    /// then the one kept from before its last rotation).
    package init(handle: FileHandle, file: String, keys: [BackupKey]) throws(BackupError) {
        self.handle = handle
        self.file = file
        let bytes = Array((try? handle.read(upToCount: BackupHeader.size)) ?? Data())
        let header = try BackupHeader(parsing: bytes, file: file)
        guard let key = keys.first(where: { $0.check(salt: header.salt) == header.keyCheck }) else {
            throw BackupError(.wrongKey, "\(file) was made with a different backup_encryption_key: use the key that was current when it was made")
        }
        self.header = header
        self.key = key.fileKey(salt: header.salt)
    }

    /// Exactly `count` bytes, or an error naming the damage.
    func read(_ count: Int) throws(BackupError) -> [UInt8] {
        while buffer.count < count {
            guard !reachedEnd else { throw BackupError(.corrupted, "\(file) is corrupted: its content ends before its archive does") }
            try openNextChunk()
        }
        let out = Array(buffer.prefix(count))
        buffer.removeFirst(count)
        return out
    }

    /// After the archive's end marker: the final chunk must have been read and nothing may follow.
    func finish() throws(BackupError) {
        while !reachedEnd { try openNextChunk() }
        guard buffer.isEmpty, (try? handle.read(upToCount: 1))?.isEmpty ?? true else {
            throw BackupError(.corrupted, "\(file) is corrupted: data follows the end of the backup")
        }
    }

    private func openNextChunk() throws(BackupError) {
        let truncated = BackupError(.corrupted, "\(file) is truncated: it ends in the middle (chunk \(index)); the copy is incomplete")
        guard let lengthBytes = try? handle.read(upToCount: 4), lengthBytes.count == 4 else { throw truncated }
        let length = Int(BigEndian.uint32(Array(lengthBytes)[...]))
        guard length >= 16, length <= header.chunkSize + 16 else {
            throw BackupError(.corrupted, "\(file) is corrupted at chunk \(index): impossible length")
        }
        guard let sealed = try? handle.read(upToCount: length), sealed.count == length else { throw truncated }
        let ciphertext = sealed.prefix(length - 16)
        let tag = sealed.suffix(16)
        for final in [false, true] {
            guard let box = try? AES.GCM.SealedBox(nonce: ChunkNonce.make(index), ciphertext: ciphertext, tag: tag),
                let plain = try? AES.GCM.open(box, using: key, authenticating: ChunkNonce.associatedData(header, index, final: final))
            else { continue }
            buffer.append(contentsOf: plain)
            reachedEnd = final
            index += 1
            return
        }
        throw BackupError(.corrupted, "\(file) is corrupted: chunk \(index) fails authentication (changed or damaged after it was written)")
    }
}

enum ChunkNonce {
    static func make(_ index: UInt64) -> AES.GCM.Nonce {
        // Each file has its own key (salted), so the chunk index alone is a unique nonce. Twelve
        // bytes are always a valid GCM nonce, so this cannot fail.
        try! AES.GCM.Nonce(data: [0, 0, 0, 0] + BigEndian.bytes(index))
    }

    static func associatedData(_ header: BackupHeader, _ index: UInt64, final: Bool) -> [UInt8] {
        header.bytes + BigEndian.bytes(index) + [final ? 1 : 0]
    }
}
