package import Foundation
package import Logging
package import OpenClawCore
import OpenClawFiles
import OpenClawStore

/// `openclaw backup`: a consistent snapshot of the store (taken online with `VACUUM INTO`), the
/// configuration file and the secrets' metadata — the secret values only when asked — in one
/// file encrypted and authenticated with `backup_encryption_key`.
package struct BackupWriter: Sendable {
    package var config: OpenClawConfig
    package var configPath: String
    package var keyPath: String
    package var includeSecrets: Bool
    package var logger: Logger

    package init(config: OpenClawConfig, configPath: String, keyPath: String, includeSecrets: Bool, logger: Logger) {
        self.config = config
        self.configPath = configPath
        self.keyPath = keyPath
        self.includeSecrets = includeSecrets
        self.logger = logger
    }

    /// The entries written, in order.
    package struct Summary: Sendable {
        package var file: String
        package var entries: [(name: String, size: UInt64)]
    }

    /// Writes the backup to `out` (which must not exist) through a temporary file renamed at the
    /// end; `-` writes it to standard output (`docker compose exec -T openclaw openclaw backup
    /// --out - > file` carries it out of the container).
    package func write(to out: String, now: Date = Date()) async throws -> Summary {
        guard config.state.backend == .sqlite else {
            throw BackupError(.postgres, Self.postgresRefusal)
        }
        let key = try BackupKey.load(path: keyPath)
        let toStandardOutput = out == "-"
        guard toStandardOutput || !FileManager.default.fileExists(atPath: out) else {
            throw BackupError(.io, "\(out) exists; choose a new name (backups are never overwritten)")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: config.state.dir, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw BackupError(.io, "no state at \(config.state.dir) (state.dir): nothing to back up")
        }
        let partial = out + ".partial"
        if !toStandardOutput {
            guard FileManager.default.createFile(atPath: partial, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw BackupError(.io, "cannot create \(partial)")
            }
        }
        // The snapshot sits beside the database it copies: same folder, same protection (0700).
        let snapshot = config.state.dir + "/.backup-\(UUID().uuidString).sqlite"
        defer {
            try? FileManager.default.removeItem(atPath: snapshot)
            if !toStandardOutput { try? FileManager.default.removeItem(atPath: partial) }
        }
        try await OpenClawStore.withOpen(directory: config.state.dir, logger: logger) { store in
            try await store.snapshot(to: snapshot)
        }
        let handle = toStandardOutput ? FileHandle.standardOutput : try FileHandle(forWritingTo: URL(fileURLWithPath: partial))
        let writer = try EncryptingWriter(handle: handle, key: key)
        var entries: [BackupManifest.Entry] = []
        try BackupArchive.start(writer)
        entries.append(try BackupArchive.append(file: snapshot, as: BackupLayout.database, to: writer))
        entries.append(try BackupArchive.append(file: configPath, as: BackupLayout.config, to: writer))
        let secrets = SecretDirectory(path: config.secrets.dir)
        if FileManager.default.fileExists(atPath: secrets.metadataFile) {
            entries.append(try BackupArchive.append(file: secrets.metadataFile, as: BackupLayout.secretsMetadata, to: writer))
        }
        if includeSecrets {
            for id in secrets.presentIds() {
                entries.append(try BackupArchive.append(file: secrets.file(id), as: BackupLayout.secret(id), to: writer))
            }
        }
        let manifest = BackupManifest(
            created: now, includesSecrets: includeSecrets, sourceStateDir: config.state.dir, sourceSecretsDir: config.secrets.dir, entries: entries
        )
        _ = try BackupArchive.append(bytes: try manifest.encoded(), as: BackupManifest.name, to: writer)
        try BackupArchive.finish(writer)
        if toStandardOutput { return Summary(file: "standard output", entries: entries.map { ($0.name, $0.size) }) }
        try handle.synchronize()
        try handle.close()
        guard rename(partial, out) == 0 else {
            throw BackupError(.io, "cannot move \(partial) to \(out): \(String(cString: strerror(errno)))")
        }
        return Summary(file: out, entries: entries.map { ($0.name, $0.size) })
    }
}

/// Where each part lives inside a backup.
enum BackupLayout {
    static let database = "state/openclaw.sqlite"
    static let config = "config/openclaw.json"
    static let secretsMetadata = "secrets/" + SecretMetadata.fileName

    static func secret(_ id: String) -> String { "secrets/" + id }
}

extension BackupWriter {
    /// Why `openclaw backup` makes nothing on PostgreSQL: it copies the SQLite file, and a copy of
    /// an empty or stale one would look like a backup and restore nothing.
    static let postgresRefusal = """
        state.backend is "postgres": openclaw backup copies the SQLite file only, so it makes nothing here. Back the database up \
        with the server's tools (pg_dump --format=custom, or the provider's snapshots), and the config file and secrets folder \
        as docs/SECURITY.md ("Backup and restore") describes
        """
}
