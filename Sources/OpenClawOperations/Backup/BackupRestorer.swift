package import Foundation
package import Logging
import OpenClawCore
import OpenClawFiles
package import OpenClawStore

/// `openclaw restore`: opens and checks the whole backup — every chunk authenticated, every entry
/// against the manifest, the database through SQLite's integrity check — in a staging folder
/// before anything is replaced, and refuses while a gateway holds the state folder. The database
/// it replaces is kept in `<state.dir>/before-restore-<time>/`; an existing config or secret that
/// differs is kept and the backup's copy written beside it as `.restored`. Into PostgreSQL the
/// backup's rows are copied in one transaction, and only into a database that holds no state.
package struct BackupRestorer: Sendable {
    package var file: String
    /// The PostgreSQL database to restore into; nil for the SQLite file in `stateDir`.
    package var postgres: PostgresLocation?
    package var keyPath: String
    /// Where the configuration goes (left alone when it exists and differs: see `.restored`).
    package var configPath: String
    package var stateDir: String
    package var secretsDir: String
    package var logger: Logger

    package init(
        file: String, postgres: PostgresLocation? = nil, keyPath: String, configPath: String, stateDir: String, secretsDir: String, logger: Logger
    ) {
        self.file = file
        self.postgres = postgres
        self.keyPath = keyPath
        self.configPath = configPath
        self.stateDir = stateDir
        self.secretsDir = secretsDir
        self.logger = logger
    }

    /// What was done, one line each, for the operator.
    package func restore(now: Date = Date()) async throws -> [String] {
        var keys = [try BackupKey.load(path: keyPath)]
        // After a rotation the previous key is kept beside the new one for a while.
        if FileManager.default.fileExists(atPath: keyPath + ".previous"), let previous = try? BackupKey.load(path: keyPath + ".previous") {
            keys.append(previous)
        }
        // `-`: standard input (`docker compose run --rm -T openclaw restore - < file`).
        guard let handle = file == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: file) else {
            throw BackupError(.io, "cannot read \(file)")
        }
        defer { if file != "-" { try? handle.close() } }
        let reader = try DecryptingReader(handle: handle, file: file, keys: keys)
        try FileManager.default.createDirectory(atPath: stateDir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        guard let lock = try StateLock.acquire(directory: stateDir) else {
            throw BackupError(.busy, "a gateway is running on \(stateDir) (it holds \(StateLock.fileName)): stop it first (docker compose stop openclaw), then restore")
        }
        defer { lock.release() }
        let staging = URL(fileURLWithPath: stateDir).deletingLastPathComponent().path + "/.openclaw-restore-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(atPath: staging) }

        let manifest = try verifiedManifest(BackupArchive.extract(from: reader, into: staging, file: file), staging: staging)
        let recordedSecrets = try stagedSecretsMetadata(staging: staging)
        let problems = try await OpenClawStore.withOpen(directory: staging + "/state", logger: logger) { try await $0.integrityProblems() }
        guard problems.isEmpty else {
            throw BackupError(.integrity, "the database in \(file) fails SQLite's integrity check (\(problems.prefix(3).joined(separator: "; "))); nothing was changed")
        }

        var report = if let postgres {
            [try await copy(from: staging + "/state", into: postgres)]
        } else {
            [try replaceDatabase(from: staging + "/state", now: now)]
        }
        // The database is in place: what follows only adds files and reports, never fails the
        // restore (in a container the config and /run/secrets are read-only mounts).
        report.append(placeConfig(from: staging + "/" + BackupLayout.config))
        do {
            report += try placeSecrets(from: staging + "/secrets", recorded: recordedSecrets, manifest: manifest)
        } catch {
            report.append("secrets not checked: \(error)")
        }
        return report
    }

    private func verifiedManifest(_ extracted: [String: (size: UInt64, sha256: String)], staging: String) throws -> BackupManifest {
        guard let data = FileContents.read(atPath: staging + "/" + BackupManifest.name), let manifest = try? BackupManifest.decode(data) else {
            throw BackupError(.format, "\(file) has no readable manifest")
        }
        let listed = Set(manifest.entries.map(\.name)).union([BackupManifest.name])
        guard listed == Set(extracted.keys), extracted[BackupLayout.database] != nil else {
            throw BackupError(.corrupted, "\(file) does not hold the entries its manifest lists")
        }
        for entry in manifest.entries where extracted[entry.name]?.size != entry.size || extracted[entry.name]?.sha256 != entry.sha256 {
            throw BackupError(.corrupted, "\(file): \(entry.name) differs from its manifest checksum")
        }
        return manifest
    }

    /// The backup's secrets metadata (empty when it has none), which names the files `placeSecrets`
    /// reads and writes: one that does not decode, or names an id that is no plain file name
    /// (`../x`), refuses the restore here.
    private func stagedSecretsMetadata(staging: String) throws -> SecretMetadata {
        do {
            return try SecretDirectory(path: staging + "/secrets").loadMetadata()
        } catch {
            throw BackupError(.format, "\(file): its secrets metadata (\(BackupLayout.secretsMetadata)) is not valid; nothing was changed")
        }
    }

    /// Moves the current database aside (kept, never deleted) and the restored one in.
    private func replaceDatabase(from stagedState: String, now: Date) throws -> String {
        let manager = FileManager.default
        let names = [OpenClawStore.fileName, OpenClawStore.fileName + "-wal", OpenClawStore.fileName + "-shm"]
        var note = "database restored into \(stateDir)"
        if manager.fileExists(atPath: stateDir + "/" + OpenClawStore.fileName) {
            let stamp = now.formatted(.iso8601).replacingOccurrences(of: ":", with: "")
            let aside = stateDir + "/before-restore-" + stamp
            try manager.createDirectory(atPath: aside, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            for name in names where manager.fileExists(atPath: stateDir + "/" + name) {
                try manager.moveItem(atPath: stateDir + "/" + name, toPath: aside + "/" + name)
            }
            note += "; the previous database is kept in \(aside)"
        }
        for name in names where manager.fileExists(atPath: stagedState + "/" + name) {
            try manager.moveItem(atPath: stagedState + "/" + name, toPath: stateDir + "/" + name)
        }
        return note
    }

    /// Copies the restored rows into an empty PostgreSQL database, in one transaction.
    private func copy(from stagedState: String, into postgres: PostgresLocation) async throws -> String {
        do {
            let copied = try await OpenClawStore.withOpen(directory: stagedState, logger: logger) { staged in
                try await OpenClawStore.withOpen(.postgres(postgres), logger: logger) { try await staged.copyState(into: $0) }
            }
            return "database restored into \(postgres.description): \(copied.reduce(0) { $0 + $1.rows }) rows in one transaction"
        } catch let error as StoreError where error.code == .notEmpty {
            throw BackupError(.notEmpty, error.message + " (restore into a new schema, state.postgres.schema, or an emptied database)")
        }
    }

    /// The backup's configuration: written where none is (with the chosen state and secrets
    /// folders); beside a differing one as `.restored`; never over it.
    private func placeConfig(from staged: String) -> String {
        let manager = FileManager.default
        guard let restored = manager.contents(atPath: staged) else { return "the backup holds no configuration" }
        if let current = manager.contents(atPath: configPath) {
            if current == restored { return "configuration \(configPath) already matches" }
            do {
                try writeConfig(restored, to: configPath + ".restored")
                return "configuration \(configPath) differs from the backup's: kept; the backup's is in \(configPath).restored"
            } catch {
                return "configuration \(configPath) differs from the backup's: kept (the backup's could not be written beside it: \(error))"
            }
        }
        do {
            var document = try ConfigParser.document(from: restored)
            document.set(.string(stateDir), at: ["state", "dir"])
            document.set(.string(secretsDir), at: ["secrets", "dir"])
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try manager.createDirectory(atPath: (configPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try writeConfig(try encoder.encode(document), to: configPath)
            return "configuration written to \(configPath) (state.dir \(stateDir), secrets.dir \(secretsDir))"
        } catch {
            return "configuration not written to \(configPath): \(error)"
        }
    }

    /// Secret values when the backup has them (never over a different existing value); otherwise
    /// what is missing or different compared with the backup's fingerprints.
    private func placeSecrets(from staged: String, recorded: SecretMetadata, manifest: BackupManifest) throws -> [String] {
        let target = SecretDirectory(path: secretsDir)
        do { try target.prepare() } catch { throw BackupError(.io, error.description) }
        var report: [String] = []
        let referenced = (try? ConfigParser.parse(data: Data(contentsOf: URL(fileURLWithPath: configPath)))).map(\.fileSecretIds) ?? []
        if !FileManager.default.fileExists(atPath: target.metadataFile), !recorded.secrets.isEmpty {
            do { try target.saveMetadata(recorded) } catch { throw BackupError(.io, error.description) }
        }
        for id in Set(recorded.secrets.keys).union(SecretDirectory(path: staged).presentIds()).union(referenced).sorted() {
            let expected = recorded.secrets[id]?.fingerprint
            let current: String? = if case .present(let value, _, _) = target.observe(id) { SecretFingerprint.of(value) } else { nil }
            let stagedValue = FileContents.read(atPath: staged + "/" + id)
            switch (current, stagedValue) {
            case (nil, let value?):
                do { try target.write(id, value: String(decoding: value, as: UTF8.self)) } catch { throw BackupError(.io, error.description) }
                report.append("secret \(id): restored")
            case (nil, nil):
                report.append("secret \(id): MISSING — put it in \(target.file(id))\(Self.consequence(id))")
            case (let present?, _) where expected != nil && present != expected:
                report.append("secret \(id): present but differs from the backup's (fingerprint \(present), backup \(expected ?? "-"))\(Self.consequence(id))")
            default:
                report.append("secret \(id): present")
            }
        }
        if !manifest.includesSecrets { report.append("the backup holds no secret values (made without --include-secrets)") }
        return report
    }

    private static func consequence(_ id: String) -> String {
        id == "storage_encryption_key" ? "; stored messages are sealed under the backup's key and cannot be read without it" : ""
    }

    /// The configuration (no secret in it): written whole, then narrowed to 0640.
    private func writeConfig(_ data: Data, to path: String) throws {
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
            try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        } catch {
            throw BackupError(.io, "cannot write \(path)")
        }
    }
}
