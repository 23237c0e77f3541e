import Crypto
import Foundation

/// The plain-text stream inside a backup: `OCARCHV1`, then entries (`u16` name length, name,
/// `u64` size, bytes), then a zero name length. Names are relative (`state/openclaw.sqlite`).
package enum BackupArchive {
    package static let magic = Array("OCARCHV1".utf8)
    static let copyChunk = 1 << 20

    static func start(_ writer: EncryptingWriter) throws {
        try writer.write(magic)
    }

    /// Appends one entry from a file, streaming; returns its manifest line.
    static func append(file path: String, as name: String, to writer: EncryptingWriter) throws -> BackupManifest.Entry {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: 0)
        try writeName(name, size: size, to: writer)
        var hasher = SHA256()
        var remaining = size
        while remaining > 0 {
            guard let data = try handle.read(upToCount: Int(min(UInt64(copyChunk), remaining))), !data.isEmpty else {
                throw BackupError(.io, "\(path) shrank while it was being read")
            }
            hasher.update(data: data)
            try writer.write(data)
            remaining -= UInt64(data.count)
        }
        return BackupManifest.Entry(name: name, size: size, sha256: hasher.finalize().hexString)
    }

    static func append(bytes: Data, as name: String, to writer: EncryptingWriter) throws -> BackupManifest.Entry {
        try writeName(name, size: UInt64(bytes.count), to: writer)
        try writer.write(bytes)
        return BackupManifest.Entry(name: name, size: UInt64(bytes.count), sha256: SHA256.hash(data: bytes).hexString)
    }

    static func finish(_ writer: EncryptingWriter) throws {
        try writer.write([0, 0])
        try writer.finish()
    }

    private static func writeName(_ name: String, size: UInt64, to writer: EncryptingWriter) throws {
        let nameBytes = Array(name.utf8)
        try writer.write([UInt8(nameBytes.count >> 8), UInt8(nameBytes.count & 0xFF)] + nameBytes + BigEndian.bytes(size))
    }

    /// Reads every entry into `directory` (names must stay inside it), returning name → SHA-256.
    /// Everything read has been authenticated by the reader; the caller checks it against the manifest.
    package static func extract(from reader: DecryptingReader, into directory: String, file: String) throws -> [String: (size: UInt64, sha256: String)] {
        guard try reader.read(magic.count) == magic else {
            throw BackupError(.format, "\(file) opens with the right key but holds no openclaw archive")
        }
        var extracted: [String: (size: UInt64, sha256: String)] = [:]
        while true {
            let lengthBytes = try reader.read(2)
            let length = Int(lengthBytes[0]) << 8 | Int(lengthBytes[1])
            if length == 0 { break }
            let name = String(decoding: try reader.read(length), as: UTF8.self)
            guard isSafe(name), extracted[name] == nil else {
                throw BackupError(.format, "\(file) holds an entry with an unsafe or repeated name")
            }
            let size = BigEndian.uint64(try reader.read(8)[...])
            let target = directory + "/" + name
            try FileManager.default.createDirectory(
                atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]
            )
            guard FileManager.default.createFile(atPath: target, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw BackupError(.io, "cannot create \(target)")
            }
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: target))
            defer { try? handle.close() }
            var hasher = SHA256()
            var remaining = size
            while remaining > 0 {
                let bytes = try reader.read(Int(min(UInt64(copyChunk), remaining)))
                hasher.update(data: bytes)
                try handle.write(contentsOf: bytes)
                remaining -= UInt64(bytes.count)
            }
            try handle.synchronize()
            extracted[name] = (size, hasher.finalize().hexString)
        }
        try reader.finish()
        return extracted
    }

    /// A relative path of plain components: no `..`, no absolute path, no empty part, no NUL (the
    /// file system would stop the path there and write the entry under a shorter name). Read as
    /// bytes, as the file system reads it: a combining mark after `/` or NUL makes one Character of
    /// the two, which a test of Characters misses (fuzz finding 23: `../\u{310}x` left the folder).
    package static func isSafe(_ name: String) -> Bool {
        let bytes = name.utf8
        let parts = bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        return bytes.first != UInt8(ascii: "/") && !bytes.contains(0) && !parts.isEmpty
            && parts.allSatisfy { !$0.isEmpty && !$0.elementsEqual(".".utf8) && !$0.elementsEqual("..".utf8) }
    }
}

extension Digest {
    var hexString: String {
        map { byte in (byte < 16 ? "0" : "") + String(byte, radix: 16) }.joined()
    }
}
