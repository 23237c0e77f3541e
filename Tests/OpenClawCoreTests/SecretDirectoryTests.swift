import Foundation
import OpenClawCore
import OpenClawFiles
import Testing

/// Files written 0600 in a 0700 directory, atomically, with metadata that never holds the value.
struct SecretDirectoryTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("secret-dir-\(UUID().uuidString)").path
    var directory: SecretDirectory { SecretDirectory(path: root + "/secrets") }
    static let now = Date(timeIntervalSince1970: 1_700_000_000)

    func mode(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int ?? -1
    }

    @Test func storeWritesOwnerOnlyFilesInAnOwnerOnlyDirectory() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let value = SecretGenerator.hex(bytes: 24).generate()
        let savedMask = umask(0)  // the widest umask: modes must not depend on it
        defer { umask(savedMask) }
        try directory.store("gateway_token", value: value, now: Self.now, maxAgeDays: 90)

        #expect(mode(directory.path) == 0o700)
        #expect(mode(directory.file("gateway_token")) == 0o600)
        #expect(mode(directory.metadataFile) == 0o600)
        #expect(FileManager.default.contents(atPath: directory.file("gateway_token")) == Data(value.utf8))
        let sidecar = String(decoding: FileManager.default.contents(atPath: directory.metadataFile) ?? Data(), as: UTF8.self)
        #expect(!sidecar.contains(value))
        #expect(sidecar.contains(SecretFingerprint.of(value)))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
        let entry = try #require(try directory.loadMetadata().secrets["gateway_token"])
        #expect(entry.expires == Self.now.addingTimeInterval(90 * 86_400))
    }

    /// Compose bind-mounts each secret file into the container by inode: a rotation must keep it.
    @Test func rotatingAnExistingFileWritesInPlaceKeepingInodeOwnerAndMode() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let first = SecretGenerator.hex(bytes: 24).generate()
        try directory.store("gateway_token", value: first, now: Self.now, maxAgeDays: 90)
        let path = directory.file("gateway_token")
        #expect(chmod(path, 0o440) == 0)
        let inode = try #require(try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int)

        let second = SecretGenerator.hex(bytes: 20).generate()
        try directory.store("gateway_token", value: second, now: Self.now, maxAgeDays: 90)

        #expect(try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int == inode)
        #expect(FileManager.default.contents(atPath: path) == Data(second.utf8), "a shorter value leaves no tail of the old one")
        #expect(mode(path) == 0o400, "group bits go, the owner's read-only mode stays")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.contains(".incoming") || $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    /// Found by fuzzing (docs/RELIABILITY.md): swift-foundation's `FileManager.contents(atPath:)`
    /// leaks 4 KiB on each read of an empty file, and the secret watcher reads every second. An
    /// empty secret file and sidecar, read 10,000 times each way, must not grow the process.
    @Test func readingEmptyFilesDoesNotGrowTheProcess() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try directory.prepare()
        for file in [directory.file("gateway_token"), directory.metadataFile] {
            #expect(FileManager.default.createFile(atPath: file, contents: Data(), attributes: [.posixPermissions: 0o600]))
        }
        let modified = try #require(try FileManager.default.attributesOfItem(atPath: directory.file("gateway_token"))[.modificationDate] as? Date)
        let reader = SecretReader(directory: directory.path, environment: [:])
        func readAll() {
            #expect(directory.observe("gateway_token") == .present(value: "", mode: 0o600, modified: modified))
            #expect(throws: SecretDirectoryError.self) { try directory.loadMetadata() }
            #expect(throws: ConfigError.self) { try reader.read(.file("gateway_token"), for: "gateway.token") }
        }
        readAll()
        // Leaking, each round of reads would hold 10,000 × 3 × 4 KiB = 120 MiB more. Tests running
        // alongside grow the process too, but not in every round: a leak does, so one round that
        // stays under the bound clears the reads.
        var growths: [Int] = []
        for _ in 0..<3 {
            let before = try Self.residentBytes()
            for _ in 0..<10_000 { readAll() }
            growths.append(try Self.residentBytes() - before)
            if growths.last! < 32 << 20 { break }
        }
        #expect(growths.contains { $0 < 32 << 20 }, "grew by \(growths.map { $0 >> 20 }) MiB per round")
    }

    static func residentBytes() throws -> Int {
        let statm = try String(contentsOfFile: "/proc/self/statm", encoding: .utf8).split(separator: " ")
        return try #require(Int(statm[1])) * 4096
    }

    @Test func anInvalidValueIsRefusedBeforeAnyFileIsTouched() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(throws: SecretDirectoryError.self) {
            try directory.store("telegram_webhook_secret", value: "too-short", now: Self.now, maxAgeDays: 90)
        }
        #expect(!FileManager.default.fileExists(atPath: directory.path))
    }

    @Test func aWorldReadableDirectoryIsRefused() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: directory.path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        #expect(throws: SecretDirectoryError.self) {
            try directory.store("gateway_token", value: String(repeating: "ab", count: 24), now: Self.now, maxAgeDays: 90)
        }
    }

    @Test func rotationKeepsThePreviousValueForTheGraceWindow() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let old = String(repeating: "o", count: 40)
        let new = String(repeating: "n", count: 40)
        try directory.store("telegram_webhook_secret", value: old, now: Self.now, maxAgeDays: 90)
        let later = Self.now.addingTimeInterval(86_400)
        let stored = try directory.store("telegram_webhook_secret", value: new, now: later, maxAgeDays: 90, grace: .seconds(600))

        #expect(stored.previousFingerprint == SecretFingerprint.of(old))
        #expect(mode(directory.previousFile("telegram_webhook_secret")) == 0o600)
        #expect(directory.previousValue("telegram_webhook_secret", now: later.addingTimeInterval(599)) == old)
        #expect(directory.previousValue("telegram_webhook_secret", now: later.addingTimeInterval(600)) == nil)
        let entry = try #require(try directory.loadMetadata().secrets["telegram_webhook_secret"])
        #expect(entry.created == Self.now && entry.rotated == later)
        #expect(entry.fingerprint == SecretFingerprint.of(new))

        #expect(try directory.prunePrevious(now: later.addingTimeInterval(60)) == [])
        #expect(try directory.prunePrevious(now: later.addingTimeInterval(601)) == ["telegram_webhook_secret"])
        #expect(!FileManager.default.fileExists(atPath: directory.previousFile("telegram_webhook_secret")))
        #expect(directory.presentIds() == ["telegram_webhook_secret"])
    }
}
