import Foundation
import OpenClawOperations
import Testing

/// The archive inside a backup, sealed with a real key and unpacked by the restorer's reader:
/// findings of the `backup` fuzz target (docs/RELIABILITY.md), each with its minimised input.
@Suite struct BackupArchiveTests {
    /// A folder of the test's own with a backup key in it (0600) and an empty folder to unpack into.
    struct Place {
        let root: String
        let key: BackupKey

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("openclaw-backup-archive-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: root + "/unpacked", withIntermediateDirectories: true)
            let keyPath = root + "/backup_encryption_key"
            let text = Data((0..<32).map { UInt8($0) }).base64EncodedString()
            #expect(FileManager.default.createFile(atPath: keyPath, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]))
            key = try BackupKey.load(path: keyPath)
        }

        /// Seals `plain` as a backup file, then unpacks it into `unpacked`.
        func unpack(_ plain: [UInt8]) throws -> [String: (size: UInt64, sha256: String)] {
            let file = root + "/test.ocbk"
            #expect(FileManager.default.createFile(atPath: file, contents: nil))
            let output = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
            let writer = try EncryptingWriter(handle: output, key: key)
            try writer.write(plain)
            try writer.finish()
            try output.close()
            let input = try #require(FileHandle(forReadingAtPath: file))
            defer { try? input.close() }
            return try BackupArchive.extract(from: DecryptingReader(handle: input, file: file, keys: [key]), into: root + "/unpacked", file: file)
        }

        func unpackedNames() -> [String] {
            (FileManager.default.enumerator(atPath: root + "/unpacked")?.compactMap { $0 as? String } ?? []).sorted()
        }
    }

    static func entry(_ name: [UInt8], _ content: [UInt8]) -> [UInt8] {
        [UInt8(name.count >> 8), UInt8(name.count & 0xFF)] + name + (0..<8).reversed().map { UInt8(UInt64(content.count) >> (UInt64($0) * 8) & 0xFF) } + content
    }

    @Test func aWellFormedArchiveUnpacksExactlyWhatWasWritten() throws {
        let place = try Place()
        defer { try? FileManager.default.removeItem(atPath: place.root) }
        let extracted = try place.unpack(BackupArchive.magic + Self.entry(Array("state/a".utf8), [1, 2, 3]) + [0, 0])
        #expect(extracted.keys.sorted() == ["state/a"])
        #expect(FileManager.default.contents(atPath: place.root + "/unpacked/state/a") == Data([1, 2, 3]))
    }

    /// Fuzz finding 6: an entry named `stat\u{FFFD}\0\0\0enclaw.sqlite` was written to the file
    /// `stat\u{FFFD}` (the file system stops a path at NUL) while the reader reported the full
    /// name, so what was unpacked was not what the archive said; two names differing after a NUL
    /// would both land on one file. A name with NUL is now refused like `..`.
    @Test func fuzzFindingAnEntryNameWithNULIsRefusedAndNothingIsWritten() throws {
        let place = try Place()
        defer { try? FileManager.default.removeItem(atPath: place.root) }
        let name: [UInt8] = Array("stat".utf8) + [0xFE, 0, 0, 0] + Array("enclaw.sqlite".utf8)
        #expect(throws: BackupError.self) {
            _ = try place.unpack(BackupArchive.magic + Self.entry(name, []) + [0, 0])
        }
        #expect(place.unpackedNames().isEmpty)
        #expect(!BackupArchive.isSafe("state/openclaw.sqlite\0.txt"))
        #expect(BackupArchive.isSafe("state/openclaw.sqlite"))
    }

    /// Fuzz finding 23: `secr..//\u{310}penclaw-secrets.json` was unpacked to `secr../\u{310}penclaw…`
    /// while the reader reported the name with `//`. The names were tested as Characters, and a
    /// combining mark after `/` makes one Character of the two, so the test saw no empty part; the
    /// same blind spot let `../\u{310}x` write outside the folder and `/\u{310}x` name an absolute
    /// path. Names are now tested as the bytes the file system reads.
    @Test(arguments: ["../\u{310}escaped", "secr..//\u{310}penclaw-secrets.json", "state/\0\u{310}x", "/\u{310}tmp/x", "state/.\u{300}/../../x"])
    func fuzzFindingAnEntryNameIsReadAsBytes(name: String) throws {
        let place = try Place()
        defer { try? FileManager.default.removeItem(atPath: place.root) }
        #expect(throws: BackupError.self) {
            _ = try place.unpack(BackupArchive.magic + Self.entry(Array(name.utf8), [1]) + [0, 0])
        }
        #expect(place.unpackedNames().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: place.root + "/\u{310}escaped"))
        #expect(!BackupArchive.isSafe(name))
    }

    @Test func namesWithCombiningMarksInsideAComponentStaySafe() {
        #expect(BackupArchive.isSafe("state/cafe\u{301}.txt"))
        #expect(BackupArchive.isSafe("state/..\u{310}"))
    }
}
