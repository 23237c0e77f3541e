import Foundation
import FuzzSupport
import Logging
import OpenClawOperations

/// A deployment's folders (state with a database in it, config, secrets) that a backup is
/// restored over. A refused restore must leave every file as it was and no staging folder behind;
/// an accepted one keeps the previous database, byte for byte, beside the restored one.
final class RestoreHome: Sendable {
    static let shared = RestoreHome(root: FuzzSample.scratchDirectory("restore"))
    static let previousDatabase = Array("the database the operator had before the restore".utf8)

    let root: String
    var stateDir: String { root + "/state" }
    var configPath: String { root + "/config/openclaw.json" }
    var secretsDir: String { root + "/secrets" }
    let keyPath: String

    init(root: String) {
        self.root = root
        keyPath = Self.writeKey(in: root + "/key")
        reset()
    }

    /// The fuzz key (fixed, so a saved input replays the same): 32 bytes in base64, mode 0600.
    static func writeKey(in directory: String) -> String {
        let path = directory + "/backup_encryption_key"
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            fatalError("cannot create \(directory): \(error)")
        }
        let text = Data((0..<32).map { UInt8($0 * 7 + 1) }).base64EncodedString()
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            fatalError("cannot write \(path)")
        }
        return path
    }

    func reset() {
        let manager = FileManager.default
        for folder in [stateDir, secretsDir, root + "/config"] {
            try? manager.removeItem(atPath: folder)
            try? manager.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        for entry in (try? manager.contentsOfDirectory(atPath: root)) ?? [] where entry.hasPrefix(".openclaw-restore-") {
            try? manager.removeItem(atPath: root + "/" + entry)
        }
        let files = [
            (stateDir + "/openclaw.sqlite", Data(Self.previousDatabase)),
            (configPath, Data("{\"operator\": \"kept\"}\n".utf8)),
            (secretsDir + "/telegram_bot_token", Data("7000000001:AAHFAKEfuzzFAKEfuzzFAKEfuzzFAKEfuzz\n".utf8)),
        ]
        for (path, contents) in files where !manager.createFile(atPath: path, contents: contents, attributes: [.posixPermissions: 0o600]) {
            fatalError("cannot write \(path)")
        }
    }

    /// Every file under the home (its lock file aside), by relative path.
    func snapshot() -> [String: Data] {
        var files: [String: Data] = [:]
        for name in FileManager.default.enumerator(atPath: root)?.compactMap({ $0 as? String }) ?? [] where !name.hasSuffix("gateway.lock") {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root + "/" + name, isDirectory: &isDirectory) else { continue }
            files[name] = isDirectory.boolValue ? Data("folder".utf8) : FileManager.default.contents(atPath: root + "/" + name) ?? Data()
        }
        return files
    }

    func check(file: String, unchanged: Bool) {
        let before = snapshot()
        let restorer = BackupRestorer(
            file: file, keyPath: keyPath, configPath: configPath, stateDir: stateDir, secretsDir: secretsDir,
            logger: Logger(label: "fuzz.restore", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        let outcome = FuzzAsync.wait { try await restorer.restore(now: Date(timeIntervalSince1970: 1_767_225_600)) }
        let after = snapshot()
        fuzzCheck(!after.keys.contains { $0.hasPrefix(".openclaw-restore-") }, "a restore left its staging folder behind")
        switch outcome {
        case .failure:
            fuzzCheck(after == before, "a refused restore changed the deployment's files")
        case .success:
            fuzzCheck(unchanged, "a changed backup was restored")
            let kept = after.first { $0.key.hasPrefix("state/before-restore-") && $0.key.hasSuffix("/openclaw.sqlite") }?.value
            fuzzCheck(kept == Data(Self.previousDatabase), "the database from before the restore was not kept as it was")
            reset()
        }
    }
}
