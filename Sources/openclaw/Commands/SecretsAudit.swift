import Foundation
import OpenClawCore
import OpenClawFiles
import OpenClawGateway
import OpenClawStore

/// Writes `secret.created` / `secret.rotated` into the gateway's audit log: id and fingerprints only.
enum SecretsAudit {
    static func record(_ kind: AuditKind, _ stored: SecretDirectory.Stored, context: SecretsContext) async {
        guard let config = context.config else { return }
        var details = ["secret": stored.id, "fingerprint": stored.fingerprint]
        details["previousFingerprint"] = stored.previousFingerprint
        do {
            let reader = SecretReader(directory: config.secrets.dir, environment: ProcessInfo.processInfo.environment)
            let store = try await OpenClawStore.open(try StoreLocation.configured(config, reader: reader), logger: cliLogger())
            do {
                try await store.appendAudit(AuditEvent(time: context.now, kind: kind, details: details))
                try await store.close()
            } catch {
                try? await store.close()
                throw error
            }
        } catch {
            printError("warning: \(stored.id) was written, but the audit event could not be stored: \(error)")
        }
    }
}
