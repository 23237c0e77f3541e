#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore
import OpenClawFiles

/// The lifecycle of each file secret the configuration reads: present, not expired, rotated
/// within `secrets.maxAgeDays`. Formats are checked by role (`SecretRoles`), permissions by `FileAudit`.
struct SecretAudit {
    let directory: SecretDirectory
    let ids: [String]
    let policy: SecretPolicy
    let now: Date

    func findings() -> [AuditFinding] {
        let metadata = (try? directory.loadMetadata()) ?? SecretMetadata()
        var findings: [AuditFinding] = []
        for id in ids {
            let file = directory.file(id)
            let status = SecretStatus.evaluate(id: id, observation: directory.observe(id), entry: metadata.secrets[id], policy: policy, now: now)
            if status.state == .missing {
                findings.append(AuditFinding(
                    "secrets.missing", .critical, target: file, "the configuration reads \(id) but there is no such file: the gateway will not start",
                    fix: "openclaw secrets init --dir \(directory.path)"
                ))
                continue
            }
            guard let expiresIn = status.expiresInDays, let age = status.ageDays else { continue }
            if expiresIn <= 0 {
                findings.append(AuditFinding(
                    "secrets.expired", .critical, target: file, "\(id) expired \(-expiresIn) day(s) ago (last rotated \(age) days ago)",
                    fix: "openclaw secrets rotate --secret-name \(id)"
                ))
            } else if expiresIn <= policy.warnDays {
                findings.append(AuditFinding(
                    "secrets.expiring", .warn, target: file, "\(id) expires in \(expiresIn) day(s)",
                    fix: "openclaw secrets rotate --secret-name \(id)"
                ))
            } else if age > policy.maxAgeDays {
                findings.append(AuditFinding(
                    "secrets.rotation_overdue", .warn, target: file,
                    "\(id) was last rotated \(age) days ago, more than secrets.maxAgeDays (\(policy.maxAgeDays))",
                    fix: "openclaw secrets rotate --secret-name \(id)"
                ))
            }
        }
        return findings
    }
}
