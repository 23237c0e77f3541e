import OpenClawCore
import OpenClawFiles
import OpenClawStore

/// Permissions, owners and symlinks of the config file, the state folder and database, the
/// secrets folder and each secret file the configuration reads, and the security log.
struct FileAudit {
    var configPath: String
    var stateDir: String?
    var secretsDir: String?
    /// Ids of the secrets read from files in `secretsDir`.
    var secretIds: [String]
    var authLog: String?

    /// Every finding, with the repair `--fix` may make for it (nil when it needs a person).
    func results() -> [(finding: AuditFinding, repair: FileRepair?)] {
        var results: [(AuditFinding, FileRepair?)] = []
        results += configResults()
        if let stateDir { results += stateResults(stateDir) }
        if let secretsDir { results += secretsResults(secretsDir) }
        if let authLog, let status = FileStatus(authLog), !status.isSymlink, status.mode & 0o077 != 0 {
            results.append((
                AuditFinding(
                    "fs.auth_log.perms", .warn, target: authLog,
                    "the security log (addresses of failed attempts: personal data) is mode \(status.octal)", fix: "chmod 600 \(authLog)"
                ),
                .chmod(path: authLog, from: UInt32(status.mode), to: UInt32(status.mode & 0o700))
            ))
        }
        return results
    }

    private func configResults() -> [(AuditFinding, FileRepair?)] {
        guard let status = FileStatus(configPath) else { return [] }
        var results: [(AuditFinding, FileRepair?)] = []
        if status.isSymlink {
            results.append((AuditFinding(
                "fs.config.symlink", .warn, target: configPath,
                "the configuration is a symbolic link: whoever can change the link's target changes the gateway's policy",
                fix: "replace the link with the file itself"
            ), nil))
        } else if status.mode & 0o022 != 0 {
            results.append((
                AuditFinding(
                    "fs.config.perms_writable", .critical, target: configPath,
                    "the configuration is mode \(status.octal): other users can rewrite the access policy", fix: "chmod go-w \(configPath)"
                ),
                .chmod(path: configPath, from: UInt32(status.mode), to: UInt32(status.mode & ~0o022))
            ))
        } else if status.mode & 0o004 != 0 {
            results.append((AuditFinding(
                "fs.config.perms_world_readable", .info, target: configPath,
                "the configuration is readable by every user (it holds no secrets, but names their files and your policies)",
                fix: "chmod 640 \(configPath), group of the container's user"
            ), nil))
        }
        let euid = FileStatus.effectiveUid
        if !status.isSymlink, status.uid != 0, status.uid != euid {
            results.append((AuditFinding(
                "fs.config.owner", .warn, target: configPath,
                "the configuration belongs to uid \(status.uid), neither root nor this user: that account can change the policy",
                fix: "chown root \(configPath)"
            ), nil))
        }
        return results
    }

    private func stateResults(_ directory: String) -> [(AuditFinding, FileRepair?)] {
        guard let status = FileStatus(directory) else { return [] }
        var results: [(AuditFinding, FileRepair?)] = []
        if status.isSymlink {
            results.append((AuditFinding(
                "fs.state_dir.symlink", .warn, target: directory, "the state folder is a symbolic link", fix: "point state.dir at the folder itself"
            ), nil))
            return results
        }
        if status.mode & 0o077 != 0 {
            results.append((
                AuditFinding(
                    "fs.state_dir.perms", .critical, target: directory,
                    "the state folder (conversations, allowlist, audit trail) is mode \(status.octal)", fix: "chmod 700 \(directory)"
                ),
                .chmod(path: directory, from: UInt32(status.mode), to: 0o700)
            ))
        }
        for suffix in ["", "-wal", "-shm"] {
            let file = directory + "/" + OpenClawStore.fileName + suffix
            guard let db = FileStatus(file), !db.isSymlink, db.mode & 0o077 != 0 else { continue }
            results.append((
                AuditFinding(
                    "fs.state.db_perms", .critical, target: file, "the database file is mode \(db.octal)", fix: "chmod 600 \(file)"
                ),
                .chmod(path: file, from: UInt32(db.mode), to: 0o600)
            ))
        }
        return results
    }

    private func secretsResults(_ directory: String) -> [(AuditFinding, FileRepair?)] {
        guard let status = FileStatus(directory) else { return [] }
        var results: [(AuditFinding, FileRepair?)] = []
        if status.isSymlink {
            results.append((AuditFinding(
                "fs.secrets_dir.symlink", .warn, target: directory, "the secrets folder is a symbolic link",
                fix: "point secrets.dir at the folder itself"
            ), nil))
        } else if status.mode & 0o077 != 0 {
            results.append((
                AuditFinding(
                    "fs.secrets_dir.perms", .critical, target: directory, "the secrets folder is mode \(status.octal)",
                    fix: "chmod 700 \(directory)"
                ),
                .chmod(path: directory, from: UInt32(status.mode), to: 0o700)
            ))
        }
        let files = secretIds + [SecretMetadata.fileName]
        for id in files {
            let file = directory + "/" + id
            guard let secret = FileStatus(file) else { continue }
            if secret.isSymlink {
                results.append((AuditFinding(
                    "fs.secret.symlink", .warn, target: file,
                    "the secret file is a symbolic link: its target's permissions are what protect it", fix: "replace the link with the file"
                ), nil))
                continue
            }
            if secret.mode & 0o027 != 0 {
                // World bits and group write go; group read stays (the compose layout shares
                // gateway_token with Prometheus through the gateway's group, docs/DEPLOYMENT.md).
                results.append((
                    AuditFinding(
                        "fs.secret.perms", .critical, target: file,
                        "the secret file is mode \(secret.octal): \(secret.mode & 0o007 != 0 ? "every user" : "its group") can read or change it",
                        fix: "chmod 600 \(file) (0400 for a container's file secret)"
                    ),
                    .chmod(path: file, from: UInt32(secret.mode), to: UInt32(secret.mode & 0o740))
                ))
            } else if secret.mode & 0o040 != 0 {
                results.append((AuditFinding(
                    "fs.secret.group_readable", .warn, target: file,
                    "the secret file is readable by group \(secret.gid) (mode \(secret.octal))",
                    fix: "chmod 600 \(file), unless that group is only the gateway's (gateway_token shared with Prometheus)"
                ), nil))
            }
            // A folder owned by the gateway's user (the plain layout) should own its files; a
            // root-owned folder (the compose layout) holds files owned by each consuming container.
            if !status.isSymlink, status.uid != 0, secret.uid != status.uid {
                // Only root may give a file away; others are told what to run.
                let repair: FileRepair? = FileStatus.effectiveUid == 0
                    ? .chown(path: file, fromUid: UInt32(secret.uid), toUid: UInt32(status.uid), toGid: UInt32(status.gid)) : nil
                results.append((
                    AuditFinding(
                        "fs.secret.owner", .warn, target: file,
                        "the secret file belongs to uid \(secret.uid), its folder to uid \(status.uid): the gateway may not read it, or another account controls it",
                        fix: "chown \(status.uid):\(status.gid) \(file)"
                    ),
                    repair
                ))
            }
        }
        return results
    }
}
