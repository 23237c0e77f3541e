#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Logging
import OpenClawCore
import OpenClawFiles
import Synchronization

/// Each secret file's age and expiry as metrics, and a warning (log line and audit event) for
/// secrets within `secrets.warnDays` of expiry or past it; run at start and then daily.
struct SecretExpiryCheck: Sendable {
    static let interval = Duration.seconds(86_400)

    /// The secrets and the schedule are read from it at each check.
    let running: RunningConfig
    let metrics: GatewayMetrics
    let logger: Logger
    let auditor: Auditor
    let expiredSecrets: ExpiredSecrets
    let now: @Sendable () -> Date

    func check() async {
        let config = running.config
        let directory = SecretDirectory(path: config.secrets.dir)
        let metadata = try? directory.loadMetadata()
        let policy = SecretPolicy(config.secrets)
        let now = now()
        var expired: [String] = []
        for (_, reference) in config.secretReferences where reference.source == .file {
            let status = SecretStatus.evaluate(
                id: reference.id, observation: directory.observe(reference.id), entry: metadata?.secrets[reference.id], policy: policy, now: now
            )
            metrics.secretExpiry(secret: reference.id, expires: status.expires, ageDays: status.ageDays)
            switch status.state {
            case .expired:
                expired.append(reference.id)
                logger.warning("secret expired: rotate it", metadata: ["secret": "\(reference.id)"])
                await auditor.write(.secretExpired, ["secret": reference.id])
            case .rotateSoon:
                logger.warning(
                    "secret expires soon: rotate it", metadata: ["secret": "\(reference.id)", "expiresInDays": "\(status.expiresInDays ?? 0)"]
                )
                await auditor.write(.secretExpiring, ["secret": reference.id, "expiresInDays": String(status.expiresInDays ?? 0)])
            default:
                break
            }
        }
        expiredSecrets.set(expired)
    }
}

/// The ids of expired secrets, as the last expiry check found them, for `/readyz`.
final class ExpiredSecrets: Sendable {
    private let ids = Mutex<[String]>([])

    func set(_ value: [String]) {
        ids.withLock { $0 = value }
    }

    var current: [String] {
        ids.withLock { $0 }
    }
}
