/// The clear-text start of a backup file, authenticated as part of every chunk:
/// magic `OCBACKUP`, format version, 16-byte salt, chunk size, 8-byte key check.
struct BackupHeader {
    static let magic = Array("OCBACKUP".utf8)
    static let version: UInt8 = 1
    static let size = 8 + 1 + 16 + 4 + 8
    /// Plain-text bytes per sealed chunk.
    static let chunkSize = 1 << 20

    var salt: [UInt8]
    var keyCheck: [UInt8]
    var chunkSize: Int

    var bytes: [UInt8] {
        Self.magic + [Self.version] + salt + BigEndian.bytes(UInt32(chunkSize)) + keyCheck
    }

    /// Reads a header; the error says whether this is no backup at all or a newer format.
    init(parsing bytes: [UInt8], file: String) throws(BackupError) {
        guard bytes.count == Self.size, Array(bytes[0..<8]) == Self.magic else {
            throw BackupError(.format, "\(file) is not an openclaw backup (or is cut short before its header ends)")
        }
        guard bytes[8] == Self.version else {
            throw BackupError(.format, "\(file) is a backup format \(bytes[8]) file; this openclaw reads format \(Self.version)")
        }
        salt = Array(bytes[9..<25])
        chunkSize = Int(BigEndian.uint32(bytes[25..<29]))
        keyCheck = Array(bytes[29..<37])
        guard (1...(16 << 20)).contains(chunkSize) else {
            throw BackupError(.corrupted, "\(file) is corrupted: its header names an impossible chunk size")
        }
    }

    init(salt: [UInt8], keyCheck: [UInt8], chunkSize: Int = Self.chunkSize) {
        self.salt = salt
        self.keyCheck = keyCheck
        self.chunkSize = chunkSize
    }
}

enum BigEndian {
    static func bytes(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    static func bytes(_ value: UInt64) -> [UInt8] {
        (0..<8).reversed().map { UInt8(value >> (UInt64($0) * 8) & 0xFF) }
    }

    static func uint32(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        bytes.reduce(0) { $0 << 8 | UInt32($1) }
    }

    static func uint64(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.reduce(0) { $0 << 8 | UInt64($1) }
    }
}
