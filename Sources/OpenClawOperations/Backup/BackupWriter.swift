package import Foundation
package import Logging
package import OpenClawCore
import OpenClawFiles
package import OpenClawStore

/// `openclaw backup`: a consistent snapshot of the store, the configuration file and the secrets'
/// metadata — the secret values only when asked — in one file encrypted and authenticated with
/// `backup_encryption_key`. The snapshot is a SQLite file on both backends: on SQLite taken online
/// with `VACUUM INTO`, on PostgreSQL every row copied from one consistent read into a fresh file
/// made by the same migrations, so one format restores into either backend.
package struct BackupWriter: Sendable {
    package var config: OpenClawConfig
    /// The store the configuration names (`StoreLocation.configured`).
    package var store: StoreLocation
    package var configPath: String
    package var keyPath: String
    package var includeSecrets: Bool
    package var logger: Logger

    package init(config: OpenClawConfig, store: StoreLocation, configPath: String, keyPath: String, includeSecrets: Bool, logger: Logger) {
        self.config = config
        self.store = store
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
        let key = try BackupKey.load(path: keyPath)
        let toStandardOutput = out == "-"
        guard toStandardOutput || !FileManager.default.fileExists(atPath: out) else {
            throw BackupError(.io, "\(out) exists; choose a new name (backups are never overwritten)")
        }
        if case .sqlite = store {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: config.state.dir, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw BackupError(.io, "no state at \(config.state.dir) (state.dir): nothing to back up")
            }
        }
        let partial = out + ".partial"
        if !toStandardOutput {
            guard FileManager.default.createFile(atPath: partial, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw BackupError(.io, "cannot create \(partial)")
            }
        }
        // The snapshot sits in the state folder: beside the database it copies, same protection (0700).
        let snapshotFolder = config.state.dir + "/.backup-\(UUID().uuidString)"
        defer {
            try? FileManager.default.removeItem(atPath: snapshotFolder)
            if !toStandardOutput { try? FileManager.default.removeItem(atPath: partial) }
        }
        let snapshot = try await takeSnapshot(in: snapshotFolder)
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
    /// Writes the store's snapshot, a SQLite database, into `folder` (made 0700) and returns its path.
    private func takeSnapshot(in folder: String) async throws -> String {
        switch store {
        case .sqlite(let directory):
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
            try await OpenClawStore.withOpen(directory: directory, logger: logger) { store in
                try await store.snapshot(to: folder + "/" + OpenClawStore.fileName)
            }
        case .postgres:
            try await OpenClawStore.withOpen(store, logger: logger) { source in
                try await OpenClawStore.withOpen(directory: folder, logger: logger) { snapshot in
                    _ = try await source.copyState(into: snapshot)
                    // Into the file: the archive takes the database file alone.
                    try await snapshot.checkpoint()
                }
            }
        }
        return folder + "/" + OpenClawStore.fileName
    }
}
